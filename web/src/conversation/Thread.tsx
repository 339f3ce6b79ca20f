// The thread: customer posts and messages, our replies, internal notes. Public messages carry an
// unmistakable label; each reply shows how far it got (queued, sent, delivered, failed and why).
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError, api, unwrap } from '../api/client';
import type { Contact, Message } from '../api/types';
import { SafeText } from '../components/SafeText';
import { dateTime, networkLabel, time } from '../format';
import { useSession } from '../session';

const STATUS_LABELS: Record<string, string> = {
  queued: 'Queued', sending: 'Sending…', sent: 'Sent', delivered: 'Delivered', read: 'Read', failed: 'Failed', unknown: 'Not confirmed',
};

export function Thread({ messages, network, contact, names }: { messages: Message[]; network: string; contact: Contact | null; names: Map<string, string> }) {
  const session = useSession();
  const identities = new Map((contact?.identities ?? []).map((i) => [i.id, i]));
  const author = (m: Message): string => {
    if (m.direction === 'inbound') {
      const identity = m.authorIdentityId ? identities.get(m.authorIdentityId) : undefined;
      return identity?.displayName ?? (identity?.handle ? `@${identity.handle}` : contact?.name ?? 'Customer');
    }
    if (m.authorUserId) return m.authorUserId === session.user.id ? `${names.get(m.authorUserId) ?? 'You'} (you)` : names.get(m.authorUserId) ?? 'A colleague';
    return `${session.workspace.name} (sent outside Earshot)`;
  };
  return (
    <ol className="thread" aria-label="Messages">
      {messages.map((m) => (
        <li key={m.id} className={`message ${m.direction} ${m.surface}`} data-message-id={m.id}>
          <article aria-label={`${m.direction === 'note' ? 'Note' : 'Message'} from ${author(m)}`}>
            <SurfaceLabel message={m} network={network} />
            <header className="message-head">
              <span className="message-author">{author(m)}</span>
              <time dateTime={new Date(m.platformCreatedAt).toISOString()} title={dateTime(m.platformCreatedAt)}>{time(m.platformCreatedAt)}</time>
            </header>
            <p className="message-body">{m.body ? <SafeText text={m.body} /> : <em>(no text: open it on {networkLabel(network)})</em>}</p>
            {m.direction === 'outbound' && <SendState message={m} />}
          </article>
        </li>
      ))}
    </ol>
  );
}

function SurfaceLabel({ message, network }: { message: Message; network: string }) {
  if (message.direction === 'note') return <p className="surface surface-note">Internal note — never sent to the customer</p>;
  if (message.surface === 'public') return <p className="surface surface-public">Public — visible to everyone on {networkLabel(network)}</p>;
  return <p className="surface surface-private">Private message</p>;
}

function SendState({ message }: { message: Message }) {
  const client = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [confirm, setConfirm] = useState(false);
  const status = message.status ?? 'queued';
  const retry = async (confirmUnconfirmed: boolean) => {
    setError(null);
    try {
      await unwrap(api.POST('/api/messages/{id}/retry', { params: { path: { id: message.id } }, body: { confirmUnconfirmed } }));
      setConfirm(false);
      await client.invalidateQueries({ queryKey: ['conversation'] });
    } catch (err) {
      if (err instanceof ApiError && err.status === 409 && !confirmUnconfirmed) setConfirm(true);
      setError(err instanceof Error ? err.message : 'Retry failed');
    }
  };
  return (
    <div className={`send-state send-${status}`}>
      <span className="send-status">{STATUS_LABELS[status] ?? status}</span>
      {message.failure && <span className="send-failure"> — {message.failure.reason}{message.failure.suggestion ? `. ${message.failure.suggestion}` : ''}</span>}
      {(status === 'failed' || status === 'unknown') && (
        <button type="button" className="button small" onClick={() => void retry(confirm)}>{confirm ? 'I checked: send again' : 'Retry'}</button>
      )}
      {error && <span className="error" role="alert"> {error}</span>}
    </div>
  );
}
