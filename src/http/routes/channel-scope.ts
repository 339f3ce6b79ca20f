// Which channel accounts a person may see: admins and supervisors of in-house teams, all of the
// workspace's; everyone else, those given to their teams (or whose default team is theirs). One
// "not found" answer for an account outside the scope, so ids cannot be probed.
import type { Principal } from '../../core/access/principal.ts';
import { conversationScope } from '../../core/access/conversation-policy.ts';
import { notFound } from '../../core/errors.ts';
import type { ChannelAccount } from '../../core/channel/channel-account.ts';
import type { Executor } from '../../storage/storage.ts';
import { findChannelAccount } from '../../storage/repositories/channel-accounts.repository.ts';
import { listTeamChannelIds } from '../../storage/repositories/identity.repository.ts';

export async function visibleChannel(db: Executor, principal: Principal, id: string): Promise<ChannelAccount> {
  const account = await findChannelAccount(db, principal.workspaceId, id);
  if (!account) throw notFound('Channel account');
  if (conversationScope(principal).kind === 'workspace') return account;
  if (account.defaultTeamId !== null && principal.teamIds.includes(account.defaultTeamId)) return account;
  if ((await listTeamChannelIds(db, principal.workspaceId, principal.teamIds)).includes(account.id)) return account;
  throw notFound('Channel account');
}
