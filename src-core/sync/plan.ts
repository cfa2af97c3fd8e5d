/**
 * The one merge algorithm (EXCHANGE.md "Merge rules"): what importing a package does to a
 * replica, as a pure plan — the records that change (before and after), the concurrent edits that
 * lose (for the conflict log), the people it erases, the clock the replica moves to, and whether
 * the package's knowledge becomes the replica's. The in-memory `Replica` (property tests) and the
 * database importer (src-renderer/db/exchange.ts) both apply this plan, so they cannot drift.
 *
 * Rules beyond `mergeRecord`:
 * - a package from the replica's own node is not imported ("your own package");
 * - a record a partner sends is real data: a local sample row with the same id stops being sample;
 * - a clock more than a day ahead of `now` refuses the whole package (`ClockError`, naming the node);
 * - the package's knowledge counts as the replica's only for complete packages: a whole
 *   workspace, or changes since knowledge the replica already covers.
 */
import type { SyncMeta } from '../model/sync-meta';
import type { Hlc } from './hlc';
import { formatHlc, parseHlc, receiveHlc } from './hlc';
import type { Knowledge } from './knowledge';
import { coversKnowledge, mergeKnowledge } from './knowledge';
import type { FieldConflict } from './merge';
import { mergeRecord } from './merge';
import { sameValue } from './stamp';

/** A synced record of any table. */
export type SyncRecord = SyncMeta & { readonly [field: string]: unknown };

/** What a package brings, whatever its container (a zip, or a test's object). */
export interface IncomingPackage {
  /** The node that wrote it. */
  readonly source: string;
  /** What the sender had seen when it wrote it. */
  readonly knowledge: Knowledge;
  /**
   * `workspace`: everything the sender holds; `since`: changes since this knowledge;
   * `partial`: one cluster, meta-cluster or workshop.
   */
  readonly coverage:
    | { readonly kind: 'workspace' }
    | { readonly kind: 'since'; readonly knowledge: Knowledge }
    | { readonly kind: 'partial' };
  /** Table → records, tables in the order to apply them. */
  readonly tables: ReadonlyMap<string, readonly SyncRecord[]>;
}

/** The replica as the plan sees it. */
export interface LocalState {
  readonly node: string;
  readonly clock: Hlc;
  readonly knowledge: Knowledge;
  /** The local record of `table` with `id`, if any. */
  readonly get: (table: string, id: string) => SyncRecord | undefined;
}

export interface TableCounts {
  readonly table: string;
  /** Records this replica did not hold (including ones arriving already deleted). */
  readonly new: number;
  /** Records that change (and are not being deleted by the import). */
  readonly updated: number;
  /** Records held and not deleted here that the import deletes. */
  readonly deleted: number;
  /** Records the import leaves exactly as they are. */
  readonly unchanged: number;
}

export interface RecordChange {
  readonly table: string;
  readonly before: SyncRecord | null;
  readonly after: SyncRecord;
}

export interface MergePlan {
  /** True for a package of this replica's own node: nothing else is planned. */
  readonly isOwn: boolean;
  readonly perTable: readonly TableCounts[];
  readonly changes: readonly RecordChange[];
  /** Concurrent edits that lost, each with its table. */
  readonly conflicts: readonly FieldConflict[];
  /** Contacts this import erases (held here, not erased before). */
  readonly erasedContacts: readonly string[];
  /** The replica's clock after the import (unchanged when the package holds no clock). */
  readonly clock: Hlc;
  /** Whether the clock moved. */
  readonly clockMoved: boolean;
  /** The replica's knowledge after the import. */
  readonly knowledge: Knowledge;
  /** Whether the package's knowledge was taken as the replica's (a complete package). */
  readonly isComplete: boolean;
}

const isErased = (record: SyncRecord | undefined | null): boolean =>
  record !== undefined &&
  record !== null &&
  record.erasedAt !== null &&
  record.erasedAt !== undefined;

/** The highest clock a package carries (its knowledge and every record's clocks). */
export function highestClockOf(pkg: Pick<IncomingPackage, 'knowledge' | 'tables'>): string {
  let highest = '';
  for (const clock of Object.values(pkg.knowledge)) if (clock > highest) highest = clock;
  for (const records of pkg.tables.values()) {
    for (const record of records) {
      for (const clock of Object.values(record.clocks)) if (clock > highest) highest = clock;
    }
  }
  return highest;
}

