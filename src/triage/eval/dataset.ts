// Eval files: JSON Lines, one item per line: {"id": "...", "text": "...", label fields...}.
// Label fields: needs_response (boolean), sentiment (negative|neutral|positive), topic (string),
// language (string). Optional author {followers, verified} and the other TriageInput fields.
// Lines that are not valid JSON objects with a text, or that carry a badly typed label, are
// reported with their line number and skipped; they never stop the run.
import { SENTIMENTS, type TriageInput } from '../types.ts';

export const LABEL_FIELDS = ['needs_response', 'sentiment', 'topic', 'language'] as const;
export type LabelField = (typeof LABEL_FIELDS)[number];

export interface EvalItem {
  line: number;
  id: string;
  input: TriageInput;
  labels: Partial<Record<LabelField, string>>;
}

export interface MalformedLine {
  line: number;
  reason: string;
}

export interface ParsedEvalFile {
  items: EvalItem[];
  malformed: MalformedLine[];
}

function labelOf(field: LabelField, value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (field === 'needs_response') {
    if (typeof value !== 'boolean') throw new Error('needs_response must be true or false');
    return String(value);
  }
  if (typeof value !== 'string' || value.length === 0) throw new Error(`${field} must be a non-empty string`);
  if (field === 'sentiment' && !(SENTIMENTS as readonly string[]).includes(value)) throw new Error(`sentiment must be one of ${SENTIMENTS.join(', ')}`);
  return value;
}

function author(value: unknown): TriageInput['author'] {
  if (typeof value !== 'object' || value === null) return undefined;
  const a = value as Record<string, unknown>;
  return {
    followers: typeof a.followers === 'number' ? a.followers : null,
    verified: a.verified === true,
  };
}

function parseItem(raw: string, line: number): EvalItem {
  const value: unknown = JSON.parse(raw);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not a JSON object');
  const o = value as Record<string, unknown>;
  if (typeof o.text !== 'string') throw new Error('missing "text"');
  const labels: EvalItem['labels'] = {};
  for (const field of LABEL_FIELDS) {
    const label = labelOf(field, o[field]);
    if (label !== undefined) labels[field] = label;
  }
  const input: TriageInput = { text: o.text, author: author(o.author) };
  if (typeof o.network === 'string') input.network = o.network;
  if (o.surface === 'public' || o.surface === 'private') input.surface = o.surface;
  if (typeof o.messageKind === 'string') input.messageKind = o.messageKind;
  return { line, id: typeof o.id === 'string' || typeof o.id === 'number' ? String(o.id) : `line-${line}`, input, labels };
}

export function parseEvalFile(content: string): ParsedEvalFile {
  const items: EvalItem[] = [];
  const malformed: MalformedLine[] = [];
  content.split('\n').forEach((raw, i) => {
    if (raw.trim() === '') return;
    try {
      items.push(parseItem(raw, i + 1));
    } catch (error) {
      malformed.push({ line: i + 1, reason: error instanceof Error ? error.message : String(error) });
    }
  });
  return { items, malformed };
}
