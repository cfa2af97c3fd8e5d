/**
 * Backups and snapshots as the app makes them: the bytes built in the bulk worker (it opens the
 * same database and reads it in one transaction), written through the host. The page only
 * receives the finished file, so a 100,000-organisation workspace no longer pauses it.
 */
import type { HostApi } from '../../src-core/host/contract';
import type { StudioDb } from '../db/schema';
import type { SnapshotHost } from '../db/snapshots';
import { runWorkerTask } from './client';

/** A backup of `db` built off the page. */
export function backupInWorker(db: StudioDb, now: Date = new Date()): Promise<Uint8Array> {
  return runWorkerTask({ kind: 'backup-create', dbName: db.name, now: now.getTime() });
}

/** The host, with snapshots built in the worker. */
export function snapshotHost(db: StudioDb, host: HostApi): SnapshotHost {
  return { ...host, buildBackup: (now) => backupInWorker(db, now) };
}
