import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { clockOf } from '../../../src-core/model/sync-meta';
import {
  RecordNotFoundError,
  ValidationError,
  createRepositories,
} from '../../../src-renderer/db/repositories';
import { writeImport } from '../../../src-renderer/db/import-write';
import type { StudioDb } from '../../../src-renderer/db/schema';
import { clusterFields, freshDb } from './helpers';

let db: StudioDb;
afterEach(() => db?.close());

describe('writing a confirmed import', () => {
  it('creates and updates in one go, stamping one clock, and counts what changed', async () => {
    db = await freshDb();
    const repos = createRepositories(db);
    const existing = await repos.clusters.create(clusterFields({ name: 'Existing' }));
    const same = await repos.clusters.create(clusterFields({ name: 'Same' }));
    const progress: number[] = [];
    const result = await writeImport(
      db,
      'clusters',
      {
        create: [clusterFields({ name: 'New A' }), clusterFields({ name: 'New B' })],
        update: [
          { id: existing.id, patch: { managementFte: 3 } },
          { id: same.id, patch: { name: 'Same' } },
        ],
      },
      { chunkSize: 1, onProgress: (p) => progress.push(p.done) },
    );
    expect(result).toEqual({ created: 2, updated: 1, unchanged: 1 });
    expect(progress).toEqual([1, 2, 3, 4]);
    const all = await db.clusters.toArray();
    expect(all.map((c) => c.name).sort()).toEqual(['Existing', 'New A', 'New B', 'Same']);
    const updated = all.find((c) => c.id === existing.id)!;
    const created = all.find((c) => c.name === 'New A')!;
    expect(updated.managementFte).toBe(3);
    expect(clockOf(updated, 'managementFte')).toBe(clockOf(created, 'name'));
    expect(clockOf(updated, 'name')).toBe(clockOf(existing, 'name'));
    expect(await db.clusters.get(same.id)).toEqual(same);
  });

  it('an update of a record that vanished refuses everything, including the creates before it', async () => {
    db = await freshDb();
    await expect(
      writeImport(db, 'clusters', {
        create: [clusterFields({ name: 'Would be new' })],
        update: [{ id: '0192f0c4-7b1e-7c3a-9d2e-1f2a3b4c5d6e', patch: { name: 'x' } }],
      }),
    ).rejects.toBeInstanceOf(RecordNotFoundError);
    expect(await db.clusters.count()).toBe(0);
  });

  it('refuses invalid fields before writing anything', async () => {
    db = await freshDb();
    await expect(
      writeImport(db, 'clusters', {
        create: [clusterFields(), clusterFields({ country: 'Spain' })],
        update: [],
      }),
    ).rejects.toSatisfy(
      (error: unknown) =>
        error instanceof ValidationError && error.problems[0]?.field === 'create[1].country',
    );
    expect(await db.clusters.count()).toBe(0);
  });
});
