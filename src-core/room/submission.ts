/**
 * What a phone's submission writes (issue 15): the command of the renderer's command table that
 * records it, exactly as the facilitator would at the laptop — a card is an entry of the stage's
 * card kind, an offer or need an 'offers-needs' entry for the participant's organisation, a dot
 * the runner's one-click dot change (budget and all) in the participant's name, a score the
 * participant's own impact × feasibility entry for the idea — or why the room refuses it. Pure: the renderer runs it.
 */
import type { Stage } from '../method';
import type { EntryOf, WorkshopEntry } from '../model/workshop-run';
import { cardEntryAt, type PhoneMode } from './phone-modes';
import type { PhoneAction, RoomRefusal } from './protocol';

export interface RoomSubmission {
  readonly participantId: string;
  readonly clientId: string;
  readonly stageId: string;
  readonly action: PhoneAction;
}

interface Target {
  readonly workshopId: string;
  readonly stageId: string;
}

/** A command of src-renderer/db/commands, named with its arguments. */
export type RoomCommand =
  | { readonly name: 'entry.add'; readonly args: Target & { entry: WorkshopEntry } }
  | {
      readonly name: 'dots.change';
      readonly args: Target & {
        voter: { voterId: string; source: 'participant' };
        ideaId: string;
        delta: 1 | -1;
        dotsPerParticipant: number;
      };
    }
  | {
      readonly name: 'entry.upsert';
      readonly args: Target & {
        kind: 'impact-feasibility';
        match: { ideaId: string };
        entry: EntryOf<'impact-feasibility'>;
        patch: { impact: number; feasibility: number };
        /** Each person's own score: one entry per participant and idea. */
        participantId: string;
      };
    };

export type RoomDecision =
  | { readonly ok: true; readonly command: RoomCommand }
  | { readonly ok: false; readonly reason: RoomRefusal };

/** Where the room stands when a submission arrives. */
export interface RoomState {
  readonly workshopId: string;
  /** The stage running now (null between stages or once the workshop is over). */
  readonly stage: Stage | null;
  /** What phones were shown they could do. */
  readonly mode: PhoneMode;
  /** Checked-in participants by id, with their organisation. */
  readonly participants: ReadonlyMap<string, { readonly organisationId: string }>;
  /** Live idea cards (dots and scores go on these only). */
  readonly ideaIds: ReadonlySet<string>;
}

const refuse = (reason: RoomRefusal): RoomDecision => ({ ok: false, reason });

/** Which mode takes which action. */
const modeOfAction: Record<PhoneAction['kind'], PhoneMode> = {
  card: 'cards',
  offer: 'offers-needs',
  need: 'offers-needs',
  dot: 'dots',
  score: 'scores',
};

/**
 * The command that records `submission` in `room`, or why it is refused: an unknown or no longer
 * checked-in participant, a stage or step that is not the one phones are at now, an idea that is
 * not (or no longer) a live card. The budget is the command's to check (it reads what is stored).
 */
export function submissionToCommand(submission: RoomSubmission, room: RoomState): RoomDecision {
  const participant = room.participants.get(submission.participantId);
  if (participant === undefined) return refuse('unknownParticipant');
  const stage = room.stage;
  if (stage === null || stage.id !== submission.stageId) return refuse('wrongStage');
  const { action } = submission;
  if (modeOfAction[action.kind] !== room.mode) return refuse('wrongStage');
  const target = { workshopId: room.workshopId, stageId: stage.id };
  switch (action.kind) {
    case 'card': {
      const entry = cardEntryAt(stage, action.text.trim(), action.theme.trim());
      if (entry === null) return refuse('wrongStage');
      return { ok: true, command: { name: 'entry.add', args: { ...target, entry } } };
    }
    case 'offer':
    case 'need':
      return {
        ok: true,
        command: {
          name: 'entry.add',
          args: {
            ...target,
            entry: {
              kind: 'offers-needs',
              organisationId: participant.organisationId,
              side: action.kind,
              text: action.text.trim(),
            },
          },
        },
      };
    case 'dot':
      if (stage.kind !== 'prioritisation') return refuse('wrongStage');
      if (!room.ideaIds.has(action.ideaId)) return refuse('wrongStage');
      return {
        ok: true,
        command: {
          name: 'dots.change',
          args: {
            ...target,
            voter: { voterId: submission.participantId, source: 'participant' },
            ideaId: action.ideaId,
            delta: action.delta,
            dotsPerParticipant: stage.dotsPerParticipant,
          },
        },
      };
    case 'score': {
      if (!room.ideaIds.has(action.ideaId)) return refuse('wrongStage');
      const scores = { impact: action.impact, feasibility: action.feasibility };
      return {
        ok: true,
        command: {
          name: 'entry.upsert',
          args: {
            ...target,
            kind: 'impact-feasibility',
            match: { ideaId: action.ideaId },
            entry: { kind: 'impact-feasibility', ideaId: action.ideaId, ...scores },
            patch: scores,
            participantId: submission.participantId,
          },
        },
      };
    }
    default: {
      const unknown: never = action;
      return unknown;
    }
  }
}
