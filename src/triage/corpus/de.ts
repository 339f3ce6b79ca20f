// Written by the project: German posts. Format: see parse-lines.ts.
import type { CorpusSource } from './types.ts';

export const DE: CorpusSource = { name: 'de', language: 'de', industry: 'general', lines: `
C- oth | @{brand} Flug seit {hrs} verspätet und niemand sagt uns etwas. Eine Frechheit
C- oth | @{brand} mein Flug nach {city} wurde ohne Vorwarnung gestrichen. Was jetzt?
C- del | @{brand} ihr habt meinen Koffer verloren und seit {days} keine Antwort
C- del | @{brand} meine Bestellung {order} sollte {day} kommen, immer noch nichts
C- del | @{brand} Paket als zugestellt markiert, aber hier ist nichts angekommen
C- del | @{brand} der Bote hat nicht mal geklingelt, nur eine Karte eingeworfen
C- del | @{brand} Techniker ist nicht gekommen, ich habe mir umsonst frei genommen
C- out | @{brand} seit {day} kein Internet in {city}. Ich arbeite im Homeoffice!!
C- out | @{brand} schon wieder Stromausfall im ganzen Viertel
C- out | @{brand} die App stürzt seit dem Update bei jedem Start ab
C- out | @{brand} beim Bezahlen kommt immer eine Fehlermeldung
C- out | @{brand} seit {days} kein Netz zu Hause
C- bil | @{brand} ihr habt die Rechnung doppelt abgebucht
C- bil | @{brand} {amount} mehr auf der Rechnung ohne jede Erklärung
C- bil | @{brand} ich habe gekündigt und ihr bucht trotzdem weiter ab. Unverschämt
C- ref | @{brand} Rücksendung vor {weeks} geschickt und immer noch kein Geld zurück
C- ref | @{brand} ich warte immer noch auf die Erstattung für den gestrichenen Flug
C- acc | @{brand} mein Konto ist gesperrt und ich erreiche niemanden
C- acc | @{brand} ich bekomme keinen Bestätigungscode per SMS
C- acc | @{brand} mein Konto wurde gehackt, bitte helft mir
C- oth | @{brand} {hrs} in der Warteschleife und dann aufgelegt
C- oth | @{brand} katastrophaler Kundenservice. Nie wieder
C- oth | @{brand} niemand antwortet auf meine Nachrichten. Ist da jemand?
C- oth | @{brand} der schlechteste Service, den ich je erlebt habe
C- oth | @{brand} ich habe die Nase voll, drei Wochen dasselbe Problem
C- oth | @{brand} sehr enttäuscht von der Filiale in {city}
C- del | @{brand} hallo, meine Bestellung ist noch nicht angekommen, könnt ihr nachsehen?
C- bil | @{brand} hallo, meine Rechnung ist höher als sonst, könnt ihr das prüfen?
Q0 pq | @{brand} liefert ihr auch nach {city}?
Q0 pq | @{brand} wie schwer darf das Handgepäck sein?
Q0 pq | @{brand} gibt es Glasfaser an meiner Adresse?
Q0 pq | @{brand} darf mein Hund mit in die Kabine?
Q0 pq | @{brand} hat die Filiale in {city} am Samstag geöffnet?
Q0 ref | @{brand} wie beantrage ich eine Erstattung?
Q0 ref | @{brand} wie lange dauert die Rückerstattung?
Q0 acc | @{brand} wie ändere ich mein Passwort?
Q0 acc | @{brand} wie ändere ich meine Adresse in der App?
Q0 bil | @{brand} kann ich in Raten zahlen?
Q0 bil | @{brand} wo finde ich meine Rechnungen?
Q0 del | @{brand} wann kommt meine Bestellung? bestellt {day}
Q0 out | @{brand} gibt es eine Störung in {city}? kein Internet
Q0 oth | @{brand} ich habe euch eine DM mit den Daten geschickt
Q0 oth | @{brand} wie erreiche ich einen Mitarbeiter?
Q0 oth | @{brand} kann ich das Datum meines Fluges ändern?
F+ oth | @{brand} vielen Dank für die Hilfe, alles erledigt!
F+ oth | @{brand} super Kundenservice, danke {name}
F+ oth | @{brand} Paket früher als erwartet und top verpackt 👍
F+ oth | @{brand} die neue App ist klasse, viel schneller
F+ oth | @{brand} pünktlicher Flug und sehr freundliche Crew. Danke!
F+ oth | @{brand} danke für die schnelle Antwort, ihr seid spitze ❤️
F0 pq | @{brand} ein Dark Mode in der App wäre schön
T0 oth | um 5 Uhr aufstehen für den Flughafen ✈️
T+ oth | was für ein schöner Tag in {city} ☀️
T- oth | ich hasse Montage
T0 oth | @{name} haha glaub ich nicht
T0 oth | weiß jemand, ob morgen gestreikt wird?
T+ oth | endlich Urlaub! 🏖️
S0 oth | 🔥 VERDIENE {amount} AM TAG von zu Hause 🔥 schreib mir privat
S0 oth | Gewinnspiel: ein iPhone zu gewinnen, folgen und teilen {url}
S0 oth | @{brand} Ihr Konto wird gesperrt, bestätigen Sie Ihre Daten hier {url}
` };
