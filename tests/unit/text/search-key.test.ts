// Search folds what a user may or may not type: accents, Turkish dotted and dotless i, Greek final
// sigma — in every direction, so any spelling finds the name.
import { describe, expect, it } from 'vitest';
import { matchesAllTerms, searchKey, searchTerms } from '../../../src-core/text/search-key';

const finds = (query: string, name: string) => matchesAllTerms(searchKey(name), searchTerms(query));

describe('search keys', () => {
  it('finds Turkish names typed with or without dotted and dotless i', () => {
    const pairs: [string, string][] = [
      ['diyarbakir', 'Diyarbakır'],
      ['DIYARBAKIR', 'Diyarbakır'],
      ['izmir', 'İzmir'],
      ['İZMİR', 'izmir'],
      ['ısparta', 'Isparta'],
      ['ISPARTA', 'Isparta'],
      ['sanayi odasi', 'İstanbul Sanayi Odası'],
    ];
    for (const [query, name] of pairs) expect(finds(query, name), `${query} → ${name}`).toBe(true);
  });

  it('finds Greek names with or without accents and final sigma', () => {
    expect(finds('αθηνασ', 'Αθήνας')).toBe(true);
    expect(finds('Αθηνας', 'Αθήνας')).toBe(true);
    expect(finds('πανεπιστημιο', 'Πανεπιστήμιο Κρήτης')).toBe(true);
  });

  it('still tells different names apart', () => {
    expect(finds('sfax', 'Sousse')).toBe(false);
    expect(finds('tunez', 'Túnez')).toBe(true);
  });
});