/** Whether a package's knowledge may be taken as the importer's (see the module comment). */
export function isCompletePackage(
  coverage: IncomingPackage['coverage'],
  localKnowledge: Knowledge,
): boolean {
  if (coverage.kind === 'workspace') return true;
  return coverage.kind === 'since' && coversKnowledge(localKnowledge, coverage.knowledge);
}

/** A record without the local-only `origin` mark (a partner's record is real data). */
function asReal(record: SyncRecord): SyncRecord {
  if ((record as { origin?: unknown }).origin === undefined) return record;
  const copy: Record<string, unknown> = { ...record };
  delete copy.origin;
  return copy as SyncRecord;
}

const isSample = (record: SyncRecord | undefined): boolean =>
  (record as { origin?: unknown } | undefined)?.origin === 'sample';

const wroteEither = (conflict: FieldConflict, node: string): boolean =>
  conflict.keptClock.endsWith(node) || conflict.lostClock.endsWith(node);

/**
 * What importing `pkg` into `local` at wall-clock `now` does. Throws `ClockError` (code
 * `clock-skew`) for a clock more than a day ahead; changes nothing itself.
 */
export function planMerge(pkg: IncomingPackage, local: LocalState, now: number): MergePlan {
  if (pkg.source === local.node) {
    return {
      isOwn: true,
      perTable: [],
      changes: [],
      conflicts: [],
      erasedContacts: [],
      clock: local.clock,
      clockMoved: false,
      knowledge: local.knowledge,
      isComplete: false,
    };
  }
  const highest = highestClockOf(pkg);
  const clock = highest === '' ? local.clock : receiveHlc(local.clock, parseHlc(highest), now);
  const perTable: TableCounts[] = [];
  const changes: RecordChange[] = [];
  const conflicts: FieldConflict[] = [];
  const erasedContacts: string[] = [];
  for (const [table, incoming] of pkg.tables) {
    if (incoming.length === 0) continue;
    const before = new Map<string, SyncRecord>();
    const current = new Map<string, SyncRecord>();
    const ids = new Set<string>();
    for (const record of incoming) {
      if (ids.has(record.id)) continue;
      ids.add(record.id);
      const held = local.get(table, record.id);
      if (held !== undefined) {
        before.set(record.id, held);
        current.set(record.id, held);
      }
    }
    // Records listed twice are merged twice, harmlessly (the merge is idempotent).
    for (const record of incoming) {
      const mine = current.get(record.id);
      const result = mergeRecord(mine, record, {
        senderKnowledge: pkg.knowledge,
        localKnowledge: local.knowledge,
        table,
      });
      if (result.changed.length > 0 || isSample(mine)) {
        // A new record that arrived already canonical is stored as read (the same value; writing
        // the reader's object rather than a rebuilt copy is measurably faster in IndexedDB).
        const same = mine === undefined && sameValue(result.record, record);
        current.set(record.id, asReal(same ? record : result.record));
      }
      for (const conflict of result.conflicts) {
        // A sample row's own values are nobody's work: only what this node wrote on it conflicts.
        if (isSample(mine) && !wroteEither(conflict, local.node)) continue;
        conflicts.push({ ...conflict, table });
      }
    }
    const counts = { table, new: 0, updated: 0, deleted: 0, unchanged: 0 };
    for (const id of ids) {
      const was = before.get(id);
      const now = current.get(id);
      if (now === undefined || (was !== undefined && sameValue(was, now))) {
        counts.unchanged += 1;
        continue;
      }
      changes.push({ table, before: was ?? null, after: now });
      if (was === undefined) counts.new += 1;
      else if (!was.deleted && now.deleted) counts.deleted += 1;
      else counts.updated += 1;
      if (table === 'contacts' && was !== undefined && !isErased(was) && isErased(now)) {
        erasedContacts.push(id);
      }
    }
    perTable.push(counts);
  }
  const isComplete = isCompletePackage(pkg.coverage, local.knowledge);
  const knowledge = isComplete ? mergeKnowledge(local.knowledge, pkg.knowledge) : local.knowledge;
  return {
    isOwn: false,
    perTable,
    changes,
    conflicts,
    erasedContacts,
    clock,
    clockMoved: formatHlc(clock) !== formatHlc(local.clock),
    knowledge,
    isComplete,
  };
}
