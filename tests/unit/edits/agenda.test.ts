// The agenda edited by stage id: breaks take time on the day but are not stages of the run; two
// quick edits of the stored agenda (a time box, a skip) both land through the commands.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { addBreak, editAgendaItem, moveAgendaStage, removeBreak } from '../../../src-core/edits';
import { agendaProblems, planAgenda, runOrder, stagesOf } from '../../../src-core/method';
import { runCommand } from '../../../src-renderer/db/commands';
import { builtinMethod, createWorkshop } from '../../../src-renderer/db/workshops';
import { clusterFields, openWorkspaces } from '../db/helpers';

const T0 = Date.parse('2026-09-15T09:00:00Z');
const { workspace, closeAll } = openWorkspaces(T0);
afterEach(closeAll);

const stages = stagesOf(builtinMethod, 'reinforcement');
const agenda = stages.map((stage) => ({
  stageId: stage.id,
  minutes: 30,
  skipped: false,
  skipReason: '',
}));

describe('breaks on the agenda', () => {
  it('take time between stages, are left out of the run and raise no problem', () => {
    const withBreak = addBreak(agenda, stages[0]!.id, 15);
    expect(withBreak[1]!.stageId).toBe('break-1');
    const plan = planAgenda(stages, withBreak, '09:00');
    expect(plan.items[1]).toMatchObject({ kind: 'break', start: '09:30', end: '09:45' });
    expect(plan.stages[1]!.start).toBe('09:45');
    expect(plan.totalMinutes).toBe(30 * stages.length + 15);
    expect(runOrder(stages, withBreak).map((stage) => stage.id)).toEqual(
      stages.map((stage) => stage.id),
    );
    expect(agendaProblems(stages, withBreak)).toEqual([]);
    expect(addBreak(withBreak, null, 10).at(-1)!.stageId).toBe('break-2');
    expect(removeBreak(withBreak, 'break-1')).toEqual(agenda);
    expect(() => removeBreak(withBreak, stages[0]!.id)).toThrow('edit.kind');
  });

  it('are moved by id like stages; an edit of an unknown item is refused', () => {
    const moved = moveAgendaStage(agenda, stages[1]!.id, -1);
    expect(moved.slice(0, 2).map((item) => item.stageId)).toEqual([stages[1]!.id, stages[0]!.id]);
    expect(moveAgendaStage(agenda, stages[0]!.id, -1)).toEqual(agenda);
    expect(() => editAgendaItem(agenda, 'nope', { minutes: 10 })).toThrow('edit.notFound');
  });
});

describe('the agenda through commands', () => {
  it('keeps a time box and a skip sent at once (the old way computed both from one render)', async () => {
    const ws = await workspace();
    const cluster = await ws.repos.clusters.create(clusterFields());
    const workshop = await createWorkshop(
      ws.repos,
      {
        name: 'Sfax reinforcement workshop',
        kind: 'reinforcement',
        date: '2026-09-15',
        venue: 'Sfax',
        clusterId: cluster.id,
        metaClusterId: null,
      },
      'Amal Haddad',
    );
    const ctx = { db: ws.db, repositories: ws.repos, today: '2026-09-15' };
    const [first, second] = workshop.agenda;
    await Promise.all([
      runCommand(ctx, 'agenda.edit', {
        id: workshop.id,
        stageId: first!.stageId,
        patch: { minutes: 45 },
      }),
      runCommand(ctx, 'agenda.edit', {
        id: workshop.id,
        stageId: second!.stageId,
        patch: { skipped: true, skipReason: 'Covered at the last meeting' },
      }),
      runCommand(ctx, 'agenda.addBreak', {
        id: workshop.id,
        afterStageId: first!.stageId,
        minutes: 15,
      }),
    ]);
    const stored = (await ws.repos.workshops.get(workshop.id))!.agenda;
    expect(stored[0]).toMatchObject({ stageId: first!.stageId, minutes: 45 });
    expect(stored[1]).toMatchObject({ stageId: 'break-1', minutes: 15 });
    expect(stored[2]).toMatchObject({ stageId: second!.stageId, skipped: true });
  });
});
