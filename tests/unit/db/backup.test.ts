import 'fake-indexeddb/auto';
import { gzipSync, strToU8 } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { BackupError, createBackup, restoreBackup } from '../../../src-renderer/db/backup';
import { createRepositories } from '../../../src-renderer/db/repositories';
import type { StudioDb } from '../../../src-renderer/db/schema';
import { readSetting } from '../../../src-renderer/db/settings';
import { clusterFields, freshDb } from './helpers';

let db: StudioDb;
let other: StudioDb;
afterEach(() => {
  db?.close();
  other?.close();
});

async function snapshot(target: StudioDb) {
  return {
    clusters: await target.clusters.orderBy('id').toArray(),
    settings: await target.settings.orderBy('key').toArray(),
  };
}

const gz = (value: unknown) =>
  gzipSync(strToU8(typeof value === 'string' ? value : JSON.stringify(value)));

describe('workspace backups', () => {
  it('restores exactly what was backed up, replacing the current workspace', async () => {
    db = await freshDb();
    const repos = createRepositories(db);
    await repos.clusters.create(clusterFields());
    const removed = await repos.clusters.create(clusterFields({ name: 'Gone' }));
    await repos.clusters.remove(removed.id);
    const bytes = await createBackup(db, new Date('2026-03-14T14:32:00Z'));
    const before = await snapshot(db);

    other = await freshDb();
    await createRepositories(other).clusters.create(clusterFields({ name: 'Will be replaced' }));
    const count = await restoreBackup(other, bytes);
    expect(count).toBe(2);
    expect(await snapshot(other)).toEqual(before);
    expect((await readSetting(other, 'identity'))?.nodeId).toBe(
      (await readSetting(db, 'identity'))?.nodeId,
    );
  });

  it('is deterministic for the same data and time', async () => {
    db = await freshDb();
    await createRepositories(db, () => 1000).clusters.create(clusterFields());
    const when = new Date('2026-03-14T14:32:00Z');
    expect(await createBackup(db, when)).toEqual(await createBackup(db, when));
  });

  const refusals: [string, Uint8Array, string][] = [
    ['a file that is not compressed', strToU8('hello'), 'notCompressed'],
    ['compressed text that is not JSON', gz('{"format":'), 'notJson'],
    ['JSON that is not a backup', gz({ hello: 'world' }), 'notBackup'],
    [
      'a backup from a newer app',
      gz({
        format: 'meta-cluster-studio/backup',
        formatVersion: 99,
        createdAt: '2026-03-14T14:32:00.000Z',
        tables: {},
        settings: [],
        conflicts: [],
      }),
      'newerVersion',
    ],
    [
      'an unknown table',
      gz({
        format: 'meta-cluster-studio/backup',
        formatVersion: 1,
        createdAt: '2026-03-14T14:32:00.000Z',
        tables: { secrets: [] },
        settings: [],
        conflicts: [],
      }),
      'unknownTable',
    ],
    [
      'an invalid record',
      gz({
        format: 'meta-cluster-studio/backup',
        formatVersion: 1,
        createdAt: '2026-03-14T14:32:00.000Z',
        tables: { clusters: [{ id: 'x' }] },
        settings: [],
        conflicts: [],
      }),
      'badRecord',
    ],
  ];

  it.each(refusals)('refuses %s and changes nothing', async (_label, bytes, code) => {
    db = await freshDb();
    await createRepositories(db).clusters.create(clusterFields());
    const before = await snapshot(db);
    await expect(restoreBackup(db, bytes)).rejects.toSatisfy(
      (error: unknown) => error instanceof BackupError && error.code === code,
    );
    expect(await snapshot(db)).toEqual(before);
  });
});
