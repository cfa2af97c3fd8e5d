// Snapshots taken by the app (issue 17), against a real (fake-IndexedDB) workspace and a backups
// folder kept in memory with the host's contract (names checked, newest first).
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { parseSnapshotName } from '../../../src-core/backup/snapshots';
import {
  backupInfoSchema,
  safeFileNameSchema,
  type BackupInfo,
} from '../../../src-core/host/contract';
import { restoreBackup } from '../../../src-renderer/db/backup';
import { openStudioDb, SCHEMA_VERSION } from '../../../src-renderer/db/schema';
import {
  scheduledSnapshotIfDue,
  snapshotBeforeUpgrade,
  storedSchemaVersion,
  snapshotBefore,
  SnapshotFailedError,
  type SnapshotHost,
} from '../../../src-renderer/db/snapshots';
import { clusterFields, databaseSnapshot, openWorkspaces, version5Workshop } from './helpers';

const T0 = Date.parse('2026-03-14T14:32:00Z');
const HOUR = 3_600_000;
const { workspace, closeAll } = openWorkspaces(T0);
afterEach(closeAll);

function memoryFolder() {
  const files = new Map<string, { data: Uint8Array; createdAt: string }>();
  const host: Required<Omit<SnapshotHost, 'buildBackup'>> & {
    files: typeof files;
    failWrites: boolean;
  } = {
    files,
    failWrites: false,
    async writeBackup({ name, data }) {
      safeFileNameSchema.parse(name);
      if (host.failWrites) throw new DOMException('full', 'QuotaExceededError');
      const createdAt = parseSnapshotName(name)
        ? new Date(parseSnapshotName(name)!.at).toISOString()
        : new Date(T0).toISOString();
      files.set(name, { data, createdAt });
      return backupInfoSchema.parse({ name, size: data.byteLength, createdAt });
    },
    async listBackups() {
      return [...files].map(([name, file]): BackupInfo => ({
        name,
        size: file.data.byteLength,
        createdAt: file.createdAt,
      }));
    },
    async deleteBackup({ name }) {
      return { deleted: files.delete(name) };
    },
  };
  return host;
}

describe('snapshots', () => {
  it('before an operation: a full backup named by its reason, which restores the state', async () => {
    const { db, repos } = await workspace();
    await repos.clusters.create(clusterFields({ name: 'Sfax Olive Cluster' }));
    const before = await databaseSnapshot(db);
    const host = memoryFolder();
    const name = await snapshotBefore(db, host, 'before-import', new Date(T0 + HOUR));
    expect(parseSnapshotName(name)).toEqual({ reason: 'before-import', at: T0 + HOUR });
    await repos.clusters.create(clusterFields({ name: 'Gabès Date Cluster' }));
    await restoreBackup(db, host.files.get(name)!.data);
    expect(await databaseSnapshot(db)).toEqual(before);
  });

  it('refuses the operation when the snapshot cannot be saved', async () => {
    const { db } = await workspace();
    const host = memoryFolder();
    host.failWrites = true;
    const failure = await snapshotBefore(db, host, 'before-restore').catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(SnapshotFailedError);
    expect((failure as SnapshotFailedError).failure).toMatchObject({ name: 'QuotaExceededError' });
  });

  it('hourly: only when an hour has passed and the workspace changed', async () => {
    const { db, repos, at } = await workspace();
    const host = memoryFolder();
    expect(await scheduledSnapshotIfDue(db, host, new Date(T0))).not.toBeNull();
    // Changed, but not an hour yet.
    at(T0 + HOUR / 2);
    await repos.clusters.create(clusterFields({ name: 'Sfax Olive Cluster' }));
    expect(await scheduledSnapshotIfDue(db, host, new Date(T0 + HOUR / 2))).toBeNull();
    // An hour, and changed: due.
    expect(await scheduledSnapshotIfDue(db, host, new Date(T0 + HOUR))).not.toBeNull();
    // Two hours later, nothing changed since: not due.
    expect(await scheduledSnapshotIfDue(db, host, new Date(T0 + 3 * HOUR))).toBeNull();
    expect(host.files.size).toBe(2);
  });

  it('rotates: old scheduled snapshots go, the user’s own backups stay', async () => {
    const { db, repos, at } = await workspace();
    const host = memoryFolder();
    await host.writeBackup({ name: 'workspace-own.mcsbackup', data: new Uint8Array([1]) });
    for (let hour = 0; hour < 30; hour += 1) {
      at(T0 + hour * HOUR);
      await repos.clusters.create(clusterFields({ name: `Cluster ${hour}` }));
      await scheduledSnapshotIfDue(db, host, new Date(T0 + hour * HOUR));
    }
    const names = [...host.files.keys()];
    expect(names).toContain('workspace-own.mcsbackup');
    // The last 24 hours hourly, and the first of each older day: fewer than 30.
    const scheduled = names.filter((name) => parseSnapshotName(name)?.reason === 'scheduled');
    expect(scheduled.length).toBeLessThan(30);
    expect(scheduled.length).toBeGreaterThanOrEqual(25);
  });
});

