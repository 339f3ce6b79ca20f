// Fillers for the {slots} of written corpus lines, per industry and language. Brand handles are
// invented: the models must learn what customers say, not which company they say it to.
import { pick, type Rng } from '../model/rng.ts';

const BRANDS: Record<string, string[]> = {
  airline: ['SkyvaleAir', 'AuroraAirways', 'BlueFinJet', 'NorthstarAir', 'Flycoast', 'MeridianAir', 'AltaWings', 'PelicanAir'],
  bank: ['NorthwindBank', 'CopperBank', 'HelioBank', 'Bankly', 'TrustMutual', 'VantaCard', 'FairwayCU', 'MintoBank'],
  telco: ['Connecta', 'WaveMobile', 'FibreNet', 'Teleon', 'Airlinq', 'NovaTel', 'GigaHome', 'SignalOne'],
  retail: ['ShopMarlo', 'Basketry', 'Kestrel_Store', 'UrbanCart', 'Parcelo', 'Homely', 'Trendly', 'FreshBox'],
  software: ['Notable_App', 'CloudDock', 'Pixelry', 'TaskHero', 'StreamBox', 'Codewell', 'PhotoNest', 'Ledgerly'],
  utility: ['BrightPower', 'AquaFlow', 'CityGas', 'EverEnergy', 'GridWest', 'ClearWater', 'SunHome_Energy', 'Voltic'],
  general: ['Acme', 'Brandly', 'Zento', 'Lumio', 'Orbital', 'Quanta', 'Riverly', 'Novo'],
};

const PRODUCTS: Record<string, string[]> = {
  airline: ['flight', 'booking', 'ticket', 'connection', 'return flight', 'flight home', 'red-eye'],
  bank: ['card', 'debit card', 'credit card', 'account', 'app', 'transfer', 'savings account'],
  telco: ['internet', 'wifi', 'phone', 'plan', 'broadband', 'line', 'router', 'fiber'],
  retail: ['order', 'package', 'parcel', 'delivery', 'jacket', 'shoes', 'sofa', 'groceries', 'headphones'],
  software: ['app', 'account', 'subscription', 'workspace', 'sync', 'editor', 'dashboard', 'plan'],
  utility: ['power', 'electricity', 'water', 'gas', 'meter', 'bill', 'smart meter', 'heating'],
  general: ['order', 'account', 'app', 'service', 'product'],
};

const CITIES = ['Chicago', 'Denver', 'Boston', 'Dallas', 'Seattle', 'Atlanta', 'NYC', 'LA', 'Miami', 'Phoenix',
  'London', 'Dublin', 'Madrid', 'Paris', 'Berlin', 'Lisbon', 'Rome', 'Amsterdam', 'Toronto', 'Austin', 'Orlando'];
const NAMES = ['Maria', 'James', 'Priya', 'Tom', 'Ana', 'Kevin', 'Sofia', 'Luca', 'Emma', 'Jonas', 'Fatima', 'Dave'];

interface LanguageSlots {
  days: string[];
  hours: string[];
  minutes: string[];
  dayCounts: string[];
  weeks: string[];
  currency: (n: number, rng: Rng) => string;
}

const EN: LanguageSlots = {
  days: ['today', 'yesterday', 'this morning', 'last night', 'on Monday', 'on Friday', 'since Tuesday', 'this weekend', 'tonight'],
  hours: ['2 hours', '3 hrs', 'an hour', 'two hours', '45 mins', '4 hours', '90 minutes', '5+ hours', 'over an hour'],
  minutes: ['20 minutes', '30 mins', '40 min', 'half an hour', '15 minutes', '55 minutes'],
  dayCounts: ['3 days', 'a week', 'two weeks', '10 days', '5 days', 'a month', 'six weeks'],
  weeks: ['2 weeks', 'three weeks', 'a month', '6 weeks', 'over a week'],
  currency: (n, rng) => pick([`$${n}`, `$${n}.99`, `£${n}`, `${n} dollars`, `$${n}.00`, `€${n}`], rng),
};

/** For languages with few written lines: only the days differ from English. */
function withDays(days: string[]): LanguageSlots {
  return { ...EN, days };
}

