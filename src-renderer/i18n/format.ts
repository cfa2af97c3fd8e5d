/**
 * Locale-aware formatting through Intl: numbers, dates and country names in the UI language, in
 * the locale `formatLocale` gives it (English as in Europe, Arabic with Latin digits).
 */
import { formatLocale } from '../../src-core/model/workspace';

const displayNames = new Map<string, Intl.DisplayNames>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function countryName(code: string, language: string): string {
  let names = displayNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([formatLocale(language)], { type: 'region', fallback: 'code' });
    displayNames.set(language, names);
  }
  return names.of(code) ?? code;
}

export function formatNumber(value: number, language: string): string {
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(formatLocale(language));
    numberFormats.set(language, format);
  }
  return format.format(value);
}

const percentFormats = new Map<string, Intl.NumberFormat>();

/** 0.25 → "25 %" (or "25%", as the language writes it). */
export function formatPercent(value: number, language: string): string {
  let format = percentFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(formatLocale(language), {
      style: 'percent',
      maximumFractionDigits: 0,
    });
    percentFormats.set(language, format);
  }
  return format.format(value);
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A calendar day ("2025-05-14") in the UI language, as the day it names (read in UTC, so no
 * time-zone shift); what is not a date is shown as given.
 */
export function formatDay(iso: string, language: string, style: 'medium' | 'long'): string {
  const key = `${language}|${style}`;
  let format = dayFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(formatLocale(language), { dateStyle: style, timeZone: 'UTC' });
    dayFormats.set(key, format);
  }
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : format.format(date);
}

export function formatDateTime(iso: string, language: string): string {
  let format = dateFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(formatLocale(language), {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    dateFormats.set(language, format);
  }
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
  return new Intl.NumberFormat(formatLocale(language), {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}
