// What the room sends phones, built from a real workspace whose rosters hold e-mails, phones,
// roles, websites and offers: only names of checked-in participants and the stage's content go.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Stage } from '../../../src-core/method';
import { hostMessageSchema } from '../../../src-core/room/protocol';
import {
  phonePersonalViews,
  phoneStageView,
  roomParticipants,
} from '../../../src-core/room/phone-view';
import { phoneModeAt } from '../../../src-core/room/phone-modes';
import { runCommand } from '../../../src-renderer/db/commands';
import { runActions, type RunData } from '../../../src-renderer/db/workshop-run';
import { openWorkspaces, privateStrings, roomScenario, T0 } from './fixture';

const { workspace, closeAll } = openWorkspaces(T0);
afterEach(closeAll);

function stageOf(data: RunData, id: string): Stage {
  const stage = data.order.find((candidate) => candidate.id === id);
  if (!stage) throw new Error(`no stage ${id}`);
  return stage;
}

function everything(data: RunData, stageId: string, mode: Parameters<typeof phoneModeAt>[1]) {
  const view = phoneStageView(stageOf(data, stageId), data.entries, data.workshop.run, {
    mode: phoneModeAt(stageOf(data, stageId), mode),
    language: 'en',
  });
  const names = (id: string) => data.organisations.get(id)?.name ?? '';
  const mine = phonePersonalViews(view, data.entries, data.participants, names);
  const participants = roomParticipants(data.participants);
  // What the host sends is a valid protocol message.
  hostMessageSchema.parse({ type: 'stage', view, mine });
  hostMessageSchema.parse({ type: 'participants', list: participants });
  return { view, mine, participants };
}

async function withIdeasAndVotes() {
  const ws = await workspace();
  const room = await roomScenario(ws);
  const target = { workshopId: room.workshop.id, stageId: 's5-prioritisation' };
  for (const text of ['Compost from olive pomace', 'Biomass pellets from pits']) {
    await runCommand(room.ctx, 'entry.add', {
      ...target,
      entry: { kind: 'idea-cards', text, theme: 'Circular economy' },
    });
  }
  const ideas = (await room.read()).entries.filter((row) => row.entry.kind === 'idea-cards');
  const [amal, lucia] = room.participants;
  const dot = (voterId: string, ideaId: string) =>
    runCommand(room.ctx, 'dots.change', {
      ...target,
      voter: { voterId, source: 'participant' },
      ideaId,
      delta: 1,
      dotsPerParticipant: 5,
    });
  await dot(amal!.id, ideas[0]!.id);
  await dot(amal!.id, ideas[0]!.id);
  await dot(lucia!.id, ideas[1]!.id);
  // A paper tally from table 2 counts in the totals, never in anyone's own dots.
  await runCommand(room.ctx, 'entry.add', {
    ...target,
    entry: {
      kind: 'dot-votes',
      ideaId: ideas[1]!.id,
      dots: 4,
      source: 'table',
      voterId: null,
      table: 2,
    },
  });
  return { ws, room, ideas, amal: amal!, lucia: lucia! };
}

