/**
 * The workshop report as plain data: the rows and grids the report draws (planned vs actual
 * minutes, the B2B timetable, the value-chain map, the ideas with their votes), built from the
 * run's records. Pure, so the arithmetic behind a printed record is tested without a browser.
 */
import {
  addMinutes,
  agendaFromMethod,
  outputKinds,
  planAgenda,
  type AgendaItem,
  type LocalisedText,
  type OutputKind,
  type Stage,
} from '../../../../src-core/method';
import type {
  WorkshopEntryRecord,
  WorkshopParticipantRecord,
} from '../../../../src-core/model/entities';
import { entriesOfKind, type EntryOf } from '../../../../src-core/model/workshop-run';
import type { IdeaRef, Vote } from '../../../../src-core/workshop/votes';
import { ideaScores, type IdeaScore, type ScoreRecord } from '../../../../src-core/workshop/scores';
import { meetingsByTable, type Meeting } from '../../../../src-core/workshop/schedule';
import { formatDay } from '../../../i18n/format';

const MINUTE_MS = 60_000;

export interface AgendaRow {
  readonly stageId: string;
  readonly code: string;
  readonly title: LocalisedText;
  /** Planned start, "HH:MM". */
  readonly start: string;
  readonly plannedMinutes: number;
  /** Whole minutes the run's timer counted at the stage; null when it never ran. */
  readonly actualMinutes: number | null;
  readonly skipped: boolean;
  readonly skipReason: string;
}

/** Planned vs actual minutes per stage, in agenda order (the method's when there is no agenda). */
export function agendaRows(
  stages: readonly Stage[],
  agenda: readonly AgendaItem[],
  startTime: string,
  spentMs: Readonly<Record<string, number>>,
): AgendaRow[] {
  const items = agenda.length > 0 ? agenda : agendaFromMethod(stages);
  return planAgenda(stages, items, startTime).stages.map(({ stage, item, start }) => {
    const spent = spentMs[stage.id];
    return {
      stageId: stage.id,
      code: stage.code,
      title: stage.title,
      start,
      plannedMinutes: item.skipped ? 0 : item.minutes,
      actualMinutes: spent === undefined ? null : Math.round(spent / MINUTE_MS),
      skipped: item.skipped,
      skipReason: item.skipReason,
    };
  });
}

export { addMinutes };

export interface ScheduleGrid {
  /** Start time of each slot. */
  readonly slotTimes: readonly string[];
  /** One row per table (0-based), each with a cell per slot (null: the table is free). */
  readonly rows: readonly { table: number; cells: readonly (Meeting | null)[] }[];
}

/** The B2B schedule as tables × slots, every table of the room listed. */
export function scheduleGrid(entry: EntryOf<'b2b-schedule'>): ScheduleGrid {
  const slotTimes = Array.from({ length: entry.slots }, (_, slot) =>
    addMinutes(entry.startTime, slot * entry.slotMinutes),
  );
  const byTable = meetingsByTable(entry.meetings);
  const lastTable = Math.max(entry.tables - 1, ...byTable.keys());
  const rows = Array.from({ length: lastTable + 1 }, (_, table) => {
    const cells: (Meeting | null)[] = slotTimes.map(() => null);
    for (const meeting of byTable.get(table) ?? []) {
      if (meeting.slot >= 0 && meeting.slot < cells.length) cells[meeting.slot] = meeting;
    }
    return { table, cells };
  });
  return { slotTimes, rows };
}

export interface ValueChainGrid {
  readonly segmentKeys: readonly string[];
  readonly clusterIds: readonly string[];
  /** Mark per segment row and cluster column (null: not placed). */
  readonly cells: readonly (readonly (EntryOf<'value-chain-map'> | null)[])[];
}

/** Segments × clusters, in the order first placed; a later entry for the same cell wins. */
export function valueChainGrid(entries: readonly EntryOf<'value-chain-map'>[]): ValueChainGrid {
  const segmentKeys: string[] = [];
  const clusterIds: string[] = [];
  const byCell = new Map<string, EntryOf<'value-chain-map'>>();
  for (const entry of entries) {
    if (!segmentKeys.includes(entry.segmentKey)) segmentKeys.push(entry.segmentKey);
    if (!clusterIds.includes(entry.clusterId)) clusterIds.push(entry.clusterId);
    byCell.set(JSON.stringify([entry.segmentKey, entry.clusterId]), entry);
  }
  return {
    segmentKeys,
    clusterIds,
    cells: segmentKeys.map((segment) =>
      clusterIds.map((cluster) => byCell.get(JSON.stringify([segment, cluster])) ?? null),
    ),
  };
}

