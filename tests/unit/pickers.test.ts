// Picker search and option lists (src-renderer/ui/pickers) and the form helpers they rely on.
import { describe, expect, it } from 'vitest';
import {
  countryOptions,
  naceOptions,
  regionOptions,
} from '../../src-renderer/ui/pickers/code-options';
import {
  buildSearchIndex,
  foldText,
  matchesQuery,
  optionText,
  searchOptions,
} from '../../src-core/text/option-search';
import { parseDecimal } from '../../src-renderer/ui/form/NumberInput';
import { withRules } from '../../src-renderer/ui/form/validate';
import { dateOrNull, formatIsoDate } from '../../src-renderer/ui/form/DateInput';

const options = [
  { code: 'C', label: 'MANUFACTURING' },
  { code: '10', label: 'Manufacture of food products' },
  { code: '26', label: 'Manufacture of computer, electronic and optical products' },
  { code: '62', label: 'Computer programming, consultancy and related activities' },
  { code: 'ES61', label: 'Andalucía' },
  { code: 'EL43', label: 'Kriti', keywords: 'Κρήτη' },
  { code: 'TR-35', label: 'İzmir' },
];
const index = buildSearchIndex(options);
const codes = (query: string) => searchOptions(index, query).map((o) => o.code);

describe('picker search', () => {
  it('folds case and accents, in Latin, Greek and Turkish text', () => {
    expect(foldText('Île-de-France')).toBe('ile-de-france');
    expect(foldText('İzmir')).toBe('izmir');
    expect(foldText('Κρήτη')).toBe('κρητη');
  });

  it('matches labels without accents or case', () => {
    expect(codes('andalucia')).toEqual(['ES61']);
    expect(codes('IZMIR')).toEqual(['TR-35']);
    expect(codes('κρητη')).toEqual(['EL43']);
  });

  it('needs every typed word, in any order', () => {
    expect(codes('products manufacture')).toEqual(['10', '26']);
    expect(codes('computer products')).toEqual(['26']);
  });

  it('ranks an exact code, then code prefixes, then label prefixes, then the rest', () => {
    expect(codes('26')).toEqual(['26']);
    expect(codes('c')[0]).toBe('C');
    expect(codes('comp')).toEqual(['62', '26']);
  });

  it('lists everything for an empty query, and respects a limit', () => {
    expect(codes('')).toEqual(options.map((o) => o.code));
    expect(searchOptions(index, '', 2)).toHaveLength(2);
  });

  it('matches record names word by word', () => {
    expect(matchesQuery('Clúster Oleícola de Andalucía', 'oleicola andal')).toBe(true);
    expect(matchesQuery('Clúster Oleícola de Andalucía', 'olive')).toBe(false);
    expect(matchesQuery('Anything', '  ')).toBe(true);
  });

  it('shows "code — label" or the label alone', () => {
    expect(optionText({ code: 'ES', label: 'Spain' }, true)).toBe('ES — Spain');
    expect(optionText({ code: 'x', label: 'Digital' }, false)).toBe('Digital');
  });
});

describe('picker option lists', () => {
  it('names countries in the UI language and finds them by English name', () => {
    const spanish = countryOptions('es');
    expect(spanish.find((o) => o.code === 'ES')?.label).toBe('España');
    const found = searchOptions(buildSearchIndex(spanish), 'Tunisia').map((o) => o.code);
    expect(found).toEqual(['TN']);
  });

  it('lists NUTS 2 regions for EU countries and ISO 3166-2 subdivisions elsewhere', () => {
    const french = regionOptions('FR');
    expect(french.length).toBeGreaterThan(5);
    expect(french.every((o) => /^FR[0-9A-Z]{2}$/.test(o.code))).toBe(true);
    const tunisian = regionOptions('TN');
    expect(tunisian.every((o) => o.code.startsWith('TN-'))).toBe(true);
    expect(regionOptions(null)).toEqual([]);
  });

  it('lists NACE sections with their divisions, labelled in the UI language', () => {
    const spanish = naceOptions('es');
    const c = spanish.findIndex((o) => o.code === 'C');
    expect(spanish[c + 1]).toMatchObject({ code: '10', depth: 1 });
    expect(spanish.find((o) => o.code === '10')?.label).toBe('Industria alimentaria');
    // English words still find the Spanish entry.
    const found = searchOptions(buildSearchIndex(spanish), 'food products').map((o) => o.code);
    expect(found).toContain('10');
  });
});

describe('form helpers', () => {
  it('parses decimals with a point or a comma, and blanks as null', () => {
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal(' 2 ')).toBe(2);
    expect(parseDecimal('1,5')).toBe(1.5);
    expect(parseDecimal('1.5')).toBe(1.5);
    expect(parseDecimal('two')).toBeNaN();
    expect(parseDecimal('1.')).toBeNaN();
  });

  it('adds form rules to the schema verdict', () => {
    expect(withRules({ ok: true, data: 1 }, {})).toEqual({ ok: true, data: 1 });
    expect(withRules({ ok: true, data: 1 }, { a: 'x' })).toEqual({ ok: false, errors: { a: 'x' } });
    expect(withRules({ ok: false, errors: { b: 'y' } }, { a: 'x' })).toEqual({
      ok: false,
      errors: { a: 'x', b: 'y' },
    });
  });

  it('stores blank dates as null and shows calendar days without time-zone shifts', () => {
    expect(dateOrNull('  ')).toBeNull();
    expect(dateOrNull('2026-03-14')).toBe('2026-03-14');
    expect(formatIsoDate('2026-03-14', 'en-GB')).toBe('14 Mar 2026');
  });
});
