// What simulated customers say, written for Earshot's demo airline (Acme Air). Slots in braces
// are filled per post: {flight}, {city}, {hours}, {ref}, {brand}. Written by the project; the
// datasets in shared/data were only read to learn the mix and tone of real traffic.
import type { Language } from './personas.ts';

export type Category = 'complaint' | 'question' | 'praise' | 'chatter' | 'spam';

export const PHRASES: Record<Language, Partial<Record<Category, readonly string[]>>> = {
  en: {
    complaint: [
      '{brand} flight {flight} delayed {hours} hours and not a single update from the crew. This is ridiculous.',
      'My bag did not make it to {city}. Reported it at the desk 2 days ago, ref {ref}, still nothing. Where is it?',
      'Been on hold for 90 minutes trying to change my booking. Nobody picks up. {brand} please answer.',
      'Cancelled {flight} with 3 hours notice and the rebooking is for Thursday?? I have a wedding tomorrow.',
      'Your app charged me twice for seat selection. Booking {ref}. I want my money back.',
      'Refund for my cancelled flight was promised in 7 days. It has been 6 weeks. {brand} this is not ok.',
      'Stuck at {city} airport, missed my connection because {flight} was late, and the transfer desk is closed.',
      'The wifi on {flight} did not work the whole flight but you still charged me for it.',
      'Gate agent was incredibly rude to my elderly mother at {city}. Very disappointed in {brand}.',
      'Check-in online keeps failing with "error 500". Flight leaves in 4 hours. Help!',
      'Paid for extra legroom on {flight}, got put in a middle seat at the back. Booking {ref}.',
      'Third time this month {flight} is late. Starting to think the schedule is fiction.',
      'Your chatbot sent me in circles for half an hour. I just need a human. Ref {ref}.',
      'Stroller was damaged on arrival in {city}. Who do I talk to about this?',
    ],
    question: [
      'Hi {brand}, can I bring a guitar as cabin baggage on {flight}?',
      'Does my ticket {ref} include a checked bag or do I need to add one?',
      'How early do I need to be at {city} airport for an international flight?',
      'Is {flight} to {city} on time today? The app shows nothing.',
      'Can I change the name on my booking {ref}? Typo in the last name.',
      'Do you allow pets in the cabin on flights to {city}?',
      'What is the refund policy if I cancel 48 hours before departure?',
      'How do I add my frequent flyer number to an existing booking?',
      'Is there a lounge at {city} I can use with a business class ticket?',
      'Can I pre-order a vegetarian meal for {flight}?',
      'My flight was moved to a different day. Am I entitled to compensation?',
      'Where do I find the invoice for my booking {ref}? Need it for expenses.',
    ],
    praise: [
      'Huge thanks to the crew on {flight} for taking care of my nervous kid. You made her day! ✈️',
      'Landed early in {city}, bags out in 10 minutes. Well done {brand}!',
      'Shout-out to the agent at {city} who rebooked me in two minutes flat. Legend.',
      'Best cabin crew I have flown with in years. Thank you {brand}.',
      'The new app is actually great, checked in and got my boarding pass in seconds.',
      'Lost my phone on {flight} and your team had it waiting for me at the gate. Amazing.',
    ],
    chatter: [
      'Window seat, coffee, and clouds. Off to {city} with {brand} ☁️',
      'Anyone else on {flight} tonight? Say hi in row 14 😄',
      'Airport people-watching is my favourite sport.',
      'Finally booked the {city} trip I have been dreaming about for years!',
      'Is it just me or do airplane meals taste better at 30,000 feet?',
      'Throwback to that sunset over {city} from seat 22A.',
      'Flight mode on. See you all in {city}.',
    ],
    spam: [
      'Make $5000 a week from home!!! DM me to learn the secret 💰💰💰',
      'Buy 10k real followers now, cheap and instant, link in bio',
      'Crypto giveaway!!! Send 0.1 ETH get 1 ETH back, limited time',
      'Hot singles in {city} want to meet you ➡️ click my profile',
      'FREE FLIGHTS for the first 100 people who follow and retweet!!!',
    ],
  },
  es: {
    complaint: ['El vuelo {flight} lleva {hours} horas de retraso y nadie nos dice nada. Vergonzoso.', 'Mi maleta no llegó a {city}. Referencia {ref}. ¿Alguien me puede ayudar?', 'Llevo una hora esperando al teléfono para cambiar mi reserva.'],
    question: ['Hola, ¿puedo llevar una maleta de mano extra en el vuelo {flight}?', '¿Cómo cambio la fecha de mi reserva {ref}?'],
    praise: ['¡Gracias a la tripulación del {flight}, un servicio estupendo!'],
    chatter: ['Rumbo a {city} con muchas ganas ✈️'],
  },
  fr: {
    complaint: ['Vol {flight} annulé sans explication, et aucun agent au comptoir à {city}.', 'Ma valise est arrivée cassée à {city}. Dossier {ref}.'],
    question: ['Bonjour, est-ce que je peux choisir mon siège gratuitement sur le vol {flight} ?', 'Comment obtenir une facture pour la réservation {ref} ?'],
    praise: ['Équipage adorable sur le {flight}, merci beaucoup !'],
    chatter: ['En route pour {city} ☀️'],
  },
  de: {
    complaint: ['Flug {flight} hat {hours} Stunden Verspätung und keiner informiert uns. Unmöglich.', 'Mein Koffer ist nicht in {city} angekommen. Referenz {ref}.'],
    question: ['Hallo, kann ich mein Fahrrad auf Flug {flight} mitnehmen?', 'Wie ändere ich den Namen auf meiner Buchung {ref}?'],
    praise: ['Super Crew auf {flight}, vielen Dank!'],
  },
  nl: {
    complaint: ['Vlucht {flight} heeft al {hours} uur vertraging en niemand zegt iets.', 'Mijn koffer is zoek sinds {city}. Referentie {ref}.'],
    question: ['Hoi, mag ik een kinderwagen meenemen op vlucht {flight}?'],
    praise: ['Top bemanning op {flight}, dank jullie wel!'],
  },
  pt: {
    complaint: ['O voo {flight} atrasou {hours} horas e ninguém explica nada.', 'Minha mala não chegou a {city}. Referência {ref}.'],
    question: ['Olá, posso levar uma mala extra no voo {flight}?'],
  },
  it: {
    complaint: ['Il volo {flight} è in ritardo di {hours} ore e nessuno ci informa.'],
    question: ['Ciao, posso portare il passeggino sul volo {flight}?'],
    praise: ['Equipaggio fantastico sul {flight}, grazie!'],
  },
};

export const FOLLOW_UPS: readonly string[] = [
  'Any update on this?', 'Still waiting...', 'Hello?? Anyone there?', 'Sent you a DM with the details.',
  'Thanks, that helped!', 'This is the third time I ask.', 'Same problem here.', 'Following, I have the same issue.',
];

export const CITIES = ['Amsterdam', 'Lisbon', 'Berlin', 'Madrid', 'Paris', 'New York', 'Rome', 'Dublin', 'Toronto', 'Oslo'];
