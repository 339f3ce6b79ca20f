// Who the customer is: one person across networks, with followers and verification, private
// fields for those allowed, and their other conversations.
import { Link, useSearchParams } from 'react-router';
import { NetworkBadge } from '../components/Network';
import { compact, dateTime, influenceTier, networkLabel } from '../format';
import { useContact, usePastConversations } from './queries';

export function ContactPanel({ contactId, currentId }: { contactId: string | null; currentId: string }) {
  const contact = useContact(contactId);
  const past = usePastConversations(contactId);
  const [params] = useSearchParams();
  const keep = params.toString() ? `?${params.toString()}` : '';
  return (
    <aside className="contact" aria-labelledby="contact-title">
      <h2 id="contact-title">Contact</h2>
      {!contactId && <p className="hint">No known contact.</p>}
      {contact.isError && <p className="error">{contact.error.message}</p>}
      {contact.data && <>
        <p className="contact-name">{contact.data.name}</p>
        <ul className="identities" aria-label="Identities">
          {contact.data.identities.map((i) => {
            const tier = influenceTier(i.followers, null);
            return (
              <li key={i.id}>
                <NetworkBadge network={i.network} showLabel />
                <span className="identity">
                  {i.displayName && <span>{i.displayName}</span>}
                  {i.handle && <span className="handle"> @{i.handle}</span>}
                  {i.verified && <span className="verified" title={`Verified on ${networkLabel(i.network)}`}> ✔ verified</span>}
                </span>
                {i.followers !== null && <span className={`followers ${tier ? `influence-${tier}` : ''}`}>{compact(i.followers)} followers</span>}
              </li>
            );
          })}
        </ul>
        {contact.data.notes && <p className="notes">{contact.data.notes}</p>}
        {contact.data.privateFields && Object.keys(contact.data.privateFields).length > 0 && (
          <dl className="private-fields">
            {Object.entries(contact.data.privateFields).map(([k, v]) => <div key={k}><dt>{k}</dt><dd>{typeof v === 'string' ? v : JSON.stringify(v)}</dd></div>)}
          </dl>
        )}
      </>}
      {past.data && (
        <section aria-labelledby="past-title">
          <h3 id="past-title">Conversations</h3>
          <ul className="past">
            {past.data.conversations.map((c) => (
              <li key={c.id}>
                {c.id === currentId ? <span aria-current="true">This one</span> : <Link to={`/inbox/${c.id}${keep}`}><NetworkBadge network={c.network} /> {c.snippet || 'Conversation'}</Link>}
                <span className="hint"> {c.status} · {dateTime(c.lastMessageAt)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </aside>
  );
}
