// The composer: reply on the surface the network allows now (public reply, private reply, DM),
// free-form or template-only as the messaging window says; canned responses by typing "/";
// internal notes with @mentions. A reply carries the newest message the agent saw: if a colleague
// answered meanwhile, the server refuses it (409) and the agent confirms before sending anyway.
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, unwrap } from '../api/client';
import type { Message, ReplyKind, ReplyOption } from '../api/types';
import { duration, networkLabel } from '../format';
import { useShortcuts } from '../keyboard';
import { useRealtime } from '../realtime';
import { useNow } from '../ticker';
import { useCanned, useReplyOptions, useUsers } from './queries';

const KIND_LABELS: Record<ReplyKind, string> = { public_reply: 'Public reply', private_reply: 'Private reply', dm: 'Direct message' };
type Mode = 'reply' | 'note';

interface Suggestion { id: string; label: string; detail: string }

export function Composer({ conversationId, messages, network }: { conversationId: string; messages: Message[]; network: string }) {
  const client = useQueryClient();
  const realtime = useRealtime();
  const options = useReplyOptions(conversationId);
  const canned = useCanned();
  const users = useUsers();
  const [mode, setMode] = useState<Mode>('reply');
  const [kind, setKind] = useState<ReplyKind | null>(null);
  const [text, setText] = useState('');
  const [token, setToken] = useState<{ char: '/' | '@'; word: string; start: number } | null>(null);
  const [active, setActive] = useState(0);
  const [templateId, setTemplateId] = useState('');
  const [variables, setVariables] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<{ count: number } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const lastTyping = useRef(0);

  const allowed = options.data?.options.filter((o) => o.allowed) ?? [];
  const chosen: ReplyOption | undefined = options.data?.options.find((o) => o.kind === kind && o.allowed) ?? allowed[0];
  const lastSeen = messages.at(-1)?.id;

  useShortcuts({
    r: () => { setMode('reply'); textarea.current?.focus(); },
    n: () => { setMode('note'); textarea.current?.focus(); },
    '/': () => {
      textarea.current?.focus();
      setText((t) => (t && !t.endsWith(' ') ? `${t} /` : `${t}/`));
      setToken({ char: '/', word: '', start: text.length + (text && !text.endsWith(' ') ? 1 : 0) });
    },
  });

  useEffect(() => () => realtime.send({ type: 'conversation.typing', conversationId, typing: false }), [realtime, conversationId]);

  const suggestions: Suggestion[] = !token ? [] : token.char === '/'
    ? (canned.data?.cannedResponses ?? [])
      .filter((c) => c.shortcut.startsWith(token.word.toLowerCase()) || c.name.toLowerCase().includes(token.word.toLowerCase()))
      .slice(0, 8).map((c) => ({ id: c.id, label: `/${c.shortcut}`, detail: c.name }))
    : mode === 'note' ? (users.data?.users ?? [])
      .filter((u) => u.status === 'active' && u.name.toLowerCase().startsWith(token.word.toLowerCase()))
      .slice(0, 8).map((u) => ({ id: u.id, label: `@${u.name}`, detail: u.role })) : [];
  const highlighted = suggestions[Math.min(active, suggestions.length - 1)];
  const preview = useQuery({
    queryKey: ['canned-preview', highlighted?.id, conversationId],
    queryFn: () => unwrap(api.POST('/api/canned-responses/{id}/render', { params: { path: { id: highlighted!.id } }, body: { conversationId } })),
    enabled: token?.char === '/' && highlighted !== undefined,
    staleTime: 60_000,
  });

  const typing = () => {
    if (mode !== 'reply' || Date.now() - lastTyping.current < 3000) return;
    lastTyping.current = Date.now();
    realtime.send({ type: 'conversation.typing', conversationId, typing: true });
  };

  const onChange = (value: string, caret: number) => {
    setText(value);
    typing();
    const before = value.slice(0, caret);
    const match = /(^|\s)([/@])([\w.-]*)$/.exec(before);
    if (match && (match[2] === '/' || mode === 'note')) {
      setToken({ char: match[2] as '/' | '@', word: match[3] ?? '', start: caret - (match[3]?.length ?? 0) - 1 });
      setActive(0);
    } else setToken(null);
  };

  const pick = async (suggestion: Suggestion) => {
    if (!token) return;
    const end = token.start + 1 + token.word.length;
    let insert = `${suggestion.label} `;
    if (token.char === '/') {
      try {
        insert = (await unwrap(api.POST('/api/canned-responses/{id}/render', { params: { path: { id: suggestion.id } }, body: { conversationId } }))).text;
      } catch (err) {
        setError(err instanceof Error ? err.message : 'Could not fill in the canned response');
        return;
      }
    }
    const next = text.slice(0, token.start) + insert + text.slice(end);
    setText(next);
    setToken(null);
    requestAnimationFrame(() => {
      const at = token.start + insert.length;
      textarea.current?.focus();
      textarea.current?.setSelectionRange(at, at);
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (token && suggestions.length > 0) {
      if (event.key === 'ArrowDown') { event.preventDefault(); setActive((a) => (a + 1) % suggestions.length); return; }
      if (event.key === 'ArrowUp') { event.preventDefault(); setActive((a) => (a - 1 + suggestions.length) % suggestions.length); return; }
      if (event.key === 'Enter' || event.key === 'Tab') { event.preventDefault(); if (highlighted) void pick(highlighted); return; }
    }
    if (event.key === 'Escape') {
      if (token) { event.preventDefault(); setToken(null); } else textarea.current?.blur();
      return;
    }
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) { event.preventDefault(); void send(); }
  };

  const send = async (anyway = false, event?: FormEvent) => {
    event?.preventDefault();
    if (busy) return;
    setError(null);
    setNotice(null);
    setBusy(true);
    try {
      if (mode === 'note') {
        if (!text.trim()) throw new Error('Write the note first');
        const mentionUserIds = (users.data?.users ?? []).filter((u) => text.includes(`@${u.name}`)).map((u) => u.id);
        await unwrap(api.POST('/api/conversations/{id}/notes', { params: { path: { id: conversationId } }, body: { text, mentionUserIds } }));
        setNotice('Note added');
      } else {
        if (!chosen) throw new Error('No reply can be sent on this conversation now');
        const template = !chosen.freeForm && templateId ? { id: templateId, variables } : undefined;
        if (chosen.freeForm && !text.trim()) throw new Error('Write the reply first');
        if (!chosen.freeForm && !template) throw new Error('Choose an approved template: only a template may be sent now');
        // "Send anyway" after a conflict: the agent confirmed, having been shown the newest messages.
        const seen = anyway
          ? (await unwrap(api.GET('/api/conversations/{id}', { params: { path: { id: conversationId } } }))).messages.at(-1)?.id ?? lastSeen
          : lastSeen;
        await unwrap(api.POST('/api/conversations/{id}/replies', {
          params: { path: { id: conversationId } },
          body: { kind: chosen.kind, ...(template ? { template } : { text }), ...(seen ? { lastSeenMessageId: seen } : {}) },
        }));
        realtime.send({ type: 'conversation.typing', conversationId, typing: false });
        setNotice(chosen.kind === 'public_reply' ? `Public reply queued: it will appear on ${networkLabel(network)}` : 'Reply queued');
      }
      setText('');
      setConflict(null);
      await client.invalidateQueries({ queryKey: ['conversation', conversationId] });
    } catch (err) {
      if (err instanceof ApiError && err.code === 'conflict') {
        await client.invalidateQueries({ queryKey: ['conversation', conversationId] });
        setConflict({ count: Array.isArray(err.details?.newMessages) ? err.details.newMessages.length : 1 });
      } else setError(err instanceof Error ? err.message : 'Sending failed');
    } finally {
      setBusy(false);
    }
  };

  const max = options.data?.maxTextLength;
  return (
    <form className={`composer composer-${mode} ${chosen?.kind === 'public_reply' && mode === 'reply' ? 'composer-public' : ''}`} onSubmit={(e) => void send(false, e)} aria-label="Compose">
      <div className="composer-modes" role="radiogroup" aria-label="Write">
        <label className={mode === 'reply' ? 'on' : ''}><input type="radio" name="mode" value="reply" checked={mode === 'reply'} onChange={() => setMode('reply')} /> Reply <kbd>r</kbd></label>
        <label className={mode === 'note' ? 'on' : ''}><input type="radio" name="mode" value="note" checked={mode === 'note'} onChange={() => setMode('note')} /> Internal note <kbd>n</kbd></label>
      </div>
      {mode === 'reply' && <ReplyOptionsPicker options={options.data?.options ?? []} chosen={chosen} onChoose={setKind} network={network} loading={options.isPending} />}
      {mode === 'reply' && chosen && !chosen.freeForm && (
        <TemplatePicker templates={options.data?.templates ?? []} templateId={templateId} setTemplateId={(id) => { setTemplateId(id); setVariables([]); }} variables={variables} setVariables={setVariables} />
      )}
      {(mode === 'note' || chosen?.freeForm !== false) && (
        <div className="composer-text">
          <label htmlFor="composer-text" className="visually-hidden">{mode === 'note' ? 'Internal note' : 'Reply'}</label>
          <textarea
            id="composer-text" ref={textarea} value={text} rows={4}
            placeholder={mode === 'note' ? 'Note for your team; @name to mention someone' : 'Write a reply; type / for canned responses. Ctrl+Enter sends.'}
            onChange={(e) => onChange(e.target.value, e.target.selectionStart)}
            onKeyDown={onKeyDown}
            onBlur={() => { if (mode === 'reply') realtime.send({ type: 'conversation.typing', conversationId, typing: false }); lastTyping.current = 0; }}
            aria-keyshortcuts="r" aria-autocomplete="list" aria-controls={token ? 'composer-suggestions' : undefined}
            aria-expanded={token !== null && suggestions.length > 0}
            aria-activedescendant={token && highlighted ? `suggestion-${highlighted.id}` : undefined}
            role="combobox"
          />
          {token && suggestions.length > 0 && (
            <div className="suggestions">
              <ul id="composer-suggestions" role="listbox" aria-label={token.char === '/' ? 'Canned responses' : 'Mention someone'}>
                {suggestions.map((s) => (
                  <li key={s.id} id={`suggestion-${s.id}`} role="option" aria-selected={s === highlighted}
                    onMouseDown={(e) => { e.preventDefault(); void pick(s); }}>
                    <strong>{s.label}</strong> <span>{s.detail}</span>
                  </li>
                ))}
              </ul>
              {token.char === '/' && <p className="preview" aria-live="polite"><span className="visually-hidden">Preview: </span>{preview.data?.text ?? '…'}</p>}
            </div>
          )}
          {token?.char === '/' && suggestions.length === 0 && <p className="hint">No canned response starts with “/{token.word}”.</p>}
          {max !== undefined && mode === 'reply' && <p className={`count ${text.length > max ? 'over' : ''}`}>{text.length} / {max}</p>}
        </div>
      )}
      {conflict && (
        <div className="conflict" role="alertdialog" aria-labelledby="conflict-title">
          <p id="conflict-title"><strong>Someone else replied first.</strong> {conflict.count} new message{conflict.count === 1 ? '' : 's'} arrived since you started; read {conflict.count === 1 ? 'it' : 'them'} above.</p>
          <button type="button" className="button primary" onClick={() => void send(true)}>Send mine anyway</button>{' '}
          <button type="button" className="button" onClick={() => setConflict(null)}>Keep my draft</button>
        </div>
      )}
      {error && <p className="error" role="alert">{error}</p>}
      <div className="composer-actions">
        <span role="status" className="notice">{notice}</span>
        <button className="button primary" type="submit" disabled={busy || (mode === 'reply' && !chosen)}>
          {busy ? 'Sending…' : mode === 'note' ? 'Add note' : chosen ? `Send ${KIND_LABELS[chosen.kind].toLowerCase()}` : 'Send'}
        </button>
      </div>
    </form>
  );
}

function ReplyOptionsPicker({ options, chosen, onChoose, network, loading }: { options: ReplyOption[]; chosen: ReplyOption | undefined; onChoose: (k: ReplyKind) => void; network: string; loading: boolean }) {
  const now = useNow();
  if (loading) return <p className="hint" role="status">Checking what can be sent…</p>;
  if (options.length === 0) return <p className="hint">This channel cannot reply from Earshot.</p>;
  return (
    <fieldset className="reply-options">
      <legend>Reply as</legend>
      {options.map((o) => (
        <label key={o.kind} className={`reply-option ${o.allowed ? '' : 'disabled'}`}>
          <input type="radio" name="reply-kind" value={o.kind} checked={chosen?.kind === o.kind} disabled={!o.allowed} onChange={() => onChoose(o.kind)} />
          {KIND_LABELS[o.kind]}
          {!o.allowed && o.reason && <span className="why"> — {o.reason}{o.suggestion ? ` ${o.suggestion}` : ''}</span>}
        </label>
      ))}
      {chosen && (
        <p className={`window ${chosen.freeForm ? 'window-open' : 'window-template'}`}>
          {chosen.freeForm
            ? <>Free-form reply allowed{chosen.closesAt ? <> for {duration(chosen.closesAt - now)} more</> : null}{chosen.humanAgentTag ? ' (sent with the human-agent tag)' : ''}.</>
            : <>Template only: {chosen.reason ?? 'the messaging window is closed'}.</>}
          {chosen.kind === 'public_reply' && <strong className="public-warning"> Everyone on {networkLabel(network)} will see this reply.</strong>}
        </p>
      )}
    </fieldset>
  );
}

function TemplatePicker({ templates, templateId, setTemplateId, variables, setVariables }: {
  templates: Array<{ id: string; name: string; language: string; body: string; variableCount: number }>;
  templateId: string; setTemplateId: (id: string) => void; variables: string[]; setVariables: (v: string[]) => void;
}) {
  const template = templates.find((t) => t.id === templateId);
  if (templates.length === 0) return <p className="hint">No approved template for this channel: add one under Admin → Channels.</p>;
  return (
    <div className="templates">
      <label htmlFor="template">Approved template</label>
      <select id="template" value={templateId} onChange={(e) => setTemplateId(e.target.value)}>
        <option value="">Choose…</option>
        {templates.map((t) => <option key={t.id} value={t.id}>{t.name} ({t.language})</option>)}
      </select>
      {template && <p className="preview">{template.body}</p>}
      {template && Array.from({ length: template.variableCount }, (_, i) => (
        <div key={i}>
          <label htmlFor={`template-var-${i}`}>{`Variable {{${i + 1}}}`}</label>
          <input id={`template-var-${i}`} value={variables[i] ?? ''} onChange={(e) => { const next = [...variables]; next[i] = e.target.value; setVariables(next); }} />
        </div>
      ))}
    </div>
  );
}
