// Written by the project: more French posts. Format: see parse-lines.ts.
import type { CorpusSource } from './types.ts';

export const FR_MORE: CorpusSource = { name: 'fr-more', language: 'fr', industry: 'general', lines: `
C- bil | @{brand} des frais bancaires sortis de nulle part ce mois-ci
C- bil | @{brand} mon virement est bloqué depuis {days}, je dois payer mon loyer
C- out | @{brand} ma carte est refusée partout alors que j'ai de l'argent
C- out | @{brand} l'appli de la banque ne marche plus depuis ce matin
C- out | @{brand} la box redémarre toute seule toutes les heures
C- acc | @{brand} impossible de me connecter depuis que j'ai changé de téléphone
C- del | @{brand} colis arrivé abîmé et aucune solution proposée
C- del | @{brand} j'ai reçu la commande de quelqu'un d'autre
C- ref | @{brand} on m'avait promis un remboursement sous 5 jours, ça fait {weeks}
C- oth | @{brand} on m'a raccroché au nez deux fois. super
C- oth | @{brand} merci pour rien, toujours le même problème
C- oth | @{brand} quel service formidable, {hrs} d'attente 🙄
C- oth | @{brand} le personnel du magasin était franchement désagréable
C- oth | @{brand} personne n'est capable de me donner une réponse claire
C- oth | @{brand} j'attends qu'on me rappelle depuis {days}
Q0 pq | @{brand} vous avez une carte sans frais ?
Q0 pq | @{brand} l'appli marche sur tablette ?
Q0 pq | @{brand} combien coûte la livraison express ?
Q0 acc | @{brand} comment supprimer mon compte ?
Q0 oth | @{brand} je vous ai envoyé le numéro de commande en MP
Q0 oth | @{brand} du nouveau sur mon dossier ?
Q0 oth | @{brand} oui j'ai déjà redémarré la box
Q0 bil | @{brand} pourquoi j'ai un prélèvement en attente ?
F+ oth | @{brand} vous êtes au top, merci pour tout
F+ oth | @{brand} service impeccable, problème réglé en quelques minutes
F+ oth | @{brand} toujours un plaisir de voyager avec vous
F+ oth | @{brand} un grand merci à {name} pour sa patience
F+ oth | @{brand} génial, merci beaucoup !
F+ oth | @{brand} parfait, ça marche maintenant 👍
F0 oth | @{brand} d'accord, merci
T+ oth | demain je pars en vacances avec @{brand}, trop hâte ✈️
T+ oth | nouveau téléphone aujourd'hui 😍
T0 oth | @{name} mdr c'est pas possible
T0 oth | je lis les infos avec un café
T0 oth | quelqu'un a testé la nouvelle appli de {brand} ?
T- oth | il fait une chaleur insupportable aujourd'hui
T- oth | quelle semaine, j'ai besoin de vacances
S0 oth | gagnez de l'argent depuis chez vous sans expérience, infos dans ma bio {url}
S0 oth | des abonnés réels pas chers {url}
` };
