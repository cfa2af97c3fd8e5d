// The host's connection to the room server, over a fake WebSocket the test drives: the address
// with the key, messages checked both ways, reconnection with growing delays.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  backoffDelay,
  connectRoom,
  hostSocketUrl,
  type ServerMessage,
} from '../../../src-renderer/room/room-client';

class FakeSocket {
  static made: FakeSocket[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onclose: (() => void) | null = null;
  onerror: (() => void) | null = null;
  sent: string[] = [];
  closed = false;
  constructor(readonly url: string) {
    FakeSocket.made.push(this);
  }
  send(data: string) {
    this.sent.push(data);
  }
  close() {
    this.closed = true;
  }
  // What the server does.
  open() {
    this.onopen?.();
  }
  receive(data: unknown) {
    this.onmessage?.({ data });
  }
  drop() {
    this.onerror?.();
    this.onclose?.();
  }
}

const config = {
  server: 'http://127.0.0.1:47321',
  hostKey: 'k3yK3yk3yK3y_-k3yK3yk3yK3yk3yK3yk3yK3yk3y',
};
const submission = {
  type: 'submission',
  participantId: '0192f0c4-7b1e-7c3a-9d2e-00000000a001',
  clientId: 'c-7f3a9b21',
  stageId: 's5-prioritisation',
  action: { kind: 'card', text: 'Compost de grignons', theme: '' },
};

beforeEach(() => {
  FakeSocket.made = [];
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

function connect() {
  const messages: ServerMessage[] = [];
  const invalid: string[] = [];
  const statuses: string[] = [];
  const connection = connectRoom(
    config,
    {
      onMessage: (message) => messages.push(message),
      onInvalid: (raw) => invalid.push(raw),
      onStatus: (status) => statuses.push(status),
    },
    { WebSocket: FakeSocket as unknown as typeof WebSocket, random: () => 0.5 },
  );
  return { connection, messages, invalid, statuses };
}

describe('the room host connection', () => {
  it('goes to /host with the key, on ws: for http and wss: for https', () => {
    expect(hostSocketUrl(config)).toBe(`ws://127.0.0.1:47321/host?key=${config.hostKey}`);
    expect(hostSocketUrl({ ...config, server: 'https://room.local:8443/' })).toBe(
      `wss://room.local:8443/host?key=${config.hostKey}`,
    );
  });

  it('passes on valid messages and drops those that do not parse', () => {
    const { messages, invalid } = connect();
    const socket = FakeSocket.made[0]!;
    socket.open();
    socket.receive(JSON.stringify(submission));
    socket.receive(JSON.stringify({ type: 'presence', connected: 21, joined: 20 }));
    socket.receive('{"type":"submission"'); // cut short
    socket.receive(JSON.stringify({ ...submission, clientId: 'short' })); // clientId too short
    socket.receive(
      JSON.stringify({ ...submission, action: { kind: 'card', text: 'x'.repeat(281) } }),
    );
    socket.receive(JSON.stringify({ type: 'presence', connected: -1, joined: 0 }));
    expect(messages).toEqual([submission, { type: 'presence', connected: 21, joined: 20 }]);
    expect(invalid).toHaveLength(4);
  });

  it('sends only valid host messages, and only while connected', () => {
    const { connection } = connect();
    const socket = FakeSocket.made[0]!;
    const result = { type: 'result', clientId: 'c-7f3a9b21', ok: true } as const;
    expect(connection.send(result)).toBe(false);
    socket.open();
    expect(connection.send(result)).toBe(true);
    expect(
      connection.send({ type: 'participants', list: [{ id: 'bad id with spaces', name: 'Amal' }] }),
    ).toBe(false);
    expect(socket.sent.map((raw) => JSON.parse(raw))).toEqual([result]);
  });

  it('reconnects after a lost connection, waiting longer each time, and stops when closed', () => {
    const { connection, statuses } = connect();
    FakeSocket.made[0]!.drop();
    expect(statuses).toEqual(['closed']);
    vi.advanceTimersByTime(249);
    expect(FakeSocket.made).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(FakeSocket.made).toHaveLength(2);
    FakeSocket.made[1]!.drop();
    vi.advanceTimersByTime(499);
    expect(FakeSocket.made).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(FakeSocket.made).toHaveLength(3);
    // Connected again: the page hears 'open' (and sends the room's state again).
    FakeSocket.made[2]!.open();
    expect(statuses.at(-1)).toBe('open');
    connection.close();
    expect(FakeSocket.made[2]!.closed).toBe(true);
    vi.advanceTimersByTime(60_000);
    expect(FakeSocket.made).toHaveLength(3);
  });

  it('caps the delay and spreads reconnections out', () => {
    expect(backoffDelay(0, 250, 5_000, () => 0.5)).toBe(250);
    expect(backoffDelay(3, 250, 5_000, () => 0.5)).toBe(2_000);
    expect(backoffDelay(10, 250, 5_000, () => 0.5)).toBe(5_000);
    expect(backoffDelay(10, 250, 5_000, () => 0)).toBe(3_750);
    expect(backoffDelay(10, 250, 5_000, () => 1)).toBe(6_250);
  });
});
