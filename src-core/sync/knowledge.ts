/**
 * Knowledge: for each node, the highest clock of that node a replica has seen. Packages carry the
 * sender's knowledge, so the importer can tell an ordinary update (the sender had seen the value
 * it replaces) from a concurrent edit (it had not), and an exporter can leave out what a partner
 * already has. Pure functions over plain objects.
 */
import type { SyncMeta } from '../model/sync-meta';

/** Node id → highest clock seen from that node. */
export type Knowledge = Readonly<Record<string, string>>;

/** The node part of a clock: its last 16 characters (fixed width, see hlc.ts). */
const nodeOf = (clock: string): string => clock.slice(-16);

/** Whether `knowledge` covers `clock`: the clock's node has been seen up to it or beyond. */
export function hasSeen(knowledge: Knowledge, clock: string): boolean {
  const seen = Object.hasOwn(knowledge, nodeOf(clock)) ? knowledge[nodeOf(clock)] : undefined;
  return seen !== undefined && seen >= clock;
}

/** Fold one clock into a mutable knowledge map. */
function note(into: Record<string, string>, clock: string): void {
  const node = nodeOf(clock);
  const seen = Object.hasOwn(into, node) ? into[node] : undefined;
  if (seen === undefined || clock > seen) into[node] = clock;
}

/** Sorted keys, so equal knowledge is equal JSON. */
function sorted(knowledge: Record<string, string>): Knowledge {
  const out: Record<string, string> = {};
  for (const node of Object.keys(knowledge).sort()) out[node] = knowledge[node] as string;
  return out;
}

/** The highest clock per node over every field clock of `records`. */
export function knowledgeOf(records: Iterable<Pick<SyncMeta, 'clocks'>>): Knowledge {
  const out: Record<string, string> = {};
  for (const record of records) for (const clock of Object.values(record.clocks)) note(out, clock);
  return sorted(out);
}

/** The union of two knowledges (highest clock per node). */
export function mergeKnowledge(a: Knowledge, b: Knowledge): Knowledge {
  const out: Record<string, string> = {};
  for (const clock of Object.values(a)) note(out, clock);
  for (const clock of Object.values(b)) note(out, clock);
  return sorted(out);
}

/** Whether `knowledge` covers every clock of `other`. */
export function coversKnowledge(knowledge: Knowledge, other: Knowledge): boolean {
  return Object.values(other).every((clock) => hasSeen(knowledge, clock));
}

/** Whether `knowledge` covers every clock of a record (a partner with it needs nothing of it). */
export function hasSeenRecord(knowledge: Knowledge, record: Pick<SyncMeta, 'clocks'>): boolean {
  return Object.values(record.clocks).every((clock) => hasSeen(knowledge, clock));
}
