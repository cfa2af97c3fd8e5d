import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkVote,
  dotsUsed,
  quadrantOf,
  tallyVotes,
  themeTotals,
  type IdeaRef,
  type Vote,
  type VoteSource,
} from '../../../src-core/workshop/votes';

const ideas: IdeaRef[] = [
  { id: 'i1', text: 'Shared lab', theme: 'Research' },
  { id: 'i2', text: 'Joint training', theme: 'Skills' },
  { id: 'i3', text: 'Apprenticeships', theme: 'Skills' },
  { id: 'i4', text: 'Open data', theme: 'Research' },
];

const participant = (ideaId: string, voterId: string, dots = 1): Vote => ({
  ideaId,
  dots,
  source: 'participant',
  voterId,
  table: null,
});
const proxy = (ideaId: string, voterId: string, dots = 1): Vote => ({
  ideaId,
  dots,
  source: 'proxy',
  voterId,
  table: null,
});
const tableVote = (ideaId: string, table: number, dots: number): Vote => ({
  ideaId,
  dots,
  source: 'table',
  voterId: null,
  table,
});

describe('tallyVotes', () => {
  it('lists every idea, splits sources, ignores unknown ideas', () => {
    const tallies = tallyVotes(ideas, [
      participant('i1', 'p1', 2),
      proxy('i1', 'p9', 1),
      tableVote('i1', 3, 4),
      participant('i2', 'p2', 1),
      participant('nope', 'p1', 5),
    ]);
    expect(tallies).toEqual([
      {
        ideaId: 'i1',
        text: 'Shared lab',
        theme: 'Research',
        total: 7,
        participant: 2,
        proxy: 1,
        table: 4,
        rank: 1,
      },
      {
        ideaId: 'i2',
        text: 'Joint training',
        theme: 'Skills',
        total: 1,
        participant: 1,
        proxy: 0,
        table: 0,
        rank: 2,
      },
      {
        ideaId: 'i3',
        text: 'Apprenticeships',
        theme: 'Skills',
        total: 0,
        participant: 0,
        proxy: 0,
        table: 0,
        rank: 3,
      },
      {
        ideaId: 'i4',
        text: 'Open data',
        theme: 'Research',
        total: 0,
        participant: 0,
        proxy: 0,
        table: 0,
        rank: 3,
      },
    ]);
  });

  it('uses competition ranking for ties (1, 1, 3) and orders ties by text', () => {
    const tallies = tallyVotes(ideas, [
      participant('i2', 'p1', 3),
      participant('i4', 'p2', 3),
      participant('i1', 'p3', 1),
    ]);
    expect(tallies.map((t) => [t.text, t.total, t.rank])).toEqual([
      ['Joint training', 3, 1],
      ['Open data', 3, 1],
      ['Shared lab', 1, 3],
      ['Apprenticeships', 0, 4],
    ]);
  });

  it('gives every idea rank 1 when nobody voted', () => {
    expect(tallyVotes(ideas, []).map((t) => t.rank)).toEqual([1, 1, 1, 1]);
  });

  it('skips votes whose dots are not a positive integer', () => {
    const tallies = tallyVotes(ideas, [
      participant('i1', 'p1', -2),
      participant('i1', 'p1', 1.5),
      participant('i1', 'p1', Number.NaN),
      participant('i1', 'p1', 2),
    ]);
    expect(tallies[0]).toMatchObject({ ideaId: 'i1', total: 2, participant: 2 });
  });

  it('keeps the first of ideas listed twice', () => {
    const tallies = tallyVotes(
      [ideas[0] as IdeaRef, { id: 'i1', text: 'Duplicate', theme: 'X' }],
      [participant('i1', 'p1')],
    );
    expect(tallies).toHaveLength(1);
    expect(tallies[0]).toMatchObject({ text: 'Shared lab', total: 1 });
  });
});

