// Live updates for browsers: committed domain events pushed over a WebSocket at /api/realtime.
// Each connection belongs to a viewer; an event reaches it only if the viewer may see the event's
// subject. Slow clients are dropped rather than allowed to grow the server's memory.
import type { FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import type { AnyDomainEvent } from '../core/events.ts';
import type { ApiApp } from './app.ts';
import { AUTHENTICATED } from './route-access.ts';

export interface RealtimeViewer {
  workspaceId: string;
  userId: string;
  /** Whether this viewer may see an event (its subject conversation, team...). */
  canSee(event: AnyDomainEvent): boolean;
  /** Whether this viewer may see a conversation (ephemeral messages: who is viewing or typing). Absent: no. */
  canSeeConversation?(conversation: { workspaceId: string; teamId: string | null }): boolean;
}

export interface RealtimeMessage {
  type: string;
  [key: string]: unknown;
}

const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;
const HEARTBEAT_MS = 30_000;

interface Connection {
  socket: WebSocket;
  viewer: RealtimeViewer;
  alive: boolean;
}

export class RealtimeHub {
  private readonly connections = new Set<Connection>();
  private readonly messageHandlers: Array<(viewer: RealtimeViewer, message: RealtimeMessage, reply: (m: RealtimeMessage) => void) => void> = [];
  private readonly closeHandlers: Array<(viewer: RealtimeViewer) => void> = [];
  private readonly openHandlers: Array<(viewer: RealtimeViewer) => void> = [];
  private heartbeat: NodeJS.Timeout | undefined;

  start(): void {
    this.heartbeat = setInterval(() => this.checkAlive(), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  stop(): void {
    clearInterval(this.heartbeat);
    for (const connection of this.connections) connection.socket.close(1001, 'server shutting down');
    this.connections.clear();
  }

  get size(): number {
    return this.connections.size;
  }

  /** Handles messages browsers send (presence, typing); registered by the features that need them. */
  onMessage(handler: (viewer: RealtimeViewer, message: RealtimeMessage, reply: (m: RealtimeMessage) => void) => void): void {
    this.messageHandlers.push(handler);
  }

  onClose(handler: (viewer: RealtimeViewer) => void): void {
    this.closeHandlers.push(handler);
  }

  /** Called when a viewer's connection opens (presence); the viewer object is the connection's own. */
  onOpen(handler: (viewer: RealtimeViewer) => void): void {
    this.openHandlers.push(handler);
  }

  /** Fans committed events out to the connections allowed to see them. */
  publishEvents(events: readonly AnyDomainEvent[]): void {
    for (const connection of this.connections) {
      const visible = events.filter((event) => event.workspaceId === connection.viewer.workspaceId && connection.viewer.canSee(event));
      if (visible.length > 0) this.send(connection, { type: 'events', events: visible });
    }
  }

  /** Sends an ephemeral message (presence, typing) to the viewers of a workspace that pass `filter`. */
  broadcast(workspaceId: string, message: RealtimeMessage, filter: (viewer: RealtimeViewer) => boolean = () => true): void {
    for (const connection of this.connections) {
      if (connection.viewer.workspaceId === workspaceId && filter(connection.viewer)) this.send(connection, message);
    }
  }

  register(app: ApiApp, resolveViewer: (request: FastifyRequest) => Promise<RealtimeViewer | null>): void {
    app.get('/api/realtime', {
      websocket: true,
      config: { access: AUTHENTICATED },
      schema: { tags: ['realtime'], summary: 'WebSocket of live events (new messages, assignments, presence, SLA)' },
    }, async (socket, request) => {
      const viewer = await resolveViewer(request);
      if (!viewer) {
        socket.close(4401, 'unauthenticated');
        return;
      }
      this.attach(socket, viewer);
    });
  }

  private attach(socket: WebSocket, viewer: RealtimeViewer): void {
    const connection: Connection = { socket, viewer, alive: true };
    this.connections.add(connection);
    socket.on('pong', () => { connection.alive = true; });
    socket.on('message', (data) => this.receive(connection, data.toString()));
    socket.on('close', () => {
      this.connections.delete(connection);
      for (const handler of this.closeHandlers) handler(viewer);
    });
    socket.on('error', () => socket.terminate());
    this.send(connection, { type: 'hello', userId: viewer.userId });
    for (const handler of this.openHandlers) handler(viewer);
  }

  private receive(connection: Connection, text: string): void {
    let message: unknown;
    try {
      message = JSON.parse(text);
    } catch {
      return this.send(connection, { type: 'error', code: 'validation_failed', message: 'messages must be JSON' });
    }
    if (typeof message !== 'object' || message === null || typeof (message as { type?: unknown }).type !== 'string') {
      return this.send(connection, { type: 'error', code: 'validation_failed', message: 'messages need a string "type"' });
    }
    for (const handler of this.messageHandlers) {
      handler(connection.viewer, message as RealtimeMessage, (reply) => this.send(connection, reply));
    }
  }

  private send(connection: Connection, message: RealtimeMessage): void {
    if (connection.socket.readyState !== connection.socket.OPEN) return;
    if (connection.socket.bufferedAmount > MAX_BUFFERED_BYTES) {
      connection.socket.close(1013, 'client too slow; reconnect');
      return;
    }
    connection.socket.send(JSON.stringify(message));
  }

  private checkAlive(): void {
    for (const connection of this.connections) {
      if (!connection.alive) {
        connection.socket.terminate();
        continue;
      }
      connection.alive = false;
      connection.socket.ping();
    }
  }
}
