// Moving through a run: the planned order (skips left out), the timer that survives a reload
// (stored as time counted + running since), each stage keeping its own time, pause and resume.
import { describe, expect, it } from 'vitest';
import builtin from '../../../assets/methods/meta-cluster-method-v1.json';
import {
  agendaFromMethod,
  completeRun,
  goToStage,
  loadMethod,
  neighbours,
  plannedMinutes,
  runOrder,
  spentByStage,
  stagesOf,
  startRun,
  timerElapsed,
  toggleTimer,
} from '../../../src-core/method';
import { moveAgendaStage } from '../../../src-core/edits';
import { defaultRun, workshopRunSchema } from '../../../src-core/model/workshop-run';

const stages = stagesOf(loadMethod(builtin), 'meta-cluster');
const T0 = Date.UTC(2026, 8, 15, 9, 0);
const MIN = 60_000;

describe('run order', () => {
  it('follows the agenda: reordered, skipped stages left out; the method order without one', () => {
    expect(runOrder(stages, []).map((s) => s.code)).toEqual(stages.map((s) => s.code));
    let agenda = agendaFromMethod(stages);
    agenda = moveAgendaStage(agenda, agenda[5]!.stageId, -1);
    agenda = agenda.map((item) =>
      item.stageId === 's2-commitments'
        ? { ...item, skipped: true, skipReason: 'Done in May' }
        : item,
    );
    const order = runOrder(stages, agenda);
    expect(order.map((s) => s.code)).toEqual(['0', '1', '3', '5', '4', '6', '7', '8']);
    expect(neighbours(order, 's3-value-chain')).toMatchObject({
      previous: { id: 's1-readiness' },
      next: { id: 's5-prioritisation' },
      index: 2,
    });
    expect(neighbours(order, null)).toMatchObject({ previous: null, next: { id: 's0-scoping' } });
    expect(neighbours(order, 's8-close').next).toBeNull();
  });

  it('planned minutes come from the agenda, else from the method', () => {
    const agenda = agendaFromMethod(stages).map((item) => ({ ...item, minutes: 15 }));
    expect(plannedMinutes(stages[0]!, agenda)).toBe(15);
    expect(plannedMinutes(stages[0]!, [])).toBe(stages[0]!.minutes);
  });
});

describe('the timer', () => {
  it('counts from the stored start, so a reload shows the same time', () => {
    const run = startRun(defaultRun(), 's0-scoping', T0);
    expect(workshopRunSchema.parse(run)).toEqual(run);
    expect(timerElapsed(run, T0 + 7 * MIN)).toBe(7 * MIN);
    // What a reload reads back is the stored run: same answer.
    const reloaded = workshopRunSchema.parse(JSON.parse(JSON.stringify(run)));
    expect(timerElapsed(reloaded, T0 + 7 * MIN)).toBe(7 * MIN);
  });

  it('pauses and resumes without losing or adding time', () => {
    let run = startRun(defaultRun(), 's0-scoping', T0);
    run = toggleTimer(run, T0 + 5 * MIN);
    expect(run.timer.runningSince).toBeNull();
    expect(timerElapsed(run, T0 + 60 * MIN)).toBe(5 * MIN);
    run = toggleTimer(run, T0 + 60 * MIN);
    expect(timerElapsed(run, T0 + 62 * MIN)).toBe(7 * MIN);
  });

  it('each stage keeps its time: going back continues that stage clock', () => {
    let run = startRun(defaultRun(), 's0-scoping', T0);
    run = goToStage(run, 's1-readiness', T0 + 20 * MIN);
    run = goToStage(run, 's0-scoping', T0 + 50 * MIN);
    expect(run.spentMs).toEqual({ 's0-scoping': 20 * MIN, 's1-readiness': 30 * MIN });
    expect(timerElapsed(run, T0 + 53 * MIN)).toBe(23 * MIN);
    const done = completeRun(run, T0 + 55 * MIN);
    expect(done).toMatchObject({ status: 'completed', currentStageId: null });
    expect(done.spentMs).toEqual({ 's0-scoping': 25 * MIN, 's1-readiness': 30 * MIN });
    expect(spentByStage(done, T0 + 99 * MIN)).toEqual(done.spentMs);
    expect(workshopRunSchema.parse(done)).toEqual(done);
  });

  it('a clock that went backwards never counts negative time', () => {
    const run = startRun(defaultRun(), 's0-scoping', T0);
    expect(timerElapsed(run, T0 - 5 * MIN)).toBe(0);
  });
});
