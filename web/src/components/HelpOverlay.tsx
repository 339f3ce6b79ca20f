// "?" shows the keyboard shortcuts, in a modal dialog (focus moves in, Escape closes).
import { useEffect, useRef } from 'react';
import { SHORTCUTS } from '../keyboard';

export function HelpOverlay({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="help-title" onClose={onClose} onCancel={onClose}>
      <h2 id="help-title">Keyboard shortcuts</h2>
      <table className="shortcuts">
        <thead><tr><th scope="col">Key</th><th scope="col">Does</th></tr></thead>
        <tbody>
          {SHORTCUTS.map((s) => <tr key={s.key}><td><kbd>{s.key}</kbd></td><td>{s.does}</td></tr>)}
        </tbody>
      </table>
      <form method="dialog"><button className="button" autoFocus>Close</button></form>
    </dialog>
  );
}
