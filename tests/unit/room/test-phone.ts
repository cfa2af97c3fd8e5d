/**
 * A phone in the room as a test drives it: a real WebSocket to the room server's /room, speaking
 * the protocol as the phone page does — join by PIN (by name or as a walk-in), resume with its
 * token after a lost connection, keep each submission until it is acknowledged or refused for
 * good, and send it again (same clientId) when the room was closed, too busy, or the connection
 * dropped. It can also misbehave on purpose: send a submission twice, or drop the connection
 * right after sending.
 */
import WebSocket from 'ws';
import type {
  PhoneAction,
  PhonePersonalView,
  PhoneStageView,
  RoomRefusal,
  ServerToPhone,
} from '../../../src-core/room/protocol';

const RETRY: ReadonlySet<RoomRefusal> = new Set(['roomClosed', 'tooFast']);

export class TestPhone {
  private ws: WebSocket | null = null;
  private token: string | null = null;
  private readonly pending = new Map<string, { stageId: string; action: PhoneAction }>();
  readonly acked = new Set<string>();
  readonly refused = new Map<string, RoomRefusal>();
  participantId: string | null = null;
  names: { id: string; name: string }[] = [];
  view: PhoneStageView | null = null;
  mine: PhonePersonalView | null = null;
  isPending = false;
  private waiters: (() => void)[] = [];
  private counter = 0;
  private closed = false;

  constructor(
    private readonly url: string,
    private readonly pin: string,
    readonly label: string,
  ) {}

  /** Opens the connection (and resumes the session, if it has one). */
  async connect(): Promise<void> {
    const ws = new WebSocket(this.url.replace(/^http/, 'ws') + 'room', {
      origin: this.url.replace(/\/$/, ''),
    });
    this.ws = ws;
    ws.on('message', (data) => this.receive(JSON.parse(String(data)) as ServerToPhone));
    ws.on('close', () => {
      if (this.ws !== ws || this.closed) return;
      this.ws = null;
      setTimeout(() => void this.connect().catch(() => undefined), 50);
    });
    ws.on('error', () => undefined);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    if (this.token) this.send({ type: 'resume', token: this.token });
    else this.send({ type: 'names', pin: this.pin });
    this.changed();
  }

  join(participantId: string): void {
    this.send({ type: 'join', pin: this.pin, participantId });
  }

  walkIn(name: string, organisation: string): void {
    this.send({ type: 'walk-in', pin: this.pin, name, organisation });
  }

  /** Sends a submission (kept until answered); returns its clientId. */
  submit(action: PhoneAction, options: { twice?: boolean; dropAfter?: boolean } = {}): string {
    const stageId = this.view?.stageId;
    if (!stageId) throw new Error(`${this.label}: no stage to submit to`);
    this.counter += 1;
    const clientId = `${this.label}-${this.counter}-${Math.random().toString(36).slice(2, 10)}`;
    this.pending.set(clientId, { stageId, action });
    this.sendSubmission(clientId);
    if (options.twice) this.sendSubmission(clientId);
    // The Wi-Fi drops right after sending: the ack may never come on this connection.
    if (options.dropAfter) this.ws?.terminate();
    return clientId;
  }

  /** Resolves when `check` holds (checked after each message), or fails after `ms`. */
  async until(check: () => boolean, what: string, ms = 20_000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!check()) {
      if (Date.now() > deadline) {
        throw new Error(
          `${this.label}: timed out waiting for ${what} (pending ${this.pending.size}, acked ${this.acked.size}, refused ${JSON.stringify([...this.refused])}, view ${this.view?.mode ?? 'none'})`,
        );
      }
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
  }

  /** Every submission answered (acknowledged or refused for good). */
  settled(): boolean {
    return this.pending.size === 0;
  }

  close(): void {
    this.closed = true;
    this.ws?.close();
  }

  private sendSubmission(clientId: string): void {
    const submission = this.pending.get(clientId);
    if (!submission) return;
    this.send({ type: 'submit', clientId, ...submission });
  }

  private send(message: object): void {
    if (this.ws?.readyState === WebSocket.OPEN) this.ws.send(JSON.stringify(message));
  }

  private receive(message: ServerToPhone): void {
    switch (message.type) {
      case 'welcome':
        this.token = message.token;
        this.participantId = message.participantId;
        this.isPending = false;
        // Anything not yet answered goes again (a reload of the page, a lost connection).
        for (const clientId of this.pending.keys()) this.sendSubmission(clientId);
        break;
      case 'pending':
        this.isPending = true;
        break;
      case 'participants':
        this.names = [...message.list];
        break;
      case 'stage':
        this.view = message.view;
        this.mine = message.mine;
        break;
      case 'ack':
        this.pending.delete(message.clientId);
        this.acked.add(message.clientId);
        break;
      case 'refused': {
        const { clientId, reason } = message;
        if (clientId === null) break;
        if (RETRY.has(reason)) {
          setTimeout(() => this.sendSubmission(clientId), 200 + Math.random() * 300);
        } else {
          this.pending.delete(clientId);
          this.refused.set(clientId, reason);
        }
        break;
      }
    }
    this.changed();
  }

  private changed(): void {
    for (const waiter of this.waiters.splice(0)) waiter();
  }
}