describe('the snapshot before a schema upgrade', () => {
  it('backs up an older database as it is, before this version opens (and upgrades) it', async () => {
    // A cluster record as the app writes it, put into a database left at version 6.
    const source = await workspace();
    const cluster = await source.repos.clusters.create(
      clusterFields({ name: 'Sfax Olive Cluster' }),
    );
    const name = `upgrade-${process.pid}-${Math.random().toString(36).slice(2)}`;
    const v6 = openStudioDb(name, 6);
    await v6.open();
    await v6.table('clusters').put(cluster);
    await v6.settings.put({ key: 'language', value: 'fr' });
    v6.close();

    const host = memoryFolder();
    expect(await storedSchemaVersion(name)).toBe(6);
    const snapshot = await snapshotBeforeUpgrade(name, host, new Date(T0));
    expect(snapshot && parseSnapshotName(snapshot)?.reason).toBe('before-upgrade');
    // Taken before the upgrade: the database is still at version 6.
    expect(await storedSchemaVersion(name)).toBe(6);

    const current = openStudioDb(name);
    await current.open();
    expect(current.verno).toBe(SCHEMA_VERSION);
    // Nothing more to snapshot once upgraded.
    expect(await snapshotBeforeUpgrade(name, host, new Date(T0 + HOUR))).toBeNull();
    current.close();

    const { db } = await workspace();
    await restoreBackup(db, host.files.get(snapshot!)!.data);
    expect(await db.clusters.get(cluster.id)).toMatchObject({ name: 'Sfax Olive Cluster' });
    expect(await db.settings.get('language')).toEqual({ key: 'language', value: 'fr' });
  });

  it('takes none for a new database', async () => {
    const host = memoryFolder();
    expect(await snapshotBeforeUpgrade(`none-${Math.random()}`, host)).toBeNull();
    expect(host.files.size).toBe(0);
  });
});

describe('a snapshot of an older schema, restored', () => {
  it('gives its records the fields this version added (a version-5 workshop gets its run)', async () => {
    const name = `upgrade-v5-${process.pid}-${Math.random().toString(36).slice(2)}`;
    const v5 = openStudioDb(name, 5);
    await v5.open();
    const old = version5Workshop();
    await v5.table('workshops').add(old);
    v5.close();
    const host = memoryFolder();
    const snapshot = await snapshotBeforeUpgrade(name, host, new Date(T0));
    expect(snapshot).not.toBeNull();

    const { db } = await workspace();
    await restoreBackup(db, host.files.get(snapshot!)!.data);
    const restored = await db.workshops.get(old.id);
    expect(restored?.run).toMatchObject({ status: 'planned', currentStageId: null, overrides: [] });
    expect(restored?.name).toBe('Valencia workshop');
  });
});
