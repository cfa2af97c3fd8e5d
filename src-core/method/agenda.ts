/**
 * A workshop's agenda from its method: the method's stages in order with their time boxes, which
 * the facilitator may reorder, shorten or skip (a skip needs a reason); planned start and end
 * times follow from the start time. Pure; the workshop record stores the agenda items.
 */
import { z } from 'zod';
import type { LocalisedText, MethodDefinition, Stage, WorkshopType } from './schema';
import { methodSchema } from './schema';

export const agendaItemSchema = z
  .object({
    stageId: z.string().regex(/^[a-z0-9-]{1,40}$/),
    minutes: z.number().int().min(5).max(480),
    skipped: z.boolean(),
    skipReason: z.string().trim().max(300),
  })
  .strict();
export type AgendaItem = z.infer<typeof agendaItemSchema>;

/**
 * A break on the agenda (coffee, lunch): an item whose id starts with "break-". It takes time on
 * the day but is not a stage of the method, so the run skips it. (An app older than this shows
 * such an item as an unknown stage and leaves it as it is.)
 */
export function isBreak(stageId: string): boolean {
  return /^break-\d{1,3}$/.test(stageId);
}

/** Why a method file was refused (the first problem, with where it is). */
export class MethodError extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
    /** The stage the problem is in (its id, or its position when it has none), if any. */
    readonly stage: string | null = null,
    /** The field of that stage (or of the method) that is wrong. */
    readonly field: string = path,
  ) {
    super(
      stage ? `method stage ${stage}, field ${field}: ${problem}` : `method ${path}: ${problem}`,
    );
    this.name = 'MethodError';
  }
}

/** "workshops.1.stages.3.minutes" → the stage's id (or "#4") and "minutes". */
function locate(
  raw: unknown,
  path: readonly PropertyKey[],
): { stage: string | null; field: string } {
  const at = path.indexOf('stages');
  if (at < 0 || typeof path[at + 1] !== 'number') return { stage: null, field: path.join('.') };
  let node: unknown = raw;
  for (const key of path.slice(0, at + 2)) {
    node =
      node !== null && typeof node === 'object'
        ? (node as Record<PropertyKey, unknown>)[key]
        : undefined;
  }
  const id = node !== null && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
  const stage = typeof id === 'string' && id !== '' ? id : `#${Number(path[at + 1]) + 1}`;
  return { stage, field: path.slice(at + 2).join('.') || '(stage)' };
}

/** Validates a method definition (e.g. the parsed JSON of assets/methods/*.json). */
export function loadMethod(raw: unknown): MethodDefinition {
  const parsed = methodSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path ?? [];
    const { stage, field } = locate(raw, path);
    throw new MethodError(path.join('.') || '(method)', issue?.message ?? 'invalid', stage, field);
  }
  return parsed.data;
}

/** A text in the UI language, English when the method has none in it. */
export function methodText(text: LocalisedText, language: string): string {
  return language in text ? text[language as keyof LocalisedText] : text.en;
}

export function stagesOf(method: MethodDefinition, type: WorkshopType): readonly Stage[] {
  return method.workshops.find((workshop) => workshop.type === type)?.stages ?? [];
}

/** The method's agenda as designed: every stage, in order, with its time box. */
export function agendaFromMethod(stages: readonly Stage[]): AgendaItem[] {
  return stages.map((stage) => ({
    stageId: stage.id,
    minutes: stage.minutes,
    skipped: false,
    skipReason: '',
  }));
}

export interface PlannedStage {
  readonly stage: Stage;
  readonly item: AgendaItem;
  /** "HH:MM" (skipped stages take no time: start = end). */
  readonly start: string;
  readonly end: string;
}

/** A break as planned: its time on the day, between stages. */
export interface PlannedBreak {
  readonly item: AgendaItem;
  readonly start: string;
  readonly end: string;
}

export type PlannedItem =
  ({ readonly kind: 'stage' } & PlannedStage) | ({ readonly kind: 'break' } & PlannedBreak);

export interface PlannedAgenda {
  /** The method's stages as planned (breaks left out). */
  readonly stages: readonly PlannedStage[];
  /** Everything on the day in order: stages and breaks. */
  readonly items: readonly PlannedItem[];
  readonly totalMinutes: number;
  readonly end: string;
}

const toMinutes = (time: string): number => {
  const [hours = '0', minutes = '0'] = time.split(':');
  return Number(hours) * 60 + Number(minutes);
};
const toTime = (total: number): string => {
  const wrapped = ((total % 1440) + 1440) % 1440;
  return `${String(Math.floor(wrapped / 60)).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`;
};

/** "HH:MM" plus minutes, wrapping past midnight (planned times, B2B slots, the report). */
export function addMinutes(time: string, minutes: number): string {
  return toTime(toMinutes(time) + minutes);
}

export type AgendaProblem =
  | { readonly kind: 'unknown-stage'; readonly stageId: string }
  | { readonly kind: 'repeated-stage'; readonly stageId: string }
  | { readonly kind: 'skip-without-reason'; readonly stageId: string };

/** What is wrong with an agenda against its method's stages (empty when it is fine). */
export function agendaProblems(
  stages: readonly Stage[],
  agenda: readonly AgendaItem[],
): AgendaProblem[] {
  const known = new Set(stages.map((stage) => stage.id));
  const seen = new Set<string>();
  const problems: AgendaProblem[] = [];
  for (const item of agenda) {
    if (isBreak(item.stageId)) continue;
    if (!known.has(item.stageId)) problems.push({ kind: 'unknown-stage', stageId: item.stageId });
    else if (seen.has(item.stageId)) {
      problems.push({ kind: 'repeated-stage', stageId: item.stageId });
    }
    if (item.skipped && item.skipReason.trim() === '') {
      problems.push({ kind: 'skip-without-reason', stageId: item.stageId });
    }
    seen.add(item.stageId);
  }
  return problems;
}

/** Planned times from `startTime` ("HH:MM"); stages the agenda does not list are left out. */
export function planAgenda(
  stages: readonly Stage[],
  agenda: readonly AgendaItem[],
  startTime: string,
): PlannedAgenda {
  const byId = new Map(stages.map((stage) => [stage.id, stage]));
  let clock = toMinutes(startTime);
  let totalMinutes = 0;
  const planned: PlannedStage[] = [];
  const items: PlannedItem[] = [];
  for (const item of agenda) {
    const stage = byId.get(item.stageId);
    if (!stage && !isBreak(item.stageId)) continue;
    const start = toTime(clock);
    if (!item.skipped) {
      clock += item.minutes;
      totalMinutes += item.minutes;
    }
    const end = toTime(clock);
    if (stage) {
      planned.push({ stage, item, start, end });
      items.push({ kind: 'stage', stage, item, start, end });
    } else items.push({ kind: 'break', item, start, end });
  }
  return { stages: planned, items, totalMinutes, end: toTime(clock) };
}
