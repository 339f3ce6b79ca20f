// Who is signed in: GET /api/session (null when not signed in), and the CSRF token the API client
// sends with every change. Sign-in and sign-out replace the cached session.
import { createContext, useContext, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, setCsrfToken, unwrap } from './api/client';
import type { Ability, Session } from './api/types';

async function loadSession(): Promise<Session | null> {
  try {
    const session = await unwrap(api.GET('/api/session'));
    setCsrfToken(session.csrfToken ?? null);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

const SessionContext = createContext<Session | null>(null);

export function useSessionQuery() {
  return useQuery({ queryKey: ['session'], queryFn: loadSession, staleTime: Infinity, retry: false });
}

export function SessionProvider({ session, children }: { session: Session; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in page');
  return session;
}

export function useCan(): (ability: Ability) => boolean {
  const session = useSession();
  return (ability) => session.abilities.includes(ability);
}

export function useSignIn() {
  const client = useQueryClient();
  return async (email: string, password: string): Promise<void> => {
    const session = await unwrap(api.POST('/api/auth/login', { body: { email, password } }));
    setCsrfToken(session.csrfToken ?? null);
    client.setQueryData(['session'], session);
  };
}

export function useSignOut() {
  const client = useQueryClient();
  return async (): Promise<void> => {
    await unwrap(api.POST('/api/auth/logout'));
    setCsrfToken(null);
    client.clear();
    client.setQueryData(['session'], null);
  };
}
