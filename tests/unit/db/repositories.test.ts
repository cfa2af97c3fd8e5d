import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { clusterRecordSchema } from '../../../src-core/model/entities';
import { clockOf, writerOf } from '../../../src-core/model/sync-meta';
import { parseHlc } from '../../../src-core/sync/hlc';
import { NoIdentityError } from '../../../src-renderer/db/clock';
import { createRepositories, ValidationError } from '../../../src-renderer/db/repositories';
import { openStudioDb, type StudioDb } from '../../../src-renderer/db/schema';
import { readSetting } from '../../../src-renderer/db/settings';
import { clusterFields, freshDb } from './helpers';

let db: StudioDb;
afterEach(() => db?.close());

describe('synced repositories', () => {
  it('create stamps every field and deleted:false with one clock from this node', async () => {
    db = await freshDb();
    const identity = await readSetting(db, 'identity');
    const repos = createRepositories(db, () => 1_741_962_720_000);
    const created = await repos.clusters.create(clusterFields());
    const stored = await db.clusters.get(created.id);
    expect(stored).toEqual(created);
    expect(clusterRecordSchema.safeParse(stored).success).toBe(true);
    expect(stored?.deleted).toBe(false);
    const fields = [...Object.keys(clusterFields()), 'deleted'];
    const clocks = new Set(fields.map((field) => clockOf(stored!, field)));
    expect(clocks.size).toBe(1);
    expect(stored?.clocks).toEqual({ '*': [...clocks][0] });
    expect(writerOf(created, 'name')).toBe(identity?.nodeId);
    expect(parseHlc(clockOf(created, 'name')!).millis).toBe(1_741_962_720_000);
  });

  it('update stamps only the changed fields, with a later clock', async () => {
    db = await freshDb();
    const repos = createRepositories(db, () => 1000);
    const created = await repos.clusters.create(clusterFields());
    const updated = await repos.clusters.update(created.id, {
      name: 'Sfax Olive Cluster',
      country: 'TN',
    });
    expect(updated.name).toBe('Sfax Olive Cluster');
    expect(clockOf(updated, 'name')! > clockOf(created, 'name')!).toBe(true);
    expect(clockOf(updated, 'country')).toBe(clockOf(created, 'country'));
    expect(await db.clusters.get(created.id)).toEqual(updated);
  });

  it('remove and restore are clocked writes; the row stays for merging', async () => {
    db = await freshDb();
    const repos = createRepositories(db, () => 1000);
    const created = await repos.clusters.create(clusterFields());
    const removed = await repos.clusters.remove(created.id);
    expect(removed.deleted).toBe(true);
    expect(await db.clusters.count()).toBe(1);
    const restored = await repos.clusters.restore(created.id);
    expect(restored.deleted).toBe(false);
    expect(clockOf(restored, 'deleted')! > clockOf(removed, 'deleted')!).toBe(true);
  });

  it('refuses invalid fields with field-level problems and writes nothing', async () => {
    db = await freshDb();
    const repos = createRepositories(db);
    const clockBefore = await readSetting(db, 'clock');
    await expect(
      repos.clusters.create(clusterFields({ name: '', country: 'Tunisia' })),
    ).rejects.toSatisfy(
      (error: unknown) =>
        error instanceof ValidationError &&
        error.problems
          .map((p) => p.field)
          .sort()
          .join(',') === 'country,name',
    );
    expect(await db.clusters.count()).toBe(0);
    expect(await readSetting(db, 'clock')).toBe(clockBefore);

    const created = await repos.clusters.create(clusterFields());
    await expect(repos.clusters.update(created.id, { managementFte: -1 })).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(await db.clusters.get(created.id)).toEqual(created);
  });

  it('clocks keep rising across reopening the database, even if the wall clock goes back', async () => {
    db = await freshDb();
    const first = await createRepositories(db, () => 5000).clusters.create(clusterFields());
    const name = db.name;
    db.close();
    db = openStudioDb(name);
    const second = await createRepositories(db, () => 1000).clusters.create(
      clusterFields({ name: 'Second' }),
    );
    expect(clockOf(second, 'name')! > clockOf(first, 'name')!).toBe(true);
  });

  it('cannot write before the workspace has an identity', async () => {
    db = await freshDb(false);
    await expect(createRepositories(db).clusters.create(clusterFields())).rejects.toBeInstanceOf(
      NoIdentityError,
    );
  });
});
