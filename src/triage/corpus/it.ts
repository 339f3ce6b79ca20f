// Written by the project: Italian posts. Format: see parse-lines.ts.
import type { CorpusSource } from './types.ts';

export const IT: CorpusSource = { name: 'it', language: 'it', industry: 'general', lines: `
C- oth | @{brand} volo in ritardo di {hrs} e nessuno ci dice niente. una vergogna
C- oth | @{brand} mi avete cancellato il volo per {city} senza avvisare. e adesso?
C- del | @{brand} avete perso la mia valigia e da {days} nessuna notizia
C- del | @{brand} il mio ordine {order} doveva arrivare {day}, ancora niente
C- del | @{brand} risulta consegnato ma non ho ricevuto nulla
C- del | @{brand} il corriere non ha nemmeno suonato, ero a casa tutto il giorno
C- del | @{brand} il tecnico non si è presentato, ho perso la giornata
C- out | @{brand} senza internet da {day} a {city}. lavoro da casa!!
C- out | @{brand} di nuovo senza corrente in tutto il quartiere
C- out | @{brand} l'app si chiude da sola dopo l'aggiornamento
C- out | @{brand} il sito dà errore al pagamento
C- out | @{brand} niente campo a casa da {days}
C- bil | @{brand} mi avete addebitato due volte la stessa bolletta
C- bil | @{brand} bolletta di {amount} in più senza spiegazioni
C- bil | @{brand} ho disdetto e continuate ad addebitarmi. assurdo
C- ref | @{brand} reso spedito da {weeks} e ancora nessun rimborso
C- ref | @{brand} aspetto ancora il rimborso del volo cancellato
C- acc | @{brand} il mio account è bloccato e non riesco a parlare con nessuno
C- acc | @{brand} non mi arriva il codice di verifica via sms
C- acc | @{brand} mi hanno hackerato l'account, aiuto
C- oth | @{brand} {hrs} al telefono e nessuno risponde
C- oth | @{brand} servizio clienti pessimo. mai più
C- oth | @{brand} nessuno risponde ai miei messaggi. c'è qualcuno?
C- oth | @{brand} il peggior servizio che abbia mai avuto
C- oth | @{brand} sono stufo, tre settimane con lo stesso problema
C- oth | @{brand} molto deluso dal negozio di {city}
C- del | @{brand} ciao, il mio ordine non è ancora arrivato, potete controllare?
C- bil | @{brand} salve, la bolletta è più alta del solito, potete verificare?
Q0 pq | @{brand} spedite a {city}?
Q0 pq | @{brand} qual è il peso massimo del bagaglio a mano?
Q0 pq | @{brand} la fibra è disponibile al mio indirizzo?
Q0 pq | @{brand} posso portare il mio cane in cabina?
Q0 pq | @{brand} il negozio di {city} è aperto la domenica?
Q0 ref | @{brand} come chiedo un rimborso?
Q0 ref | @{brand} quanto tempo ci vuole per il rimborso?
Q0 acc | @{brand} come cambio la password del mio account?
Q0 acc | @{brand} come modifico l'indirizzo nell'app?
Q0 bil | @{brand} posso pagare a rate?
Q0 bil | @{brand} dove trovo le mie fatture?
Q0 del | @{brand} quando arriva il mio ordine? fatto {day}
Q0 out | @{brand} c'è un guasto a {city}? sono senza internet
Q0 oth | @{brand} vi ho mandato un DM con i dati
Q0 oth | @{brand} come parlo con un operatore?
Q0 oth | @{brand} posso cambiare la data del volo?
F+ oth | @{brand} grazie mille per l'aiuto, tutto risolto!
F+ oth | @{brand} servizio clienti ottimo, grazie {name}
F+ oth | @{brand} arrivato prima del previsto e in perfette condizioni 👍
F+ oth | @{brand} adoro la nuova app, molto più veloce
F+ oth | @{brand} volo puntuale ed equipaggio gentilissimo. bravi
F+ oth | @{brand} grazie per la rapidità, siete fantastici ❤️
F0 pq | @{brand} sarebbe bello avere la modalità scura nell'app
T0 oth | sveglia alle 5 per andare in aeroporto ✈️
T+ oth | che bella giornata a {city} ☀️
T- oth | odio il lunedì
T0 oth | @{name} ahahah non ci credo
T0 oth | qualcuno sa se domani c'è sciopero?
T+ oth | finalmente in vacanza! 🏖️
S0 oth | 🔥 GUADAGNA {amount} AL GIORNO da casa 🔥 scrivimi in privato
S0 oth | concorso: vinci un iphone, segui e condividi {url}
S0 oth | @{brand} il suo account sarà sospeso, verifichi i dati qui {url}
` };
