// Reading many records by id in one walk of the primary key (issue 18: the invite list, the
// workshop runner and a cluster's members at 100k organisations), against fake-IndexedDB.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { readByIds } from '../../../src-renderer/db/read-many';
import { openWorkspaces, organisationFields } from './helpers';

const { workspace, closeAll } = openWorkspaces(Date.parse('2026-03-14T14:32:00Z'));
afterEach(closeAll);

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
    const ids = Array.from({ length: 2345 }, (_, i) => `org-${String(i).padStart(5, '0')}`);
    const table = db.table('organisations');
    await table.bulkPut(ids.map((id, i) => ({ id, name: `Organisation ${i}`, deleted: false })));
    const asked = [...ids].reverse().filter((_, i) => i % 7 !== 0);

    const found = await readByIds(db.organisations, asked);

    expect(found.size).toBe(asked.length);
    for (const id of asked) expect(found.get(id)?.name).toBe(`Organisation ${Number(id.slice(4))}`);
  });
});