describe('dotsUsed', () => {
  it('counts own and proxy dots, never table tallies or other voters', () => {
    const votes = [
      participant('i1', 'p1', 2),
      proxy('i2', 'p1', 1),
      participant('i3', 'p2', 3),
      tableVote('i1', 1, 9),
    ];
    expect(dotsUsed(votes, 'p1')).toBe(3);
    expect(dotsUsed(votes, 'p2')).toBe(3);
    expect(dotsUsed(votes, 'p3')).toBe(0);
  });
});

describe('checkVote', () => {
  const ids = new Set(ideas.map((i) => i.id));

  it('accepts a vote within budget', () => {
    expect(checkVote(participant('i1', 'p1', 2), [participant('i2', 'p1', 1)], ids, 3)).toBeNull();
  });

  it('refuses over budget, counting proxy dots against the person voted for', () => {
    const existing = [participant('i1', 'p1', 2), proxy('i2', 'p1', 2)];
    expect(checkVote(participant('i3', 'p1', 2), existing, ids, 5)).toEqual({
      kind: 'over-budget',
      left: 1,
    });
    expect(checkVote(proxy('i3', 'p1', 1), existing, ids, 5)).toBeNull();
    expect(checkVote(proxy('i3', 'p1', 2), existing, ids, 5)).toEqual({
      kind: 'over-budget',
      left: 1,
    });
  });

  it('reports zero left, not a negative number, when already over budget', () => {
    expect(checkVote(participant('i1', 'p1'), [participant('i1', 'p1', 7)], ids, 5)).toEqual({
      kind: 'over-budget',
      left: 0,
    });
  });

  it('does not limit table tallies', () => {
    expect(checkVote(tableVote('i1', 2, 40), [tableVote('i1', 2, 40)], ids, 5)).toBeNull();
  });

  it('refuses malformed votes', () => {
    expect(checkVote(participant('i1', 'p1', 0), [], ids, 5)).toEqual({ kind: 'not-positive' });
    expect(checkVote(participant('i1', 'p1', -1), [], ids, 5)).toEqual({ kind: 'not-positive' });
    expect(checkVote(participant('i1', 'p1', Number.NaN), [], ids, 5)).toEqual({
      kind: 'not-positive',
    });
    expect(checkVote(participant('i1', 'p1', 1.5), [], ids, 5)).toEqual({ kind: 'not-integer' });
    expect(checkVote(participant('zz', 'p1', 1), [], ids, 5)).toEqual({ kind: 'unknown-idea' });
    expect(
      checkVote(
        { ideaId: 'i1', dots: 1, source: 'participant', voterId: null, table: null },
        [],
        ids,
        5,
      ),
    ).toEqual({ kind: 'no-voter' });
    expect(
      checkVote({ ideaId: 'i1', dots: 1, source: 'proxy', voterId: '', table: null }, [], ids, 5),
    ).toEqual({ kind: 'no-voter' });
    expect(
      checkVote({ ideaId: 'i1', dots: 1, source: 'table', voterId: null, table: null }, [], ids, 5),
    ).toEqual({ kind: 'no-table' });
    expect(checkVote(tableVote('i1', -1, 1), [], ids, 5)).toEqual({ kind: 'no-table' });
  });
});

describe('themeTotals', () => {
  it('sums per theme, sorted by total then theme', () => {
    const tallies = tallyVotes(ideas, [
      participant('i1', 'p1', 2),
      participant('i2', 'p1', 1),
      participant('i3', 'p2', 1),
    ]);
    expect(themeTotals(tallies)).toEqual([
      { theme: 'Research', total: 2, ideas: 2 },
      { theme: 'Skills', total: 2, ideas: 2 },
    ]);
    expect(themeTotals(tallyVotes(ideas, [tableVote('i3', 1, 5)]))).toEqual([
      { theme: 'Skills', total: 5, ideas: 2 },
      { theme: 'Research', total: 0, ideas: 2 },
    ]);
  });

  it('is empty for no tallies', () => {
    expect(themeTotals([])).toEqual([]);
  });
});

