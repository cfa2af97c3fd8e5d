/**
 * Referential integrity on the importer's side. A record can arrive pointing at a record this
 * workspace does not hold — a package from an older version, a partial package, hand-edited data
 * — and the pages must then say so rather than drop the record or show a blank (issue 12).
 *
 * Given the rows a query has already read, this tells for one record which of its required
 * references (src-core/model/references.ts) point at nothing, and whom to ask for the target: the
 * node that wrote the referencing field (the node part of that field's clock), named from the
 * partners list. A target that is here but deleted is not "missing": a deletion is data, and the
 * pages keep hiding records whose required target was deleted.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { SyncedRecordOf, SyncedTableName } from '../../src-core/model/entities';
import { referencesOf } from '../../src-core/model/references';
import { writerOf, type SyncMeta } from '../../src-core/model/sync-meta';
import type { Partners } from '../../src-core/model/workspace';
import { readPartners } from './partners';
import { useWorkspace } from './provider';
import type { StudioDb } from './schema';
import { readSetting } from './settings';

/** Whom to ask for a missing target: the writer of the reference, as the user knows them. */
export type AskWhom =
  /** A partner in the partners list, by their organisation (or facilitator, when unnamed). */
  | { readonly kind: 'partner'; readonly node: string; readonly partner: string }
  /** This workspace wrote the reference: the target was deleted or removed here since. */
  | { readonly kind: 'here'; readonly node: string }
  /** A node never seen as a sender (relayed by a partner, say): named by its first 8 characters. */
  | { readonly kind: 'unknown'; readonly node: string; readonly shortNode: string };

/** A required reference whose target is not in this workspace at all. */
export interface MissingReference {
  /** The referencing field ("organisationId", "entry.clusterId"). */
  readonly field: string;
  /** The table the target belongs in. */
  readonly table: SyncedTableName;
  readonly id: string;
  readonly ask: AskWhom;
}

/** What is needed to name a writer: the partners seen, and this workspace's own node. */
export interface WriterDirectory {
  readonly partners: Partners;
  readonly ownNode: string | null;
}

export type TargetState = 'present' | 'deleted' | 'missing';

/**
 * A target's state, from rows already read; undefined for a table the caller did not read, whose
 * references are then not checked (a query that reads no workshops cannot tell one is missing).
 */
export type TargetLookup = (table: SyncedTableName, id: string) => TargetState | undefined;

/** Rows by id, as the queries keep them for their joins. */
export type RowsById = ReadonlyMap<string, { readonly deleted: boolean }>;

export function rowsById<R extends { readonly id: string }>(rows: Iterable<R>): Map<string, R> {
  const byId = new Map<string, R>();
  for (const row of rows) byId.set(row.id, row);
  return byId;
}

/** A lookup over the tables given; each map must hold every row of its table that was asked for. */
export function targetLookup(tables: { readonly [T in SyncedTableName]?: RowsById }): TargetLookup {
  return (table, id) => {
    const rows = tables[table];
    if (!rows) return undefined;
    const row = rows.get(id);
    return row === undefined ? 'missing' : row.deleted ? 'deleted' : 'present';
  };
}

/** The writer of `field` (a dotted field is clocked as its top-level field), as an AskWhom. */
export function askWhom(
  record: Pick<SyncMeta, 'clocks'>,
  field: string,
  directory: WriterDirectory,
): AskWhom {
  const node = writerOf(record, field.split('.')[0] ?? field) ?? '';
  if (node !== '' && node === directory.ownNode) return { kind: 'here', node };
  const partner = directory.partners[node];
  const name = partner?.partnerOrganisation.trim() || partner?.facilitator.trim() || '';
  if (name !== '') return { kind: 'partner', node, partner: name };
  return { kind: 'unknown', node, shortNode: node.slice(0, 8) };
}

export interface ReferenceCheck {
  /** Required references whose target is not here at all. */
  readonly missing: readonly MissingReference[];
  /** A required target is here but deleted: the record is hidden, as a deletion asks. */
  readonly hasDeletedTarget: boolean;
}

const NOTHING_MISSING: ReferenceCheck = { missing: [], hasDeletedTarget: false };

/** Which required references of `record` point at a missing or deleted target. */
export function checkReferences<T extends SyncedTableName>(
  table: T,
  record: SyncedRecordOf[T],
  lookup: TargetLookup,
  directory: WriterDirectory,
): ReferenceCheck {
  let missing: MissingReference[] | null = null;
  let hasDeletedTarget = false;
  for (const ref of referencesOf(table, record)) {
    if (!ref.required) continue;
    const state = lookup(ref.table, ref.id);
    if (state === 'deleted') hasDeletedTarget = true;
    if (state !== 'missing') continue;
    missing ??= [];
    missing.push({
      field: ref.field,
      table: ref.table,
      id: ref.id,
      ask: askWhom(record, ref.field, directory),
    });
  }
  // Nearly every record is whole: share one answer rather than allocate one per row.
  if (missing === null && !hasDeletedTarget) return NOTHING_MISSING;
  return { missing: missing ?? [], hasDeletedTarget };
}

/** The missing reference of one field, if that field's target is missing. */
export function missingAt(
  missing: readonly MissingReference[],
  field: string,
): MissingReference | null {
  return missing.find((ref) => ref.field === field) ?? null;
}

export async function readWriterDirectory(db: StudioDb): Promise<WriterDirectory> {
  const [partners, identity] = await Promise.all([readPartners(db), readSetting(db, 'identity')]);
  return { partners, ownNode: identity?.nodeId ?? null };
}

/** The writer directory, live (a newly imported partner names their records at once). */
export function useWriterDirectory(): WriterDirectory | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(() => readWriterDirectory(db), [db]);
}

/** A record naming a target by id in one of its fields (a participant's organisation …). */
export interface NamedTarget {
  readonly record: Pick<SyncMeta, 'clocks'>;
  readonly field: string;
  readonly id: string;
}

/**
 * The targets of `table` that `named` records point at and that are not here (`isHeld` false),
 * by id, each with whom to ask (the writer of the first record naming it).
 */
export function missingTargetsOf(
  table: SyncedTableName,
  named: Iterable<NamedTarget>,
  isHeld: (id: string) => boolean,
  directory: WriterDirectory,
): Map<string, MissingReference> {
  const out = new Map<string, MissingReference>();
  for (const { record, field, id } of named) {
    if (out.has(id) || isHeld(id)) continue;
    out.set(id, { field, table, id, ask: askWhom(record, field, directory) });
  }
  return out;
}
