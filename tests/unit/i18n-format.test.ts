// Dates and numbers as each UI language writes them (issue 16): English as in Europe (day before
// month, 24-hour clock), Arabic right to left with Latin digits; never a raw ISO date.
import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_FORMATS,
  formatLocale,
  formatPreferencesSchema,
  setFormatPreferences,
  textDirection,
  uiLanguages,
} from '../../src-core/model/workspace';
import { parseTypedDate } from '../../src-renderer/ui/form/date-typing';
import {
  countryName,
  formatDateTime,
  formatDay,
  formatNumber,
} from '../../src-renderer/i18n/format';
import { guessLanguage } from '../../src-renderer/i18n';

describe('formats by UI language', () => {
  it('writes English dates day first and times on a 24-hour clock', () => {
    expect(formatDay('2026-09-15', 'en', 'long')).toBe('15 September 2026');
    const evening = formatDateTime('2026-09-15T19:45:00', 'en');
    expect(evening).toMatch(/^15 Sept? 2026,? 19:45$/);
    expect(evening).not.toMatch(/PM/);
  });

  it('writes Arabic with Latin digits, right to left', () => {
    expect(formatLocale('ar')).toBe('ar-u-nu-latn');
    expect(formatNumber(1234.5, 'ar')).toMatch(/^1[^\d]?234[^\d]5$/);
    expect(formatDay('2026-09-15', 'ar', 'long')).toMatch(/15/);
    expect(textDirection('ar')).toBe('rtl');
    expect(uiLanguages.filter((language) => textDirection(language) === 'rtl')).toEqual(['ar']);
  });

  it('writes a calendar day in every language without ISO digits order', () => {
    for (const language of uiLanguages) {
      const day = formatDay('2026-09-15', language, 'medium');
      expect(day, language).not.toContain('2026-09-15');
      expect(day, language).toMatch(/15/);
    }
  });
});

describe('format preferences: a region and, in Arabic, the digits', () => {
  afterEach(() => setFormatPreferences(DEFAULT_FORMATS));

  it('writes English as in the United States when that region is chosen', () => {
    setFormatPreferences({ region: 'US', digits: 'latn' });
    expect(formatLocale('en')).toBe('en-US');
    expect(formatDateTime('2026-09-15T19:45:00', 'en')).toMatch(/^Sep 15, 2026,? 7:45\s?PM$/);
    // Typing follows the region: 09/15/2026 is the 15th of September.
    expect(parseTypedDate('09/15/2026', 'en')).toBe('2026-09-15');
    setFormatPreferences(DEFAULT_FORMATS);
    expect(formatDateTime('2026-09-15T19:45:00', 'en')).toMatch(/^15 Sept? 2026,? 19:45$/);
    expect(parseTypedDate('15/09/2026', 'en')).toBe('2026-09-15');
  });

  it('writes French as in Switzerland, keeping a full tag asked for as it is', () => {
    setFormatPreferences({ region: 'CH', digits: 'latn' });
    expect(formatLocale('fr')).toBe('fr-CH');
    expect(formatNumber(1234567.5, 'fr')).toBe(new Intl.NumberFormat('fr-CH').format(1234567.5));
    expect(formatLocale('en-US')).toBe('en-US');
  });

  it('writes Arabic with Arabic-Indic digits only when asked, Latin otherwise', () => {
    expect(formatNumber(1234.5, 'ar')).not.toMatch(/[\u0660-\u0669]/);
    setFormatPreferences({ region: null, digits: 'arab' });
    expect(formatLocale('ar')).toBe('ar-u-nu-arab');
    const arabic = formatNumber(1234.5, 'ar');
    expect(arabic).toMatch(/^[\u0660-\u0669\u066B\u066C]+$/);
    expect(arabic).toContain('\u0661'); // ١
    expect(formatDay('2026-09-15', 'ar', 'long')).toContain('\u0661\u0665'); // ١٥
    // Dates typed with those digits are read (٠١٢٣ and the Persian-style ۰۱۲۳ alike).
    expect(parseTypedDate('١٥/٠٩/٢٠٢٦', 'ar')).toBe('2026-09-15');
    expect(parseTypedDate('۱۵/۰۹/۲۰۲۶', 'ar')).toBe('2026-09-15');
    // Digits are an Arabic preference: other languages keep theirs.
    expect(formatNumber(12, 'fr')).toBe('12');
  });

  it('refuses what is not a region or a digit system', () => {
    expect(formatPreferencesSchema.safeParse({ region: 'usa', digits: 'latn' }).success).toBe(
      false,
    );
    expect(formatPreferencesSchema.safeParse({ region: null, digits: 'hanidec' }).success).toBe(
      false,
    );
    expect(() => setFormatPreferences({ region: 'U', digits: 'latn' })).toThrow();
    expect(formatLocale('en')).toBe('en-GB');
  });
});

describe('the first language', () => {
  it('is the system’s when the app speaks it, else one that reads it, else English', () => {
    expect(guessLanguage(['fr-FR', 'en'])).toBe('fr');
    expect(guessLanguage(['de-DE', 'ar-TN'])).toBe('ar');
    expect(guessLanguage(['bs-BA'])).toBe('hr');
    expect(guessLanguage(['cnr'])).toBe('hr');
    expect(guessLanguage(['sr-Latn-RS'])).toBe('hr');
    expect(guessLanguage(['sr-Cyrl-RS', 'de'])).toBe('en');
    expect(guessLanguage(['ja'])).toBe('en');
  });
});

describe('Portuguese as in Portugal', () => {
  it('writes numbers and country names the European way', () => {
    expect(formatNumber(1234567.5, 'pt')).toBe(new Intl.NumberFormat('pt-PT').format(1234567.5));
    expect(countryName('SI', 'pt')).toBe('Eslovénia');
  });
});
