/**
 * `mcs diff <a> <b>`: compares the records of two packages (manifests and the conflicts a merged
 * package keeps are ignored) and describes the differences in human terms: each record by its
 * name, each differing field with both values, shortened.
 */
import { canonicalJson } from '../../src-core/exchange/canonical';
import type { ReadPackageResult } from '../../src-core/exchange/read';
import type { PackageRecord } from '../../src-core/exchange/write';
import { syncedTableNames } from '../../src-core/model/entities';
import type { SyncedTableName } from '../../src-core/model/entities';
import { clockOf } from '../../src-core/model/sync-meta';
import type { SyncMeta } from '../../src-core/model/sync-meta';
import { normaliseRecord } from '../../src-core/sync/merge';
import { compareText } from './mcs-common';

/** How many records `mcs diff` lists per category and table before "… and N more". */
export const DIFF_LIST_LIMIT = 10;

/** Values are shown with at most this many characters; names with at most `NAME_CHARS`. */
const VALUE_CHARS = 40;
const NAME_CHARS = 60;

type DiffRecord = SyncMeta & PackageRecord;

/** The differences of one table between two packages (ids sorted). */
export interface TableDiff {
  readonly table: SyncedTableName;
  readonly onlyInA: readonly string[];
  readonly onlyInB: readonly string[];
  readonly differing: readonly string[];
}

/** Record id → the normalised record and its canonical text (clock layout does not count). */
function canonicalRecords(
  result: ReadPackageResult,
  table: SyncedTableName,
): Map<string, { record: DiffRecord; text: string }> {
  const out = new Map<string, { record: DiffRecord; text: string }>();
  for (const raw of (result.tables[table] ?? []) as readonly DiffRecord[]) {
    const record = normaliseRecord(raw, table);
    out.set(raw.id, { record, text: canonicalJson(record) });
  }
  return out;
}

/** Compares the records of every table; manifests are ignored. Empty when identical. */
export function diffPackages(a: ReadPackageResult, b: ReadPackageResult): TableDiff[] {
  const diffs: TableDiff[] = [];
  for (const table of syncedTableNames) {
    const left = canonicalRecords(a, table);
    const right = canonicalRecords(b, table);
    const onlyInA: string[] = [];
    const differing: string[] = [];
    for (const [id, { text }] of left) {
      const other = right.get(id);
      if (other === undefined) onlyInA.push(id);
      else if (other.text !== text) differing.push(id);
    }
    const onlyInB = [...right.keys()].filter((id) => !left.has(id));
    if (onlyInA.length + onlyInB.length + differing.length === 0) continue;
    diffs.push({
      table,
      onlyInA: onlyInA.sort(compareText),
      onlyInB: onlyInB.sort(compareText),
      differing: differing.sort(compareText),
    });
  }
  return diffs;
}

