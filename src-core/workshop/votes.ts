/**
 * Dot voting and the impact × feasibility grid for workshop ideas.
 *
 * Dots arrive three ways, and the tally keeps them apart so the facilitator can show how a result
 * was reached: a participant votes on their own device (`participant`); a facilitator votes on
 * behalf of someone without a phone (`proxy`, voterId = the person voted for, so it spends that
 * person's dots, not the facilitator's); or a table reports a paper tally (`table`, no voter, no
 * per-voter budget — the table itself kept count). `checkVote` is the gate before a vote is
 * stored; `tallyVotes` still skips anything that would not pass the shape checks (unknown idea,
 * dots not a positive integer), so a bad record can never make a total negative or fractional.
 *
 * Ranking is standard competition ranking (1, 1, 3): tied ideas share a rank and the next rank
 * skips, which is what people expect from a leaderboard on a wall.
 */

export type VoteSource = 'participant' | 'proxy' | 'table';

export interface Vote {
  readonly ideaId: string;
  readonly dots: number;
  readonly source: VoteSource;
  readonly voterId: string | null;
  readonly table: number | null;
}

export interface IdeaRef {
  readonly id: string;
  readonly text: string;
  readonly theme: string;
}

export interface IdeaTally {
  readonly ideaId: string;
  readonly text: string;
  readonly theme: string;
  readonly total: number;
  readonly participant: number;
  readonly proxy: number;
  readonly table: number;
  readonly rank: number;
}

export type VoteRefusal =
  | { kind: 'not-positive' }
  | { kind: 'not-integer' }
  | { kind: 'over-budget'; left: number }
  | { kind: 'no-voter' }
  | { kind: 'no-table' }
  | { kind: 'unknown-idea' };

export type Quadrant = 'quick-win' | 'major-project' | 'fill-in' | 'thankless';

function isCountableDots(dots: number): boolean {
  return Number.isInteger(dots) && dots > 0;
}

/** localeCompare for people, code-unit order when the locale calls two different strings equal. */
function compareText(x: string, y: string): number {
  return x.localeCompare(y) || (x < y ? -1 : x > y ? 1 : 0);
}

/**
 * One row per idea (the first one listed per id), including ideas nobody voted for. Sorted by
 * total (highest first), then text, then id.
 */
export function tallyVotes(ideas: readonly IdeaRef[], votes: readonly Vote[]): IdeaTally[] {
  const counts = new Map<string, { participant: number; proxy: number; table: number }>();
  const uniqueIdeas: IdeaRef[] = [];
  for (const idea of ideas) {
    if (counts.has(idea.id)) continue;
    counts.set(idea.id, { participant: 0, proxy: 0, table: 0 });
    uniqueIdeas.push(idea);
  }
  for (const vote of votes) {
    const count = counts.get(vote.ideaId);
    if (count === undefined || !isCountableDots(vote.dots)) continue;
    count[vote.source] += vote.dots;
  }
  const rows = uniqueIdeas.map((idea) => {
    const count = counts.get(idea.id) ?? { participant: 0, proxy: 0, table: 0 };
    return {
      ideaId: idea.id,
      text: idea.text,
      theme: idea.theme,
      total: count.participant + count.proxy + count.table,
      ...count,
    };
  });
  rows.sort(
    (x, y) =>
      y.total - x.total ||
      compareText(x.text, y.text) ||
      (x.ideaId < y.ideaId ? -1 : x.ideaId > y.ideaId ? 1 : 0),
  );
  let rank = 0;
  return rows.map((row, index) => {
    if (index === 0 || rows[index - 1]?.total !== row.total) rank = index + 1;
    return { ...row, rank };
  });
}

/** Dots a participant has spent: their own votes plus proxy votes cast for them (same rule as the tally). */
export function dotsUsed(votes: readonly Vote[], voterId: string): number {
  let used = 0;
  for (const vote of votes) {
    if (vote.source !== 'table' && vote.voterId === voterId && isCountableDots(vote.dots)) {
      used += vote.dots;
    }
  }
  return used;
}

/**
 * Why a vote may not be stored, or null if it may. Checked in this order: dots positive, dots
 * whole, idea known, voter (or table) present, then the voter's remaining budget. Table tallies
 * have no budget.
 */
export function checkVote(
  vote: Vote,
  existing: readonly Vote[],
  ideaIds: ReadonlySet<string>,
  dotsPerParticipant: number,
): VoteRefusal | null {
  if (!(vote.dots > 0)) return { kind: 'not-positive' };
  if (!Number.isInteger(vote.dots)) return { kind: 'not-integer' };
  if (!ideaIds.has(vote.ideaId)) return { kind: 'unknown-idea' };
  if (vote.source === 'table') {
    if (vote.table === null || !Number.isInteger(vote.table) || vote.table < 0) {
      return { kind: 'no-table' };
    }
    return null;
  }
  if (vote.voterId === null || vote.voterId === '') return { kind: 'no-voter' };
  const left = Math.max(0, dotsPerParticipant - dotsUsed(existing, vote.voterId));
  if (vote.dots > left) return { kind: 'over-budget', left };
  return null;
}

/** Dots per theme and how many ideas it holds, sorted by total (highest first), then theme. */
export function themeTotals(
  tallies: readonly IdeaTally[],
): { theme: string; total: number; ideas: number }[] {
  const byTheme = new Map<string, { theme: string; total: number; ideas: number }>();
  for (const tally of tallies) {
    const entry = byTheme.get(tally.theme);
    if (entry === undefined) {
      byTheme.set(tally.theme, { theme: tally.theme, total: tally.total, ideas: 1 });
    } else {
      entry.total += tally.total;
      entry.ideas += 1;
    }
  }
  return [...byTheme.values()].sort((x, y) => y.total - x.total || compareText(x.theme, y.theme));
}

/**
 * Where an idea sits on the impact × feasibility grid. Scores run 1..5 and 3 or more counts as
 * high, so the middle of the scale leans optimistic: a "3" idea is worth discussing.
 */
export function quadrantOf(impact: number, feasibility: number): Quadrant {
  const highImpact = impact >= 3;
  const highFeasibility = feasibility >= 3;
  if (highImpact) return highFeasibility ? 'quick-win' : 'major-project';
  return highFeasibility ? 'fill-in' : 'thankless';
}
