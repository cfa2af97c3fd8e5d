/**
 * Stamping: the only way a synced record changes. Each changed field gets the writer's clock, so
 * merge can decide per field. Pure functions; repositories call them inside their transactions.
 */
import type { SyncMeta } from '../model/sync-meta';
import { DEFAULT_CLOCK_KEY, META_KEYS } from '../model/sync-meta';

type Json = unknown;

/** Value equality for JSON data (records hold nothing else). Key order does not matter. */
export function sameValue(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  }
  const aRecord = a as Record<string, Json>;
  const bRecord = b as Record<string, Json>;
  const aKeys = Object.keys(aRecord).filter((k) => aRecord[k] !== undefined);
  const bKeys = Object.keys(bRecord).filter((k) => bRecord[k] !== undefined);
  return aKeys.length === bKeys.length && aKeys.every((k) => sameValue(aRecord[k], bRecord[k]));
}

const isMetaKey = (key: string): boolean => (META_KEYS as readonly string[]).includes(key);

/**
 * A brand-new record: every field, and `deleted: false`, carry the same clock, stored once as
 * the default (`clocks['*']`). Twelve copies of one 40-character clock per record made records
 * about three times larger, and IndexedDB writes that much slower.
 */
export function stampNew<Fields extends object>(
  id: string,
  fields: Fields,
  clock: string,
): Fields & SyncMeta {
  const clocks: Record<string, string> = { [DEFAULT_CLOCK_KEY]: clock };
  // Object.assign rather than a spread: measurably faster and leaner on 100k-record generations.
  return Object.assign({}, fields, { id, deleted: false, clocks });
}

export interface StampResult<R> {
  readonly record: R;
  /** Fields whose value changed; empty when the write changed nothing (and nothing was stamped). */
  readonly changed: readonly string[];
}

/** Apply a patch; only fields whose value really changes get the new clock. */
export function stampPatch<R extends SyncMeta>(
  existing: R,
  patch: Partial<Omit<R, keyof SyncMeta | 'origin'>> & { deleted?: boolean },
  clock: string,
): StampResult<R> {
  const next: Record<string, unknown> = { ...existing };
  const clocks = { ...existing.clocks };
  const changed: string[] = [];
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined || isMetaKey(key) || key === 'origin') continue;
    if (sameValue(existing[key as keyof R], value)) continue;
    next[key] = value;
    clocks[key] = clock;
    changed.push(key);
  }
  if (changed.length === 0) return { record: existing, changed };
  return { record: { ...(next as R), clocks }, changed };
}

/** The highest clock in a record: what a partner must have seen to have seen this record. */
export function latestClock(record: SyncMeta): string {
  let latest = '';
  for (const clock of Object.values(record.clocks)) if (clock > latest) latest = clock;
  return latest;
}

/**
 * Write `values` with `clock` whether or not they differ from the record's: a decision that must
 * travel and win over what partners hold (keeping one side of a conflict). Returns a new record.
 */
export function stampFields<R extends SyncMeta>(
  existing: R,
  values: Readonly<Record<string, unknown>>,
  clock: string,
): R {
  const next: Record<string, unknown> = { ...existing };
  const clocks = { ...existing.clocks };
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || isMetaKey(key) || key === 'origin') continue;
    next[key] = value;
    clocks[key] = clock;
  }
  return { ...(next as R), clocks };
}

/**
 * The record written anew: every field (and `deleted`) carries `clock`, as if just created, and
 * the local `origin` mark is gone. Used when a sample record becomes the user's own: partners
 * never had it, and it must travel as new data.
 */
export function restampAll<R extends SyncMeta>(existing: R, clock: string): R {
  const next: Record<string, unknown> = { ...existing, clocks: { [DEFAULT_CLOCK_KEY]: clock } };
  delete next.origin;
  return next as R;
}
