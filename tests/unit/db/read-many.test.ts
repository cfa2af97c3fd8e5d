// Reading many records by id in one walk of the primary key (issue 18: the invite list, the
// workshop runner and a cluster's members at 100k organisations), against fake-IndexedDB.
import 'fake-indexeddb/auto';
import { liveQuery } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { readByIds, readWhereAnyOf } from '../../../src-renderer/db/read-many';
import type { StudioDb } from '../../../src-renderer/db/schema';
import { openWorkspaces, organisationFields } from './helpers';

const { workspace, closeAll } = openWorkspaces(Date.parse('2026-03-14T14:32:00Z'));
afterEach(closeAll);

/** `org-00000`, `org-00001`, … (ids in key order). */
const organisationIdsUpTo = (count: number): string[] =>
  Array.from({ length: count }, (_, i) => `org-${String(i).padStart(5, '0')}`);

/** One contact per family name for each organisation, `c-<index>-<name>`. */
async function putContacts(
  db: StudioDb,
  organisationIds: readonly string[],
  familyNames: readonly string[],
): Promise<void> {
  await db.table('contacts').bulkPut(
    organisationIds.flatMap((organisationId, i) =>
      familyNames.map((familyName) => ({
        id: `c-${i}-${familyName}`,
        organisationId,
        familyName,
        deleted: false,
      })),
    ),
  );
}

describe('readByIds', () => {
  it('finds every record asked for, in any order and repeated, deleted ones included', async () => {
    const { db, repos } = await workspace();
    const names = ['Huilerie Ben Salah', 'Université de Sfax', 'CTAA', 'Olivinvest', 'Zitouna'];
    const created = [];
    for (const name of names)
      created.push(await repos.organisations.create(organisationFields({ name })));
    const [a, b, c, d] = created.map((row) => row.id) as [string, string, string, string];
    await repos.organisations.remove(c);

    const found = await readByIds(db.organisations, [d, a, c, a, 'no-such-id', b]);

    expect([...found.keys()].sort()).toEqual([a, b, c, d].sort());
    expect(found.get(a)?.name).toBe('Huilerie Ben Salah');
    expect(found.get(d)?.name).toBe('Olivinvest');
    expect(found.get(c)?.deleted).toBe(true);
    expect(found.has('no-such-id')).toBe(false);
  });

  it('reads nothing for no ids', async () => {
    const { db, repos } = await workspace();
    await repos.organisations.create(organisationFields());
    expect((await readByIds(db.organisations, [])).size).toBe(0);
  });
});

describe('readByIds with more ids than one batch', () => {
  it('finds them all', async () => {
    const { db } = await workspace();
    const ids = organisationIdsUpTo(2345);
    const table = db.table('organisations');
    await table.bulkPut(ids.map((id, i) => ({ id, name: `Organisation ${i}`, deleted: false })));
    const asked = [...ids].reverse().filter((_, i) => i % 7 !== 0);

    const found = await readByIds(db.organisations, asked);

    expect(found.size).toBe(asked.length);
    for (const id of asked) expect(found.get(id)?.name).toBe(`Organisation ${Number(id.slice(4))}`);
  });
});

describe('readWhereAnyOf', () => {
  it('finds the records of every key through the index, each once, with several walks', async () => {
    const { db } = await workspace();
    // 1,200 organisations with two contacts each: more keys than one batch takes.
    const organisationIds = organisationIdsUpTo(1200);
    await putContacts(db, organisationIds, ['A', 'B']);
    const asked = organisationIds.filter((_, i) => i % 3 !== 1).reverse();

    const rows = await readWhereAnyOf(db.contacts, 'organisationId', [...asked, asked[0]!]);

    expect(rows).toHaveLength(asked.length * 2);
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
    expect(new Set(rows.map((row) => row.organisationId))).toEqual(new Set(asked));
  });

  it('reads nothing for no keys', async () => {
    const { db } = await workspace();
    expect(await readWhereAnyOf(db.contacts, 'organisationId', [])).toEqual([]);
  });
});

describe('in a live query', () => {
  /** The next value the live query gives after `change` is written, or a timeout. */
  async function nextAfter<T>(query: () => Promise<T>, change: () => Promise<unknown>) {
    const values: T[] = [];
    let notify = () => {};
    const subscription = liveQuery(query).subscribe({
      next: (value) => {
        values.push(value);
        notify();
      },
    });
    const nth = (n: number) =>
      new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no value ${n}`)), 5000);
        const check = () => {
          if (values.length >= n) {
            clearTimeout(timer);
            resolve(values[n - 1] as T);
          }
        };
        notify = check;
        check();
      });
    try {
      await nth(1);
      await change();
      return await nth(2);
    } finally {
      subscription.unsubscribe();
    }
  }

  it('re-runs when a record read in a later batch changes', async () => {
    const { db } = await workspace();
    const ids = organisationIdsUpTo(2500);
    await db.table('organisations').bulkPut(ids.map((id) => ({ id, name: id, deleted: false })));
    const last = ids[2499] as string;
    const value = await nextAfter(
      async () => (await readByIds(db.organisations, ids)).get(last)?.name,
      () => db.table('organisations').update(last, { name: 'Renamed in the third batch' }),
    );
    expect(value).toBe('Renamed in the third batch');
  });

  it('re-runs when a record found through the index in a later batch changes', async () => {
    const { db } = await workspace();
    const organisationIds = organisationIdsUpTo(1200);
    await putContacts(db, organisationIds, ['Before']);
    const value = await nextAfter(
      async () =>
        (await readWhereAnyOf(db.contacts, 'organisationId', organisationIds)).find(
          (row) => row.id === 'c-1199-Before',
        )?.familyName,
      () => db.table('contacts').update('c-1199-Before', { familyName: 'After' }),
    );
    expect(value).toBe('After');
  });
});
