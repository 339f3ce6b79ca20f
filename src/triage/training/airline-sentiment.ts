// Twitter US Airline Sentiment (CrowdFlower, CC BY-NC-SA 4.0): EVALUATION ONLY. It is
// non-commercial, so nothing here trains a shipped model and no text of it enters the repository;
// this module turns the CSV into eval lines at run time.
//
// Two repairs before measuring. (1) 155 tweet ids appear twice; 18 of them with different labels:
// keep one copy of each, drop the conflicting ones. (2) A case-insensitive find/replace in the
// published file turned "late" into "Late Flight", "cancel" into "Cancelled Flight" and "booking"
// into "Flight Booking Problems" everywhere, inside words too ("Late Flightr", "Cancelled
// Flightled", "reFlight Booking Problems", "chocoLate Flight"). Every occurrence in the text is
// damage (a real "late flight" reads "Late Flight flight"), so reversing the three replacements
// restores the words, and stops the topic label leaking into the text.
import { parseCsvRecords } from './csv.ts';

export function repairAirlineText(text: string): string {
  return text
    .replace(/Late Flight/g, 'late')
    .replace(/Cancelled Flight/g, 'cancel')
    .replace(/Flight Booking Problems/g, 'booking')
    .replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/** Our topics for the airline reasons that map onto them; the rest stay unlabeled for topic. */
export const AIRLINE_REASON_TOPICS: Record<string, string> = {
  'Lost Luggage': 'delivery',
  'Damaged Luggage': 'delivery',
  'Late Flight': 'flight_disruption',
  'Cancelled Flight': 'flight_disruption',
};

export interface AirlineEvalLine {
  id: string;
  text: string;
  sentiment: string;
  needs_response?: boolean;
  topic?: string;
  language: 'en';
}

export interface AirlinePrepareResult {
  lines: AirlineEvalLine[];
  duplicates: number;
  conflicting: number;
}

/**
 * needs_response is derived only where the label settles it: a negative tweet with a concrete
 * reason is a complaint (needs a response); a positive one is praise (does not). Neutral tweets
 * mix questions and chatter, so they get no needs_response label.
 */
function needsResponse(sentiment: string, reason: string): boolean | undefined {
  if (sentiment === 'negative' && reason && reason !== "Can't Tell") return true;
  if (sentiment === 'positive') return false;
  return undefined;
}

export function prepareAirline(csv: string, options: { deriveNeedsResponse: boolean }): AirlinePrepareResult {
  const byId = new Map<string, Array<Record<string, string>>>();
  for (const r of parseCsvRecords(csv)) byId.set(r.tweet_id!, [...(byId.get(r.tweet_id!) ?? []), r]);
  const lines: AirlineEvalLine[] = [];
  let duplicates = 0;
  let conflicting = 0;
  for (const [id, rows] of byId) {
    duplicates += rows.length - 1;
    if (new Set(rows.map((r) => r.airline_sentiment)).size > 1) {
      conflicting++;
      continue;
    }
    const r = rows[0]!;
    const sentiment = r.airline_sentiment!;
    const reason = r.negativereason ?? '';
    const line: AirlineEvalLine = { id, text: repairAirlineText(r.text!), sentiment, language: 'en' };
    const topic = AIRLINE_REASON_TOPICS[reason];
    if (topic) line.topic = topic;
    const needs = options.deriveNeedsResponse ? needsResponse(sentiment, reason) : undefined;
    if (needs !== undefined) line.needs_response = needs;
    lines.push(line);
  }
  return { lines, duplicates, conflicting };
}
