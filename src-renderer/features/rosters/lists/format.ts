/** Formatting used by the roster lists beyond i18n/format.ts: calendar dates and shares. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const percentFormats = new Map<string, Intl.NumberFormat>();

/** An ISO date ("2024-03-14") in the UI language, as the calendar day it names. */
export function formatDate(iso: string | null, language: string): string {
  if (!iso) return '';
  let format = dateFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
    dateFormats.set(language, format);
  }
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : format.format(date);
}

/** A share (0–1) as a whole percentage in the UI language ("42 %" in Spanish). */
export function formatPercent(share: number | null, language: string): string {
  if (share === null) return '';
  let format = percentFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
    percentFormats.set(language, format);
  }
  return format.format(share);
}

/** A share (0–1) as a percentage number with one decimal, for exports. */
export function percentValue(share: number | null): number | null {
  return share === null ? null : Math.round(share * 1000) / 10;
}