describe('what phones see', () => {
  it('never holds roster data: no e-mail, phone, role, website or roster offer', async () => {
    const { ws, room } = await withIdeasAndVotes();
    // A B2B schedule too, so meetings are built from organisations.
    const [a, b] = room.invited;
    await runCommand(room.ctx, 'entry.add', {
      workshopId: room.workshop.id,
      stageId: 's4-matchmaking',
      entry: {
        kind: 'b2b-schedule',
        tables: 4,
        slots: 3,
        slotMinutes: 15,
        startTime: '10:30',
        meetings: [{ slot: 1, table: 2, a: a!.organisation.id, b: b!.organisation.id }],
      },
    });
    await runActions.reveal(ws.db, ws.repos, room.workshop.id, 's5-prioritisation', true);
    const data = await room.read();
    const sent = JSON.stringify([
      everything(data, 's5-prioritisation', 'dots'),
      everything(data, 's5-prioritisation', 'cards'),
      everything(data, 's5-prioritisation', 'scores'),
      everything(data, 's4-matchmaking', 'schedule'),
      everything(data, 's4-matchmaking', 'offers-needs'),
    ]);
    for (const secret of privateStrings) expect(sent).not.toContain(secret);
    for (const secret of ['.example', 'Grignons', 'margines', 'contact']) {
      expect(sent).not.toContain(secret);
    }
    // Sami has not checked in: not listed.
    expect(sent).not.toContain('Sami');
    expect(sent).not.toContain('Biomasse Sfax');
    expect(sent).toContain('Lucía Martínez Ortega');
  });

  it('lists checked-in people by name, their organisation when the person is unknown', async () => {
    const ws = await workspace();
    const room = await roomScenario(ws);
    const data = await room.read();
    const [first, second] = data.participants;
    const participants = roomParticipants([
      first!,
      { ...second!, person: '' },
      { ...second!, person: '', record: { ...second!.record, id: 'other-id' } },
    ]);
    expect(participants).toEqual([
      { id: first!.record.id, name: 'Amal Haddad' },
      { id: second!.record.id, name: 'Oleícola Jaén S.Coop. (1)' },
      { id: 'other-id', name: 'Oleícola Jaén S.Coop. (2)' },
    ]);
  });

  it('keeps dot totals hidden until the facilitator reveals them', async () => {
    const { ws, room, ideas, amal, lucia } = await withIdeasAndVotes();
    const hidden = everything(await room.read(), 's5-prioritisation', 'dots');
    expect(hidden.view).toMatchObject({ mode: 'dots', dotsPerParticipant: 5, revealed: null });
    expect(hidden.view.ideas.map((idea) => idea.text)).toEqual([
      'Compost from olive pomace',
      'Biomass pellets from pits',
    ]);
    expect(hidden.mine[amal.id]).toEqual({ dots: { [ideas[0]!.id]: 2 }, meetings: [] });
    expect(hidden.mine[lucia.id]).toEqual({ dots: { [ideas[1]!.id]: 1 }, meetings: [] });

    await runActions.reveal(ws.db, ws.repos, room.workshop.id, 's5-prioritisation', true);
    const shown = everything(await room.read(), 's5-prioritisation', 'dots');
    expect(shown.view.revealed).toEqual({ [ideas[0]!.id]: 2, [ideas[1]!.id]: 5 });
    // Scoring shows the ideas, never totals.
    expect(everything(await room.read(), 's5-prioritisation', 'scores').view).toMatchObject({
      mode: 'scores',
      revealed: null,
      dotsPerParticipant: 0,
    });
  });

  it('gives each organisation its own B2B meetings, with time and table as the room counts', async () => {
    const ws = await workspace();
    const room = await roomScenario(ws);
    const [haddad, jaen, sfaxUni, citoliva] = room.invited;
    await runCommand(room.ctx, 'entry.add', {
      workshopId: room.workshop.id,
      stageId: 's4-matchmaking',
      entry: {
        kind: 'b2b-schedule',
        tables: 4,
        slots: 3,
        slotMinutes: 20,
        startTime: '10:30',
        meetings: [
          { slot: 2, table: 0, a: haddad!.organisation.id, b: citoliva!.organisation.id },
          { slot: 0, table: 3, a: jaen!.organisation.id, b: haddad!.organisation.id },
          { slot: 1, table: 1, a: sfaxUni!.organisation.id, b: citoliva!.organisation.id },
        ],
      },
    });
    const { view, mine } = everything(await room.read(), 's4-matchmaking', 'schedule');
    expect(view).toMatchObject({ mode: 'schedule', ideas: [], revealed: null });
    expect(mine[room.participants[0]!.id]?.meetings).toEqual([
      { time: '10:30', table: 4, withName: 'Oleícola Jaén S.Coop.' },
      { time: '11:10', table: 1, withName: 'Citoliva' },
    ]);
    expect(mine[room.participants[2]!.id]?.meetings).toEqual([
      { time: '10:50', table: 2, withName: 'Citoliva' },
    ]);
    // Not checked in: no view of their own at all.
    expect(mine[room.participants[4]!.id]).toBeUndefined();
  });

  it('waits where the stage takes nothing from phones, and before the run starts', async () => {
    const ws = await workspace();
    const room = await roomScenario(ws);
    const data = await room.read();
    expect(everything(data, 's6-governance', 'dots').view).toMatchObject({
      stageId: 's6-governance',
      mode: 'wait',
      title: 'Governance and agreement',
    });
    // A stale choice falls back to the stage's first step.
    expect(everything(data, 's4-matchmaking', 'dots').view.mode).toBe('offers-needs');
    const planned = phoneStageView(
      stageOf(data, 's5-prioritisation'),
      data.entries,
      {
        ...data.workshop.run,
        status: 'planned',
      },
      { mode: 'dots', language: 'en' },
    );
    expect(planned).toMatchObject({ stageId: null, mode: 'wait', ideas: [] });
  });
});
