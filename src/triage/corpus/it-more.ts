// Written by the project: more Italian posts. Format: see parse-lines.ts.
import type { CorpusSource } from './types.ts';

export const IT_MORE: CorpusSource = { name: 'it-more', language: 'it', industry: 'general', lines: `
C- bil | @{brand} mi avete addebitato una commissione che nessuno mi ha spiegato
C- bil | @{brand} il bonifico è in sospeso da {days} e devo pagare l'affitto
C- out | @{brand} la carta viene rifiutata ovunque e ho il saldo
C- out | @{brand} l'app della banca non funziona da stamattina
C- out | @{brand} il wifi cade ogni dieci minuti, impossibile lavorare
C- acc | @{brand} non riesco ad accedere all'app da quando ho cambiato telefono
C- del | @{brand} il pacco è arrivato rotto e nessuno mi aiuta
C- del | @{brand} mi è arrivato l'ordine di un'altra persona
C- ref | @{brand} mi avevate detto 5 giorni per il rimborso, sono passate {weeks}
C- oth | @{brand} mi hanno chiuso la chiamata due volte. fantastico
C- oth | @{brand} grazie di niente, ho ancora lo stesso problema
C- oth | @{brand} che servizio meraviglioso, {hrs} di attesa 🙄
C- oth | @{brand} il personale del negozio è stato molto scortese
C- oth | @{brand} nessuno mi sa dare una risposta chiara
C- oth | @{brand} aspetto una richiamata da {days}
Q0 pq | @{brand} avete una carta senza commissioni?
Q0 pq | @{brand} l'app funziona anche su tablet?
Q0 pq | @{brand} quanto costa la spedizione veloce?
Q0 acc | @{brand} come cancello il mio account?
Q0 oth | @{brand} vi ho mandato il numero d'ordine in privato
Q0 oth | @{brand} novità sulla mia pratica?
Q0 oth | @{brand} sì, ho già riavviato il modem
Q0 bil | @{brand} perché vedo un addebito in sospeso?
F+ oth | @{brand} siete i migliori, grazie di tutto
F+ oth | @{brand} assistenza top, risolto in pochi minuti
F+ oth | @{brand} sempre un piacere volare con voi
F+ oth | @{brand} grazie mille a {name} per la pazienza
F+ oth | @{brand} fantastico, grazie mille!
F+ oth | @{brand} perfetto, ora funziona 👍
F0 oth | @{brand} ok, grazie
T+ oth | domani parto con @{brand} e non vedo l'ora ✈️
T+ oth | telefono nuovo oggi 😍
T0 oth | @{name} ahahah non ci posso credere
T0 oth | leggo le notizie con un caffè
T0 oth | qualcuno ha provato la nuova app di {brand}?
T- oth | che caldo oggi, non si respira
T- oth | che settimana, ho bisogno di ferie
S0 oth | guadagna da casa senza esperienza, info nella bio {url}
S0 oth | follower reali a poco prezzo {url}
` };
