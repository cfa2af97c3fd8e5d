/**
 * Moving through a run: the stages in the planned order (skipped ones left out), and the timer.
 * The run is stored on the workshop at every step, so reloading (or a crash) resumes exactly where
 * the facilitator was, timer included: the timer is "time counted before" plus "running since",
 * never a ticking counter in memory. Each stage keeps its own time, so going back to a stage
 * continues its clock, and the report can compare planned and actual minutes. Pure.
 */
import type { AgendaItem } from './agenda';
import type { GateOverride, WorkshopRun } from '../model/workshop-run';
import type { Stage } from './schema';

/** The stages to run, in the planned order, skipped ones left out (method order if no agenda). */
export function runOrder(stages: readonly Stage[], agenda: readonly AgendaItem[]): Stage[] {
  if (agenda.length === 0) return [...stages];
  const byId = new Map(stages.map((stage) => [stage.id, stage]));
  const order: Stage[] = [];
  for (const item of agenda) {
    const stage = byId.get(item.stageId);
    if (stage && !item.skipped) order.push(stage);
  }
  return order;
}

/** Planned minutes of a stage: the agenda's time box, else the method's. */
export function plannedMinutes(stage: Stage, agenda: readonly AgendaItem[]): number {
  return agenda.find((item) => item.stageId === stage.id)?.minutes ?? stage.minutes;
}

/** Milliseconds counted on the current stage's timer at `nowMs`. */
export function timerElapsed(run: WorkshopRun, nowMs: number): number {
  const { runningSince, elapsedMs } = run.timer;
  if (runningSince === null) return elapsedMs;
  return elapsedMs + Math.max(0, nowMs - Date.parse(runningSince));
}

/** Time spent per stage so far, the current stage counted up to `nowMs`. */
export function spentByStage(run: WorkshopRun, nowMs: number): Record<string, number> {
  const spent = { ...run.spentMs };
  if (run.timer.stageId !== null) spent[run.timer.stageId] = timerElapsed(run, nowMs);
  return spent;
}

/** Starts the run on its first stage, timer running. */
export function startRun(run: WorkshopRun, firstStageId: string, nowMs: number): WorkshopRun {
  const now = new Date(nowMs).toISOString();
  return {
    ...run,
    status: 'running',
    currentStageId: firstStageId,
    timer: { stageId: firstStageId, runningSince: now, elapsedMs: run.spentMs[firstStageId] ?? 0 },
    startedAt: run.startedAt ?? now,
    completedAt: null,
  };
}

/**
 * Goes to another stage: the current stage's time is kept, the new stage's clock continues from
 * what it already had, running.
 */
export function goToStage(run: WorkshopRun, stageId: string, nowMs: number): WorkshopRun {
  const spentMs = spentByStage(run, nowMs);
  return {
    ...run,
    status: 'running',
    currentStageId: stageId,
    spentMs,
    timer: {
      stageId,
      runningSince: new Date(nowMs).toISOString(),
      elapsedMs: spentMs[stageId] ?? 0,
    },
    completedAt: null,
  };
}

/** Pauses a running timer, or starts a paused one. */
export function toggleTimer(run: WorkshopRun, nowMs: number): WorkshopRun {
  if (run.timer.runningSince !== null) {
    return {
      ...run,
      timer: { ...run.timer, runningSince: null, elapsedMs: timerElapsed(run, nowMs) },
    };
  }
  return { ...run, timer: { ...run.timer, runningSince: new Date(nowMs).toISOString() } };
}

/** Ends the run: times kept, timer stopped. */
export function completeRun(run: WorkshopRun, nowMs: number): WorkshopRun {
  return {
    ...run,
    status: 'completed',
    spentMs: spentByStage(run, nowMs),
    timer: { stageId: null, runningSince: null, elapsedMs: 0 },
    currentStageId: null,
    completedAt: new Date(nowMs).toISOString(),
  };
}

export function withOverride(run: WorkshopRun, override: GateOverride): WorkshopRun {
  return { ...run, overrides: [...run.overrides, override] };
}

export function withRevealed(run: WorkshopRun, stageId: string, revealed: boolean): WorkshopRun {
  const others = run.revealed.filter((id) => id !== stageId);
  return { ...run, revealed: revealed ? [...others, stageId] : others };
}

/** The stage before and after the current one in the run order (null at either end). */
export function neighbours(
  order: readonly Stage[],
  currentStageId: string | null,
): { previous: Stage | null; next: Stage | null; index: number } {
  const index = order.findIndex((stage) => stage.id === currentStageId);
  if (index < 0) return { previous: null, next: order[0] ?? null, index };
  return { previous: order[index - 1] ?? null, next: order[index + 1] ?? null, index };
}
