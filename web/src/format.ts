// Display helpers: networks, priorities, counts, times. Network names are labels only; nothing in
// the app behaves differently per network (the server says what each channel can do).
import type { Influence } from './api/types';

const NETWORKS: Record<string, { label: string; mark: string }> = {
  x: { label: 'X', mark: '𝕏' }, facebook: { label: 'Facebook', mark: 'f' }, instagram: { label: 'Instagram', mark: '◎' },
  whatsapp: { label: 'WhatsApp', mark: '✆' }, linkedin: { label: 'LinkedIn', mark: 'in' }, mastodon: { label: 'Mastodon', mark: 'M' },
  bluesky: { label: 'Bluesky', mark: '☁' }, email: { label: 'E-mail', mark: '@' }, sms: { label: 'SMS', mark: '✉' }, chat: { label: 'Web chat', mark: '💬' },
};

export const networkLabel = (network: string): string => NETWORKS[network]?.label ?? network;
export const networkMark = (network: string): string => NETWORKS[network]?.mark ?? network.slice(0, 1).toUpperCase();
export const KNOWN_NETWORKS = ['x', 'facebook', 'instagram', 'whatsapp'];

export const PRIORITIES = ['none', 'low', 'medium', 'high', 'urgent'] as const;
export const priorityName = (p: number): string => PRIORITIES[Math.max(0, Math.min(4, Math.round(p)))] ?? 'none';

export function compact(n: number | null | undefined): string {
  if (n === null || n === undefined) return '?';
  if (n >= 1_000_000) return `${(n / 1_000_000).toFixed(1).replace(/\.0$/, '')}M`;
  if (n >= 10_000) return `${Math.round(n / 1000)}k`;
  if (n >= 1000) return `${(n / 1000).toFixed(1).replace(/\.0$/, '')}k`;
  return String(n);
}

/** "4m 05s", "1h 20m", "2d 3h" for a span of milliseconds (sign dropped). */
export function duration(ms: number): string {
  const s = Math.floor(Math.abs(ms) / 1000);
  const d = Math.floor(s / 86_400), h = Math.floor((s % 86_400) / 3600), m = Math.floor((s % 3600) / 60), sec = s % 60;
  if (d > 0) return `${d}d ${h}h`;
  if (h > 0) return `${h}h ${String(m).padStart(2, '0')}m`;
  return `${m}m ${String(sec).padStart(2, '0')}s`;
}

export function ago(at: number, now: number): string {
  const ms = now - at;
  if (ms < 45_000) return 'just now';
  return `${duration(ms).split(' ')[0]} ago`;
}

export const dateTime = (at: number): string => new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
export const time = (at: number): string => new Date(at).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });

/** Influence tier from followers (or the server's tier and triage score): shown as a badge on the author. */
export function influenceTier(followers: number | null, influence: Influence | null): 'high' | 'notable' | null {
  const tier = influence?.tier ?? null;
  const score = influence?.score ?? null;
  if (tier === 'mega' || tier === 'macro' || (score ?? 0) >= 0.8 || (followers ?? 0) >= 100_000) return 'high';
  if (tier === 'mid' || (score ?? 0) >= 0.5 || (followers ?? 0) >= 10_000) return 'notable';
  return null;
}
