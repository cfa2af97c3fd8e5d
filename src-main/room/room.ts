/**
 * The room's rules (issue 15), apart from sockets: who is joined, what is forwarded to the
 * facilitator's page (the host) and what phones are told. The server (server.ts) feeds it raw
 * text frames and gives it a `send` per connection; everything is checked here with the
 * protocol's schemas before anything acts on it.
 *
 * Exactly-once, as far as the relay can help: a submission is forwarded to the host once per
 * clientId and acknowledged only when the host answers `result` (written). A retry of a clientId
 * already answered gets the same answer without reaching the host; a retry of one still in flight
 * is not forwarded again (unless the host stayed silent for `inflightTimeoutMs`, when it is sent
 * once more — the host's writer is idempotent per clientId). If the host leaves, everything in
 * flight is refused with 'roomClosed' so phones keep it queued and retry.
 */
import {
  clientIdSchema,
  hostMessageSchema,
  phoneMessageSchema,
  ROOM_MAX_MESSAGE_BYTES,
  ROOM_RATE_LIMIT,
  type HostMessage,
  type PhoneMessage,
  type PhonePersonalView,
  type PhoneStageView,
  type RoomRefusal,
  type ServerToPhone,
} from '../../src-core/room/protocol';
import { Answers } from './answers';
import { PinGuard, RateWindow, randomToken } from './limits';
import type { HostLink, PhoneConnection, PhoneLink, RoomOptions, Session } from './room-links';
import { WalkInDesk, type WalkInRequest } from './walk-ins';

export type { HostLink, PhoneConnection, PhoneLink, RoomOptions } from './room-links';

const MAX_SESSIONS = 20_000;
const EMPTY_MINE: PhonePersonalView = { dots: {}, meetings: [] };
/** The clientId of a frame that failed a check, if it carries a well-formed one. */
function clientIdOf(json: unknown): string | null {
  if (typeof json !== 'object' || json === null) return null;
  const parsed = clientIdSchema.safeParse((json as Record<string, unknown>).clientId);
  return parsed.success ? parsed.data : null;
}

export class Room {
  private readonly now: () => number;
  private readonly rateLimit: { readonly messages: number; readonly windowMs: number };

  private host: HostLink | null = null;
  private readonly phones = new Set<PhoneConnection>();
  private readonly sessions = new Map<string, Session>();
  private readonly byParticipant = new Map<string, Set<PhoneConnection>>();
  private readonly answers: Answers;
  private readonly walkIns = new WalkInDesk<PhoneConnection, Session>();
  private readonly pins: PinGuard;
  private participants: { id: string; name: string }[] = [];
  private stage: { view: PhoneStageView; mine: Record<string, PhonePersonalView> } | null = null;
  private presenceTimer: ReturnType<typeof setTimeout> | null = null;
  /** Counters for tests and the benchmark. */
  readonly counts = { forwarded: 0, refused: 0 };

  private readonly store: RoomOptions['sessionStore'];

  constructor(options: RoomOptions) {
    this.now = options.now ?? Date.now;
    this.rateLimit = options.rateLimit ?? ROOM_RATE_LIMIT;
    this.store = options.sessionStore;
    // After a restart of the app, phones resume with the tokens they hold.
    for (const saved of this.store?.load().slice(-MAX_SESSIONS) ?? []) {
      this.sessions.set(saved.token, { ...saved, rate: this.newRate() });
    }
    this.pins = new PinGuard(options.pin, options.pinTriesPerMinute ?? 10, this.now);
    this.answers = new Answers(
      this.now,
      options.inflightTimeoutMs ?? 20_000,
      options.rememberAnswers ?? 200_000,
    );
  }

  get hostConnected(): boolean {
    return this.host !== null;
  }

  // ——— Phones ———

  phoneOpened(link: PhoneLink): PhoneConnection {
    const connection: PhoneConnection = {
      link,
      rate: new RateWindow(this.rateLimit.messages, this.rateLimit.windowMs, this.now),
      pinOk: false,
      session: null,
      walkIn: null,
    };
    this.phones.add(connection);
    this.presenceSoon();
    return connection;
  }

  phoneClosed(connection: PhoneConnection): void {
    this.phones.delete(connection);
    if (connection.session)
      this.byParticipant.get(connection.session.participantId)?.delete(connection);
    if (connection.walkIn) this.walkIns.leave(connection.walkIn, connection);
    this.presenceSoon();
  }

