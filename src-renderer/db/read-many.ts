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

/**
 * `read` for each slice of `items` of `size`, each issued in its own task; the reads overlap in
 * the database and their answers come back in order.
 */
async function inBatches<K, R>(
  items: readonly K[],
  size: number,
  read: (slice: K[]) => Promise<R>,
): Promise<R[]> {
  const reads: Promise<R>[] = [];
  for (let start = 0; start < items.length; start += size) {
    if (start > 0) await nextTask();
    reads.push(read(items.slice(start, start + size)));
  }
  return Promise.all(reads);
}

/** The records found, by id, deleted ones included (the caller decides); missing ids are absent. */
export async function readByIds<T extends { readonly id: string }>(
  table: Table<T, string>,
  ids: Iterable<string>,
): Promise<Map<string, T>> {
  const found = new Map<string, T>();
  const batches = await inBatches([...new Set(ids)], BATCH, (slice) => table.bulkGet(slice));
  for (const rows of batches) for (const row of rows) if (row) found.set(row.id, row);
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
  const batches = await inBatches([...new Set(keys)], KEYS_PER_BATCH, (slice) =>
    table.db.transaction('r', table, () =>
      Promise.all(slice.map((key) => table.where(index).equals(key).toArray())),
    ),
  );
  return batches.flat(2);
}
