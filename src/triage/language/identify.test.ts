import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadShippedModels } from '../models/load.ts';
import { identifyLanguage } from './identify.ts';

const { language } = loadShippedModels();
const code = (s: string): string => identifyLanguage(language, s).code;

// Sentences written for this test, not taken from the profile text.
const SAMPLES: Array<[string, string]> = [
  ['en', '@brand my parcel still has not shown up and the tracking page is blank'],
  ['es', '@brand mi paquete todavía no ha llegado y la página de seguimiento está vacía'],
  ['fr', "@brand mon colis n'est toujours pas arrivé et la page de suivi est vide"],
  ['de', '@brand mein Paket ist immer noch nicht da und die Sendungsverfolgung ist leer'],
  ['pt', '@brand minha encomenda ainda não chegou e a página de rastreio está vazia'],
  ['it', '@brand il mio pacco non è ancora arrivato e la pagina di tracciamento è vuota'],
  ['nl', '@brand mijn pakket is nog steeds niet aangekomen en de volgpagina is leeg'],
  ['sv', '@brand mitt paket har fortfarande inte kommit och spårningssidan är tom'],
  ['pl', '@brand moja paczka nadal nie dotarła, a strona śledzenia jest pusta'],
  ['tr', '@brand paketim hâlâ gelmedi ve takip sayfası boş'],
  ['ru', '@brand моя посылка до сих пор не пришла'],
  ['ja', '@brand 荷物がまだ届きません'],
  ['ko', '@brand 택배가 아직 도착하지 않았어요'],
  ['zh', '@brand 我的包裹还没有到'],
  ['ar', '@brand لم يصل طردي بعد'],
  ['el', '@brand το δέμα μου δεν έχει φτάσει ακόμα'],
];

test('identifies the languages we ship from a customer-care sentence', () => {
  for (const [lang, text] of SAMPLES) assert.equal(code(text), lang, text);
});

test('handles, links and emoji alone are undetermined; short texts are less confident', () => {
  assert.deepEqual(identifyLanguage(language, '@brand 👍 https://t.co/x'), { code: 'und', confidence: 0 });
  const short = identifyLanguage(language, 'gracias');
  const long = identifyLanguage(language, 'muchas gracias por la ayuda, todo está solucionado');
  assert.equal(long.code, 'es');
  assert.ok(short.confidence < long.confidence);
});
