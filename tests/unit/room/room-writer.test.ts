// Phone submissions written through the real commands on a real (fake-indexeddb) workspace:
// once each, across retries and a reload of the facilitator's page, never half-written.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PhoneAction } from '../../../src-core/room/protocol';
import { phoneModeAt, type PhoneMode } from '../../../src-core/room/phone-modes';
import { createRepositories } from '../../../src-renderer/db/repositories';
import { openStudioDb } from '../../../src-renderer/db/schema';
import { queryRunData, type RunData } from '../../../src-renderer/db/workshop-run';
import type { CommandContext } from '../../../src-renderer/db/commands';
import {
  roomCounts,
  writeSubmission,
  type RoomPlace,
} from '../../../src-renderer/room/room-writer';
import { openWorkspaces, roomScenario, T0, TODAY } from './fixture';

const { workspace, closeAll } = openWorkspaces(T0);
afterEach(closeAll);

function placeOf(data: RunData, mode: PhoneMode): RoomPlace {
  const stage = data.order.find((s) => s.id === data.workshop.run.currentStageId) ?? null;
  return { workshopId: data.workshop.id, stage, mode: phoneModeAt(stage, mode) };
}

async function setUp() {
  const ws = await workspace();
  const room = await roomScenario(ws);
  const send = async (
    ctx: CommandContext,
    mode: PhoneMode,
    participantId: string,
    clientId: string,
    action: PhoneAction,
  ) => {
    const data = (await queryRunData(ctx.db, room.workshop.id, TODAY))!;
    return writeSubmission(ctx, placeOf(data, mode), {
      participantId,
      clientId,
      stageId: 's5-prioritisation',
      action,
    });
  };
  const live = async (ctx: CommandContext) =>
    (await ctx.db.workshopEntries.toArray()).filter((row) => !row.deleted);
  return { ws, room, send, live };
}

