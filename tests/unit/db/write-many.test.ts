// A bulk write through the synced repository (a room's burst of votes): the same records, clocks
// and refusals as one write at a time, in one transaction, nested or not.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { clockOf } from '../../../src-core/model/sync-meta';
import { newRecordId } from '../../../src-core/model/ids';
import {
  createRepositories,
  RecordNotFoundError,
  ValidationError,
} from '../../../src-renderer/db/repositories';
import type { StudioDb } from '../../../src-renderer/db/schema';
import { readSetting } from '../../../src-renderer/db/settings';
import { clusterFields, freshDb } from './helpers';

let db: StudioDb;
afterEach(() => db?.close());

describe('writeMany', () => {
  it('creates, changes and deletes as single writes would, each with its own later clock', async () => {
    db = await freshDb();
    const repos = createRepositories(db, () => 5000);
    const a = await repos.clusters.create(clusterFields({ name: 'A' }));
    const b = await repos.clusters.create(clusterFields({ name: 'B' }));
    const newId = newRecordId();
    const written = await repos.clusters.writeMany([
      { kind: 'change', id: a.id, patch: { name: 'A2' } },
      { kind: 'create', id: newId, fields: clusterFields({ name: 'C' }) },
      { kind: 'change', id: b.id, patch: { deleted: true } },
    ]);
    expect(written.map((r) => r.id)).toEqual([a.id, newId, b.id]);
    const stored = await db.clusters.bulkGet([a.id, newId, b.id]);
    expect(stored).toEqual(written);
    expect(stored.map((r) => [r?.name, r?.deleted])).toEqual([
      ['A2', false],
      ['C', false],
      ['B', true],
    ]);
    // Clocks strictly increase in write order, all after the earlier writes; the stored clock is the last.
    const clocks = [
      clockOf(stored[0]!, 'name'),
      clockOf(stored[1]!, 'name'),
      clockOf(stored[2]!, 'deleted'),
    ];
    expect([...clocks].sort()).toEqual(clocks);
    expect(new Set(clocks).size).toBe(3);
    expect(clocks[0]! > clockOf(b, 'name')!).toBe(true);
    expect(await readSetting(db, 'clock')).toBe(clocks[2]);
    // An unchanged field keeps its clock.
    expect(clockOf(stored[0]!, 'country')).toBe(clockOf(a, 'country'));
  });

  it('refuses an invalid value or a missing or deleted record and writes nothing', async () => {
    db = await freshDb();
    const repos = createRepositories(db, () => 5000);
    const a = await repos.clusters.create(clusterFields({ name: 'A' }));
    const gone = await repos.clusters.create(clusterFields({ name: 'Gone' }));
    await repos.clusters.remove(gone.id);
    const before = await db.clusters.toArray();
    const clock = await readSetting(db, 'clock');
    const fresh = {
      kind: 'create',
      id: newRecordId(),
      fields: clusterFields({ name: 'New' }),
    } as const;
    await expect(
      repos.clusters.writeMany([fresh, { kind: 'change', id: a.id, patch: { name: '' } }]),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      repos.clusters.writeMany([
        fresh,
        { kind: 'change', id: newRecordId(), patch: { name: 'X' } },
      ]),
    ).rejects.toBeInstanceOf(RecordNotFoundError);
    await expect(
      repos.clusters.writeMany([fresh, { kind: 'change', id: gone.id, patch: { name: 'X' } }]),
    ).rejects.toBeInstanceOf(RecordNotFoundError);
    expect(await db.clusters.toArray()).toEqual(before);
    expect(await readSetting(db, 'clock')).toBe(clock);
  });

  it('refuses a create over an existing record and the same id twice', async () => {
    db = await freshDb();
    const repos = createRepositories(db, () => 5000);
    const a = await repos.clusters.create(clusterFields({ name: 'A' }));
    const before = await db.clusters.toArray();
    await expect(
      repos.clusters.writeMany([
        { kind: 'create', id: a.id, fields: clusterFields({ name: 'X' }) },
      ]),
    ).rejects.toThrow(/exists already/);
    await expect(
      repos.clusters.writeMany([
        { kind: 'change', id: a.id, patch: { name: 'B' } },
        { kind: 'change', id: a.id, patch: { name: 'C' } },
      ]),
    ).rejects.toThrow(/same id twice/);
    expect(await db.clusters.toArray()).toEqual(before);
  });

  it('removes again or restores a deleted record, but edits no other field of it', async () => {
    db = await freshDb();
    const repos = createRepositories(db, () => 5000);
    const gone = await repos.clusters.create(clusterFields({ name: 'Gone' }));
    const removed = await repos.clusters.remove(gone.id);
    const [again] = await repos.clusters.writeMany([
      { kind: 'change', id: gone.id, patch: { deleted: true } },
    ]);
    expect(again).toEqual(removed);
    await expect(
      repos.clusters.writeMany([{ kind: 'change', id: gone.id, patch: { name: 'Back' } }]),
    ).rejects.toBeInstanceOf(RecordNotFoundError);
    const [restored] = await repos.clusters.writeMany([
      { kind: 'change', id: gone.id, patch: { deleted: false } },
    ]);
    expect(restored?.deleted).toBe(false);
  });

  it('writes inside a caller’s transaction: when the caller fails, nothing stays', async () => {
    db = await freshDb();
    const repos = createRepositories(db, () => 5000);
    const ids = [newRecordId(), newRecordId()];
    const clock = await readSetting(db, 'clock');
    await expect(
      db.transaction('rw', ['clusters', 'settings'], async () => {
        expect(await repos.clusters.writeMany([])).toEqual([]);
        await repos.clusters.writeMany(
          ids.map((id, i) => ({ kind: 'create', id, fields: clusterFields({ name: `N${i}` }) })),
        );
        expect(await db.clusters.bulkGet(ids)).toHaveLength(2);
        throw new Error('the caller fails after the bulk write');
      }),
    ).rejects.toThrow('the caller fails');
    expect(await db.clusters.bulkGet(ids)).toEqual([undefined, undefined]);
    expect(await readSetting(db, 'clock')).toBe(clock);
  });
});
