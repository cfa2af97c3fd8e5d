/** Formatting used by the roster lists beyond i18n/format.ts: calendar dates and shares. */
import { formatDay, formatPercent as formatShare } from '../../../i18n/format';

/** An ISO date ("2024-03-14") in the UI language, as the calendar day it names. */
export function formatDate(iso: string | null, language: string): string {
  return iso ? formatDay(iso, language, 'medium') : '';
}

/** A share (0–1) as a whole percentage in the UI language ("42 %" in Spanish). */
export function formatPercent(share: number | null, language: string): string {
  return share === null ? '' : formatShare(share, language);
}

/** A share (0–1) as a percentage number with one decimal, for exports. */
export function percentValue(share: number | null): number | null {
  return share === null ? null : Math.round(share * 1000) / 10;
}
