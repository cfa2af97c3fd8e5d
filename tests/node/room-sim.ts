/**
 * Simulated phones and facilitator for the room server (issue 15): real WebSockets on loopback
 * with the `ws` client, each collecting what it receives. Shared by tests/node/room-server.test.ts
 * and bench/node/room.bench.ts.
 */
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import {
  createRoomServer,
  type RoomServer,
  type RoomServerOptions,
} from '../../src-main/room/server';

export const PHONE_DIR = fileURLToPath(new URL('../../src-main/room/phone/', import.meta.url));

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- messages are checked by the tests
export type Message = Record<string, any>;

export interface OpenRoom {
  readonly server: RoomServer;
  readonly port: number;
  /** http://127.0.0.1:PORT */
  readonly origin: string;
  close(): Promise<void>;
}

export async function openRoom(
  options: Partial<RoomServerOptions> = {},
  bindTo = '127.0.0.1',
): Promise<OpenRoom> {
  const server = createRoomServer({ phoneDir: PHONE_DIR, ...options });
  const { port } = await server.start(bindTo, 0);
  return { server, port, origin: `http://127.0.0.1:${port}`, close: () => server.stop() };
}

/** Resolves once `condition` holds (checked every 10 ms), or fails after `timeoutMs`. */
export async function until(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** One WebSocket that keeps every message it receives, in order. */
export class Peer {
  readonly received: Message[] = [];
  private readonly waiters: { test: (m: Message) => boolean; resolve: (m: Message) => void }[] = [];
  closed: Promise<{ code: number; reason: string }>;

  constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const message = JSON.parse(String(data)) as Message;
      this.received.push(message);
      for (const waiter of [...this.waiters]) {
        if (waiter.test(message)) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          waiter.resolve(message);
        }
      }
    });
    this.closed = new Promise((resolve) => {
      ws.on('close', (code, reason) => resolve({ code, reason: String(reason) }));
    });
  }

  send(message: unknown): void {
    this.ws.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  /** The next message (from now, or already received when `past`) that passes `test`. */
  next(test: (m: Message) => boolean, timeoutMs = 5_000, past = false): Promise<Message> {
    if (past) {
      const found = this.received.find(test);
      if (found) return Promise.resolve(found);
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no such message in time')), timeoutMs);
      this.waiters.push({
        test,
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m);
        },
      });
    });
  }

  /** Messages of `type` received so far. */
  all(type: string): Message[] {
    return this.received.filter((m) => m.type === type);
  }

  close(): Promise<{ code: number; reason: string }> {
    this.ws.close();
    return this.closed;
  }
}

function open(url: string, headers: Record<string, string>): Promise<Peer> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers });
    const peer = new Peer(ws);
    ws.once('open', () => resolve(peer));
    ws.once('unexpected-response', (_request, response) => {
      reject(new Error(`refused: ${response.statusCode}`));
      ws.terminate();
    });
    ws.on('error', reject);
  });
}

/** A phone whose page came from this room (Origin = the room's own address). */
export function connectPhone(room: OpenRoom, origin = room.origin): Promise<Peer> {
  return open(`ws://127.0.0.1:${room.port}/room`, { Origin: origin });
}

/** The facilitator's page: /host with the key (and, like a browser page, an Origin). */
export function connectHost(
  room: OpenRoom,
  key: string | null = room.server.hostKey,
  options: { address?: string; origin?: string } = {},
): Promise<Peer> {
  const query = key === null ? '' : `?key=${encodeURIComponent(key)}`;
  const headers: Record<string, string> = options.origin ? { Origin: options.origin } : {};
  return open(`ws://${options.address ?? '127.0.0.1'}:${room.port}/host${query}`, headers);
}

/** Joins `phone` as `participantId` with the room's PIN; resolves with the welcome. */
export async function join(room: OpenRoom, phone: Peer, participantId: string): Promise<Message> {
  const welcome = phone.next((m) => m.type === 'welcome' || m.type === 'refused');
  phone.send({ type: 'join', pin: room.server.pin, participantId });
  const answer = await welcome;
  if (answer.type !== 'welcome') throw new Error(`join refused: ${answer.reason}`);
  return answer;
}

/** A host that answers every submission `ok` (as the facilitator's page does once written). */
export function autoAnswer(host: Peer, onSubmission?: (m: Message) => void): void {
  host.ws.on('message', (data) => {
    const message = JSON.parse(String(data)) as Message;
    if (message.type !== 'submission') return;
    onSubmission?.(message);
    host.send({ type: 'result', clientId: message.clientId, ok: true });
  });
}

export function emptyStage(stageId: string, mode = 'cards') {
  return {
    stageId,
    mode,
    title: 'Ideas for the cluster',
    ideas: [],
    dotsPerParticipant: 0,
    revealed: null,
  };
}

export function roster(count: number): { id: string; name: string }[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `p-${String(i + 1).padStart(3, '0')}`,
    name: `Participant ${i + 1}`,
  }));
}
