// Written by the project: more Dutch posts. Format: see parse-lines.ts.
import type { CorpusSource } from './types.ts';

export const NL_MORE: CorpusSource = { name: 'nl-more', language: 'nl', industry: 'general', lines: `
C- bil | @{brand} ineens kosten op mijn rekening die niemand kan uitleggen
C- bil | @{brand} mijn overboeking staat al {days} in behandeling en de huur moet betaald
C- out | @{brand} mijn pas wordt overal geweigerd terwijl er genoeg saldo is
C- out | @{brand} de bankapp doet het al de hele ochtend niet
C- out | @{brand} de wifi valt elke tien minuten weg, zo kan ik niet werken
C- acc | @{brand} sinds ik een nieuwe telefoon heb kom ik niet meer in de app
C- del | @{brand} pakket kwam kapot aan en niemand helpt me
C- del | @{brand} ik heb de bestelling van iemand anders gekregen
C- ref | @{brand} terugbetaling binnen 5 dagen zeiden jullie, het is nu {weeks}
C- oth | @{brand} twee keer opgehangen. top hoor
C- oth | @{brand} bedankt voor niks, nog steeds hetzelfde probleem
C- oth | @{brand} geweldige service, {hrs} wachten 🙄
C- oth | @{brand} het personeel in de winkel was echt onbeleefd
C- oth | @{brand} niemand kan me een duidelijk antwoord geven
C- oth | @{brand} ik wacht al {days} op een terugbelverzoek
Q0 pq | @{brand} hebben jullie een pas zonder kosten?
Q0 pq | @{brand} werkt de app ook op een tablet?
Q0 pq | @{brand} wat kost snelle verzending?
Q0 acc | @{brand} hoe verwijder ik mijn account?
Q0 oth | @{brand} ik heb het bestelnummer in een DM gestuurd
Q0 oth | @{brand} al nieuws over mijn zaak?
Q0 oth | @{brand} ja, de router heb ik al opnieuw opgestart
Q0 bil | @{brand} waarom zie ik een openstaande afschrijving?
F+ oth | @{brand} jullie zijn de beste, bedankt voor alles
F+ oth | @{brand} top service, binnen een paar minuten opgelost
F+ oth | @{brand} altijd fijn om met jullie te vliegen
F+ oth | @{brand} dank aan {name} voor het geduld
F+ oth | @{brand} super, heel erg bedankt!
F+ oth | @{brand} perfect, het werkt weer 👍
F0 oth | @{brand} oké, dank je
T+ oth | morgen met @{brand} op vakantie, ik heb er zin in ✈️
T+ oth | nieuwe telefoon vandaag 😍
T0 oth | @{name} haha niet normaal
T0 oth | nieuws lezen bij de koffie
T0 oth | heeft iemand de nieuwe app van {brand} al geprobeerd?
T- oth | wat is het heet vandaag
T- oth | wat een week, ik ben aan vakantie toe
S0 oth | verdien geld vanuit huis zonder ervaring, info in mijn bio {url}
S0 oth | echte volgers goedkoop {url}
` };
