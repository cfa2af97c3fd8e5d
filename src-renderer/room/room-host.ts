/**
 * The facilitator's page as the room's host (issue 15), apart from React: one connection to the
 * room server; phone submissions written through the command layer (in arrival order, those that
 * arrived together in one transaction, each exactly once: room-writer.ts) and each answered with
 * its `result`; the
 * checked-in names and what phones see sent whenever they change (`sync`, called by the page
 * after each change of the workspace) and all again after each reconnection; presence counts and
 * the walk-ins waiting for the facilitator kept for the page.
 */
import type { Stage } from '../../src-core/method';
import type { PhoneMode } from '../../src-core/room/phone-modes';
import {
  phonePersonalViews,
  phoneStageView,
  roomParticipants,
} from '../../src-core/room/phone-view';
import type { HostMessage } from '../../src-core/room/protocol';
import type { CommandContext } from '../db/commands';
import type { RunData } from '../db/workshop-run';
import {
  connectRoom,
  type ConnectOptions,
  type RoomConfig,
  type RoomConnection,
  type RoomStatus,
  type ServerMessage,
} from './room-client';
import { NOT_WRITTEN, writeSubmissions, type RoomPlace, type RoomWriteResult } from './room-writer';

/** At most this many submissions in one transaction (a burst of a full room is a few of them). */
const MAX_BATCH = 100;

export interface WalkInRequest {
  readonly requestId: string;
  readonly name: string;
  readonly organisation: string;
}

export interface RoomMessages {
  readonly participants: Extract<HostMessage, { type: 'participants' }>;
  readonly stage: Extract<HostMessage, { type: 'stage' }>;
  /** The stage running and what phones were asked to do, for writing submissions. */
  readonly room: RoomPlace;
}

export interface RoomHostSnapshot {
  readonly status: RoomStatus;
  readonly connected: number;
  readonly joined: number;
  readonly walkIns: readonly WalkInRequest[];
  /** Messages from the server that did not parse (dropped). */
  readonly invalid: number;
}

/** Everything the host tells the server, built from the run's data (what phones may see). */
export function roomMessages(
  data: RunData,
  stage: Stage | null,
  mode: PhoneMode,
  language: string,
): RoomMessages {
  const view = phoneStageView(stage, data.entries, data.workshop.run, { mode, language });
  const names = (id: string) => data.organisations.get(id)?.name ?? '';
  const mine = phonePersonalViews(view, data.entries, data.participants, names);
  return {
    participants: { type: 'participants', list: roomParticipants(data.participants) },
    stage: { type: 'stage', view, mine },
    room: {
      workshopId: data.workshop.id,
      stage: view.stageId === null ? null : stage,
      mode: view.mode,
    },
  };
}

type Submission = Extract<ServerMessage, { type: 'submission' }>;

export class RoomHostSession {
  private readonly connection: RoomConnection;
  /** Submissions received and not yet written, in arrival order. */
  private pending: Submission[] = [];
  private draining: Promise<void> | null = null;
  private closed = false;
  private sent = { participants: '', stage: '' };
  private state: RoomHostSnapshot = {
    status: 'connecting',
    connected: 0,
    joined: 0,
    walkIns: [],
    invalid: 0,
  };

  constructor(
    config: RoomConfig,
    private readonly deps: {
      /** The workspace to write in, as it is now. */
      readonly context: () => CommandContext;
      /** What to tell the server, as the workspace is now. */
      readonly messages: () => RoomMessages;
      /** Something the page shows changed. */
      readonly onChange?: (snapshot: RoomHostSnapshot) => void;
    },
    options: ConnectOptions = {},
  ) {
    this.connection = connectRoom(
      config,
      {
        onMessage: (message) => this.receive(message),
        onStatus: (status) => {
          this.update({ status });
          if (status === 'open') this.sync(true);
        },
        onInvalid: () => this.update({ invalid: this.state.invalid + 1 }),
      },
      options,
    );
    this.update({ status: this.connection.status() });
  }

  get snapshot(): RoomHostSnapshot {
    return this.state;
  }

  /** Sends the names and the stage if they changed since last sent (or all, when `force`). */
  sync(force = false): void {
    const now = this.deps.messages();
    const participants = JSON.stringify(now.participants);
    if (force || participants !== this.sent.participants) {
      if (this.connection.send(now.participants)) this.sent.participants = participants;
    }
    const stage = JSON.stringify(now.stage);
    if (force || stage !== this.sent.stage) {
      if (this.connection.send(now.stage)) this.sent.stage = stage;
    }
  }

  /** Lets a walk-in in as the participant record just created for them. */
  admit(request: WalkInRequest, participantId: string, name: string): void {
    // The new name first, so phones choosing a name see it with the others.
    const list = this.deps.messages().participants.list.filter((p) => p.id !== participantId);
    this.connection.send({ type: 'participants', list: [...list, { id: participantId, name }] });
    this.connection.send({ type: 'admit', requestId: request.requestId, participantId, name });
    this.forget(request);
  }

  turnAway(request: WalkInRequest): void {
    this.connection.send({ type: 'turn-away', requestId: request.requestId });
    this.forget(request);
  }

  /** Resolves once every submission received so far is written and answered. */
  idle(): Promise<void> {
    return this.draining ?? Promise.resolve();
  }

  close(): void {
    // What is not written yet stays with the phones (no answer reaches them): they send it again.
    this.closed = true;
    this.pending = [];
    this.connection.close();
  }

  private forget(request: WalkInRequest): void {
    this.update({ walkIns: this.state.walkIns.filter((r) => r.requestId !== request.requestId) });
  }

  private update(patch: Partial<RoomHostSnapshot>): void {
    this.state = { ...this.state, ...patch };
    this.deps.onChange?.(this.state);
  }

  private receive(message: ServerMessage): void {
    switch (message.type) {
      case 'submission':
        this.pending.push(message);
        this.drain();
        return;
      case 'walk-in': {
        if (this.state.walkIns.some((r) => r.requestId === message.requestId)) return;
        const { requestId, name, organisation } = message;
        this.update({ walkIns: [...this.state.walkIns, { requestId, name, organisation }] });
        return;
      }
      case 'presence':
        this.update({ connected: message.connected, joined: message.joined });
        return;
      default: {
        const unknown: never = message;
        void unknown;
      }
    }
  }

  /**
   * Writes what has arrived, one batch at a time: whatever came in while a batch was being
   * written goes together in the next (every phone voting at once is a few transactions, not one
   * per dot), in arrival order, each answered with its own `result`.
   */
  private drain(): void {
    if (this.draining !== null) return;
    this.draining = (async () => {
      try {
        while (this.pending.length > 0 && !this.closed) {
          await this.writeBatch(this.pending.splice(0, MAX_BATCH));
        }
      } finally {
        this.draining = null;
      }
    })();
  }

  private async writeBatch(batch: readonly Submission[]): Promise<void> {
    let results: readonly RoomWriteResult[];
    try {
      results = await writeSubmissions(
        this.deps.context(),
        this.deps.messages().room,
        batch.map(({ participantId, clientId, stageId, action }) => ({
          participantId,
          clientId,
          stageId,
          action,
        })),
      );
    } catch {
      // Not written (the database refused): the phones keep them and try again.
      results = batch.map(() => NOT_WRITTEN);
    }
    batch.forEach((message, index) => {
      const result = results[index] ?? NOT_WRITTEN;
      this.connection.send(
        result.ok
          ? { type: 'result', clientId: message.clientId, ok: true }
          : { type: 'result', clientId: message.clientId, ok: false, reason: result.reason },
      );
    });
  }
}
