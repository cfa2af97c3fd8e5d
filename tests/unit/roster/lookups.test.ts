// Import references by name: the user's own records come first, so a sample record that happens
// to share a name never captures a real spreadsheet's rows.
import { describe, expect, it } from 'vitest';
import { createImportLookups } from '../../../src-core/roster/import-values';

const REAL = '0192f0c4-7b1e-7c3a-9d2e-0000000000a1';
const SAMPLE = '0192f0c4-7b1e-7c3a-9d2e-0000000000b1';
const SAMPLE_ONLY = '0192f0c4-7b1e-7c3a-9d2e-0000000000b2';

describe('import lookups', () => {
  const lookups = createImportLookups({
    organisations: [
      { id: SAMPLE, name: 'Université de Sfax', origin: 'sample' },
      { id: REAL, name: 'Universite de Sfax' },
      { id: SAMPLE_ONLY, name: 'Sfax Technopark', origin: 'sample' },
    ],
    clusters: [],
  });

  it('a name held by a real and a sample record finds the real one only', () => {
    expect(lookups.organisations.byName.get('universite de sfax')).toEqual([REAL]);
  });

  it('a name only the sample holds still finds it (someone practising on the sample)', () => {
    expect(lookups.organisations.byName.get('sfax technopark')).toEqual([SAMPLE_ONLY]);
  });

  it('ids find either', () => {
    expect(lookups.organisations.ids.has(SAMPLE)).toBe(true);
    expect(lookups.organisations.ids.has(REAL)).toBe(true);
  });
});
