/**
 * The spreadsheet import, step by step: read the file, check the rows against the roster, then
 * write what the user confirmed. Each step is a plain async function over the database, run in
 * the bulk worker (and end to end by the benchmark).
 */
import {
  applyChoices,
  createImportLookups,
  erasedContactsOf,
  guessMapping,
  planImport,
  validateImportRows,
  type AssumedDefault,
  type ImportChoice,
  type ImportKind,
  type ImportMapping,
  type ImportPlan,
  type ImportProblem,
} from '../../src-core/roster';
import type { ImportValueMap, UnmatchedValue } from '../../src-core/roster/value-map';
import { isSampleRecord } from '../../src-core/sample/boundary';
import { writeImport, type ImportChanges, type ImportWriteResult } from '../db/import-write';
import type { BulkProgress } from '../db/progress';
import type { StudioDb } from '../db/schema';
import { parseSpreadsheetFile, type ParsedSheet, type ReadOptions } from './spreadsheet-file';

export interface ReadResult {
  readonly sheet: ParsedSheet;
  readonly mapping: ImportMapping;
}

export async function readImportFile(
  kind: ImportKind,
  name: string,
  bytes: Uint8Array,
  options: ReadOptions = {},
): Promise<ReadResult> {
  const sheet = await parseSpreadsheetFile(name, bytes, options);
  return { sheet, mapping: guessMapping(sheet.header, kind) };
}

export interface ImportPreview<K extends ImportKind = ImportKind> {
  readonly kind: K;
  readonly rowCount: number;
  readonly problems: readonly ImportProblem[];
  readonly notes: readonly ImportProblem[];
  readonly assumed: readonly AssumedDefault[];
  /** Countries and regions not recognised (or mapped by the user), for the value mapping. */
  readonly unmatched: readonly UnmatchedValue[];
  readonly plan: ImportPlan<K>;
}

export async function previewImport<K extends ImportKind>(
  db: StudioDb,
  kind: K,
  sheet: ParsedSheet,
  mapping: ImportMapping,
  valueMap: ImportValueMap = {},
): Promise<ImportPreview<K>> {
  const [organisations, clusters, existing] = await db.transaction(
    'r',
    ['organisations', 'clusters', kind],
    () =>
      Promise.all([
        db.organisations.toArray(),
        db.clusters.toArray(),
        db.table(kind).toArray() as Promise<
          Parameters<typeof planImport<K>>[0]['existing'][number][]
        >,
      ]),
  );
  const lookups = createImportLookups({ organisations, clusters });
  const validation = validateImportRows({
    kind,
    header: sheet.header,
    rows: sheet.rows,
    mapping,
    lookups,
    valueMap,
    firstRowNumber: sheet.headerRow + 1,
  });
  // Sample rows are never duplicates of real rows: a real spreadsheet creates real records
  // (src-core/sample/boundary.ts), whatever the sample happens to call its fictional ones. An
  // erased person stays erased, sample or not.
  const plan = planImport({
    kind,
    valid: validation.valid,
    existing: existing.filter((row) => !isSampleRecord(row)),
    ...(kind === 'contacts' ? { erasedContacts: erasedContactsOf(existing) } : {}),
  });
  return {
    kind,
    rowCount: sheet.rows.filter((row) => row.some((cell) => cell !== '')).length,
    problems: validation.problems,
    notes: validation.notes,
    assumed: validation.assumed,
    unmatched: validation.unmatched,
    plan,
  };
}

export interface ImportSummary extends ImportWriteResult {
  readonly skipped: number;
}

export async function applyImport<K extends ImportKind>(
  db: StudioDb,
  plan: ImportPlan<K>,
  choices: ReadonlyMap<number, ImportChoice>,
  onProgress?: (progress: BulkProgress) => void,
): Promise<ImportSummary> {
  const changes = applyChoices(plan, choices);
  // ImportFieldsByKind[K] is FieldsOf<K> for the four importable tables; TS cannot see it generically.
  const written = await writeImport(db, plan.kind, changes as unknown as ImportChanges<K>, {
    onProgress,
    isValidated: true,
  });
  return { ...written, skipped: changes.skipped.length };
}

/** The whole import with the guessed mapping and default choices (benchmarks, scripted imports). */
export async function importSpreadsheet(
  db: StudioDb,
  kind: ImportKind,
  name: string,
  bytes: Uint8Array,
): Promise<ImportSummary & { readonly invalid: number }> {
  const { sheet, mapping } = await readImportFile(kind, name, bytes);
  const preview = await previewImport(db, kind, sheet, mapping);
  const summary = await applyImport(db, preview.plan, new Map());
  return { ...summary, invalid: new Set(preview.problems.map((p) => p.rowNumber)).size };
}
