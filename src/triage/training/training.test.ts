import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BANKING77_MAPPING } from './banking77.ts';
import { BITEXT_MAPPING } from './bitext.ts';
import { parseCsv } from './csv.ts';
import { prepareAirline, repairAirlineText } from './airline-sentiment.ts';
import { serializeModel, trainAll } from './train-all.ts';
import { DEFAULT_TOPICS } from '../types.ts';

const SHARED = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'data');

test('a small training run is reproducible: same inputs, byte-identical model files', () => {
  const options = {
    dataDir: null,
    corpus: { seed: 3, variants: 2, composedPerIndustry: 30 },
    classifiers: { bits: 12, ensemble: 2, train: { epochs: 2 } },
  };
  const a = trainAll(options);
  const b = trainAll(options);
  assert.equal(serializeModel(a.classifiers), serializeModel(b.classifiers));
  assert.equal(serializeModel(a.languages), serializeModel(b.languages));
  const c = trainAll({ ...options, classifiers: { ...options.classifiers, train: { epochs: 2, seed: 99 } } });
  assert.notEqual(c.classifiers.modelVersion, a.classifiers.modelVersion);
});

test('CSV: quotes, doubled quotes, commas and newlines inside fields', () => {
  assert.deepEqual(parseCsv('a,b\n"x, y","say ""hi""\nthere"\r\n1,2'), [['a', 'b'], ['x, y', 'say "hi"\nthere'], ['1', '2']]);
});

test('the airline text damage is undone everywhere it occurs', () => {
  assert.equal(repairAirlineText('Cancelled Flightled and Late Flightr, reFlight Booking Problems'), 'cancelled and later, rebooking');
  assert.equal(repairAirlineText('my Late Flight flight, chocoLate Flight &amp; Cancelled Flightations'), 'my late flight, chocolate & cancelations');
});

test('airline preparation drops conflicting duplicates, keeps one copy of the rest, maps reasons', () => {
  const csv = [
    'tweet_id,airline_sentiment,negativereason,text',
    '1,negative,Late Flight,"@x Late Flight again"',
    '1,negative,Late Flight,"@x Late Flight again"',
    '2,negative,Bad Flight,"@x meh"',
    '2,neutral,,"@x meh"',
    '3,positive,,"@x thanks"',
    "4,negative,Can't Tell,\"@x hmm\"",
  ].join('\n');
  const r = prepareAirline(csv, { deriveNeedsResponse: true });
  assert.equal(r.duplicates, 2);
  assert.equal(r.conflicting, 1);
  assert.deepEqual(r.lines.map((l) => [l.id, l.text, l.topic, l.needs_response]), [
    ['1', '@x late again', 'flight_disruption', true], ['3', '@x thanks', undefined, false], ['4', '@x hmm', undefined, undefined],
  ]);
});

test('every BANKING77 intent and every Bitext intent maps to a default topic', { skip: !existsSync(join(SHARED, 'banking77')) && 'shared data not present' }, () => {
  const intents = JSON.parse(readFileSync(join(SHARED, 'banking77', 'categories.json'), 'utf8')) as string[];
  assert.deepEqual(intents.filter((i) => !BANKING77_MAPPING[i]), []);
  for (const [topic] of [...Object.values(BANKING77_MAPPING), ...Object.values(BITEXT_MAPPING)]) {
    assert.ok((DEFAULT_TOPICS as readonly string[]).includes(topic), topic);
  }
});
