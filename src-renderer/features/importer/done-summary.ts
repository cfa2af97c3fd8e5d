/**
 * The lines of the summary shown when an import is written. An "update" that finds the roster
 * already holding the file's values changes nothing (and stamps nothing, so partners are not sent
 * empty edits): it is counted as up to date, apart from the rows the user chose to skip, so
 * "update 399" is never followed by an unexplained "0 records updated, 399 rows skipped".
 */
import type { ImportSummary } from '../../workers/import-pipeline';

export interface SummaryLine {
  /** i18n key, pluralised by `count`. */
  readonly key: `importPage.summary.${'created' | 'updated' | 'unchanged' | 'skipped' | 'invalid'}`;
  readonly count: number;
}

export function doneSummaryLines(summary: ImportSummary, invalid: number): SummaryLine[] {
  return [
    { key: 'importPage.summary.created', count: summary.created },
    { key: 'importPage.summary.updated', count: summary.updated },
    ...(summary.unchanged > 0
      ? [{ key: 'importPage.summary.unchanged', count: summary.unchanged } as const]
      : []),
    { key: 'importPage.summary.skipped', count: summary.skipped },
    { key: 'importPage.summary.invalid', count: invalid },
  ];
}
