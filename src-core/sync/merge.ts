/**
 * Merge of synced records (docs/EXCHANGE.md "Merge rules"): last-writer-wins per field by hybrid
 * logical clock, `deleted` being a field like any other. The merge is commutative, associative
 * and idempotent, and its output canonical (sorted keys, `clocks['*']` chosen deterministically),
 * so replicas that merged the same writes hold byte-identical records whatever the order.
 *
 * Conflict detection: a value that wins or loses against a local value the sender had not seen
 * (per the package's knowledge) is a concurrent edit and is reported with both values.
 *
 * Erasure wins (contacts): once either side is erased, the personal fields are blank and
 * `doNotContact` true whatever their clocks, and the erasure (`erasedAt`, `erasureFingerprints`)
 * beats any non-erasing value; no conflict is logged for them, so no personal data survives there.
 */
import { contactPersonalFields } from '../model/entities';
import type { SyncMeta } from '../model/sync-meta';
import { DEFAULT_CLOCK_KEY, clockOf } from '../model/sync-meta';
import type { Knowledge } from './knowledge';
import { hasSeen } from './knowledge';
import { sameValue } from './stamp';

/** A concurrent edit: the value kept by clock, and the one that lost (for the conflict log). */
export interface FieldConflict {
  readonly table?: string;
  readonly recordId: string;
  readonly field: string;
  readonly keptValue: unknown;
  readonly keptClock: string;
  readonly lostValue: unknown;
  readonly lostClock: string;
}

export interface MergeOptions {
  /** The sender's knowledge (from the package): what it had seen when it wrote its values. */
  readonly senderKnowledge: Knowledge;
  /**
   * The importer's knowledge before this import. An incoming value the importer had already seen
   * (a stale or re-delivered package) was judged when it first arrived: no second conflict.
   */
  readonly localKnowledge?: Knowledge;
  /** The table, for table-specific rules (erasure of contacts) and for conflict entries. */
  readonly table?: string;
}

export interface MergeResult<R> {
  readonly record: R;
  /** Fields whose value or clock differs from the local record (every field when new). */
  readonly changed: readonly string[];
  readonly conflicts: readonly FieldConflict[];
}

/** Keys that are not clocked fields. `origin` is local-only and never merged. */
const NOT_FIELDS = new Set(['id', 'clocks', 'origin']);

type Fields = Map<string, { value: unknown; clock: string }>;

/** The clocked fields of a record that hold a value (an absent field has no clock). */
function fieldsOf(record: SyncMeta): Fields {
  const out: Fields = new Map();
  const values = record as unknown as Record<string, unknown>;
  for (const key of Object.keys(values)) {
    const value = values[key];
    if (NOT_FIELDS.has(key) || value === undefined) continue;
    const clock = clockOf(record, key);
    if (clock !== undefined) out.set(key, { value, clock });
  }
  return out;
}

/** Deterministic order for two writes with the same clock (only malformed data has them). */
const jsonOrder = (a: unknown, b: unknown): boolean => JSON.stringify(a) >= JSON.stringify(b);

/** The contacts' personal fields as an erased record holds them. */
export const ERASED_PERSONAL_VALUES: Readonly<Record<string, unknown>> = {
  givenName: '',
  familyName: '',
  email: null,
  phone: null,
  role: '',
  languages: [],
};
const ERASURE_FIELDS = ['erasedAt', 'erasureFingerprints'] as const;
const ERASE_FORCED = new Set<string>([...contactPersonalFields, 'doNotContact', ...ERASURE_FIELDS]);

const isSet = (value: unknown): boolean =>
  value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0);

/**
 * The order of writes to `erasedAt` / `erasureFingerprints`: a value set by an erasure beats a
 * blank one whatever the clocks, then the later clock wins. A total order, so still a lattice.
 */
const erasureRank = (entry: { value: unknown; clock: string }): string =>
  `${isSet(entry.value) ? 1 : 0}${entry.clock}`;

/** Blank the personal fields of an erased contact (in place); false when not erased. */
function applyErasure(merged: Fields): boolean {
  if (!isSet(merged.get('erasedAt')?.value)) return false;
  const forced: Record<string, unknown> = { ...ERASED_PERSONAL_VALUES, doNotContact: true };
  for (const [field, value] of Object.entries(forced)) {
    const entry = merged.get(field);
    // The clock stays the latest write's (so the merge stays a lattice); the value is blank.
    if (entry !== undefined) merged.set(field, { value, clock: entry.clock });
  }
  return true;
}

/** A canonical record: `id`, fields in key order, `clocks` with the most common clock as `'*'`. */
function build<R>(id: string, fields: Fields, origin: unknown): R {
  const counts = new Map<string, number>();
  for (const { clock } of fields.values()) counts.set(clock, (counts.get(clock) ?? 0) + 1);
  let star = '';
  let best = 0;
  for (const [clock, count] of counts) {
    if (count > best || (count === best && clock > star)) [star, best] = [clock, count];
  }
  const out: Record<string, unknown> = { id };
  const clocks: Record<string, string> = {};
  if (star !== '') clocks[DEFAULT_CLOCK_KEY] = star;
  for (const field of [...fields.keys()].sort()) {
    const entry = fields.get(field) as { value: unknown; clock: string };
    out[field] = entry.value;
    if (entry.clock !== star) clocks[field] = entry.clock;
  }
  out.clocks = clocks;
  if (origin !== undefined) out.origin = origin;
  return out as R;
}

