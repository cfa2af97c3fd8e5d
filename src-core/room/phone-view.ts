/**
 * What the room tells phones (issue 15), built from the facilitator's workspace: the names of the
 * checked-in participants to pick from, what the current stage shows, and each participant's own
 * dots and B2B meetings. Built here, from explicit inputs, so that what leaves the laptop is
 * decided in one place: no e-mail, phone, role, table or organisation record ever goes in — only
 * a display name per participant and the stage's own content (idea texts, dot totals once the
 * facilitator revealed them, meeting times, tables and the other organisation's name).
 */
import { methodText, type Stage } from '../method';
import type { WorkshopEntry, WorkshopRun } from '../model/workshop-run';
import { entriesOfKind } from '../model/workshop-run';
import { slotStart } from '../workshop/stage-logic';
import { tallyVotes } from '../workshop/votes';
import { phoneModeAt, type PhoneMode } from './phone-modes';
import type { PhonePersonalView, PhoneStageView } from './protocol';

/** A stored entry as the view needs it (live entries only, oldest first). */
export interface ViewEntry {
  readonly id: string;
  readonly entry: WorkshopEntry;
}

/** A participant as the runner reads them (db/workshop-run.ts `RunParticipant` fits). */
export interface ViewParticipant {
  readonly record: {
    readonly id: string;
    readonly organisationId: string;
    readonly checkedInAt: string | null;
  };
  /** The person's name, or '' when it is not known here. */
  readonly person: string;
  /** The organisation's name, or '' when it is not known here. */
  readonly organisation: string;
}

const TITLE_MAX = 200;
const IDEA_MAX = 400;
const NAME_MAX = 120;
const IDEAS_MAX = 500;
const MEETINGS_MAX = 48;

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * The checked-in participants phones pick their name from: the person's name, else their
 * organisation's (someone whose name is not shared here), numbered when two read the same.
 * Participants with no name at all are left out (nobody could recognise themselves).
 */
export function roomParticipants(
  participants: readonly ViewParticipant[],
): { id: string; name: string }[] {
  const list = participants
    .filter((p) => p.record.checkedInAt !== null)
    .map((p) => ({ id: p.record.id, name: clip((p.person || p.organisation).trim(), NAME_MAX) }))
    .filter((p) => p.name !== '');
  const seen = new Map<string, number>();
  const total = new Map<string, number>();
  for (const p of list) total.set(p.name, (total.get(p.name) ?? 0) + 1);
  return list.map((p) => {
    if ((total.get(p.name) ?? 0) < 2) return p;
    const n = (seen.get(p.name) ?? 0) + 1;
    seen.set(p.name, n);
    return { id: p.id, name: clip(`${p.name} (${n})`, NAME_MAX) };
  });
}

/** Live idea cards (as the runner lists them), with the dot votes on them. */
function ideasAndVotes(entries: readonly ViewEntry[]) {
  const ideas = entriesOfKind(entries, 'idea-cards').map((row) => ({
    id: row.id,
    text: row.entry.text,
    theme: row.entry.theme,
  }));
  const ideaIds = new Set(ideas.map((idea) => idea.id));
  const votes = entriesOfKind(entries, 'dot-votes')
    .map((row) => row.entry)
    .filter((vote) => ideaIds.has(vote.ideaId));
  return { ideas, votes };
}

/**
 * What every phone sees of the current stage in `mode` (a mode the stage does not take is
 * replaced by its default). Dot totals are there only once the facilitator revealed the stage's
 * results — the same stored state the runner and the presenter view read (`run.revealed`).
 */
export function phoneStageView(
  stage: Stage | null,
  entries: readonly ViewEntry[],
  run: Pick<WorkshopRun, 'revealed' | 'status'>,
  options: { mode: PhoneMode | null; language: string },
): PhoneStageView {
  const base: PhoneStageView = {
    stageId: null,
    mode: 'wait',
    title: '',
    ideas: [],
    dotsPerParticipant: 0,
    revealed: null,
  };
  if (stage === null || run.status !== 'running') return base;
  const mode = phoneModeAt(stage, options.mode);
  const view: PhoneStageView = {
    ...base,
    stageId: stage.id,
    mode,
    title: clip(methodText(stage.title, options.language), TITLE_MAX),
  };
  if (stage.kind !== 'prioritisation' || (mode !== 'dots' && mode !== 'scores')) return view;
  const { ideas, votes } = ideasAndVotes(entries);
  const shown = ideas.slice(0, IDEAS_MAX);
  const withIdeas = {
    ...view,
    ideas: shown.map((idea) => ({ id: idea.id, text: clip(idea.text, IDEA_MAX) })),
  };
  if (mode === 'scores') return withIdeas;
  const isRevealed = run.revealed.includes(stage.id);
  return {
    ...withIdeas,
    dotsPerParticipant: stage.dotsPerParticipant,
    revealed: isRevealed
      ? Object.fromEntries(
          tallyVotes(shown, votes).map((tally) => [tally.ideaId, tally.total] as const),
        )
      : null,
  };
}

/**
 * Each checked-in participant's own view at the stage: the dots spent in their name per idea
 * (their own and any proxy dots, which spend the same budget) while phones vote, and their
 * organisation's B2B meetings while phones show the schedule. Empty otherwise.
 */
export function phonePersonalViews(
  view: PhoneStageView,
  entries: readonly ViewEntry[],
  participants: readonly ViewParticipant[],
  organisationName: (id: string) => string,
): Record<string, PhonePersonalView> {
  const present = participants.filter((p) => p.record.checkedInAt !== null);
  const mine: Record<string, PhonePersonalView> = {};
  for (const p of present) mine[p.record.id] = { dots: {}, meetings: [] };
  if (view.mode === 'dots') {
    const shown = new Set(view.ideas.map((idea) => idea.id));
    for (const { entry } of entriesOfKind(entries, 'dot-votes')) {
      if (entry.source === 'table' || entry.voterId === null || !shown.has(entry.ideaId)) continue;
      const own = mine[entry.voterId];
      if (own === undefined) continue;
      own.dots[entry.ideaId] = (own.dots[entry.ideaId] ?? 0) + entry.dots;
    }
  }
  if (view.mode === 'schedule') {
    const schedule = entriesOfKind(entries, 'b2b-schedule').at(-1)?.entry;
    if (schedule !== undefined) {
      const ordered = [...schedule.meetings].sort((x, y) => x.slot - y.slot || x.table - y.table);
      for (const p of present) {
        const organisationId = p.record.organisationId;
        mine[p.record.id] = {
          dots: {},
          meetings: ordered
            .filter((m) => m.a !== m.b && (m.a === organisationId || m.b === organisationId))
            .slice(0, MEETINGS_MAX)
            .map((m) => ({
              time: slotStart(schedule.startTime, schedule.slotMinutes, m.slot),
              table: m.table + 1,
              withName: clip(organisationName(m.a === organisationId ? m.b : m.a), NAME_MAX),
            })),
        };
      }
    }
  }
  return mine;
}
