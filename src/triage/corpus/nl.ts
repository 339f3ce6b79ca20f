// Written by the project: Dutch posts. Format: see parse-lines.ts.
import type { CorpusSource } from './types.ts';

export const NL: CorpusSource = { name: 'nl', language: 'nl', industry: 'general', lines: `
C- oth | @{brand} vlucht al {hrs} vertraagd en niemand vertelt ons iets. schandalig
C- oth | @{brand} mijn vlucht naar {city} is zonder waarschuwing geannuleerd. wat nu?
C- del | @{brand} jullie zijn mijn koffer kwijt en al {days} geen nieuws
C- del | @{brand} mijn bestelling {order} zou {day} komen, nog steeds niks
C- del | @{brand} pakket staat als bezorgd maar ik heb niets ontvangen
C- del | @{brand} de bezorger heeft niet eens aangebeld, ik was de hele dag thuis
C- del | @{brand} monteur is niet komen opdagen, voor niks vrij genomen
C- out | @{brand} sinds {day} geen internet in {city}. ik werk thuis!!
C- out | @{brand} alweer een stroomstoring in de hele wijk
C- out | @{brand} de app crasht sinds de update bij elke start
C- out | @{brand} de site geeft een foutmelding bij het betalen
C- out | @{brand} al {days} geen bereik thuis
C- bil | @{brand} jullie hebben de factuur twee keer afgeschreven
C- bil | @{brand} {amount} meer op mijn rekening zonder uitleg
C- bil | @{brand} ik heb opgezegd en jullie blijven afschrijven. belachelijk
C- ref | @{brand} retour {weeks} geleden verstuurd en nog steeds geen geld terug
C- ref | @{brand} ik wacht nog steeds op de terugbetaling van mijn geannuleerde vlucht
C- acc | @{brand} mijn account is geblokkeerd en ik kan niemand bereiken
C- acc | @{brand} ik krijg de verificatiecode niet per sms
C- acc | @{brand} mijn account is gehackt, help alsjeblieft
C- oth | @{brand} {hrs} in de wacht en toen opgehangen
C- oth | @{brand} waardeloze klantenservice. nooit meer
C- oth | @{brand} niemand reageert op mijn berichten. is daar iemand?
C- oth | @{brand} de slechtste service die ik ooit heb gehad
C- oth | @{brand} ik ben het zat, drie weken hetzelfde probleem
C- oth | @{brand} erg teleurgesteld in de winkel in {city}
C- del | @{brand} hoi, mijn bestelling is nog niet aangekomen, kunnen jullie kijken?
C- bil | @{brand} hallo, mijn rekening is hoger dan normaal, kunnen jullie dat nakijken?
Q0 pq | @{brand} bezorgen jullie ook in {city}?
Q0 pq | @{brand} hoe zwaar mag de handbagage zijn?
Q0 pq | @{brand} is glasvezel beschikbaar op mijn adres?
Q0 pq | @{brand} mag mijn hond mee in de cabine?
Q0 pq | @{brand} is de winkel in {city} op zondag open?
Q0 ref | @{brand} hoe vraag ik een terugbetaling aan?
Q0 ref | @{brand} hoe lang duurt het voordat ik mijn geld terugkrijg?
Q0 acc | @{brand} hoe wijzig ik mijn wachtwoord?
Q0 acc | @{brand} hoe pas ik mijn adres aan in de app?
Q0 bil | @{brand} kan ik in termijnen betalen?
Q0 bil | @{brand} waar vind ik mijn facturen?
Q0 del | @{brand} wanneer komt mijn bestelling? besteld {day}
Q0 out | @{brand} is er een storing in {city}? geen internet
Q0 oth | @{brand} ik heb jullie een DM gestuurd met de gegevens
Q0 oth | @{brand} hoe spreek ik een medewerker?
Q0 oth | @{brand} kan ik de datum van mijn vlucht wijzigen?
F+ oth | @{brand} heel erg bedankt voor de hulp, alles opgelost!
F+ oth | @{brand} top klantenservice, dank je {name}
F+ oth | @{brand} eerder bezorgd dan verwacht en alles perfect 👍
F+ oth | @{brand} de nieuwe app is geweldig, veel sneller
F+ oth | @{brand} vlucht op tijd en super vriendelijke crew. top!
F+ oth | @{brand} bedankt voor de snelle reactie, jullie zijn geweldig ❤️
F0 pq | @{brand} een donkere modus in de app zou fijn zijn
T0 oth | om 5 uur op voor het vliegveld ✈️
T+ oth | wat een mooie dag in {city} ☀️
T- oth | ik haat maandagen
T0 oth | @{name} haha echt niet
T0 oth | weet iemand of er morgen gestaakt wordt?
T+ oth | eindelijk vakantie! 🏖️
S0 oth | 🔥 VERDIEN {amount} PER DAG vanuit huis 🔥 stuur me een dm
S0 oth | winactie: win een iphone, volg en deel {url}
S0 oth | @{brand} uw account wordt geblokkeerd, bevestig uw gegevens hier {url}
` };
