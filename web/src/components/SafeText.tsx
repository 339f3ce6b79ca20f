// Text written by strangers, rendered as text: React escapes it, nothing is parsed as HTML, and
// only http(s) URLs become links (opened in a new tab with no opener and no referrer). A
// `javascript:` or `data:` "link" stays plain text.
import { Fragment } from 'react';

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`]+/gi;

export function safeHref(candidate: string): string | null {
  try {
    const url = new URL(candidate);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function SafeText({ text, links = true }: { text: string; links?: boolean }) {
  if (!links) return <>{text}</>;
  const parts: Array<string | { href: string; label: string }> = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    // Trailing punctuation belongs to the sentence, not the URL.
    const label = match[0].replace(/[.,;:!?)\]]+$/, '');
    const href = safeHref(label);
    if (!href) continue;
    parts.push(text.slice(last, match.index), { href, label });
    last = match.index + label.length;
  }
  parts.push(text.slice(last));
  return (
    <>
      {parts.map((part, i) => typeof part === 'string'
        ? <Fragment key={i}>{part}</Fragment>
        : <a key={i} href={part.href} target="_blank" rel="noopener noreferrer nofollow ugc">{part.label}</a>)}
    </>
  );
}
