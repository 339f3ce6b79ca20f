// Written by the project: more German posts. Format: see parse-lines.ts.
import type { CorpusSource } from './types.ts';

export const DE_MORE: CorpusSource = { name: 'de-more', language: 'de', industry: 'general', lines: `
C- bil | @{brand} plötzlich Kontoführungsgebühren, die mir niemand erklärt hat
C- bil | @{brand} meine Überweisung hängt seit {days}, die Miete ist fällig
C- out | @{brand} meine Karte wird überall abgelehnt, obwohl genug Geld drauf ist
C- out | @{brand} die Banking-App funktioniert seit heute früh nicht
C- out | @{brand} der Router startet jede Stunde neu
C- acc | @{brand} seit dem Handywechsel komme ich nicht mehr in die App
C- del | @{brand} Paket kam beschädigt an und keiner hilft mir
C- del | @{brand} ich habe die Bestellung von jemand anderem bekommen
C- ref | @{brand} Erstattung in 5 Tagen hieß es, jetzt sind es {weeks}
C- oth | @{brand} zweimal aus der Leitung geworfen. toll
C- oth | @{brand} danke für nichts, immer noch dasselbe Problem
C- oth | @{brand} super Service, {hrs} Wartezeit 🙄
C- oth | @{brand} das Personal im Laden war echt unfreundlich
C- oth | @{brand} niemand kann mir eine klare Antwort geben
C- oth | @{brand} ich warte seit {days} auf einen Rückruf
Q0 pq | @{brand} habt ihr eine Karte ohne Gebühren?
Q0 pq | @{brand} läuft die App auch auf dem Tablet?
Q0 pq | @{brand} was kostet der Expressversand?
Q0 acc | @{brand} wie lösche ich mein Konto?
Q0 oth | @{brand} ich habe euch die Bestellnummer per DM geschickt
Q0 oth | @{brand} gibt es etwas Neues zu meinem Fall?
Q0 oth | @{brand} ja, den Router habe ich schon neu gestartet
Q0 bil | @{brand} warum sehe ich eine vorgemerkte Abbuchung?
F+ oth | @{brand} ihr seid die Besten, danke für alles
F+ oth | @{brand} top Service, Problem in wenigen Minuten gelöst
F+ oth | @{brand} immer wieder gerne mit euch unterwegs
F+ oth | @{brand} ein großes Dankeschön an {name} für die Geduld
F+ oth | @{brand} klasse, vielen Dank!
F+ oth | @{brand} perfekt, jetzt geht es 👍
F0 oth | @{brand} okay, danke
T+ oth | morgen geht es mit @{brand} in den Urlaub, ich freu mich so ✈️
T+ oth | neues Handy heute 😍
T0 oth | @{name} haha das gibt es doch nicht
T0 oth | Nachrichten lesen beim Kaffee
T0 oth | hat jemand die neue App von {brand} ausprobiert?
T- oth | heute ist es unerträglich heiß
T- oth | was für eine Woche, ich brauche Urlaub
S0 oth | Geld verdienen von zu Hause ohne Erfahrung, Infos in meiner Bio {url}
S0 oth | echte Follower günstig kaufen {url}
` };
