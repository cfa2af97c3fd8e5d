// Dates and numbers as each UI language writes them (issue 16): English as in Europe (day before
// month, 24-hour clock), Arabic right to left with Latin digits; never a raw ISO date.
import { describe, expect, it } from 'vitest';
import { formatLocale, textDirection, uiLanguages } from '../../src-core/model/workspace';
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
