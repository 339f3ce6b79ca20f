// Expands written template lines into examples: alternatives and slots filled, then surface noise.
import { createRng, pick, type Rng } from '../model/rng.ts';
import { hashString } from '../text/hash.ts';
import { augment } from './augment.ts';
import { parseLines, type TemplateLine } from './parse-lines.ts';
import { fillSlot } from './slots.ts';
import type { CorpusExample, CorpusSource } from './types.ts';

export function fillTemplate(template: string, industry: string, language: string, rng: Rng): string {
  return template
    .replace(/\[([^\]]*)\]/g, (_, options: string) => pick(options.split('|'), rng))
    .replace(/\{(\w+)\}/g, (_, slot: string) => fillSlot(slot, industry, language, rng))
    .replace(/\s+/g, ' ')
    .trim();
}

function expandLine(source: CorpusSource, line: TemplateLine, variants: number, seed: number): CorpusExample[] {
  const rng = createRng(hashString(`${source.name}:${line.line}`) ^ seed);
  const group = `${source.name}:${line.line}`;
  const seen = new Set<string>();
  const out: CorpusExample[] = [];
  for (let v = 0; v < variants; v++) {
    const filled = fillTemplate(line.template, source.industry, source.language, rng);
    const text = augment(filled, v, { language: source.language, sentiment: line.sentiment }, rng);
    if (seen.has(text)) continue;
    seen.add(text);
    out.push({
      id: `${group}:${v}`, group, text, kind: line.kind, sentiment: line.sentiment, topic: line.topic,
      language: source.language, industry: source.industry,
    });
  }
  return out;
}

export function expandSource(source: CorpusSource, variants: number, seed: number): CorpusExample[] {
  return parseLines(source.lines, source.name).flatMap((line) => expandLine(source, line, variants, seed));
}
