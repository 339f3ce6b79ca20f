// The people in simulated traffic: from accounts nobody follows to very large verified ones,
// each speaking one language and holding an id on each network. Follower counts follow a long
// tail: most people have a few hundred, a few have millions.
import type { Random } from './random.ts';

export type Language = 'en' | 'es' | 'fr' | 'de' | 'nl' | 'pt' | 'it';

export interface Persona {
  key: string;
  name: string;
  handle: string;
  followers: number;
  verified: boolean;
  language: Language;
  /** This person's id on each network (X user id, page-scoped id, IG-scoped id, WhatsApp number). */
  ids: { x: string; facebook: string; instagram: string; whatsapp: string };
}

const FIRST = ['Jane', 'Tom', 'Aisha', 'Lucas', 'Mei', 'Omar', 'Sofia', 'Noah', 'Priya', 'Liam', 'Emma', 'Mateo', 'Chloé', 'Jonas', 'Ines', 'Kwame', 'Yuki', 'Lars', 'Fatima', 'Diego', 'Hannah', 'Ravi', 'Olga', 'Marco', 'Zoe', 'Sven', 'Amara', 'Luca', 'Nina', 'Tariq'];
const LAST = ['Doe', 'Okafor', 'García', 'Müller', 'Dubois', 'Rossi', 'de Vries', 'Silva', 'Kowalski', 'Nguyen', 'Smith', 'Khan', 'Tanaka', 'Jensen', 'López', 'Moreau', 'Bakker', 'Costa', 'Schmidt', 'Brown'];
const LANGUAGES: Record<Language, number> = { en: 72, es: 9, fr: 6, de: 5, nl: 3, pt: 3, it: 2 };
const COUNTRY_CODES: Record<Language, string> = { en: '1', es: '34', fr: '33', de: '49', nl: '31', pt: '351', it: '39' };

function followersOf(random: Random): { followers: number; verified: boolean } {
  const tier = random.weighted({ nobody: 40, small: 35, local: 18, known: 5.5, famous: 1.3, celebrity: 0.2 });
  switch (tier) {
    case 'nobody': return { followers: random.int(0, 60), verified: false };
    case 'small': return { followers: random.int(61, 900), verified: false };
    case 'local': return { followers: random.int(901, 20_000), verified: random.chance(0.03) };
    case 'known': return { followers: random.int(20_001, 250_000), verified: random.chance(0.3) };
    case 'famous': return { followers: random.int(250_001, 2_000_000), verified: random.chance(0.8) };
    case 'celebrity': return { followers: random.int(2_000_001, 60_000_000), verified: true };
  }
}

export function makePersonas(random: Random, count: number): Persona[] {
  const personas: Persona[] = [];
  const handles = new Set<string>();
  for (let i = 0; i < count; i++) {
    const first = random.pick(FIRST);
    const last = random.pick(LAST);
    let handle = `${first}${last}`.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '').slice(0, 11);
    while (handles.has(handle)) handle = `${handle.slice(0, 11)}${random.int(1, 999)}`;
    handles.add(handle);
    const language = random.weighted(LANGUAGES);
    personas.push({
      key: `p${i}`, name: `${first} ${last}`, handle, language, ...followersOf(random),
      ids: {
        x: random.digits(random.chance(0.5) ? 9 : 18),
        facebook: random.digits(16),
        instagram: random.digits(17),
        whatsapp: `${COUNTRY_CODES[language]}${random.digits(9)}`,
      },
    });
  }
  return personas;
}
