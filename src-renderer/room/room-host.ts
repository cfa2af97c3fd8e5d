/**
 * The facilitator's page as the room's host (issue 15), apart from React: one connection to the
 * room server; each phone submission written through the command layer (one at a time, in
 * arrival order, each exactly once: room-writer.ts) and answered with its `result`; the
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
import { writeSubmission, type RoomPlace } from './room-writer';

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
  private queue: Promise<void> = Promise.resolve();
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
    return this.queue;
  }

  close(): void {
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
        this.queue = this.queue.then(() => this.write(message));
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

  private async write(message: Submission): Promise<void> {
    const { participantId, clientId, stageId, action } = message;
    let answer: HostMessage;
    try {
      const result = await writeSubmission(this.deps.context(), this.deps.messages().room, {
        participantId,
        clientId,
        stageId,
        action,
      });
      answer = result.ok
        ? { type: 'result', clientId, ok: true }
        : { type: 'result', clientId, ok: false, reason: result.reason };
    } catch {
      // Not written (the database refused): the phone keeps it and tries again.
      answer = { type: 'result', clientId, ok: false, reason: 'roomClosed' };
    }
    this.connection.send(answer);
  }
}
