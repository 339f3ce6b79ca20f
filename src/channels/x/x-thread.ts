// Threading rule for X posts, shared by webhook and polled events.

/**
 * Thread key of a post: a reply to the account's own post starts its own conversation (one
 * announcement gets many unrelated replies); any other reply joins its parent's thread.
 */
export function tweetThreadKey(id: string, parentId: string | null, parentAuthorId: string | null, accountId: string): string {
  return `tweet:${parentId && parentAuthorId !== accountId ? parentId : id}`;
}
