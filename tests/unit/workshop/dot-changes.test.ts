// A run of dot clicks applied at once (a room voting together) decides and writes what the same
// clicks one after another would: checked against a store that applies `dotChange` click by click.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dotChange,
  dotChanges,
  type DotClick,
  type StoredVote,
} from '../../../src-core/workshop/stage-logic';

const ideas = new Set(['i1', 'i2', 'i3']);

/** Clicks one by one on a store (the way `changeDots` writes them), with ids n1, n2, … */
function oneByOne(stored: readonly StoredVote[], clicks: readonly DotClick[], budget: number) {
  let votes = [...stored];
  let next = 0;
  const changes = clicks.map((click) => {
    const change = dotChange(votes, click.voter, click.ideaId, click.delta, ideas, budget);
    if (change.kind === 'add') votes.push({ id: `n${(next += 1)}`, ...change.vote });
    if (change.kind === 'update')
      votes = votes.map((v) => (v.id === change.id ? { id: v.id, ...change.vote } : v));
    if (change.kind === 'remove') votes = votes.filter((v) => v.id !== change.id);
    return change;
  });
  return { changes, votes };
}

/** The stored votes after `writes`. */
function applied(stored: readonly StoredVote[], writes: ReturnType<typeof dotChanges>['writes']) {
  let votes = [...stored];
  for (const write of writes) {
    votes = votes.filter((v) => v.id !== write.id);
    if (write.kind !== 'remove') votes.push({ id: write.id, ...write.vote });
  }
  return votes;
}

const byKey = (votes: readonly StoredVote[]) =>
  votes
    .map(({ id: _id, ...vote }) => vote)
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

const counter = () => {
  let n = 0;
  return () => `n${(n += 1)}`;
};

describe('dotChanges', () => {
  const amal = { voterId: 'amal', source: 'participant' } as const;
  const sami = { voterId: 'sami', source: 'participant' } as const;

  it('writes each vote touched once, in its last state; a vote made and taken back writes nothing', () => {
    const stored: StoredVote[] = [
      { id: 'e1', ideaId: 'i1', dots: 1, source: 'participant', voterId: 'sami', table: null },
    ];
    const clicks: DotClick[] = [
      { voter: amal, ideaId: 'i1', delta: 1 },
      { voter: amal, ideaId: 'i1', delta: 1 },
      { voter: sami, ideaId: 'i1', delta: -1 },
      { voter: amal, ideaId: 'i2', delta: 1 },
      { voter: amal, ideaId: 'i2', delta: -1 },
      { voter: amal, ideaId: 'i3', delta: 1 }, // over Amal's budget of 3
    ];
    const { changes, writes } = dotChanges(stored, clicks, ideas, 3, counter());
    expect(changes.map((c) => c.kind)).toEqual(['add', 'update', 'remove', 'add', 'remove', 'add']);
    expect(writes).toEqual([
      {
        kind: 'create',
        id: 'n1',
        vote: { ideaId: 'i1', dots: 2, source: 'participant', voterId: 'amal', table: null },
      },
      { kind: 'remove', id: 'e1' },
      {
        kind: 'create',
        id: 'n3',
        vote: { ideaId: 'i3', dots: 1, source: 'participant', voterId: 'amal', table: null },
      },
    ]);
    const refused = dotChanges(
      stored,
      [...clicks, { voter: amal, ideaId: 'i1', delta: 1 }],
      ideas,
      3,
      counter(),
    );
    expect(refused.changes.at(-1)).toEqual({
      kind: 'refused',
      refusal: { kind: 'over-budget', left: 0 },
    });
  });

  it('decides and leaves the votes exactly as the same clicks one after another (property)', () => {
    const click = fc.record({
      voter: fc.record({
        voterId: fc.constantFrom('a', 'b', 'c'),
        source: fc.constantFrom('participant' as const, 'proxy' as const),
      }),
      ideaId: fc.constantFrom('i1', 'i2', 'i3', 'gone'),
      delta: fc.constantFrom(1 as const, -1 as const),
    });
    fc.assert(
      fc.property(
        fc.array(click, { maxLength: 12 }),
        fc.array(click, { maxLength: 40 }),
        fc.integer({ min: 1, max: 5 }),
        (before, clicks, budget) => {
          const stored = oneByOne([], before, budget).votes.map((v, i) => ({ ...v, id: `s${i}` }));
          const expected = oneByOne(stored, clicks, budget);
          const { changes, writes } = dotChanges(stored, clicks, ideas, budget, counter());
          expect(changes.map((c) => c.kind)).toEqual(expected.changes.map((c) => c.kind));
          expect(byKey(applied(stored, writes))).toEqual(byKey(expected.votes));
          expect(new Set(writes.map((w) => w.id)).size).toBe(writes.length);
        },
      ),
    );
  });
});
