/**
 * Locale-aware formatting through Intl: numbers, dates and country names in the UI language, in
 * the locale `formatLocale` gives it (English as in Europe, Arabic with Latin digits, unless the
 * format preferences say otherwise).
 */
import { intlFormatter } from '../../src-core/text/intl-cache';

export function countryName(code: string, language: string): string {
  const names = intlFormatter(
    'region-names',
    language,
    (locale) => new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }),
  );
  return names.of(code) ?? code;
}

export function formatNumber(value: number, language: string): string {
  return intlFormatter('number', language, (locale) => new Intl.NumberFormat(locale)).format(value);
}

/** 0.25 → "25 %" (or "25%", as the language writes it). */
export function formatPercent(value: number, language: string): string {
  const format = intlFormatter(
    'percent',
    language,
    (locale) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }),
  );
  return format.format(value);
}

/**
 * A calendar day ("2025-05-14") in the UI language, as the day it names (read in UTC, so no
 * time-zone shift); what is not a date is shown as given.
 */
export function formatDay(iso: string, language: string, style: 'medium' | 'long'): string {
  const format = intlFormatter(
    `day-${style}`,
    language,
    (locale) => new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' }),
  );
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : format.format(date);
}

export function formatDateTime(iso: string, language: string): string {
  const format = intlFormatter(
    'date-time',
    language,
    (locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
  );
  return format.format(new Date(iso));
}

export function formatBytes(bytes: number, language: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const format = intlFormatter(
    `bytes-${unit}`,
    language,
    (locale) =>
      new Intl.NumberFormat(locale, {
        style: 'unit',
        unit: units[unit],
        unitDisplay: 'short',
        maximumFractionDigits: unit === 0 ? 0 : 1,
      }),
  );
  return format.format(value);
}
