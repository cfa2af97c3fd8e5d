import { describe, expect, it } from 'vitest';
import type { MatchOrganisation } from '../../../src-core/metacluster/matching';
import {
  dotChange,
  groupByTheme,
  pairReasonText,
  slotStart,
  suggestRoomPairs,
  unscheduledPairs,
  type StoredVote,
} from '../../../src-core/workshop/stage-logic';

function org(id: string, country: string, offers: string[] = [], needs: string[] = []) {
  return {
    id,
    name: `Org ${id}`,
    type: 'sme-small',
    country,
    offers,
    needs,
    deleted: false,
  } satisfies MatchOrganisation;
}

describe('suggestRoomPairs', () => {
  it('matches cards captured in the room across countries only', () => {
    const organisations = [org('a', 'ES'), org('b', 'IT'), org('c', 'ES')];
    const pairs = suggestRoomPairs(organisations, [
      { organisationId: 'a', side: 'offer', text: 'Cold chain logistics' },
      { organisationId: 'b', side: 'need', text: 'cold chain logistics' },
      { organisationId: 'c', side: 'need', text: 'cold chain logistics' },
    ]);
    expect(pairs.map((p) => [p.a.id, p.b.id])).toEqual([['a', 'b']]);
    expect(pairReasonText(pairs[0]!)).toBe(
      'Org a: Cold chain logistics → Org b: cold chain logistics',
    );
  });

  it('uses the roster offers and needs too', () => {
    const pairs = suggestRoomPairs(
      [org('a', 'ES', ['sensor testing']), org('b', 'TN')],
      [{ organisationId: 'b', side: 'need', text: 'sensors' }],
    );
    expect(pairs).toHaveLength(1);
    expect(pairs[0]?.reason.offeredBy).toBe('a');
  });
});

describe('slotStart', () => {
  it('adds slot lengths to the start time and wraps past midnight', () => {
    expect(slotStart('09:30', 20, 0)).toBe('09:30');
    expect(slotStart('09:30', 20, 2)).toBe('10:10');
    expect(slotStart('23:50', 15, 1)).toBe('00:05');
  });
});

describe('unscheduledPairs', () => {
  it('lists kept pairs without a meeting, either orientation counting as seated', () => {
    const pairs = [
      { a: 'a', b: 'b' },
      { a: 'c', b: 'd' },
    ];
    expect(unscheduledPairs(pairs, [{ a: 'b', b: 'a' }])).toEqual([{ a: 'c', b: 'd' }]);
  });
});

describe('dotChange', () => {
  const ideas = new Set(['i1', 'i2']);
  const vote = (id: string, ideaId: string, dots: number, source: 'participant' | 'proxy') =>
    ({ id, ideaId, dots, source, voterId: 'p1', table: null }) satisfies StoredVote;
  const voter = { voterId: 'p1', source: 'participant' } as const;

  it('creates, then raises the voter’s entry for the idea', () => {
    expect(dotChange([], voter, 'i1', 1, ideas, 3)).toEqual({
      kind: 'add',
      vote: { ideaId: 'i1', dots: 1, source: 'participant', voterId: 'p1', table: null },
    });
    const change = dotChange([vote('e1', 'i1', 1, 'participant')], voter, 'i1', 1, ideas, 3);
    // The stored vote alone: the record's id is not copied into the entry it writes.
    expect(change).toEqual({
      kind: 'update',
      id: 'e1',
      vote: { ideaId: 'i1', dots: 2, source: 'participant', voterId: 'p1', table: null },
    });
  });

  it('refuses over budget, counting proxy dots cast for the same person', () => {
    const votes = [vote('e1', 'i1', 2, 'participant'), vote('e2', 'i2', 1, 'proxy')];
    expect(dotChange(votes, voter, 'i2', 1, ideas, 3)).toEqual({
      kind: 'refused',
      refusal: { kind: 'over-budget', left: 0 },
    });
  });

  it('lowers, then removes the entry; nothing to remove is a no-op', () => {
    expect(
      dotChange([vote('e1', 'i1', 2, 'participant')], voter, 'i1', -1, ideas, 3),
    ).toMatchObject({ kind: 'update', id: 'e1', vote: { dots: 1 } });
    expect(dotChange([vote('e1', 'i1', 1, 'participant')], voter, 'i1', -1, ideas, 3)).toEqual({
      kind: 'remove',
      id: 'e1',
    });
    expect(dotChange([vote('e1', 'i1', 1, 'proxy')], voter, 'i1', -1, ideas, 3)).toEqual({
      kind: 'none',
    });
  });
});

describe('groupByTheme', () => {
  it('groups by trimmed theme, unthemed last', () => {
    const groups = groupByTheme([
      { id: '1', theme: 'Water' },
      { id: '2', theme: '' },
      { id: '3', theme: 'Energy ' },
      { id: '4', theme: 'Water' },
    ]);
    expect(groups.map((g) => [g.theme, g.ideas.map((i) => i.id)])).toEqual([
      ['Energy', ['3']],
      ['Water', ['1', '4']],
      ['', ['2']],
    ]);
  });
});
