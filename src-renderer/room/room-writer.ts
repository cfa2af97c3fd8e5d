/**
 * Writes a phone's submission through the command layer, exactly once (issue 15).
 *
 * Idempotency that survives a reload or a crash of the facilitator's page: with the write, in the
 * same IndexedDB transaction, goes a local record "this phone's submission <clientId> was written"
 * (a settings row keyed `room:<participantId>:<clientId>`). Both are committed or neither is, so
 * a retry — the phone resending after a lost ack, or the server forwarding again to a reloaded
 * page — finds the record and is acknowledged without writing again; a submission whose write did
 * not commit has no record and is written on retry.
 *
 * Why not a `clientId` field on the entries: a dot is not an entry of its own (it raises or lowers
 * the voter's one entry per idea, and the last "−" removes it), a score edits the idea's one
 * entry, so an entry cannot say which submissions made it; and the field would travel to partners
 * in exchange packages (a wire-schema change) for bookkeeping that only this laptop's room needs.
 */
import type { RoomRefusal } from '../../src-core/room/protocol';
import {
  submissionToCommand,
  type RoomCommand,
  type RoomState,
  type RoomSubmission,
} from '../../src-core/room/submission';
import type { DotChange, DotClick } from '../../src-core/workshop/stage-logic';
import Dexie from 'dexie';
import { runCommand, type CommandContext } from '../db/commands';

export const ROOM_RECORD_PREFIX = 'room:';

/** A write of the room found itself outside its transaction (nothing of it was written). */
export class RoomTransactionLostError extends Error {
  constructor() {
    super('A room write left its transaction');
    this.name = 'RoomTransactionLostError';
  }
}

/** What the local record of a written submission holds. */
export interface RoomRecord {
  readonly workshopId: string;
  readonly stageId: string;
  readonly participantId: string;
  readonly kind: RoomSubmission['action']['kind'];
  /** When it was written (ISO). */
  readonly at: string;
}

export type RoomWriteResult =
  | { readonly ok: true; readonly repeated: boolean }
  | { readonly ok: false; readonly reason: RoomRefusal };

export function roomRecordKey(participantId: string, clientId: string): string {
  return `${ROOM_RECORD_PREFIX}${participantId}:${clientId}`;
}

function isRoomRecord(value: unknown): value is RoomRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.workshopId === 'string' && typeof record.stageId === 'string';
}

function refusalOf(change: Extract<DotChange, { kind: 'refused' }>): RoomRefusal {
  return change.refusal.kind === 'over-budget' ? 'budgetSpent' : 'wrongStage';
}

/** What the page knows of the room: the stage running and what phones were asked to do. */
export type RoomPlace = Pick<RoomState, 'workshopId' | 'stage' | 'mode'>;

/**
 * Where the room stands, as stored now (read in the writing transaction): the page's copy may
 * lag behind — a walk-in admitted a moment ago, a card written just before — so who is checked in,
 * which ideas are live and which stage runs are read here, not taken from the page.
 */
async function storedRoom(ctx: CommandContext, place: RoomPlace): Promise<RoomState> {
  const { db } = ctx;
  const [workshop, participants, entries] = await Promise.all([
    db.workshops.get(place.workshopId),
    db.workshopParticipants.where('workshopId').equals(place.workshopId).toArray(),
    db.workshopEntries.where('workshopId').equals(place.workshopId).toArray(),
  ]);
  const running =
    workshop !== undefined &&
    !workshop.deleted &&
    workshop.run.status === 'running' &&
    workshop.run.currentStageId === place.stage?.id;
  return {
    ...place,
    stage: running ? place.stage : null,
    participants: new Map(
      participants
        .filter((p) => !p.deleted && p.checkedInAt !== null)
        .map((p) => [p.id, { organisationId: p.organisationId }]),
    ),
    ideaIds: new Set(
      entries.filter((row) => !row.deleted && row.entry.kind === 'idea-cards').map((row) => row.id),
    ),
  };
}

const TABLES = ['workshops', 'workshopParticipants', 'workshopEntries', 'settings'];

type DotCommand = Extract<RoomCommand, { name: 'dots.change' }>;
type AddCommand = Extract<RoomCommand, { name: 'entry.add' }>;

