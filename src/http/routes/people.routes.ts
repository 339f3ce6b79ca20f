// People and teams. Everyone may list the people they work with (for assignment and @mentions);
// people in vendor teams see only their own teams' members. Changing people and teams needs
// people.manage / team.manage.
import { z } from 'zod';
import type { Clock } from '../../core/clock.ts';
import { notFound } from '../../core/errors.ts';
import { conversationScope } from '../../core/access/conversation-policy.ts';
import { ROLES, TEAM_KINDS } from '../../core/workspace/workspace.ts';
import type { Storage } from '../../storage/storage.ts';
import * as people from '../../storage/repositories/workspaces.repository.ts';
import { createPerson, createTeam, setTeamChannel, setTeamMembership, updatePerson } from '../../identity/people.ts';
import { MAX_PASSWORD_LENGTH } from '../../security/passwords.ts';
import type { ApiApp } from '../app.ts';
import { principalOf } from '../auth.ts';
import { requires } from '../route-access.ts';
import { presentTeam, presentUser, teamSchema, userSchema } from '../presenters/people.presenter.ts';

interface Deps {
  storage: Storage;
  clock: Clock;
}

const idParam = z.object({ id: z.string().max(64) });
const memberParams = z.object({ id: z.string().max(64), userId: z.string().max(64) });
const channelParams = z.object({ id: z.string().max(64), channelAccountId: z.string().max(64) });

export function registerPeopleRoutes(app: ApiApp, deps: Deps): void {
  app.get('/api/users', {
    config: { access: requires('people.read') },
    schema: { tags: ['people'], summary: 'People in the workspace (vendor members: their own teams only)', response: { 200: z.object({ users: z.array(userSchema) }) } },
  }, async (request) => {
    const principal = principalOf(request);
    const scope = conversationScope(principal);
    if (scope.kind === 'workspace' || !principal.vendorOnly) {
      return { users: (await people.listUsers(deps.storage.db, principal.workspaceId)).map(presentUser) };
    }
    const members = new Map<string, ReturnType<typeof presentUser>>();
    for (const teamId of principal.teamIds) {
      for (const user of await people.listTeamMembers(deps.storage.db, principal.workspaceId, teamId)) members.set(user.id, presentUser(user));
    }
    return { users: [...members.values()].sort((a, b) => a.name.localeCompare(b.name)) };
  });

  app.post('/api/users', {
    config: { access: requires('people.manage') },
    schema: {
      tags: ['people'], summary: 'Add a person',
      body: z.object({
        email: z.email().max(320), name: z.string().min(1).max(200), role: z.enum(ROLES),
        password: z.string().max(MAX_PASSWORD_LENGTH).describe('At least 10 characters'),
        teamIds: z.array(z.string().max(64)).max(50).optional(),
      }),
      response: { 201: userSchema },
    },
  }, async (request, reply) => {
    const user = await createPerson(deps, principalOf(request), principalOf(request).workspaceId, request.body, request.ip);
    return reply.code(201).send(presentUser(user));
  });

  app.patch('/api/users/:id', {
    config: { access: requires('people.manage') },
    schema: {
      tags: ['people'], summary: 'Change a person\'s name, role or status (disabling signs them out everywhere)',
      params: idParam,
      body: z.object({ name: z.string().min(1).max(200).optional(), role: z.enum(ROLES).optional(), status: z.enum(['active', 'disabled']).optional() }),
      response: { 200: userSchema },
    },
  }, async (request) => presentUser(await updatePerson(deps, principalOf(request), request.params.id, request.body, request.ip)));

  app.get('/api/teams', {
    config: { access: requires('team.read') },
    schema: { tags: ['teams'], summary: 'Teams (agents and vendor members: their own)', response: { 200: z.object({ teams: z.array(teamSchema) }) } },
  }, async (request) => {
    const principal = principalOf(request);
    const teams = conversationScope(principal).kind === 'workspace'
      ? await people.listTeams(deps.storage.db, principal.workspaceId)
      : await people.listTeamsOfUser(deps.storage.db, principal.workspaceId, principal.userId);
    return { teams: teams.map(presentTeam) };
  });

  app.get('/api/teams/:id/members', {
    config: { access: requires('team.read') },
    schema: { tags: ['teams'], summary: 'Members of a team', params: idParam, response: { 200: z.object({ users: z.array(userSchema) }) } },
  }, async (request) => {
    const principal = principalOf(request);
    const visible = conversationScope(principal).kind === 'workspace' || principal.teamIds.includes(request.params.id);
    if (!visible || !(await people.findTeam(deps.storage.db, principal.workspaceId, request.params.id))) throw notFound('Team');
    return { users: (await people.listTeamMembers(deps.storage.db, principal.workspaceId, request.params.id)).map(presentUser) };
  });

  app.post('/api/teams', {
    config: { access: requires('team.manage') },
    schema: {
      tags: ['teams'], summary: 'Create a team',
      body: z.object({ name: z.string().min(1).max(100), kind: z.enum(TEAM_KINDS), settings: z.record(z.string(), z.unknown()).optional() }),
      response: { 201: teamSchema },
    },
  }, async (request, reply) => reply.code(201).send(presentTeam(await createTeam(deps, principalOf(request), request.body, request.ip))));

  for (const [method, member] of [['put', true], ['delete', false]] as const) {
    app[method]('/api/teams/:id/members/:userId', {
      config: { access: requires('team.manage') },
      schema: { tags: ['teams'], summary: member ? 'Add a person to a team' : 'Remove a person from a team', params: memberParams, response: { 204: z.null() } },
    }, async (request, reply) => {
      await setTeamMembership(deps, principalOf(request), request.params.id, request.params.userId, member, request.ip);
      return reply.code(204).send(null);
    });

    app[method]('/api/teams/:id/channels/:channelAccountId', {
      config: { access: requires('team.manage') },
      schema: { tags: ['teams'], summary: member ? 'Give a team a channel account' : 'Take a channel account from a team', params: channelParams, response: { 204: z.null() } },
    }, async (request, reply) => {
      await setTeamChannel(deps, principalOf(request), request.params.id, request.params.channelAccountId, member, request.ip);
      return reply.code(204).send(null);
    });
  }
}
