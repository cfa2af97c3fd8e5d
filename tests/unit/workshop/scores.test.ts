/**
 * Impact × feasibility from everyone who scored (issue 15): each participant's own score from a
 * phone counts once (their latest), the facilitator's score decides when set, and the phones'
 * mean decides otherwise — so a second phone never overwrites the first.
 */
import { describe, expect, it } from 'vitest';
import { ideaScores, type ScoreRecord } from '../../../src-core/workshop/scores';

const score = (
  ideaId: string,
  impact: number,
  feasibility: number,
  participantId?: string,
): ScoreRecord => ({
  entry: { ideaId, impact, feasibility },
  ...(participantId === undefined ? {} : { participantId }),
});

describe('ideaScores', () => {
  it('the phones’ mean, each person’s latest score once', () => {
    expect(
      ideaScores([
        score('compost', 5, 1, 'amal'),
        score('compost', 2, 4, 'lucia'),
        score('compost', 4, 2, 'amal'), // Amal changed her mind
        score('compost', 3, 4, 'karim'),
      ]),
    ).toEqual([
      {
        ideaId: 'compost',
        impact: 3,
        feasibility: 3.3,
        decidedBy: 'phones',
        phones: { impact: 3, feasibility: 3.3, count: 3 },
      },
    ]);
  });

  it('the facilitator’s score decides, whenever it came; the phones are still shown', () => {
    const records = [
      score('biogas', 2, 2, 'amal'),
      score('biogas', 5, 4),
      score('biogas', 4, 4, 'lucia'),
    ];
    expect(ideaScores(records)).toEqual([
      {
        ideaId: 'biogas',
        impact: 5,
        feasibility: 4,
        decidedBy: 'facilitator',
        phones: { impact: 3, feasibility: 3, count: 2 },
      },
    ]);
  });

  it('ideas in the order first scored; an idea without any score is absent', () => {
    const result = ideaScores([score('b', 1, 1), score('a', 2, 2, 'p'), score('b', 3, 3)]);
    expect(result.map((s) => [s.ideaId, s.impact, s.decidedBy])).toEqual([
      ['b', 3, 'facilitator'],
      ['a', 2, 'phones'],
    ]);
    expect(ideaScores([])).toEqual([]);
  });
});