/**
 * Merge an incoming record into the local one (or into nothing). Pure: neither input changes.
 * With `table: 'contacts'` the erasure rule applies.
 */
export function mergeRecord<R extends SyncMeta>(
  local: R | undefined,
  incoming: R,
  options: MergeOptions,
): MergeResult<R> {
  if (local === undefined) {
    // Nothing held (every record of the first package a merge reads, every normalisation): no
    // conflict, every field changed; the record only takes its canonical form.
    const fields = fieldsOf(incoming);
    if (options.table === 'contacts') applyErasure(fields);
    const record = build<R>(incoming.id, fields, undefined);
    return { record, changed: [...fields.keys()].sort(), conflicts: [] };
  }
  const mine = fieldsOf(local);
  const theirs = fieldsOf(incoming);
  const merged: Fields = new Map(mine);
  const conflicts: FieldConflict[] = [];
  const table = options.table === undefined ? {} : { table: options.table };
  const ranked = new Set<string>(options.table === 'contacts' ? ERASURE_FIELDS : []);
  for (const [field, inc] of theirs) {
    const loc = mine.get(field);
    if (loc === undefined) {
      merged.set(field, inc);
      continue;
    }
    if (loc.clock === inc.clock) {
      if (!sameValue(loc.value, inc.value) && !jsonOrder(loc.value, inc.value)) {
        merged.set(field, inc);
      }
      continue;
    }
    const incomingWins = ranked.has(field)
      ? erasureRank(inc) > erasureRank(loc)
      : inc.clock > loc.clock;
    if (incomingWins) merged.set(field, inc);
    const concurrent =
      !hasSeen(options.senderKnowledge, loc.clock) &&
      !(options.localKnowledge !== undefined && hasSeen(options.localKnowledge, inc.clock));
    if (concurrent && !sameValue(loc.value, inc.value)) {
      const [kept, lost] = incomingWins ? [inc, loc] : [loc, inc];
      conflicts.push({
        ...table,
        recordId: incoming.id,
        field,
        keptValue: kept.value,
        keptClock: kept.clock,
        lostValue: lost.value,
        lostClock: lost.clock,
      });
    }
  }
  let reported = conflicts;
  if (options.table === 'contacts' && applyErasure(merged)) {
    reported = conflicts.filter((conflict) => !ERASE_FORCED.has(conflict.field));
  }
  const origin = (local as { origin?: unknown }).origin;
  const record = build<R>(local.id, merged, origin);
  const changed: string[] = [];
  for (const [field, entry] of merged) {
    const before = mine.get(field);
    if (
      before === undefined ||
      before.clock !== entry.clock ||
      !sameValue(before.value, entry.value)
    )
      changed.push(field);
  }
  return { record, changed: changed.sort(), conflicts: reported };
}

/**
 * The canonical form of one record (what a merge would produce from it alone): sorted keys,
 * compact clocks, and for contacts the erasure rule applied. Local writes go through this too,
 * so a replica's own records are byte-identical to their copies at its partners.
 */
export function normaliseRecord<R extends SyncMeta>(record: R, table?: string): R {
  const normal = mergeRecord(undefined, record, {
    senderKnowledge: {},
    ...(table ? { table } : {}),
  }).record;
  // The local mark stays: an edited sample record is still sample data (src-core/sample/boundary.ts).
  const origin = (record as { origin?: unknown }).origin;
  return origin === undefined ? normal : { ...normal, origin };
}

export interface TableMergeResult<R> {
  /** A new map: the local records with the incoming ones merged in. The input is not changed. */
  readonly records: Map<string, R>;
  /** Ids of records that changed, in order of first change. */
  readonly changedIds: readonly string[];
  readonly conflicts: readonly FieldConflict[];
}

/** Merge many incoming records of one table (a record listed twice is merged twice, harmlessly). */
export function mergeTable<R extends SyncMeta>(
  local: ReadonlyMap<string, R>,
  incoming: Iterable<R>,
  senderKnowledge: Knowledge,
  options: Omit<MergeOptions, 'senderKnowledge'> = {},
): TableMergeResult<R> {
  const records = new Map(local);
  const changedIds = new Set<string>();
  const conflicts: FieldConflict[] = [];
  for (const record of incoming) {
    const held = records.get(record.id);
    // A record already held exactly as it comes (most of a partner's package, most of the time)
    // merges to itself with no change and no conflict: a deep compare instead of a merge.
    if (held !== undefined && sameValue(held, record)) continue;
    const result = mergeRecord(held, record, { ...options, senderKnowledge });
    if (result.changed.length > 0) {
      records.set(record.id, result.record);
      changedIds.add(record.id);
    }
    conflicts.push(...result.conflicts);
  }
  return { records, changedIds: [...changedIds], conflicts };
}
