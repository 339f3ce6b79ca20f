// One conversation: header with the commands, who else is here, the thread, the composer, and
// the contact beside it.
import { Link, useParams, useSearchParams } from 'react-router';
import { useSession } from '../session';
import { useCollision, useViewing } from '../realtime';
import { NetworkBadge } from '../components/Network';
import { networkLabel } from '../format';
import { useChannels } from '../inbox/InboxLayout';
import { useContact, useConversation, useRouting, useUsers } from './queries';
import { Thread } from './Thread';
import { Composer } from './Composer';
import { ConversationActions } from './ConversationActions';
import { ContactPanel } from './ContactPanel';

export function ConversationPage() {
  const { conversationId } = useParams();
  // Keyed by id: moving to another conversation starts with a fresh composer and state.
  return conversationId ? <ConversationScreen key={conversationId} id={conversationId} /> : null;
}

function ConversationScreen({ id }: { id: string }) {
  const [params] = useSearchParams();
  const detail = useConversation(id);
  const routing = useRouting(id);
  const channels = useChannels();
  const users = useUsers();
  const contact = useContact(detail.data?.conversation.contactId ?? null);
  useViewing(id);

  // A failed refresh keeps what is on screen (with a warning); only a failed first load replaces it.
  if (!detail.data) {
    return <section className="conversation" aria-label="Conversation">
      {detail.isError ? <p role="alert" className="error">{detail.error.message}</p> : <p role="status" className="empty">Loading conversation…</p>}
    </section>;
  }
  const { conversation, messages } = detail.data;
  const channel = channels.data?.channels.find((c) => c.id === conversation.channelAccountId);
  const network = channel?.network ?? 'unknown';
  const title = contact.data?.name ?? conversation.subject ?? 'Conversation';
  const names = new Map((users.data?.users ?? []).map((u) => [u.id, u.name]));

  return (
    <section className="conversation" aria-labelledby="conversation-title">
      <div className="conversation-main">
        <header className="conversation-head">
          <Link className="back-link" to={`/inbox${params.toString() ? `?${params.toString()}` : ''}`}>← Inbox</Link>
          <h2 id="conversation-title">
            <NetworkBadge network={network} /> {title}
          </h2>
          <p className="subhead">
            {conversation.surface === 'public' ? `Public ${networkLabel(network)} thread` : `Private ${networkLabel(network)} conversation`}
            {channel && <> on {channel.name}</>} · {conversation.status}
            {routing.data?.conversation.sentiment && <> · <span className={`badge sentiment-${routing.data.conversation.sentiment}`}>{routing.data.conversation.sentiment}</span></>}
            {routing.data?.conversation.topic && <> <span className="badge topic">{routing.data.conversation.topic}</span></>}
          </p>
          {detail.isError && <p className="error" role="alert">Could not refresh this conversation: {detail.error.message}. What you see may be out of date.</p>}
          <Presence id={id} names={names} />
          <ConversationActions conversation={routing.data?.conversation ?? null} fallback={conversation} />
        </header>
        <Thread messages={messages} network={network} contact={contact.data ?? null} names={names} />
        <Composer conversationId={id} messages={messages} network={network} />
      </div>
      <ContactPanel contactId={conversation.contactId} currentId={id} />
    </section>
  );
}

function Presence({ id, names }: { id: string; names: Map<string, string> }) {
  const session = useSession();
  const collision = useCollision(id);
  const others = (ids: string[]) => ids.filter((u) => u !== session.user.id).map((u) => names.get(u) ?? 'A colleague');
  const viewing = others(collision.viewing);
  const typing = others(collision.typing);
  return (
    <p className="presence" role="status" aria-live="polite">
      {typing.length > 0 && <span className="typing">{typing.join(', ')} {typing.length > 1 ? 'are' : 'is'} typing a reply…</span>}
      {typing.length === 0 && viewing.length > 0 && <span className="viewing">{viewing.join(', ')} {viewing.length > 1 ? 'are' : 'is'} viewing</span>}
    </p>
  );
}
