// Presenters are the only way data leaves the API: explicit fields, never a row as is.
import { z } from 'zod';
import { ROLES, TEAM_KINDS, type Team, type User } from '../../core/workspace/workspace.ts';
import { ABILITIES, abilitiesOf, type Ability } from '../../core/access/abilities.ts';
import type { Principal } from '../../core/access/principal.ts';

export const userSchema = z.object({
  id: z.string(),
  email: z.string().describe('Sign-in address'),
  name: z.string(),
  role: z.enum(ROLES),
  status: z.enum(['active', 'disabled']),
  createdAt: z.number().describe('Epoch milliseconds'),
}).describe('Person');

export const teamSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(TEAM_KINDS).describe('care: in-house care; marketing: social/PR; vendor: an outsourced team'),
  settings: z.record(z.string(), z.unknown()),
  createdAt: z.number(),
}).describe('Team');

const abilityNames = Object.keys(ABILITIES) as [Ability, ...Ability[]];

export const sessionSchema = z.object({
  user: userSchema,
  workspace: z.object({ id: z.string(), name: z.string(), slug: z.string() }),
  teams: z.array(teamSchema),
  abilities: z.array(z.enum(abilityNames)).describe('What the caller may do; the app shows or hides controls by these'),
  vendorOnly: z.boolean().describe('Member of outsourced teams only'),
  csrfToken: z.string().nullable().describe('Send as x-csrf-token on state-changing requests made with the session cookie'),
}).describe('Session');

export const presentUser = (user: User): z.infer<typeof userSchema> => ({
  id: user.id, email: user.email, name: user.name, role: user.role, status: user.status, createdAt: user.createdAt,
});

export const presentTeam = (team: Team): z.infer<typeof teamSchema> => ({
  id: team.id, name: team.name, kind: team.kind, settings: team.settings, createdAt: team.createdAt,
});

export function presentAbilities(principal: Principal): Ability[] {
  return abilitiesOf(principal);
}
