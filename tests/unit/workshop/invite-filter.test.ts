import { describe, expect, it } from 'vitest';
import { groupCounts, inviteFilter } from '../../../src-core/workshop/invite-filter';

const people = [
  { key: 'a', person: 'José Martínez', organisation: 'Aceites del Sur', invited: false },
  { key: 'b', person: 'Nour Khalil', organisation: 'Jericho Date Growers', invited: true },
  { key: 'c', person: '', organisation: 'Sfax Olive Mills', invited: false },
  { key: 'd', person: 'Leila Ben Ali', organisation: 'Sfax Technopark', invited: false },
];

describe('inviteFilter', () => {
  it('keeps everyone for an empty query', () => {
    expect(people.filter(inviteFilter('  '))).toHaveLength(4);
  });

  it('matches names and organisations, ignoring accents and case', () => {
    expect(people.filter(inviteFilter('jose')).map((p) => p.key)).toEqual(['a']);
    expect(people.filter(inviteFilter('SFAX')).map((p) => p.key)).toEqual(['c', 'd']);
  });

  it('needs every word, each within one field', () => {
    expect(people.filter(inviteFilter('sfax leila')).map((p) => p.key)).toEqual(['d']);
    // "Khalil" is a name, "Jericho" an organisation: both are the same person's.
    expect(people.filter(inviteFilter('khalil jericho')).map((p) => p.key)).toEqual(['b']);
    expect(people.filter(inviteFilter('lilJericho'))).toEqual([]);
  });
});

describe('groupCounts', () => {
  it('counts shown, total and ticked (hidden ticks too; the already invited are not ticks)', () => {
    const selected = new Set(['a', 'b', 'd']);
    expect(groupCounts(people, inviteFilter('sfax'), selected)).toEqual({
      shown: 2,
      total: 4,
      selected: 2,
    });
    expect(groupCounts([], inviteFilter(''), selected)).toEqual({
      shown: 0,
      total: 0,
      selected: 0,
    });
  });
});