/** At most `max` characters (code points), ending in "…" when cut. */
function shorten(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/** A field value as JSON text (strings quoted), shortened; "(none)" when absent. */
function shown(value: unknown): string {
  return value === undefined ? '(none)' : shorten(canonicalJson(value), VALUE_CHARS);
}

/** Looks records up by table and id in one package, then in the other. */
class RecordNames {
  private readonly byTable = new Map<string, Map<string, PackageRecord>>();

  constructor(private readonly packages: readonly ReadPackageResult[]) {}

  private find(table: SyncedTableName, id: unknown): PackageRecord | undefined {
    if (typeof id !== 'string') return undefined;
    let index = this.byTable.get(table);
    if (index === undefined) {
      index = new Map();
      // Reversed, so the first package's record wins.
      for (const result of [...this.packages].reverse()) {
        for (const record of result.tables[table] ?? []) index.set(record.id, record);
      }
      this.byTable.set(table, index);
    }
    return index.get(id);
  }

  /** The record's own name, when it has one. */
  private ownName(table: SyncedTableName, record: PackageRecord | undefined): string | undefined {
    if (record === undefined) return undefined;
    if (typeof record.name === 'string' && record.name !== '') return record.name;
    if (table === 'contacts') {
      const name = `${String(record.givenName ?? '')} ${String(record.familyName ?? '')}`.trim();
      if (name !== '') return name;
    }
    return undefined;
  }

  /** The name of a record as `mcs diff` shows it, quoted: its name, or else its id. */
  nameOf(table: SyncedTableName, record: PackageRecord): string {
    let name = this.ownName(table, record);
    if (name === undefined && table === 'memberships') {
      const organisationId = record.organisationId;
      const clusterId = record.clusterId;
      const organisation =
        this.ownName('organisations', this.find('organisations', organisationId)) ??
        String(organisationId);
      const cluster =
        this.ownName('clusters', this.find('clusters', clusterId)) ?? String(clusterId);
      name = `${organisation} in ${cluster}`;
    }
    return JSON.stringify(shorten(name ?? record.id, NAME_CHARS));
  }
}

/** The fields whose values differ, "name "x" → "y"", or the fields whose clocks alone differ. */
function fieldChanges(a: DiffRecord, b: DiffRecord): string {
  const fields = new Set([...Object.keys(a), ...Object.keys(b)]);
  fields.delete('id');
  fields.delete('clocks');
  const valueA = a as Readonly<Record<string, unknown>>;
  const valueB = b as Readonly<Record<string, unknown>>;
  const changed: string[] = [];
  const clocksOnly: string[] = [];
  for (const field of [...fields].sort(compareText)) {
    const left = valueA[field];
    const right = valueB[field];
    const same =
      left === undefined || right === undefined
        ? left === right
        : canonicalJson(left) === canonicalJson(right);
    if (!same) changed.push(`${field} ${shown(left)} → ${shown(right)}`);
    else if (clockOf(a, field) !== clockOf(b, field)) clocksOnly.push(field);
  }
  if (changed.length > 0) return changed.join('; ');
  return `same values, different clocks (${clocksOnly.join(', ') || 'clocks'})`;
}

/** At most `DIFF_LIST_LIMIT` lines from `ids`, then "… and N more <what>". */
function capped(ids: readonly string[], line: (id: string) => string, what: string): string[] {
  const lines = ids.slice(0, DIFF_LIST_LIMIT).map((id) => `  ${line(id)}`);
  if (ids.length > DIFF_LIST_LIMIT) {
    lines.push(`  … and ${ids.length - DIFF_LIST_LIMIT} more ${what}`);
  }
  return lines;
}

/**
 * The lines `mcs diff` prints: per table a count line, then each differing record by name with
 * the fields that differ, then the records only in a or only in b by name.
 */
export function diffLines(
  a: ReadPackageResult,
  b: ReadPackageResult,
  diffs: readonly TableDiff[] = diffPackages(a, b),
): string[] {
  const names = new RecordNames([a, b]);
  const namesFromB = new RecordNames([b, a]);
  const lines: string[] = [];
  for (const diff of diffs) {
    const { table } = diff;
    const left = canonicalRecords(a, table);
    const right = canonicalRecords(b, table);
    const recordOf = (map: typeof left, id: string): DiffRecord =>
      (map.get(id) as { record: DiffRecord }).record;
    lines.push(
      `${table}: ${diff.differing.length} differing, ${diff.onlyInA.length} only in a, ${diff.onlyInB.length} only in b`,
    );
    lines.push(
      ...capped(
        diff.differing,
        (id) => {
          const record = recordOf(left, id);
          const other = recordOf(right, id);
          return `${table} ${names.nameOf(table, record)}: ${fieldChanges(record, other)}`;
        },
        'differing',
      ),
      ...capped(
        diff.onlyInA,
        (id) => `${table} ${names.nameOf(table, recordOf(left, id))}: only in a`,
        'only in a',
      ),
      ...capped(
        diff.onlyInB,
        (id) => `${table} ${namesFromB.nameOf(table, recordOf(right, id))}: only in b`,
        'only in b',
      ),
    );
  }
  return lines;
}