/** The idea cards of the workshop, as the tally wants them (an idea's id is its entry's id). */
export function ideaRefsOf(entries: readonly WorkshopEntryRecord[]): IdeaRef[] {
  return entriesOfKind(entries, 'idea-cards').map(({ id, entry }) => ({
    id,
    text: entry.text,
    theme: entry.theme,
  }));
}

export function votesOf(entries: readonly WorkshopEntryRecord[]): Vote[] {
  return entriesOfKind(entries, 'dot-votes').map(({ entry }) => ({
    ideaId: entry.ideaId,
    dots: entry.dots,
    source: entry.source,
    voterId: entry.voterId,
    table: entry.table,
  }));
}

export interface ImpactPoint extends IdeaScore {
  readonly label: string;
}

/**
 * One point per scored idea: the facilitator's score when set, else the mean of the phones'
 * (src-core/workshop/scores.ts). Records come oldest first; a later score replaces an earlier one.
 */
export function impactPoints(
  records: readonly ScoreRecord[],
  ideaText: (ideaId: string) => string,
): ImpactPoint[] {
  return ideaScores(records).map((score) => ({ ...score, label: ideaText(score.ideaId) }));
}

export interface ParticipantCounts {
  readonly invited: number;
  readonly checkedIn: number;
  readonly walkIns: number;
}

export function participantCounts(
  participants: readonly Pick<WorkshopParticipantRecord, 'walkIn' | 'checkedInAt'>[],
): ParticipantCounts {
  let invited = 0;
  let checkedIn = 0;
  let walkIns = 0;
  for (const participant of participants) {
    if (participant.walkIn) walkIns += 1;
    else invited += 1;
    if (participant.checkedInAt !== null) checkedIn += 1;
  }
  return { invited, checkedIn, walkIns };
}

/** Where the `workshop-report` entry goes: the method's close stage, else the last one run. */
export function reportStageId(stages: readonly Stage[], order: readonly Stage[]): string | null {
  return stages.find((stage) => stage.kind === 'close')?.id ?? order.at(-1)?.id ?? null;
}

export interface EntryGroup {
  readonly kind: OutputKind;
  readonly records: readonly WorkshopEntryRecord[];
}

export interface StageSection {
  readonly stage: Stage;
  /** Whether the stage is in the run order (a skipped stage appears only with entries). */
  readonly isRun: boolean;
  readonly groups: readonly EntryGroup[];
}

/**
 * One section per stage in run order, then any other stage of the method that has entries (one
 * skipped after something was captured). Within a stage, its outputs in the method's order, then
 * any other kind captured there.
 */
export function stageSections(
  stages: readonly Stage[],
  order: readonly Stage[],
  entries: readonly WorkshopEntryRecord[],
): StageSection[] {
  const byStage = new Map<string, WorkshopEntryRecord[]>();
  for (const record of entries) {
    const list = byStage.get(record.stageId) ?? [];
    list.push(record);
    byStage.set(record.stageId, list);
  }
  const sectionOf = (stage: Stage, isRun: boolean): StageSection => {
    const records = byStage.get(stage.id) ?? [];
    const kinds = [...stage.outputs, ...outputKinds.filter((k) => !stage.outputs.includes(k))];
    const groups = kinds.flatMap((kind) => {
      const ofThisKind = records.filter((record) => record.entry.kind === kind);
      return ofThisKind.length > 0 ? [{ kind, records: ofThisKind }] : [];
    });
    return { stage, isRun, groups };
  };
  const runIds = new Set(order.map((stage) => stage.id));
  return [
    ...order.map((stage) => sectionOf(stage, true)),
    ...stages
      .filter((stage) => !runIds.has(stage.id) && byStage.has(stage.id))
      .map((stage) => sectionOf(stage, false)),
  ];
}

/** A calendar day in the UI language, long form ("May 14, 2025"). */
export function formatCalendarDate(iso: string, language: string): string {
  return formatDay(iso, language, 'long');
}