  /** One text frame from a phone. */
  phoneMessage(connection: PhoneConnection, raw: string): void {
    const refuse = (reason: RoomRefusal, clientId: string | null) => {
      this.counts.refused++;
      connection.link.send({ type: 'refused', clientId, reason });
    };
    if (Buffer.byteLength(raw, 'utf8') > ROOM_MAX_MESSAGE_BYTES) return refuse('tooLarge', null);
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      return refuse('badMessage', null);
    }
    const rate = connection.session?.rate ?? connection.rate;
    if (!rate.take()) return refuse('tooFast', clientIdOf(json));
    const parsed = phoneMessageSchema.safeParse(json);
    if (!parsed.success) return refuse('badMessage', clientIdOf(json));
    const message = parsed.data;
    switch (message.type) {
      case 'names':
      case 'join':
      case 'walk-in': {
        const pin = this.pins.check(connection.link.remoteAddress, message.pin);
        if (pin !== 'ok') return refuse(pin, null);
        connection.pinOk = true;
        if (message.type === 'names') return this.sendNames(connection);
        if (message.type === 'join') return this.join(connection, message.participantId, refuse);
        return this.walkIn(connection, message, refuse);
      }
      case 'resume': {
        const session = this.sessions.get(message.token);
        if (!session) return refuse('badToken', null);
        return this.welcome(connection, session);
      }
      case 'submit':
        return this.submit(connection, message, refuse);
    }
  }

  private sendNames(connection: PhoneConnection): void {
    connection.link.send({ type: 'participants', list: this.participants });
  }

  private join(
    connection: PhoneConnection,
    participantId: string,
    refuse: (reason: RoomRefusal, clientId: string | null) => void,
  ): void {
    const participant = this.participants.find((p) => p.id === participantId);
    if (!participant) return refuse(this.host ? 'unknownParticipant' : 'roomClosed', null);
    this.welcome(connection, this.newSession(participant.id, participant.name));
  }

  private newSession(participantId: string, name: string): Session {
    const session: Session = { token: randomToken(24), participantId, name, rate: this.newRate() };
    this.sessions.set(session.token, session);
    // Bounded: a phone rejoining over and over cannot fill the laptop's memory.
    if (this.sessions.size > MAX_SESSIONS) {
      const oldest = this.sessions.keys().next();
      if (!oldest.done) this.sessions.delete(oldest.value);
    }
    this.store?.save(
      [...this.sessions.values()].map(({ token, participantId: id, name: shown }) => ({
        token,
        participantId: id,
        name: shown,
      })),
    );
    return session;
  }

  private newRate(): RateWindow {
    return new RateWindow(this.rateLimit.messages, this.rateLimit.windowMs, this.now);
  }

  private welcome(connection: PhoneConnection, session: Session): void {
    if (connection.session) {
      this.byParticipant.get(connection.session.participantId)?.delete(connection);
    }
    connection.session = session;
    let set = this.byParticipant.get(session.participantId);
    if (!set) this.byParticipant.set(session.participantId, (set = new Set()));
    set.add(connection);
    connection.link.send({
      type: 'welcome',
      token: session.token,
      participantId: session.participantId,
      name: session.name,
    });
    if (this.stage) connection.link.send(this.stageFor(session.participantId));
    this.presenceSoon();
  }

  private walkIn(
    connection: PhoneConnection,
    message: Extract<PhoneMessage, { type: 'walk-in' }>,
    refuse: (reason: RoomRefusal, clientId: string | null) => void,
  ): void {
    const admitted = this.walkIns.claim(message.name, message.organisation);
    if (admitted) return this.welcome(connection, admitted);
    if (!this.host) return refuse('roomClosed', null);
    const { request, isNew } = this.walkIns.ask(message.name, message.organisation, connection);
    connection.walkIn = request.requestId;
    connection.link.send({ type: 'pending' });
    if (isNew) this.sendWalkIn(request);
  }

  private sendWalkIn(request: WalkInRequest<PhoneConnection>): void {
    this.host?.send({
      type: 'walk-in',
      requestId: request.requestId,
      name: request.name,
      organisation: request.organisation,
    });
  }

  private submit(
    connection: PhoneConnection,
    message: Extract<PhoneMessage, { type: 'submit' }>,
    refuse: (reason: RoomRefusal, clientId: string | null) => void,
  ): void {
    const { clientId } = message;
    const session = connection.session;
    if (!session) return refuse('notJoined', clientId);
    const decision = this.answers.decide(clientId, session.participantId, this.host !== null);
    if (decision.kind === 'wait') return; // Its answer reaches every connection of the participant.
    if (decision.kind === 'answer') {
      if (decision.ok) connection.link.send({ type: 'ack', clientId });
      else refuse(decision.reason, clientId);
      return;
    }
    if (!this.host) return;
    this.counts.forwarded++;
    this.host.send({
      type: 'submission',
      participantId: session.participantId,
      clientId,
      stageId: message.stageId,
      action: message.action,
    });
  }

  private toParticipant(participantId: string, message: ServerToPhone): void {
    for (const connection of this.byParticipant.get(participantId) ?? []) {
      connection.link.send(message);
    }
  }

  private stageFor(participantId: string): ServerToPhone {
    const stage = this.stage;
    if (!stage) throw new Error('no stage');
    return { type: 'stage', view: stage.view, mine: stage.mine[participantId] ?? EMPTY_MINE };
  }

  // ——— The host ———

  hostOpened(link: HostLink): void {
    const previous = this.host;
    this.host = link;
    // A reloaded facilitator page replaces the one before; anything in flight goes again.
    if (previous) {
      this.abandonInflight();
      previous.close(4000, 'Replaced by a newer connection of the facilitator');
    }
    this.sendPresence();
    for (const request of this.walkIns.all()) this.sendWalkIn(request);
  }

  hostClosed(link: HostLink): void {
    if (this.host !== link) return;
    this.host = null;
    this.abandonInflight();
    // Walk-ins that wait hear 'roomClosed' and may ask again; the request stays for the next host.
  }

  /** Submissions the host never answered: refused as 'roomClosed', so the phones retry. */
  private abandonInflight(): void {
    for (const [clientId, participantId] of this.answers.abandon()) {
      this.toParticipant(participantId, { type: 'refused', clientId, reason: 'roomClosed' });
    }
  }

  /** One text frame from the host; false when it was not a message of the protocol (ignored). */
  hostMessage(link: HostLink, raw: string): boolean {
    if (this.host !== link) return false;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      return false;
    }
    const parsed = hostMessageSchema.safeParse(json);
    if (!parsed.success) return false;
    this.applyHost(parsed.data);
    return true;
  }

  private applyHost(message: HostMessage): void {
    switch (message.type) {
      case 'participants':
        this.participants = message.list;
        for (const connection of this.phones) {
          if (connection.pinOk && !connection.session) this.sendNames(connection);
        }
        return;
      case 'stage':
        this.stage = { view: message.view, mine: message.mine };
        for (const connection of this.phones) {
          if (connection.session)
            connection.link.send(this.stageFor(connection.session.participantId));
        }
        return;
      case 'result':
        return this.result(message);
      case 'admit': {
        const request = this.walkIns.take(message.requestId);
        if (!request) return;
        const session = this.newSession(message.participantId, message.name);
        if (request.connection) {
          request.connection.walkIn = null;
          this.welcome(request.connection, session);
        } else this.walkIns.park(request, session);
        return;
      }
      case 'turn-away': {
        const request = this.walkIns.take(message.requestId);
        if (!request) return;
        if (request.connection) {
          request.connection.walkIn = null;
          this.counts.refused++;
          request.connection.link.send({
            type: 'refused',
            clientId: null,
            reason: 'refusedByHost',
          });
        }
        return;
      }
    }
  }

  private result(message: Extract<HostMessage, { type: 'result' }>): void {
    const reason: RoomRefusal = message.reason ?? 'refusedByHost';
    const participantId = this.answers.settle(message.clientId, message.ok, reason);
    if (participantId === null) return;
    if (message.ok) {
      this.toParticipant(participantId, { type: 'ack', clientId: message.clientId });
      return;
    }
    this.counts.refused++;
    this.toParticipant(participantId, { type: 'refused', clientId: message.clientId, reason });
  }

  // ——— Presence ———

  private presenceSoon(): void {
    if (this.presenceTimer !== null || !this.host) return;
    this.presenceTimer = setTimeout(() => {
      this.presenceTimer = null;
      this.sendPresence();
    }, 200);
  }

  private sendPresence(): void {
    if (!this.host) return;
    let joined = 0;
    for (const connection of this.phones) if (connection.session) joined++;
    this.host.send({ type: 'presence', connected: this.phones.size, joined });
  }

  dispose(): void {
    if (this.presenceTimer !== null) clearTimeout(this.presenceTimer);
    this.presenceTimer = null;
    this.host = null;
  }
}
