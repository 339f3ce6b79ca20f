// Canned responses with variables: `{{contact.first_name}}`, `{{agent.name}}`... Plain text in,
// plain text out (replies go to platforms as text; nothing here is HTML). An unknown variable
// is an error the editor shows, not a blank in a customer's reply.
import { DomainError } from '../errors.ts';

export interface TemplateContext {
  contact: { name: string | null; handle: string | null };
  agent: { name: string };
  workspace: { name: string };
  channel: { name: string; network: string };
}

const firstName = (name: string | null): string => (name ?? '').trim().split(/\s+/)[0] ?? '';

const VARIABLES: Record<string, (c: TemplateContext) => string> = {
  'contact.name': (c) => c.contact.name ?? c.contact.handle ?? 'there',
  'contact.first_name': (c) => firstName(c.contact.name) || c.contact.handle || 'there',
  'contact.handle': (c) => (c.contact.handle ? `@${c.contact.handle.replace(/^@/, '')}` : ''),
  'agent.name': (c) => c.agent.name,
  'agent.first_name': (c) => firstName(c.agent.name),
  'workspace.name': (c) => c.workspace.name,
  'channel.name': (c) => c.channel.name,
  'channel.network': (c) => c.channel.network,
};

export const TEMPLATE_VARIABLES: readonly string[] = Object.keys(VARIABLES);

const PLACEHOLDER = /\{\{\s*([a-z_]+(?:\.[a-z_]+)*)\s*\}\}/g;

/** The variables a template uses that Earshot does not know. */
export function unknownVariables(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!).filter((name) => !(name in VARIABLES)))];
}

export function renderTemplate(template: string, context: TemplateContext): string {
  const unknown = unknownVariables(template);
  if (unknown.length > 0) {
    throw new DomainError('validation_failed', `Unknown variable(s): ${unknown.map((v) => `{{${v}}}`).join(', ')}`, { unknown, known: TEMPLATE_VARIABLES });
  }
  return template.replace(PLACEHOLDER, (_match, name: string) => VARIABLES[name]!(context));
}
