/**
 * Impact × feasibility scores of an idea, from everyone who gave one: the facilitator's score
 * (captured at the laptop, it speaks for the room) and each participant's own from a phone in the
 * room (one entry per person and idea, `participantId` on the record). Nothing of this is stored:
 * it is computed from the entries, so two partners with the same entries see the same figures.
 */

/** A stored score: the entry, and whose own it is (absent: the facilitator's). */
export interface ScoreRecord {
  readonly entry: {
    readonly ideaId: string;
    readonly impact: number;
    readonly feasibility: number;
  };
  readonly participantId?: string;
}

export interface PhoneScores {
  /** Mean of the participants' scores, to one decimal. */
  readonly impact: number;
  readonly feasibility: number;
  /** How many people scored the idea from a phone. */
  readonly count: number;
}

export interface IdeaScore {
  readonly ideaId: string;
  /** The score the idea stands at: the facilitator's when set, else the phones' mean. */
  readonly impact: number;
  readonly feasibility: number;
  readonly decidedBy: 'facilitator' | 'phones';
  /** What the phones said (null when nobody scored from a phone). */
  readonly phones: PhoneScores | null;
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

function mean(values: readonly number[]): number {
  return oneDecimal(values.reduce((sum, value) => sum + value, 0) / values.length);
}

/**
 * One score per idea that has any, in the order ideas were first scored. Records come oldest
 * first: a later score of the same person (or of the facilitator) replaces an earlier one.
 */
export function ideaScores(records: readonly ScoreRecord[]): IdeaScore[] {
  const byIdea = new Map<
    string,
    { facilitator: ScoreRecord['entry'] | null; people: Map<string, ScoreRecord['entry']> }
  >();
  for (const record of records) {
    const ideaId = record.entry.ideaId;
    let idea = byIdea.get(ideaId);
    if (idea === undefined) {
      idea = { facilitator: null, people: new Map() };
      byIdea.set(ideaId, idea);
    }
    if (record.participantId === undefined) idea.facilitator = record.entry;
    else idea.people.set(record.participantId, record.entry);
  }
  return [...byIdea].map(([ideaId, { facilitator, people }]) => {
    const own = [...people.values()];
    const phones =
      own.length === 0
        ? null
        : {
            impact: mean(own.map((score) => score.impact)),
            feasibility: mean(own.map((score) => score.feasibility)),
            count: own.length,
          };
    if (facilitator !== null) {
      return {
        ideaId,
        impact: facilitator.impact,
        feasibility: facilitator.feasibility,
        decidedBy: 'facilitator' as const,
        phones,
      };
    }
    // No facilitator's score: the idea has phone scores (it is here because it has a score).
    const { impact, feasibility } = phones as PhoneScores;
    return { ideaId, impact, feasibility, decidedBy: 'phones' as const, phones };
  });
}
