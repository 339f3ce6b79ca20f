// The live connection: /api/realtime over a WebSocket (same origin; the session cookie signs it
// in). Domain events refresh the queries they touch; "collision" messages say who is viewing and
// typing in each conversation. Reconnects with a growing pause; refetches everything on reconnect,
// since events may have been missed while away.
import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';

export interface LiveEvent {
  id: string;
  type: string;
  subjectId?: string | null;
  occurredAt: number;
  payload: Record<string, unknown>;
}

export interface Collision { viewing: string[]; typing: string[] }
export type ConnectionState = 'connecting' | 'open' | 'closed';

const NO_COLLISION: Collision = { viewing: [], typing: [] };

export class RealtimeClient {
  #socket: WebSocket | null = null;
  #queue: string[] = [];
  #retry = 0;
  #stopped = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #flush: ReturnType<typeof setTimeout> | undefined;
  #pending = new Set<string>();
  readonly #client: QueryClient;
  readonly #collisions = new Map<string, Collision>();
  readonly #listeners = new Set<() => void>();
  readonly #eventListeners = new Set<(event: LiveEvent) => void>();
  /** Conversations this tab views: re-announced on reconnect and before the server forgets (60 s). */
  readonly #viewing = new Set<string>();
  state: ConnectionState = 'connecting';

  constructor(client: QueryClient) {
    this.#client = client;
  }

  start(): void {
    this.#stopped = false;
    this.#connect();
  }

  stop(): void {
    this.#stopped = true;
    clearTimeout(this.#timer);
    this.#socket?.close(1000, 'signed out or closed');
  }

  send(message: Record<string, unknown>): void {
    const text = JSON.stringify(message);
    if (this.#socket?.readyState === WebSocket.OPEN) this.#socket.send(text);
    else this.#queue.push(text);
  }

  setViewing(conversationId: string, viewing: boolean): void {
    if (viewing) this.#viewing.add(conversationId);
    else this.#viewing.delete(conversationId);
    this.send({ type: 'conversation.viewing', conversationId, viewing });
  }

  /** Keeps this tab's "viewing" marks alive (the server expires them after a minute of silence). */
  refreshViewing(): void {
    for (const id of this.#viewing) this.send({ type: 'conversation.viewing', conversationId: id, viewing: true });
  }

  collision(conversationId: string): Collision {
    return this.#collisions.get(conversationId) ?? NO_COLLISION;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  onEvent(listener: (event: LiveEvent) => void): () => void {
    this.#eventListeners.add(listener);
    return () => this.#eventListeners.delete(listener);
  }

  #notify(): void {
    for (const listener of this.#listeners) listener();
  }

  #connect(): void {
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/api/realtime`;
    const socket = new WebSocket(url);
    this.#socket = socket;
    this.state = 'connecting';
    this.#notify();
    socket.onopen = () => {
      const reconnect = this.#retry > 0;
      this.#retry = 0;
      this.state = 'open';
      for (const text of this.#queue.splice(0)) socket.send(text);
      this.refreshViewing();
      if (reconnect) void this.#client.invalidateQueries();
      this.#notify();
    };
    socket.onmessage = (message) => this.#receive(String(message.data));
    socket.onclose = (event) => {
      if (this.#socket !== socket) return;
      this.state = 'closed';
      this.#collisions.clear();
      this.#notify();
      // 4401: not signed in any more; the session query finds out and shows the sign-in page.
      if (event.code === 4401) void this.#client.invalidateQueries({ queryKey: ['session'] });
      if (this.#stopped) return;
      const pause = Math.min(30_000, 500 * 2 ** this.#retry++);
      this.#timer = setTimeout(() => this.#connect(), pause);
    };
  }

  #receive(text: string): void {
    let message: { type?: string; events?: LiveEvent[]; conversationId?: string; viewing?: string[]; typing?: string[] };
    try {
      message = JSON.parse(text);
    } catch {
      return;
    }
    if (message.type === 'collision' && message.conversationId) {
      this.#collisions.set(message.conversationId, { viewing: message.viewing ?? [], typing: message.typing ?? [] });
      this.#notify();
    } else if (message.type === 'events' && Array.isArray(message.events)) {
      for (const event of message.events) {
        this.#refresh(event);
        for (const listener of this.#eventListeners) listener(event);
      }
    }
  }

  /** Marks what an event changes as stale; refetches run together once per burst of events. */
  #refresh(event: LiveEvent): void {
    const conversationId = typeof event.payload.conversationId === 'string' ? event.payload.conversationId : null;
    if (event.type.startsWith('conversation.') || event.type.startsWith('message.') || event.type.startsWith('sla.') || event.type === 'contact.merged') {
      this.#pending.add('inbox');
      if (conversationId) this.#pending.add(`conversation:${conversationId}`);
    }
    if (event.type === 'presence.changed') this.#pending.add('presence');
    if (event.type.startsWith('channel.')) this.#pending.add('channels');
    if (this.#flush) return;
    this.#flush = setTimeout(() => {
      this.#flush = undefined;
      for (const key of this.#pending) {
        const [kind, id] = key.split(':');
        void this.#client.invalidateQueries({ queryKey: id ? [kind, id] : [kind] });
      }
      this.#pending.clear();
    }, 50);
  }
}

const RealtimeContext = createContext<RealtimeClient | null>(null);

export function RealtimeProvider({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const [realtime] = useState(() => new RealtimeClient(client));
  useEffect(() => {
    realtime.start();
    // Activity keeps this person "online" for routing; the server throttles nothing, so neither often.
    let last = 0;
    const active = () => {
      if (Date.now() - last < 30_000) return;
      last = Date.now();
      realtime.send({ type: 'presence.active' });
    };
    const refresh = setInterval(() => realtime.refreshViewing(), 30_000);
    window.addEventListener('keydown', active);
    window.addEventListener('pointerdown', active);
    return () => {
      clearInterval(refresh);
      window.removeEventListener('keydown', active);
      window.removeEventListener('pointerdown', active);
      realtime.stop();
    };
  }, [realtime]);
  return <RealtimeContext.Provider value={realtime}>{children}</RealtimeContext.Provider>;
}

export function useRealtime(): RealtimeClient {
  const realtime = useContext(RealtimeContext);
  if (!realtime) throw new Error('useRealtime outside RealtimeProvider');
  return realtime;
}

export function useCollision(conversationId: string): Collision {
  const realtime = useRealtime();
  return useSyncExternalStore(realtime.subscribe, () => realtime.collision(conversationId));
}

export function useConnectionState(): ConnectionState {
  const realtime = useRealtime();
  return useSyncExternalStore(realtime.subscribe, () => realtime.state);
}

/** Tells everyone who may see the conversation that this person is looking at it, while mounted. */
export function useViewing(conversationId: string): void {
  const realtime = useRealtime();
  useEffect(() => {
    realtime.setViewing(conversationId, true);
    return () => realtime.setViewing(conversationId, false);
  }, [realtime, conversationId]);
}