/**
 * Consecutive submissions of a batch written together: dots for one stage and budget
 * (`dots.changeMany`: one read of the votes, one bulk write, each click decided in turn as if
 * alone), or new entries — cards, offers, needs (`entries.addMany`: one bulk write).
 */
type Run =
  | {
      readonly kind: 'dots';
      readonly args: DotCommand['args'];
      readonly items: { readonly index: number; readonly click: DotClick }[];
    }
  | {
      readonly kind: 'adds';
      readonly items: { readonly index: number; readonly args: AddCommand['args'] }[];
    };

function joins(run: Run, command: RoomCommand): boolean {
  if (run.kind === 'adds') return command.name === 'entry.add';
  return command.name === 'dots.change' && sameDotRun(run.args, command.args);
}

/**
 * Submissions in arrival order inside one transaction the caller holds. What is already written
 * is read once (the local records of the whole batch in one read) and each write's records are
 * stored right after it, in the same transaction; consecutive submissions of a kind are written as a run
 * (`Run`). A refusal writes nothing and is returned (never thrown: a failed sub-transaction would
 * abort the caller's, and with it the rest of the batch); a failure of the database throws.
 */
async function writeInOrder(
  ctx: CommandContext,
  place: RoomPlace,
  submissions: readonly RoomSubmission[],
  now: Date,
): Promise<RoomWriteResult[]> {
  const keys = submissions.map((s) => roomRecordKey(s.participantId, s.clientId));
  const stored = await ctx.db.settings.bulkGet(keys);
  const done = new Set(keys.filter((_, index) => stored[index] !== undefined));
  let records: { key: string; value: RoomRecord }[] = [];
  const results: RoomWriteResult[] = [];
  // Every write must stay in the caller's transaction: a command that found itself outside it
  // (Dexie lost its zone) would commit on its own, and a retry of the batch would count it twice.
  // Checked before each command, so such a batch fails before it writes anything outside.
  const transaction = Dexie.currentTransaction;
  const command = <N extends 'dots.changeMany' | 'entries.addMany' | RoomCommand['name']>(
    name: N,
    args: Parameters<typeof runCommand<N>>[2],
  ) => {
    if (Dexie.currentTransaction !== transaction) throw new RoomTransactionLostError();
    return runCommand(ctx, name, args);
  };
  /** The records of what was just written, stored with it (not at the end of the batch). */
  const saveRecords = async () => {
    if (records.length === 0) return;
    const batch = records;
    records = [];
    await ctx.db.settings.bulkPut(batch);
  };
  const written = (index: number) => {
    const submission = submissions[index] as RoomSubmission;
    const key = keys[index] as string;
    done.add(key);
    records.push({
      key,
      value: {
        workshopId: place.workshopId,
        stageId: submission.stageId,
        participantId: submission.participantId,
        kind: submission.action.kind,
        at: now.toISOString(),
      },
    });
    results[index] = { ok: true, repeated: false };
  };

  // Who is checked in and which stage runs do not change within the transaction (nothing else
  // writes meanwhile); the live ideas change with a new card, so they are read again before the
  // next dot or score. Read by awaiting the database itself each time, never a kept promise:
  // awaiting already-settled promises one after another inside a Dexie transaction loses it
  // (the next command then opened a transaction of its own — PrematureCommitError in the tests).
  let room = await storedRoom(ctx, place);
  let ideasChanged = false;

  let pending: Run | null = null;
  const flush = async () => {
    const run = pending;
    if (run === null) return;
    pending = null;
    if (run.kind === 'adds') {
      await command('entries.addMany', { entries: run.items.map((item) => item.args) });
      for (const { index } of run.items) written(index);
      await saveRecords();
      ideasChanged = true;
      return;
    }
    const { changes } = await command('dots.changeMany', {
      workshopId: run.args.workshopId,
      stageId: run.args.stageId,
      dotsPerParticipant: run.args.dotsPerParticipant,
      clicks: run.items.map((item) => item.click),
    });
    run.items.forEach(({ index }, at) => {
      const change = changes[at];
      if (change?.kind === 'refused') results[index] = { ok: false, reason: refusalOf(change) };
      else written(index);
    });
    await saveRecords();
  };

  for (const [index, submission] of submissions.entries()) {
    const key = keys[index] as string;
    // A repeat of a submission still waiting is answered once its run is written.
    if (pending?.items.some((item) => keys[item.index] === key)) await flush();
    if (done.has(key)) {
      results[index] = { ok: true, repeated: true };
      continue;
    }
    const { kind } = submission.action;
    if (kind === 'dot' || kind === 'score') {
      if (pending?.kind === 'adds') await flush();
      if (ideasChanged) {
        room = await storedRoom(ctx, place);
        ideasChanged = false;
      }
    }
    const decision = submissionToCommand(submission, room);
    if (!decision.ok) {
      results[index] = { ok: false, reason: decision.reason };
      continue;
    }
    const next = decision.command;
    if (pending !== null && !joins(pending, next)) await flush();
    if (next.name === 'dots.change') {
      const { voter, ideaId, delta } = next.args;
      const run: Run = pending ?? { kind: 'dots', args: next.args, items: [] };
      if (run.kind === 'dots') run.items.push({ index, click: { voter, ideaId, delta } });
      pending = run;
    } else if (next.name === 'entry.add') {
      const run: Run = pending ?? { kind: 'adds', items: [] };
      if (run.kind === 'adds') run.items.push({ index, args: next.args });
      pending = run;
    } else {
      await command(next.name, next.args);
      written(index);
      await saveRecords();
    }
  }
  if (pending !== null) await flush();
  return results;
}

