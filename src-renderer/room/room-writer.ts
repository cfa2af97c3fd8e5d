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
  type RoomState,
  type RoomSubmission,
} from '../../src-core/room/submission';
import { DotRefusedError, runCommand, type CommandContext } from '../db/commands';

export const ROOM_RECORD_PREFIX = 'room:';

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

function refusalOfDot(error: DotRefusedError): RoomRefusal {
  return error.refusal.kind === 'over-budget' ? 'budgetSpent' : 'wrongStage';
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

/**
 * One submission, inside a transaction the caller holds. A refusal writes nothing and returns
 * (it never throws: a failed sub-transaction would abort the caller's, and with it the others of
 * a batch); a failure of the database throws.
 */
async function writeOne(
  ctx: CommandContext,
  place: RoomPlace,
  submission: RoomSubmission,
  now: Date,
  room: (needsIdeas: boolean) => Promise<RoomState>,
): Promise<RoomWriteResult> {
  const key = roomRecordKey(submission.participantId, submission.clientId);
  const done = await ctx.db.settings.get(key);
  if (done !== undefined) return { ok: true, repeated: true };
  const { kind } = submission.action;
  const decision = submissionToCommand(submission, await room(kind === 'dot' || kind === 'score'));
  if (!decision.ok) return { ok: false, reason: decision.reason };
  const { command } = decision;
  switch (command.name) {
    case 'entry.add':
      await runCommand(ctx, 'entry.add', command.args);
      break;
    case 'dots.change':
      try {
        await runCommand(ctx, 'dots.change', command.args);
      } catch (error) {
        // Refused on the votes as stored (its own transaction wrote nothing and ended normally).
        if (error instanceof DotRefusedError) return { ok: false, reason: refusalOfDot(error) };
        throw error;
      }
      break;
    case 'entry.upsert':
      await runCommand(ctx, 'entry.upsert', command.args);
      break;
    default: {
      const unknown: never = command;
      throw new Error(`Unknown room command ${JSON.stringify(unknown)}`);
    }
  }
  const record: RoomRecord = {
    workshopId: place.workshopId,
    stageId: submission.stageId,
    participantId: submission.participantId,
    kind: submission.action.kind,
    at: now.toISOString(),
  };
  await ctx.db.settings.put({ key, value: record });
  return { ok: true, repeated: false };
}

/**
 * Writes `submission` at the room's current stage and mode (`place`), once: a submission already
 * written is acknowledged again (`repeated`), one the room refuses writes nothing.
 */
export function writeSubmission(
  ctx: CommandContext,
  place: RoomPlace,
  submission: RoomSubmission,
  now: Date = new Date(),
): Promise<RoomWriteResult> {
  return ctx.db.transaction('rw', TABLES, () =>
    writeOne(ctx, place, submission, now, () => storedRoom(ctx, place)),
  );
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
      return await ctx.db.transaction('rw', TABLES, async () => {
        // Read once for the batch (nothing else writes meanwhile): who is checked in and which
        // stage runs do not change within the transaction; the live ideas change with a new card,
        // so they are read again before the next dot or score that needs them.
        let room: Promise<RoomState> | null = null;
        let ideasChanged = false;
        const current = (needsIdeas: boolean) => {
          if (room === null || (needsIdeas && ideasChanged)) {
            room = storedRoom(ctx, place);
            ideasChanged = false;
          }
          return room;
        };
        const results: RoomWriteResult[] = [];
        for (const submission of submissions) {
          results.push(await writeOne(ctx, place, submission, now, current));
          if (submission.action.kind === 'card') ideasChanged = true;
        }
        return results;
      });
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
