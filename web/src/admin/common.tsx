import { useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';

/** Runs a change, shows its error, and refreshes the given queries after it. */
export function useAction(...keys: string[][]) {
  const client = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const run = async (call: () => Promise<unknown>, message = 'Saved'): Promise<boolean> => {
    setError(null);
    setDone(null);
    try {
      await call();
      await Promise.all(keys.map((queryKey) => client.invalidateQueries({ queryKey })));
      setDone(message);
      return true;
    } catch (err) {
      setError(err instanceof Error ? err.message : 'That did not work');
      return false;
    }
  };
  const feedback = <Feedback error={error} done={done} />;
  return { run, feedback };
}

export function Feedback({ error, done }: { error: string | null; done: string | null }) {
  return <>
    {error && <p className="error" role="alert">{error}</p>}
    <p className="notice" role="status">{done}</p>
  </>;
}

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return <section className="admin-section" aria-label={title}><h1>{title}</h1>{children}</section>;
}

/** Parses JSON typed by a person, with their mistake as the error. */
export function parseJson(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) throw new Error('expected an object');
    return value as Record<string, unknown>;
  } catch (err) {
    throw new Error(`That is not valid JSON: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
}
