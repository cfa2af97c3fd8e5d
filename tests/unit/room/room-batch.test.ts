/**
 * Submissions that arrive together (a full room voting at once, issue 15) are written in one
 * transaction, on a real (fake-indexeddb) workspace: each still once or refused on its own, in
 * arrival order; a submission the database cannot write fails alone and leaves the others written.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { entriesOfKind } from '../../../src-core/model/workshop-run';
import { phoneModeAt } from '../../../src-core/room/phone-modes';
import type { PhoneAction } from '../../../src-core/room/protocol';
import type { RoomSubmission } from '../../../src-core/room/submission';
import { NOT_WRITTEN, roomCounts, writeSubmissions } from '../../../src-renderer/room/room-writer';
import { openWorkspaces, roomScenario, sendFromPhone, T0 } from './fixture';

const { workspace, closeAll } = openWorkspaces(T0);
afterEach(closeAll);

async function setUp() {
  const ws = await workspace();
  const room = await roomScenario(ws);
  await sendFromPhone(room, 'cards', room.participants[0]!.id, 'card-0', {
    kind: 'card',
    text: 'Compost de grignons',
    theme: '',
  });
  const data = await room.read();
  const stage = data.order.find((s) => s.id === data.workshop.run.currentStageId) ?? null;
  const idea = entriesOfKind(data.entries, 'idea-cards')[0]!;
  const at = (mode: 'dots' | 'cards') => ({
    workshopId: room.workshop.id,
    stage,
    mode: phoneModeAt(stage, mode),
  });
  const submission = (who: number, clientId: string, action: PhoneAction): RoomSubmission => ({
    participantId: room.participants[who]!.id,
    clientId,
    stageId: stage!.id,
    action,
  });
  const live = async () =>
    (await ws.db.workshopEntries.toArray()).filter((row) => !row.deleted).map((row) => row.entry);
  return { room, idea, at, submission, live };
}

/**
 * Counts the transactions opened outside any other: a batch is one. A command that escaped its
 * batch's transaction (Dexie losing its zone) would open a second and commit on its own.
 */
function countOutermost(db: { transaction: unknown }): () => number {
  const transaction = (db.transaction as (...args: unknown[]) => unknown).bind(db);
  let outermost = 0;
  db.transaction = (...args: unknown[]) => {
    if (Dexie.currentTransaction === null) outermost += 1;
    return transaction(...args);
  };
  return () => outermost;
}

