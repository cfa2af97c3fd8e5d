/**
 * Many records of one table by id, in batches. `bulkGet` issues every request in the same task:
 * for the ~10,000 member organisations of a meta-cluster workshop at 100k organisations that one
 * task took 450–630 ms (issue 18; RAIL's budget is 200 ms). A batch of 1,000 takes ~50 ms, and the
 * page answers between batches. (A walk of the primary key with Dexie's `anyOf` makes short tasks
 * too, but one round trip per key: the invite page took 7 s instead of 1.5 — measured.)
 */
import type { Table } from 'dexie';

const BATCH = 1000;

/** The records found, by id, deleted ones included (the caller decides); missing ids are absent. */
export async function readByIds<T extends { readonly id: string }>(
  table: Table<T, string>,
  ids: Iterable<string>,
): Promise<Map<string, T>> {
  const unique = [...new Set(ids)];
  const found = new Map<string, T>();
  if (unique.length === 0) return found;
  for (let start = 0; start < unique.length; start += BATCH) {
    const rows = await table.bulkGet(unique.slice(start, start + BATCH));
    for (const row of rows) if (row) found.set(row.id, row);
  }
  return found;
}
