// Written by the project: French posts. Format: see parse-lines.ts.
import type { CorpusSource } from './types.ts';

export const FR: CorpusSource = { name: 'fr', language: 'fr', industry: 'general', lines: `
C- oth | @{brand} vol retardé de {hrs} et aucune information. c'est honteux
C- oth | @{brand} mon vol pour {city} a été annulé sans prévenir. je fais comment ?
C- del | @{brand} vous avez perdu ma valise et toujours rien depuis {days}
C- del | @{brand} ma commande {order} devait arriver {day}, toujours rien
C- del | @{brand} colis marqué livré mais je n'ai rien reçu
C- del | @{brand} le livreur n'a même pas sonné, avis de passage alors que j'étais là
C- del | @{brand} le technicien n'est jamais venu, j'ai posé ma journée pour rien
C- out | @{brand} plus d'internet depuis {day} à {city}. je télétravaille !!
C- out | @{brand} encore une coupure de courant dans tout le quartier
C- out | @{brand} l'appli plante à chaque ouverture depuis la mise à jour
C- out | @{brand} le site affiche une erreur au moment de payer
C- out | @{brand} pas de réseau chez moi depuis {days}
C- bil | @{brand} vous m'avez prélevé deux fois la même facture
C- bil | @{brand} facture de {amount} de plus ce mois-ci sans explication
C- bil | @{brand} j'ai résilié et vous continuez à me prélever. inadmissible
C- ref | @{brand} retour envoyé il y a {weeks} et toujours pas remboursé
C- ref | @{brand} j'attends toujours le remboursement de mon vol annulé
C- acc | @{brand} mon compte est bloqué et impossible de vous joindre
C- acc | @{brand} je ne reçois pas le code de vérification par sms
C- acc | @{brand} mon compte a été piraté, aidez-moi svp
C- oth | @{brand} {hrs} d'attente au téléphone pour rien
C- oth | @{brand} service client catastrophique. plus jamais
C- oth | @{brand} personne ne répond à mes messages. il y a quelqu'un ?
C- oth | @{brand} le pire service que j'ai connu, franchement
C- oth | @{brand} j'en ai marre, trois semaines avec le même problème
C- oth | @{brand} vraiment déçu de votre accueil en agence à {city}
C- del | @{brand} bonjour, ma commande n'est pas encore arrivée, pouvez-vous vérifier ?
C- bil | @{brand} bonjour, ma facture est plus élevée que d'habitude, pouvez-vous regarder ?
Q0 pq | @{brand} vous livrez à {city} ?
Q0 pq | @{brand} quel est le poids maximum pour un bagage cabine ?
Q0 pq | @{brand} la fibre est-elle disponible dans ma ville ?
Q0 pq | @{brand} est-ce que je peux voyager avec mon chien en cabine ?
Q0 pq | @{brand} le magasin de {city} est ouvert le dimanche ?
Q0 ref | @{brand} comment demander un remboursement ?
Q0 ref | @{brand} combien de temps pour être remboursé ?
Q0 acc | @{brand} comment changer mon mot de passe ?
Q0 acc | @{brand} comment modifier mon adresse dans l'appli ?
Q0 bil | @{brand} est-ce que je peux payer en plusieurs fois ?
Q0 bil | @{brand} où trouver mes factures ?
Q0 del | @{brand} quand est-ce que ma commande arrive ? passée {day}
Q0 out | @{brand} il y a une panne à {city} ? plus de connexion
Q0 oth | @{brand} je vous ai envoyé un message privé avec mes infos
Q0 oth | @{brand} comment parler à un conseiller ?
Q0 oth | @{brand} je peux changer la date de mon vol ?
F+ oth | @{brand} merci beaucoup pour votre aide, tout est réglé !
F+ oth | @{brand} super service client, merci {name}
F+ oth | @{brand} colis arrivé en avance et en parfait état 👍
F+ oth | @{brand} j'adore la nouvelle appli, bien plus rapide
F+ oth | @{brand} vol à l'heure et équipage adorable. bravo
F+ oth | @{brand} merci pour la réactivité, vous êtes top ❤️
F0 pq | @{brand} ce serait bien d'avoir un mode sombre dans l'appli
T0 oth | réveil à 5h pour aller à l'aéroport ✈️
T+ oth | quelle belle journée à {city} ☀️
T- oth | je déteste les lundis
T0 oth | @{name} mdr j'y crois pas
T0 oth | quelqu'un sait s'il y a grève demain ?
T+ oth | enfin les vacances ! 🏖️
S0 oth | 🔥 GAGNEZ {amount} PAR JOUR depuis chez vous 🔥 écrivez-moi en privé
S0 oth | concours : un iphone à gagner, abonnez-vous et partagez {url}
S0 oth | @{brand} votre compte sera suspendu, vérifiez vos informations ici {url}
` };