describe('a batch of submissions', () => {
  it('writes each once, in order, and refuses some without losing the others', async () => {
    const { room, idea, at, submission, live } = await setUp();
    const dot: PhoneAction = { kind: 'dot', ideaId: idea.id, delta: 1 };
    // Five dots each is the stage's budget: Amal's sixth is refused, Lucía's go through.
    const amal = Array.from({ length: 6 }, (_, i) => submission(0, `amal-${i}`, dot));
    const batch = [
      ...amal.slice(0, 3),
      submission(1, 'lucia-0', dot),
      amal[1]!, // sent twice (a retry that crossed its ack)
      ...amal.slice(3),
      submission(4, 'sami-0', dot), // Sami is not checked in
      submission(1, 'lucia-1', dot),
    ];
    const outermost = countOutermost(room.ctx.db);
    const results = await writeSubmissions(room.ctx, at('dots'), batch);
    // One transaction of its own for the whole batch (not one per submission, nor the fallback).
    expect(outermost()).toBe(1);
    expect(results).toEqual([
      { ok: true, repeated: false },
      { ok: true, repeated: false },
      { ok: true, repeated: false },
      { ok: true, repeated: false },
      { ok: true, repeated: true },
      { ok: true, repeated: false },
      { ok: true, repeated: false },
      { ok: false, reason: 'budgetSpent' },
      { ok: false, reason: 'unknownParticipant' },
      { ok: true, repeated: false },
    ]);
    const votes = entriesOfKind(
      (await live()).map((entry) => ({ entry })),
      'dot-votes',
    ).map((row) => [row.entry.voterId, row.entry.dots]);
    expect(votes).toEqual([
      [room.participants[0]!.id, 5],
      [room.participants[1]!.id, 2],
    ]);
  });

  it('a submission the database cannot write fails alone; the others are written', async () => {
    const { room, at, submission, live } = await setUp();
    const before = (await live()).length;
    const results = await writeSubmissions(room.ctx, at('cards'), [
      submission(1, 'card-1', { kind: 'card', text: 'Biogas', theme: '' }),
      // Longer than an idea card may be: the database layer refuses it.
      submission(2, 'card-2', { kind: 'card', text: 'x'.repeat(20_000), theme: '' }),
      submission(3, 'card-3', { kind: 'card', text: 'Pellets', theme: '' }),
    ]);
    expect(results).toEqual([
      { ok: true, repeated: false },
      NOT_WRITTEN,
      { ok: true, repeated: false },
    ]);
    const cards = (await live()).flatMap((entry) =>
      entry.kind === 'idea-cards' ? [entry.text] : [],
    );
    expect(cards).toEqual(['Compost de grignons', 'Biogas', 'Pellets']);
    expect((await live()).length).toBe(before + 2);
  });

  it('writes a run of dots in one bulk write of the votes; a repeat is answered after its run', async () => {
    const { room, idea, at, submission, live } = await setUp();
    const writeMany = vi.spyOn(room.ctx.repositories.workshopEntries, 'writeMany');
    const outermost = countOutermost(room.ctx.db);
    const dot = (who: number, clientId: string, delta: 1 | -1 = 1) =>
      submission(who, clientId, { kind: 'dot', ideaId: idea.id, delta });
    const results = await writeSubmissions(room.ctx, at('dots'), [
      dot(0, 'd0'),
      dot(1, 'd1'),
      dot(0, 'd2'),
      dot(1, 'd3', -1),
      dot(0, 'd0'), // a retry of the first: the run so far is written, then it is acknowledged
      dot(2, 'd4'),
      dot(3, 'd5'),
    ]);
    const written = { ok: true, repeated: false };
    expect(results).toEqual([
      written,
      written,
      written,
      written,
      { ok: true, repeated: true },
      written,
      written,
    ]);
    expect(outermost()).toBe(1);
    // Lucía's dot and its taking back cancel out: the first run writes Amal's vote alone.
    expect(writeMany.mock.calls.map(([writes]) => writes.length)).toEqual([1, 2]);
    const votes = (await live()).flatMap((entry) =>
      entry.kind === 'dot-votes' ? [[entry.voterId, entry.dots]] : [],
    );
    expect(votes).toEqual([
      [room.participants[0]!.id, 2],
      [room.participants[2]!.id, 1],
      [room.participants[3]!.id, 1],
    ]);
    // The card of setUp and six dots: the repeat is not counted twice.
    expect(await roomCounts(room.ctx, room.workshop.id)).toEqual({ [idea.stageId]: 7 });
  });

  it('writes a run of cards in one bulk write, in arrival order', async () => {
    const { room, at, submission, live } = await setUp();
    const writeMany = vi.spyOn(room.ctx.repositories.workshopEntries, 'writeMany');
    const outermost = countOutermost(room.ctx.db);
    const card = (who: number, text: string) =>
      submission(who, `card-${text}`, { kind: 'card', text, theme: '' });
    const results = await writeSubmissions(room.ctx, at('cards'), [
      card(1, 'Biogas'),
      card(2, 'Pellets'),
      card(3, 'Compost'),
    ]);
    expect(results).toEqual(Array(3).fill({ ok: true, repeated: false }));
    expect(outermost()).toBe(1);
    expect(writeMany.mock.calls.map(([writes]) => writes.length)).toEqual([3]);
    const cards = (await live()).flatMap((entry) =>
      entry.kind === 'idea-cards' ? [entry.text] : [],
    );
    expect(cards).toEqual(['Compost de grignons', 'Biogas', 'Pellets', 'Compost']);
  });
});