describe('a phone submission written once', () => {
  it('a card sent twice is one card, and the retry is acknowledged', async () => {
    const { room, send, live } = await setUp();
    const [amal] = room.participants;
    const card: PhoneAction = { kind: 'card', text: 'Pellets de noyaux', theme: '' };
    expect(await send(room.ctx, 'cards', amal!.id, 'card-0001', card)).toEqual({
      ok: true,
      repeated: false,
    });
    expect(await send(room.ctx, 'cards', amal!.id, 'card-0001', card)).toEqual({
      ok: true,
      repeated: true,
    });
    const cards = (await live(room.ctx)).filter((row) => row.entry.kind === 'idea-cards');
    expect(cards.map((row) => row.entry)).toEqual([
      { kind: 'idea-cards', text: 'Pellets de noyaux', theme: '' },
    ]);
    expect(await roomCounts(room.ctx, room.workshop.id)).toEqual({ 's5-prioritisation': 1 });
  });

  it('dots retried after a reload of the page count once; the budget holds', async () => {
    const { ws, room, send, live } = await setUp();
    const [amal] = room.participants;
    await send(room.ctx, 'cards', amal!.id, 'card-0001', {
      kind: 'card',
      text: 'Compost',
      theme: '',
    });
    const idea = (await live(room.ctx)).find((row) => row.entry.kind === 'idea-cards')!;
    const dot: PhoneAction = { kind: 'dot', ideaId: idea.id, delta: 1 };
    for (const clientId of ['dot-0001', 'dot-0002', 'dot-0003']) {
      expect(await send(room.ctx, 'dots', amal!.id, clientId, dot)).toMatchObject({ ok: true });
    }

    // The facilitator's page reloads: a new connection to the same database.
    const name = ws.db.name;
    ws.db.close();
    const db = openStudioDb(name);
    await db.open();
    const ctx: CommandContext = {
      db,
      repositories: createRepositories(db, () => T0 + 3_600_000),
      today: TODAY,
    };
    try {
      // The server forwards the last two again (their acks were lost): acknowledged, not written.
      expect(await send(ctx, 'dots', amal!.id, 'dot-0002', dot)).toEqual({
        ok: true,
        repeated: true,
      });
      expect(await send(ctx, 'dots', amal!.id, 'dot-0003', dot)).toEqual({
        ok: true,
        repeated: true,
      });
      // Two more new dots fill the budget of five; a sixth is refused and writes nothing.
      expect(await send(ctx, 'dots', amal!.id, 'dot-0004', dot)).toMatchObject({ ok: true });
      expect(await send(ctx, 'dots', amal!.id, 'dot-0005', dot)).toMatchObject({ ok: true });
      expect(await send(ctx, 'dots', amal!.id, 'dot-0006', dot)).toEqual({
        ok: false,
        reason: 'budgetSpent',
      });
      const votes = (await live(ctx)).filter((row) => row.entry.kind === 'dot-votes');
      expect(votes).toHaveLength(1);
      expect(votes.map((row) => row.entry)).toMatchObject([
        {
          kind: 'dot-votes',
          ideaId: idea.id,
          dots: 5,
          source: 'participant',
          voterId: amal!.id,
          table: null,
        },
      ]);
      expect(await roomCounts(ctx, room.workshop.id)).toEqual({ 's5-prioritisation': 6 });
    } finally {
      db.close();
    }
  });

  it('a write that fails before it is recorded leaves nothing, and its retry writes once', async () => {
    const { room, send, live } = await setUp();
    const [, lucia] = room.participants;
    const card: PhoneAction = { kind: 'card', text: 'Margines en biogaz', theme: 'Énergie' };
    // The page dies between the card and its record (here: the record's write fails).
    const put = vi
      .spyOn(room.ctx.db.settings, 'put')
      .mockImplementationOnce(() => Promise.reject(new Error('crash')) as never);
    await expect(send(room.ctx, 'cards', lucia!.id, 'card-1001', card)).rejects.toThrow('crash');
    put.mockRestore();
    expect((await live(room.ctx)).filter((row) => row.entry.kind === 'idea-cards')).toEqual([]);
    expect(await roomCounts(room.ctx, room.workshop.id)).toEqual({});
    expect(await send(room.ctx, 'cards', lucia!.id, 'card-1001', card)).toEqual({
      ok: true,
      repeated: false,
    });
    expect(await send(room.ctx, 'cards', lucia!.id, 'card-1001', card)).toEqual({
      ok: true,
      repeated: true,
    });
    expect((await live(room.ctx)).filter((row) => row.entry.kind === 'idea-cards')).toHaveLength(1);
  });

  it('a refused submission writes nothing and is not recorded (a later retry is weighed again)', async () => {
    const { room, send, live } = await setUp();
    const sami = room.participants[4]!; // not checked in
    const before = await live(room.ctx);
    expect(
      await send(room.ctx, 'cards', sami.id, 'card-2001', { kind: 'card', text: 'Hi', theme: '' }),
    ).toEqual({ ok: false, reason: 'unknownParticipant' });
    expect(await live(room.ctx)).toEqual(before);
    expect(await roomCounts(room.ctx, room.workshop.id)).toEqual({});
  });

  it('each phone’s score is that person’s own entry: a second phone does not overwrite the first', async () => {
    const { room, send, live } = await setUp();
    const [amal, lucia] = room.participants;
    await send(room.ctx, 'cards', amal!.id, 'card-0001', {
      kind: 'card',
      text: 'Compost',
      theme: '',
    });
    const idea = (await live(room.ctx)).find((row) => row.entry.kind === 'idea-cards')!;
    await send(room.ctx, 'scores', amal!.id, 'score-001', {
      kind: 'score',
      ideaId: idea.id,
      impact: 4,
      feasibility: 3,
    });
    await send(room.ctx, 'scores', lucia!.id, 'score-002', {
      kind: 'score',
      ideaId: idea.id,
      impact: 5,
      feasibility: 2,
    });
    // Amal changes her mind: her entry changes, Lucía's stays.
    await send(room.ctx, 'scores', amal!.id, 'score-003', {
      kind: 'score',
      ideaId: idea.id,
      impact: 2,
      feasibility: 3,
    });
    const scores = (await live(room.ctx)).filter((row) => row.entry.kind === 'impact-feasibility');
    expect(scores.map((row) => ({ participantId: row.participantId, entry: row.entry }))).toEqual([
      {
        participantId: amal!.id,
        entry: { kind: 'impact-feasibility', ideaId: idea.id, impact: 2, feasibility: 3 },
      },
      {
        participantId: lucia!.id,
        entry: { kind: 'impact-feasibility', ideaId: idea.id, impact: 5, feasibility: 2 },
      },
    ]);
  });
});
