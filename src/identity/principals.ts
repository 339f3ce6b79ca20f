// Building the acting principal from a user row: their teams decide their scope.
import { isVendorOnly, type Principal } from '../core/access/principal.ts';
import type { TokenScope } from '../core/access/abilities.ts';
import type { User } from '../core/workspace/workspace.ts';
import type { Executor } from '../storage/storage.ts';
import { listTeamsOfUser } from '../storage/repositories/workspaces.repository.ts';

export async function loadPrincipal(db: Executor, user: User,
  via: { kind: 'session'; sessionId: string } | { kind: 'token'; scope: TokenScope }): Promise<Principal> {
  const teams = await listTeamsOfUser(db, user.workspaceId, user.id);
  return {
    workspaceId: user.workspaceId, userId: user.id, name: user.name, email: user.email, role: user.role,
    teamIds: teams.map((team) => team.id), vendorOnly: isVendorOnly(teams),
    via: via.kind,
    ...(via.kind === 'token' ? { tokenScope: via.scope } : { sessionId: via.sessionId }),
  };
}