const LANGUAGE_SLOTS: Record<string, LanguageSlots> = {
  pl: withDays(['dzisiaj', 'wczoraj', 'w poniedziałek', 'w piątek']),
  sv: withDays(['i dag', 'i går', 'i måndags', 'i fredags']),
  tr: withDays(['bugün', 'dün', 'pazartesi', 'cuma günü']),
  ru: withDays(['сегодня', 'вчера', 'в понедельник', 'в пятницу']),
  ja: withDays(['今日', '昨日', '月曜日', '金曜日']),
  en: EN,
  es: {
    days: ['hoy', 'ayer', 'esta mañana', 'anoche', 'el lunes', 'desde el martes', 'este finde'],
    hours: ['2 horas', 'tres horas', 'una hora', '45 minutos', 'más de una hora'],
    minutes: ['20 minutos', 'media hora', '40 min'],
    dayCounts: ['3 días', 'una semana', 'dos semanas', '10 días', 'un mes'],
    weeks: ['2 semanas', 'tres semanas', 'un mes'],
    currency: (n, rng) => pick([`${n}€`, `${n} euros`, `$${n}`, `${n},99€`], rng),
  },
  fr: {
    days: ["aujourd'hui", 'hier', 'ce matin', 'hier soir', 'lundi', 'depuis mardi', 'ce week-end'],
    hours: ['2 heures', 'trois heures', 'une heure', '45 minutes', "plus d'une heure"],
    minutes: ['20 minutes', 'une demi-heure', '40 min'],
    dayCounts: ['3 jours', 'une semaine', 'deux semaines', '10 jours', 'un mois'],
    weeks: ['2 semaines', 'trois semaines', 'un mois'],
    currency: (n, rng) => pick([`${n}€`, `${n} euros`, `${n},99 €`], rng),
  },
  de: {
    days: ['heute', 'gestern', 'heute morgen', 'gestern Abend', 'am Montag', 'seit Dienstag', 'am Wochenende'],
    hours: ['2 Stunden', 'drei Stunden', 'einer Stunde', '45 Minuten', 'über einer Stunde'],
    minutes: ['20 Minuten', 'einer halben Stunde', '40 Min'],
    dayCounts: ['3 Tagen', 'einer Woche', 'zwei Wochen', '10 Tagen', 'einem Monat'],
    weeks: ['2 Wochen', 'drei Wochen', 'einem Monat'],
    currency: (n, rng) => pick([`${n}€`, `${n} Euro`, `${n},99 €`], rng),
  },
  pt: {
    days: ['hoje', 'ontem', 'hoje de manhã', 'ontem à noite', 'na segunda', 'desde terça', 'no fim de semana'],
    hours: ['2 horas', 'três horas', 'uma hora', '45 minutos', 'mais de uma hora'],
    minutes: ['20 minutos', 'meia hora', '40 min'],
    dayCounts: ['3 dias', 'uma semana', 'duas semanas', '10 dias', 'um mês'],
    weeks: ['2 semanas', 'três semanas', 'um mês'],
    currency: (n, rng) => pick([`R$${n}`, `${n}€`, `${n} reais`, `${n} euros`], rng),
  },
  it: {
    days: ['oggi', 'ieri', 'stamattina', 'ieri sera', 'lunedì', 'da martedì', 'nel weekend'],
    hours: ['2 ore', 'tre ore', "un'ora", '45 minuti', "più di un'ora"],
    minutes: ['20 minuti', "mezz'ora", '40 min'],
    dayCounts: ['3 giorni', 'una settimana', 'due settimane', '10 giorni', 'un mese'],
    weeks: ['2 settimane', 'tre settimane', 'un mese'],
    currency: (n, rng) => pick([`${n}€`, `${n} euro`, `${n},99 €`], rng),
  },
  nl: {
    days: ['vandaag', 'gisteren', 'vanochtend', 'gisteravond', 'maandag', 'sinds dinsdag', 'dit weekend'],
    hours: ['2 uur', 'drie uur', 'een uur', '45 minuten', 'meer dan een uur'],
    minutes: ['20 minuten', 'een half uur', '40 min'],
    dayCounts: ['3 dagen', 'een week', 'twee weken', '10 dagen', 'een maand'],
    weeks: ['2 weken', 'drie weken', 'een maand'],
    currency: (n, rng) => pick([`€${n}`, `${n} euro`, `€${n},99`], rng),
  },
};

function int(rng: Rng, lo: number, hi: number): number {
  return lo + Math.floor(rng() * (hi - lo + 1));
}

/** The value of one {slot} for an industry and language. Unknown slots are left as written. */
export function fillSlot(slot: string, industry: string, language: string, rng: Rng): string {
  const l = LANGUAGE_SLOTS[language] ?? EN;
  switch (slot) {
    case 'brand': return pick(BRANDS[industry] ?? BRANDS.general!, rng);
    case 'product': return pick(PRODUCTS[industry] ?? PRODUCTS.general!, rng);
    case 'n': return String(int(rng, 2, 9));
    case 'nn': return String(int(rng, 10, 60));
    case 'amount': return l.currency(pick([12, 19, 25, 35, 49, 60, 89, 120, 150, 240, 300, 499], rng), rng);
    case 'order': return pick(['#', 'order ', 'ref ', 'case ', ''], rng) + String(int(rng, 100000, 99999999));
    case 'flight': return pick(['UA', 'AA', 'DL', 'BA', 'SV', 'AW', 'NS', 'flight '], rng) + String(int(rng, 10, 2999));
    case 'city': return pick(CITIES, rng);
    case 'city2': return pick(CITIES, rng);
    case 'name': return pick(NAMES, rng);
    case 'url': return pick(['https://t.co/', 'http://bit.ly/', 'https://tinyurl.com/', 'www.'], rng) + Math.floor(rng() * 1e9).toString(36);
    case 'time': return pick(['8am', '6:15', '10pm', '7:30am', '3pm', 'noon', '5:40pm', '21:30'], rng);
    case 'day': return pick(l.days, rng);
    case 'hrs': return pick(l.hours, rng);
    case 'mins': return pick(l.minutes, rng);
    case 'days': return pick(l.dayCounts, rng);
    case 'weeks': return pick(l.weeks, rng);
    default: return `{${slot}}`;
  }
}
