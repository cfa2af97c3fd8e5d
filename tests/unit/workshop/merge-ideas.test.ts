/**
 * Merging two idea cards (issue 15): dots follow to the card kept and add up per voter, scores
 * move unless the person already scored the kept card, the card merged away goes.
 */
import { describe, expect, it } from 'vitest';
import type { WorkshopEntry } from '../../../src-core/model/workshop-run';
import { planIdeaMerge, type MergeRow } from '../../../src-core/workshop/merge-ideas';

const card = (id: string, text: string): MergeRow => ({
  id,
  entry: { kind: 'idea-cards', text, theme: '' },
});
const dots = (id: string, ideaId: string, voterId: string, n: number): MergeRow => ({
  id,
  entry: { kind: 'dot-votes', ideaId, dots: n, source: 'participant', voterId, table: null },
});
const score = (id: string, ideaId: string, impact: number, participantId?: string): MergeRow => ({
  id,
  entry: { kind: 'impact-feasibility', ideaId, impact, feasibility: 3 },
  ...(participantId === undefined ? {} : { participantId }),
});

const rows: MergeRow[] = [
  card('compost', 'Compost from pomace'),
  card('compost-2', 'Composting olive pomace'),
  dots('v1', 'compost', 'amal', 2),
  dots('v2', 'compost-2', 'amal', 1), // Amal voted for both: 3 dots on the kept card
  dots('v3', 'compost-2', 'lucia', 2), // Lucía only for the duplicate: her vote moves
  score('s1', 'compost', 4, 'amal'),
  score('s2', 'compost-2', 1, 'amal'), // Amal scored both: her score on the kept card stays
  score('s3', 'compost-2', 5, 'karim'), // Karim only the duplicate: his score moves
  score('s4', 'compost-2', 2), // the facilitator's, none on the kept card: moves
];

const entryOf = (id: string): WorkshopEntry => rows.find((row) => row.id === id)!.entry;

describe('planIdeaMerge', () => {
  it('moves or adds up every dot and score, and removes the duplicate card', () => {
    const plan = planIdeaMerge(rows, 'compost-2', 'compost');
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect([...plan.removals].sort()).toEqual(['compost-2', 's2', 'v2']);
    expect(plan.updates).toEqual(
      expect.arrayContaining([
        { id: 'v3', entry: { ...entryOf('v3'), ideaId: 'compost' } },
        { id: 'v1', entry: { ...entryOf('v1'), dots: 3 } },
        { id: 's3', entry: { ...entryOf('s3'), ideaId: 'compost' } },
        { id: 's4', entry: { ...entryOf('s4'), ideaId: 'compost' } },
      ]),
    );
    expect(plan.updates).toHaveLength(4);
  });

  it('every voter keeps the same number of dots in total (their budget is untouched)', () => {
    const plan = planIdeaMerge(rows, 'compost-2', 'compost');
    if (!plan.ok) throw new Error('refused');
    const after = rows
      .filter((row) => !plan.removals.includes(row.id))
      .map((row) => plan.updates.find((u) => u.id === row.id)?.entry ?? row.entry);
    const total = (entries: readonly WorkshopEntry[], voter: string) =>
      entries.reduce(
        (sum, e) => sum + (e.kind === 'dot-votes' && e.voterId === voter ? e.dots : 0),
        0,
      );
    const before = rows.map((row) => row.entry);
    for (const voter of ['amal', 'lucia']) expect(total(after, voter)).toBe(total(before, voter));
    expect(after.filter((e) => e.kind === 'dot-votes' && e.ideaId === 'compost-2')).toEqual([]);
  });

  it('refuses a card merged into itself, or a card that is gone', () => {
    expect(planIdeaMerge(rows, 'compost', 'compost')).toEqual({ ok: false, reason: 'same-card' });
    expect(planIdeaMerge(rows, 'gone', 'compost')).toEqual({ ok: false, reason: 'card-gone' });
    expect(planIdeaMerge(rows, 'v1', 'compost')).toEqual({ ok: false, reason: 'card-gone' });
  });
});
