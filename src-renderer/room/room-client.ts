/**
 * The facilitator's page as the room's host (issue 15): one WebSocket to the room server's
 * /host endpoint, authenticated by the host key, that comes back by itself after a lost
 * connection (backoff with jitter, 250 ms doubling up to 5 s). Every incoming message is parsed
 * and checked against the protocol before anyone sees it; one that does not parse is dropped and
 * reported, never half-applied. Outgoing messages are checked too: a bug here must not reach
 * phones as a malformed view.
 */
import {
  hostMessageSchema,
  serverToHostSchema,
  type HostMessage,
} from '../../src-core/room/protocol';
import type { z } from 'zod';

export type ServerMessage = z.infer<typeof serverToHostSchema>;

/** What the page needs to reach its room: how either host (desktop or web) hands it over. */
export interface RoomConfig {
  /** The room server's address as the laptop reaches it (http://127.0.0.1:PORT). */
  readonly server: string;
  readonly hostKey: string;
}

export type RoomStatus = 'connecting' | 'open' | 'closed';

export interface RoomHandlers {
  readonly onMessage: (message: ServerMessage) => void;
  /** 'open' after each (re)connection: the page then sends the room's state again. */
  readonly onStatus?: (status: RoomStatus) => void;
  /** A message that did not parse (dropped). */
  readonly onInvalid?: (raw: string) => void;
}

export interface RoomConnection {
  /** Sends if connected; false when the message was not sent (offline, or not a valid message). */
  send(message: HostMessage): boolean;
  readonly status: () => RoomStatus;
  /** Closes for good (no reconnection). */
  close(): void;
}

export interface ConnectOptions {
  /** The WebSocket class (tests give a fake). */
  readonly WebSocket?: typeof WebSocket;
  readonly minDelayMs?: number;
  readonly maxDelayMs?: number;
  readonly random?: () => number;
}

/** ws(s)://host:port/host?key=… for an http(s) server address. */
export function hostSocketUrl(config: RoomConfig): string {
  const url = new URL(config.server);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.pathname = '/host';
  url.search = new URLSearchParams({ key: config.hostKey }).toString();
  url.hash = '';
  return url.toString();
}

/** The delay before reconnection attempt `attempt` (0-based): doubling, capped, ±25 % jitter. */
export function backoffDelay(
  attempt: number,
  minDelayMs: number,
  maxDelayMs: number,
  random: () => number,
): number {
  const base = Math.min(maxDelayMs, minDelayMs * 2 ** Math.min(attempt, 20));
  return Math.round(base * (0.75 + random() * 0.5));
}

/** Parses one incoming frame, or null when it is not a message of the protocol. */
export function parseServerMessage(raw: unknown): ServerMessage | null {
  if (typeof raw !== 'string') return null;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return null;
  }
  const parsed = serverToHostSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

export function connectRoom(
  config: RoomConfig,
  handlers: RoomHandlers,
  options: ConnectOptions = {},
): RoomConnection {
  const Socket = options.WebSocket ?? globalThis.WebSocket;
  const minDelayMs = options.minDelayMs ?? 250;
  const maxDelayMs = options.maxDelayMs ?? 5_000;
  const random = options.random ?? Math.random;
  const url = hostSocketUrl(config);
  let socket: WebSocket | null = null;
  let status: RoomStatus = 'connecting';
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let closed = false;

  const setStatus = (next: RoomStatus) => {
    if (status === next) return;
    status = next;
    handlers.onStatus?.(next);
  };

  const open = () => {
    timer = null;
    if (closed) return;
    setStatus('connecting');
    const current = new Socket(url);
    socket = current;
    current.onopen = () => {
      if (socket !== current) return;
      attempt = 0;
      setStatus('open');
    };
    current.onmessage = (event: MessageEvent) => {
      if (socket !== current) return;
      const message = parseServerMessage(event.data);
      if (message === null) handlers.onInvalid?.(String(event.data).slice(0, 200));
      else handlers.onMessage(message);
    };
    current.onclose = () => {
      if (socket !== current) return;
      socket = null;
      if (closed) return;
      setStatus('closed');
      timer = setTimeout(open, backoffDelay(attempt, minDelayMs, maxDelayMs, random));
      attempt += 1;
    };
    // An error is followed by a close, which schedules the next attempt.
    current.onerror = () => undefined;
  };
  open();

  return {
    send(message) {
      if (socket === null || status !== 'open') return false;
      const parsed = hostMessageSchema.safeParse(message);
      if (!parsed.success) return false;
      socket.send(JSON.stringify(parsed.data));
      return true;
    },
    status: () => status,
    close() {
      closed = true;
      if (timer !== null) clearTimeout(timer);
      timer = null;
      const current = socket;
      socket = null;
      current?.close();
      setStatus('closed');
    },
  };
}