function sameDotRun(a: DotCommand['args'], b: DotCommand['args']): boolean {
  return (
    a.workshopId === b.workshopId &&
    a.stageId === b.stageId &&
    a.dotsPerParticipant === b.dotsPerParticipant
  );
}

/**
 * Writes `submission` at the room's current stage and mode (`place`), once: a submission already
 * written is acknowledged again (`repeated`), one the room refuses writes nothing.
 */
export async function writeSubmission(
  ctx: CommandContext,
  place: RoomPlace,
  submission: RoomSubmission,
  now: Date = new Date(),
): Promise<RoomWriteResult> {
  const [result] = await ctx.db.transaction('rw', TABLES, () =>
    writeInOrder(ctx, place, [submission], now),
  );
  return result as RoomWriteResult;
}

/** A submission of a batch that the database failed to write (the phone keeps it and retries). */
export const NOT_WRITTEN = { ok: false, reason: 'roomClosed' } as const satisfies RoomWriteResult;

/**
 * Several submissions that arrived together (every phone voting at once), in arrival order, in
 * one transaction: one commit, one change for the page's live read to catch up with, instead of
 * one each. Each is still written once or refused on its own. Should the database fail the
 * batch, each is written again in its own transaction, so only the one at fault is left out
 * (`NOT_WRITTEN`).
 */
export async function writeSubmissions(
  ctx: CommandContext,
  place: RoomPlace,
  submissions: readonly RoomSubmission[],
  now: Date = new Date(),
): Promise<RoomWriteResult[]> {
  if (submissions.length > 1) {
    try {
      return await ctx.db.transaction('rw', TABLES, () =>
        writeInOrder(ctx, place, submissions, now),
      );
    } catch (error) {
      // One at a time below, so only the submission at fault is left out; said for diagnosis.
      console.warn(`Room: a batch of ${submissions.length} failed, written one by one`, error);
    }
  }
  const results: RoomWriteResult[] = [];
  for (const submission of submissions) {
    results.push(await writeSubmission(ctx, place, submission, now).catch(() => NOT_WRITTEN));
  }
  return results;
}

/** Submissions written from phones at a workshop, per stage id. */
export async function roomCounts(
  ctx: Pick<CommandContext, 'db'>,
  workshopId: string,
): Promise<Record<string, number>> {
  const rows = await ctx.db.settings.where('key').startsWith(ROOM_RECORD_PREFIX).toArray();
  const counts: Record<string, number> = {};
  for (const row of rows) {
    if (!isRoomRecord(row.value) || row.value.workshopId !== workshopId) continue;
    counts[row.value.stageId] = (counts[row.value.stageId] ?? 0) + 1;
  }
  return counts;
}
