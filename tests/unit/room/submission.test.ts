// What a phone's submission becomes: the command it runs, or why the room refuses it.
import { describe, expect, it } from 'vitest';
import type { Stage } from '../../../src-core/method';
import { phoneMessageSchema } from '../../../src-core/room/protocol';
import { cardEntryAt, phoneModesOf } from '../../../src-core/room/phone-modes';
import {
  submissionToCommand,
  type RoomState,
  type RoomSubmission,
} from '../../../src-core/room/submission';
import { builtinMethod } from '../../../src-renderer/db/workshops';
import { stagesOf } from '../../../src-core/method';

const stages = stagesOf(builtinMethod, 'meta-cluster');
const stage = (id: string): Stage => stages.find((s) => s.id === id)!;

const AMAL = '0192f0c4-7b1e-7c3a-9d2e-00000000a001';
const HUILERIE = '0192f0c4-7b1e-7c3a-9d2e-00000000b001';
const IDEA = '0192f0c4-7b1e-7c3a-9d2e-00000000c001';
const WORKSHOP = '0192f0c4-7b1e-7c3a-9d2e-00000000d001';

function room(stageId: string, mode: RoomState['mode']): RoomState {
  return {
    workshopId: WORKSHOP,
    stage: stage(stageId),
    mode,
    participants: new Map([[AMAL, { organisationId: HUILERIE }]]),
    ideaIds: new Set([IDEA]),
  };
}

/** A submission as the server forwards it: parsed from what the phone sent. */
function submission(stageId: string, action: unknown, participantId = AMAL): RoomSubmission {
  const message = phoneMessageSchema.parse({
    type: 'submit',
    clientId: 'c-7f3a9b21',
    stageId,
    action,
  });
  if (message.type !== 'submit') throw new Error('not a submission');
  return { participantId, clientId: message.clientId, stageId, action: message.action };
}

describe('a phone submission as a command', () => {
  it('a card at prioritisation is an idea card with its theme, trimmed', () => {
    const decision = submissionToCommand(
      submission('s5-prioritisation', {
        kind: 'card',
        text: '  Compost de grignons pour les vergers ',
        theme: ' Économie circulaire ',
      }),
      room('s5-prioritisation', 'cards'),
    );
    expect(decision).toEqual({
      ok: true,
      command: {
        name: 'entry.add',
        args: {
          workshopId: WORKSHOP,
          stageId: 's5-prioritisation',
          entry: {
            kind: 'idea-cards',
            text: 'Compost de grignons pour les vergers',
            theme: 'Économie circulaire',
          },
        },
      },
    });
  });

  it('an offer or a need is an offers-needs card of the participant’s organisation', () => {
    const decision = submissionToCommand(
      submission('s4-matchmaking', { kind: 'need', text: 'Débouchés pour les margines' }),
      room('s4-matchmaking', 'offers-needs'),
    );
    expect(decision).toMatchObject({
      ok: true,
      command: {
        name: 'entry.add',
        args: {
          entry: {
            kind: 'offers-needs',
            organisationId: HUILERIE,
            side: 'need',
            text: 'Débouchés pour les margines',
          },
        },
      },
    });
  });

  it('a dot is the runner’s dot change in the participant’s name, with the stage budget', () => {
    const decision = submissionToCommand(
      submission('s5-prioritisation', { kind: 'dot', ideaId: IDEA, delta: -1 }),
      room('s5-prioritisation', 'dots'),
    );
    expect(decision).toEqual({
      ok: true,
      command: {
        name: 'dots.change',
        args: {
          workshopId: WORKSHOP,
          stageId: 's5-prioritisation',
          voter: { voterId: AMAL, source: 'participant' },
          ideaId: IDEA,
          delta: -1,
          dotsPerParticipant: 5,
        },
      },
    });
  });

  it('a score sets the participant’s own impact × feasibility entry for the idea', () => {
    const decision = submissionToCommand(
      submission('s5-prioritisation', { kind: 'score', ideaId: IDEA, impact: 4, feasibility: 2 }),
      room('s5-prioritisation', 'scores'),
    );
    expect(decision).toMatchObject({
      ok: true,
      command: {
        name: 'entry.upsert',
        args: {
          kind: 'impact-feasibility',
          match: { ideaId: IDEA },
          entry: { kind: 'impact-feasibility', ideaId: IDEA, impact: 4, feasibility: 2 },
          patch: { impact: 4, feasibility: 2 },
          participantId: AMAL,
        },
      },
    });
  });

  it('cards at gap analysis are knowledge gaps (the theme names the segment)', () => {
    expect(cardEntryAt(stage('s5-prioritisation'), 'x', 'y')).toEqual({
      kind: 'idea-cards',
      text: 'x',
      theme: 'y',
    });
    const reinforcement = stagesOf(builtinMethod, 'reinforcement');
    const gaps = reinforcement.find((s) => s.kind === 'gap-analysis')!;
    expect(cardEntryAt(gaps, 'Analyse sensorielle', 'Pressage')).toEqual({
      kind: 'gap-list',
      text: 'Analyse sensorielle',
      segment: 'Pressage',
    });
    expect(phoneModesOf(gaps)).toEqual(['wait', 'cards']);
  });

  it('refuses a stranger, another stage, another step and a removed idea', () => {
    const dots = room('s5-prioritisation', 'dots');
    const dot = { kind: 'dot', ideaId: IDEA, delta: 1 };
    expect(
      submissionToCommand(
        submission('s5-prioritisation', dot, '0192f0c4-7b1e-7c3a-9d2e-00000000a999'),
        dots,
      ),
    ).toEqual({ ok: false, reason: 'unknownParticipant' });
    expect(submissionToCommand(submission('s4-matchmaking', dot), dots)).toEqual({
      ok: false,
      reason: 'wrongStage',
    });
    // Phones were asked for dots: a late card is refused, not written.
    expect(
      submissionToCommand(submission('s5-prioritisation', { kind: 'card', text: 'Late' }), dots),
    ).toEqual({ ok: false, reason: 'wrongStage' });
    expect(
      submissionToCommand(
        submission('s5-prioritisation', { ...dot, ideaId: '0192f0c4-7b1e-7c3a-9d2e-00000000c404' }),
        dots,
      ),
    ).toEqual({ ok: false, reason: 'wrongStage' });
    expect(
      submissionToCommand(submission('s5-prioritisation', dot), { ...dots, stage: null }),
    ).toEqual({ ok: false, reason: 'wrongStage' });
  });
});
