/**
 * Many records of one table by id, in batches. `bulkGet` issues every request in the same task:
 * for the ~10,000 member organisations of a meta-cluster workshop at 100k organisations that one
 * task took 450–630 ms (issue 18; RAIL's budget is 200 ms). A batch of 1,000 takes ~50 ms, and the
 * page answers between batches. (A walk of the primary key with Dexie's `anyOf` makes short tasks
 * too, but one round trip per key: the invite page took 7 s instead of 1.5 — measured.)
 */
import { Dexie, type Table } from 'dexie';

const BATCH = 1000;

/**
 * Waits for the next task through `Dexie.waitFor`, which keeps a live query's observation going
 * (reads after a plain `await` of a timer would not be watched: the query would not re-run when
 * they change) and an enclosing transaction open.
 */
const nextTask = () => Dexie.waitFor(new Promise<void>((resolve) => setTimeout(resolve, 0)));

/** The records found, by id, deleted ones included (the caller decides); missing ids are absent. */
export async function readByIds<T extends { readonly id: string }>(
  table: Table<T, string>,
  ids: Iterable<string>,
): Promise<Map<string, T>> {
  const unique = [...new Set(ids)];
  const found = new Map<string, T>();
  if (unique.length === 0) return found;
  // Each batch is issued in its own task; the batches overlap in the database.
  const batches: Promise<(T | undefined)[]>[] = [];
  for (let start = 0; start < unique.length; start += BATCH) {
    if (start > 0) await nextTask();
    batches.push(table.bulkGet(unique.slice(start, start + BATCH)));
  }
  for (const rows of await Promise.all(batches)) {
    for (const row of rows) if (row) found.set(row.id, row);
  }
  return found;
}

/** Keys asked in one transaction, in one task; the next batch waits for the next task. */
const KEYS_PER_BATCH = 500;

/**
 * The records whose `index` holds one of `keys` (the memberships of a meta-cluster's clusters,
 * the contacts of its 10,000 organisations). One `getAll` per key — a range read, answered
 * together — in batches of 500 keys, each batch one read transaction issued in its own task.
 * Dexie's `anyOf` walks one cursor instead, and in Chromium every cursor step (every record, and
 * every jump to the next key) waits for the browser process: the invite page spent ~1.5 s of its
 * 2 s waiting for such walks.
 */
export async function readWhereAnyOf<T>(
  table: Table<T, string>,
  index: string,
  keys: Iterable<string>,
): Promise<T[]> {
  const unique = [...new Set(keys)];
  const batches: Promise<T[][]>[] = [];
  for (let start = 0; start < unique.length; start += KEYS_PER_BATCH) {
    if (start > 0) await nextTask();
    const batch = unique.slice(start, start + KEYS_PER_BATCH);
    batches.push(
      table.db.transaction('r', table, () =>
        Promise.all(batch.map((key) => table.where(index).equals(key).toArray())),
      ),
    );
  }
  return (await Promise.all(batches)).flat(2);
}
