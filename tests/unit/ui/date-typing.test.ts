import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dateOrder,
  datePlaceholder,
  formatTypedDate,
  parseTypedDate,
} from '../../../src-renderer/ui/form/date-typing';

const locales = ['en', 'en-GB', 'en-US', 'es', 'fr', 'it', 'de'] as const;

describe('dateOrder', () => {
  it('reads the order from Intl, with bare English typed the European way', () => {
    expect(dateOrder('en')).toBe('dmy');
    expect(dateOrder('en-GB')).toBe('dmy');
    expect(dateOrder('en-US')).toBe('mdy');
    expect(dateOrder('es')).toBe('dmy');
    expect(dateOrder('fr')).toBe('dmy');
    expect(dateOrder('it')).toBe('dmy');
    expect(dateOrder('de')).toBe('dmy');
    expect(dateOrder('ja')).toBe('ymd');
    expect(dateOrder('sv')).toBe('ymd');
  });

  it('falls back to year-month-day for a tag Intl refuses', () => {
    expect(dateOrder('not a language')).toBe('ymd');
  });
});

describe('parseTypedDate', () => {
  it('reads day/month/year with any separator, short parts and two-digit years', () => {
    for (const text of ['15/03/2026', '15.03.2026', '15-03-2026', '15 03 2026', '15 / 3 / 26']) {
      expect(parseTypedDate(text, 'en'), text).toBe('2026-03-15');
    }
    expect(parseTypedDate(' 5/3/2026 ', 'es')).toBe('2026-03-05');
    expect(parseTypedDate('15.3.26', 'de')).toBe('2026-03-15');
    expect(parseTypedDate('15.03.2026.', 'de')).toBe('2026-03-15');
  });

  it('reads month first in US English', () => {
    expect(parseTypedDate('03/15/2026', 'en-US')).toBe('2026-03-15');
    expect(parseTypedDate('3/5/26', 'en-US')).toBe('2026-03-05');
    expect(parseTypedDate('03/15/2026', 'en')).toBe('invalid');
  });

  it('reads an ISO date typed directly in every language', () => {
    for (const locale of [...locales, 'ja']) {
      expect(parseTypedDate('2026-03-15', locale), locale).toBe('2026-03-15');
    }
    expect(parseTypedDate('2026/3/5', 'fr')).toBe('2026-03-05');
  });

  it('is null when empty', () => {
    expect(parseTypedDate('', 'en')).toBeNull();
    expect(parseTypedDate('   ', 'es')).toBeNull();
  });

  it('refuses days that do not exist and unfinished typing', () => {
    for (const text of [
      '31/02/2026',
      '29/02/2027',
      '31/04/2026',
      '00/03/2026',
      '15/13/2026',
      '15/00/2026',
      '15/03/202',
      '15/03/2',
      '15/03/0020',
      '0002-03-15',
      '15/03',
      '15032026',
      '123/03/2026',
      'tomorrow',
      '15/03/2026 10:00',
    ]) {
      expect(parseTypedDate(text, 'en'), text).toBe('invalid');
    }
    expect(parseTypedDate('02/31/2026', 'en-US')).toBe('invalid');
  });

  it('knows leap years', () => {
    expect(parseTypedDate('29/02/2028', 'en')).toBe('2028-02-29');
    expect(parseTypedDate('29/02/2000', 'en')).toBe('2000-02-29');
    expect(parseTypedDate('29/02/2100', 'en')).toBe('invalid');
  });
});

describe('formatTypedDate', () => {
  it('writes the date in the language order, two-digit day and month, four-digit year', () => {
    expect(formatTypedDate('2026-03-15', 'en')).toBe('15/03/2026');
    expect(formatTypedDate('2026-03-15', 'es')).toBe('15/03/2026');
    expect(formatTypedDate('2026-03-15', 'fr')).toBe('15/03/2026');
    expect(formatTypedDate('2026-03-05', 'en-US')).toBe('03/05/2026');
    expect(formatTypedDate('2026-03-15', 'de')).toBe('15.03.2026');
    expect(formatTypedDate('2026-03-15', 'ja')).toBe('2026/03/15');
  });

  it('leaves empty and non-ISO text as it is', () => {
    expect(formatTypedDate('', 'en')).toBe('');
    expect(formatTypedDate('soon', 'en')).toBe('soon');
  });
});

describe('datePlaceholder', () => {
  it('spells the order with the letters given', () => {
    expect(datePlaceholder('en')).toBe('dd/mm/yyyy');
    expect(datePlaceholder('en-US')).toBe('mm/dd/yyyy');
    expect(datePlaceholder('es', { day: 'dd', month: 'mm', year: 'aaaa' })).toBe('dd/mm/aaaa');
    expect(datePlaceholder('de')).toBe('dd.mm.yyyy');
  });
});

describe('typed dates round-trip', () => {
  const isoDate = fc
    .date({
      min: new Date('1000-01-01T00:00:00Z'),
      max: new Date('9999-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((date) => date.toISOString().slice(0, 10));

  it('reads back every date it writes, in every language', () => {
    fc.assert(
      fc.property(isoDate, fc.constantFrom(...locales), (iso, locale) => {
        const text = formatTypedDate(iso, locale);
        expect(text).toMatch(/^\d{2}[/.-]\d{2}[/.-]\d{4}$/);
        expect(parseTypedDate(text, locale)).toBe(iso);
      }),
      { numRuns: 500 },
    );
  });
});
