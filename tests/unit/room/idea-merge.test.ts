/**
 * The facilitator merges a duplicate card that phones wrote (issue 15), through the real command
 * on a real (fake-indexeddb) workspace: dots and scores follow to the card kept in one
 * transaction, the tally adds up, and Undo puts every entry back as it was.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { entriesOfKind } from '../../../src-core/model/workshop-run';
import type { PhoneMode } from '../../../src-core/room/phone-modes';
import type { PhoneAction } from '../../../src-core/room/protocol';
import { runCommand } from '../../../src-renderer/db/commands';
import { openWorkspaces, roomScenario, sendFromPhone, T0 } from './fixture';

const { workspace, closeAll } = openWorkspaces(T0);
afterEach(closeAll);

describe('merging idea cards', () => {
  it('moves dots and scores to the card kept; Undo restores both cards and every vote', async () => {
    const ws = await workspace();
    const room = await roomScenario(ws);
    const [amal, lucia, karim] = room.participants;
    const send = async (mode: PhoneMode, who: string, clientId: string, action: PhoneAction) =>
      expect(await sendFromPhone(room, mode, who, clientId, action)).toMatchObject({ ok: true });
    await send('cards', amal!.id, 'c1', { kind: 'card', text: 'Compost from pomace', theme: '' });
    await send('cards', lucia!.id, 'c2', { kind: 'card', text: 'Composting pomace', theme: '' });
    const live = async () =>
      (await ws.db.workshopEntries.toArray())
        .filter((row) => !row.deleted)
        .map((row) => ({ id: row.id, entry: row.entry, participantId: row.participantId }));
    const [kept, duplicate] = entriesOfKind(await live(), 'idea-cards');
    const dot = (ideaId: string): PhoneAction => ({ kind: 'dot', ideaId, delta: 1 });
    await send('dots', amal!.id, 'd1', dot(kept!.id));
    await send('dots', amal!.id, 'd2', dot(duplicate!.id));
    await send('dots', lucia!.id, 'd3', dot(duplicate!.id));
    await send('dots', lucia!.id, 'd4', dot(duplicate!.id));
    await send('scores', karim!.id, 's1', {
      kind: 'score',
      ideaId: duplicate!.id,
      impact: 5,
      feasibility: 4,
    });
    const before = await live();

    const outcome = await runCommand(room.ctx, 'ideas.merge', {
      workshopId: room.workshop.id,
      stageId: 's5-prioritisation',
      fromId: duplicate!.id,
      intoId: kept!.id,
    });

    const after = await live();
    expect(entriesOfKind(after, 'idea-cards').map((row) => row.entry.text)).toEqual([
      'Compost from pomace',
    ]);
    const votes = entriesOfKind(after, 'dot-votes').map((row) => row.entry);
    expect(votes.every((vote) => vote.ideaId === kept!.id)).toBe(true);
    const dotsOf = (voterId: string) =>
      votes.filter((v) => v.voterId === voterId).reduce((sum, v) => sum + v.dots, 0);
    expect([dotsOf(amal!.id), dotsOf(lucia!.id)]).toEqual([2, 2]);
    expect(votes).toHaveLength(2);
    expect(entriesOfKind(after, 'impact-feasibility')).toEqual([
      expect.objectContaining({
        participantId: karim!.id,
        entry: { kind: 'impact-feasibility', ideaId: kept!.id, impact: 5, feasibility: 4 },
      }),
    ]);

    await outcome.undo?.();
    expect(await live()).toEqual(before);
  });

  it('Undo is refused, keeping what phones did since, once a merged entry changed', async () => {
    const ws = await workspace();
    const room = await roomScenario(ws);
    const [amal, lucia] = room.participants;
    const send = async (mode: PhoneMode, who: string, clientId: string, action: PhoneAction) =>
      expect(await sendFromPhone(room, mode, who, clientId, action)).toMatchObject({ ok: true });
    await send('cards', amal!.id, 'c1', { kind: 'card', text: 'Biogas', theme: '' });
    await send('cards', amal!.id, 'c2', { kind: 'card', text: 'Biogaz', theme: '' });
    const [kept, duplicate] = entriesOfKind(
      (await ws.db.workshopEntries.toArray()).filter((row) => !row.deleted),
      'idea-cards',
    );
    await send('dots', lucia!.id, 'd1', { kind: 'dot', ideaId: duplicate!.id, delta: 1 });
    const outcome = await runCommand(room.ctx, 'ideas.merge', {
      workshopId: room.workshop.id,
      stageId: 's5-prioritisation',
      fromId: duplicate!.id,
      intoId: kept!.id,
    });
    // Lucía's phone adds two dots on the card kept, after the merge.
    await send('dots', lucia!.id, 'd2', { kind: 'dot', ideaId: kept!.id, delta: 1 });
    await send('dots', lucia!.id, 'd3', { kind: 'dot', ideaId: kept!.id, delta: 1 });
    const before = await ws.db.workshopEntries.toArray();
    await expect(outcome.undo!()).rejects.toMatchObject({ code: 'edit.changedSince' });
    expect(await ws.db.workshopEntries.toArray()).toEqual(before);
    const votes = entriesOfKind(
      before.filter((row) => !row.deleted),
      'dot-votes',
    );
    expect(votes.map((row) => [row.entry.ideaId, row.entry.dots])).toEqual([[kept!.id, 3]]);
  });

  it('a card already gone is refused and nothing is written', async () => {
    const ws = await workspace();
    const room = await roomScenario(ws);
    const before = await ws.db.workshopEntries.toArray();
    await expect(
      runCommand(room.ctx, 'ideas.merge', {
        workshopId: room.workshop.id,
        stageId: 's5-prioritisation',
        fromId: '0190a0a0-0000-7000-8000-000000000001',
        intoId: '0190a0a0-0000-7000-8000-000000000002',
      }),
    ).rejects.toMatchObject({ code: 'edit.notFound' });
    expect(await ws.db.workshopEntries.toArray()).toEqual(before);
  });
});
