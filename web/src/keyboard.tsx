// Keyboard shortcuts. Pages register what a key does while they are shown; the newest registration
// of a key wins. Keys typed into a field belong to the field (Escape aside).
import { useEffect, useRef } from 'react';

export const SHORTCUTS: ReadonlyArray<{ key: string; does: string }> = [
  { key: 'j', does: 'Next conversation' },
  { key: 'k', does: 'Previous conversation' },
  { key: 'r', does: 'Reply (focus the composer)' },
  { key: 'n', does: 'Write an internal note' },
  { key: 'e', does: 'Resolve (or reopen) the conversation' },
  { key: 'a', does: 'Assign (focus the assignee)' },
  { key: '/', does: 'Canned responses (in the composer)' },
  { key: 's', does: 'Search' },
  { key: 'g then i', does: 'Go to the inbox' },
  { key: '?', does: 'Show this help' },
  { key: 'Esc', does: 'Close menus and dialogs' },
];

type Handler = (event: KeyboardEvent) => void;
const stack: Array<{ keys: Record<string, Handler> }> = [];

function typingInField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

let installed = false;
let lastG = 0;
function install(): void {
  if (installed) return;
  installed = true;
  window.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    if (event.key !== 'Escape' && typingInField(event.target)) return;
    let key = event.key;
    if (key === 'g') { lastG = event.timeStamp; return; }
    if (lastG && event.timeStamp - lastG < 1500) key = `g ${key}`;
    lastG = 0;
    for (let i = stack.length - 1; i >= 0; i--) {
      const handler = stack[i]!.keys[key];
      if (handler) {
        event.preventDefault();
        handler(event);
        return;
      }
    }
  });
}

/** While the calling component is mounted, `keys` (e.g. { j: next }) are live. */
export function useShortcuts(keys: Record<string, Handler>): void {
  const ref = useRef(keys);
  useEffect(() => { ref.current = keys; });
  useEffect(() => {
    install();
    const entry = { keys: {} as Record<string, Handler> };
    for (const key of Object.keys(ref.current)) entry.keys[key] = (event) => ref.current[key]?.(event);
    stack.push(entry);
    return () => { stack.splice(stack.indexOf(entry), 1); };
    // The set of keys is fixed per component; their handlers are read fresh on each press.
  }, []);
}

/** The conversations of the list on screen, in order, for j/k from anywhere. */
export const listOrder = { ids: [] as string[] };