describe('quadrantOf', () => {
  it('splits at 3', () => {
    expect(quadrantOf(3, 3)).toBe('quick-win');
    expect(quadrantOf(5, 1)).toBe('major-project');
    expect(quadrantOf(3, 2)).toBe('major-project');
    expect(quadrantOf(2, 3)).toBe('fill-in');
    expect(quadrantOf(1, 5)).toBe('fill-in');
    expect(quadrantOf(2, 2)).toBe('thankless');
    expect(quadrantOf(1, 1)).toBe('thankless');
  });
});

describe('vote properties', () => {
  const ideaId = fc.constantFrom('i1', 'i2', 'i3', 'i4', 'unknown');
  const source = fc.constantFrom<VoteSource>('participant', 'proxy', 'table');
  const vote: fc.Arbitrary<Vote> = fc
    .record({
      ideaId,
      dots: fc.oneof(fc.integer({ min: -2, max: 6 }), fc.constantFrom(0.5, Number.NaN)),
      source,
      voter: fc.constantFrom('p1', 'p2', 'p3'),
      table: fc.integer({ min: 0, max: 4 }),
    })
    .map(({ ideaId, dots, source, voter, table }) => ({
      ideaId,
      dots,
      source,
      voterId: source === 'table' ? null : voter,
      table: source === 'table' ? table : null,
    }));
  const known = new Set(ideas.map((i) => i.id));
  const valid = (v: Vote): boolean => known.has(v.ideaId) && Number.isInteger(v.dots) && v.dots > 0;

  it('tally totals add up to the dots of valid votes, per source', () => {
    fc.assert(
      fc.property(fc.array(vote, { maxLength: 40 }), (votes) => {
        const tallies = tallyVotes(ideas, votes);
        expect(tallies).toHaveLength(ideas.length);
        const sum = (f: (v: Vote) => boolean): number =>
          votes.filter((v) => valid(v) && f(v)).reduce((s, v) => s + v.dots, 0);
        expect(tallies.reduce((s, t) => s + t.total, 0)).toBe(sum(() => true));
        expect(tallies.reduce((s, t) => s + t.proxy, 0)).toBe(sum((v) => v.source === 'proxy'));
        expect(tallies.reduce((s, t) => s + t.table, 0)).toBe(sum((v) => v.source === 'table'));
        for (const t of tallies) expect(t.total).toBe(t.participant + t.proxy + t.table);
        expect(themeTotals(tallies).reduce((s, t) => s + t.total, 0)).toBe(sum(() => true));
      }),
    );
  });

  it('ranks are competition ranks over a total-descending order', () => {
    fc.assert(
      fc.property(fc.array(vote, { maxLength: 40 }), (votes) => {
        const tallies = tallyVotes(ideas, votes);
        tallies.forEach((t, i) => {
          expect(t.rank).toBe(1 + tallies.filter((u) => u.total > t.total).length);
          if (i > 0) expect(tallies[i - 1]?.total).toBeGreaterThanOrEqual(t.total);
        });
      }),
    );
  });

  it('votes accepted one by one never exceed anyone’s budget', () => {
    fc.assert(
      fc.property(
        fc.array(vote, { maxLength: 40 }),
        fc.integer({ min: 0, max: 8 }),
        (votes, budget) => {
          const accepted: Vote[] = [];
          for (const v of votes) {
            const refusal = checkVote(v, accepted, known, budget);
            if (refusal === null) {
              expect(valid(v)).toBe(true);
              accepted.push(v);
            } else if (refusal.kind === 'over-budget') {
              expect(refusal.left).toBe(Math.max(0, budget - dotsUsed(accepted, v.voterId ?? '')));
              expect(v.dots).toBeGreaterThan(refusal.left);
            }
          }
          for (const voter of ['p1', 'p2', 'p3']) {
            expect(dotsUsed(accepted, voter)).toBeLessThanOrEqual(budget);
          }
        },
      ),
    );
  });
});
