/**
 * Automatic local snapshots (issue 17; names and rotation in src-core/backup/snapshots.ts): a
 * full backup, written through the host like the user's own, before a package is applied, a
 * backup restored, the sample removed or the database upgraded, and every hour while something
 * changed. After each, the
 * rotation deletes what the policy no longer keeps (where the host can delete).
 */
import {
  SCHEDULE_EVERY_MS,
  snapshotName,
  snapshotsToDelete,
  type SnapshotReason,
} from '../../src-core/backup/snapshots';
import Dexie from 'dexie';
import type { HostApi } from '../../src-core/host/contract';
import { createBackup } from './backup';
import { openStudioDb, SCHEMA_VERSION, type StudioDb } from './schema';
import { readSetting, writeSetting } from './settings';

export type SnapshotHost = Pick<HostApi, 'writeBackup' | 'listBackups'> &
  Partial<Pick<HostApi, 'deleteBackup'>> & {
    /**
     * Builds the backup's bytes; the app builds them in the bulk worker (a large workspace would
     * otherwise pause the page for seconds). `createBackup` on this thread when absent.
     */
    readonly buildBackup?: (now: Date) => Promise<Uint8Array>;
  };

const listeners = new Set<() => void>();

/** Called whenever a snapshot is written or rotated away (the Settings list shows it at once). */
export function onSnapshotsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Takes a snapshot now and rotates the older ones; returns the snapshot's name. */
export async function takeSnapshot(
  db: StudioDb,
  host: SnapshotHost,
  reason: SnapshotReason,
  now: Date = new Date(),
): Promise<string> {
  const name = snapshotName(reason, now);
  const data = host.buildBackup ? await host.buildBackup(now) : await createBackup(db, now);
  await host.writeBackup({ name, data });
  try {
    await rotateSnapshots(host, now.getTime(), name);
  } catch (error) {
    // The snapshot is written: a file that cannot be deleted now (held by an indexer or a virus
    // scanner) is deleted by a later rotation, and never fails the operation this one protects.
    console.error('Old snapshots could not be rotated', error);
  } finally {
    for (const listener of listeners) listener();
  }
  return name;
}

/** Deletes the snapshots the policy no longer keeps (a host that cannot delete keeps them all). */
export async function rotateSnapshots(
  host: SnapshotHost,
  now: number,
  justWritten?: string,
): Promise<string[]> {
  if (!host.deleteBackup) return [];
  const doomed = snapshotsToDelete(await host.listBackups({}), now, undefined, justWritten);
  for (const name of doomed) await host.deleteBackup({ name });
  return doomed;
}

/**
 * The hourly snapshot: taken when the last one is an hour old and the workspace changed since
 * (its clock moved). Returns the snapshot's name, or null when none was due.
 */
export async function scheduledSnapshotIfDue(
  db: StudioDb,
  host: SnapshotHost,
  now: Date = new Date(),
): Promise<string | null> {
  const clock = (await readSetting(db, 'clock')) ?? null;
  const last = await readSetting(db, 'snapshots:lastScheduled');
  const due =
    last === undefined ||
    (last.clock !== clock && now.getTime() - Date.parse(last.at) >= SCHEDULE_EVERY_MS);
  if (!due) return null;
  const name = await takeSnapshot(db, host, 'scheduled', now);
  await writeSetting(db, 'snapshots:lastScheduled', { at: now.toISOString(), clock });
  return name;
}

/** The version of the workspace database as stored, or null when there is none yet. */
export async function storedSchemaVersion(name: string): Promise<number | null> {
  // Opened without a schema, Dexie opens whatever version is there (and refuses a missing one).
  const probe = new Dexie(name);
  try {
    await probe.open();
    return probe.verno;
  } catch (error) {
    if (error instanceof Error && error.name === 'NoSuchDatabaseError') return null;
    throw error;
  } finally {
    probe.close();
  }
}

/**
 * The snapshot before a schema upgrade (issue 17): when the stored database is older than this
 * version, it is opened at its own version — nothing upgraded yet — and backed up. Returns the
 * snapshot's name, or null when there was nothing to upgrade.
 */
export async function snapshotBeforeUpgrade(
  name: string,
  host: SnapshotHost,
  now: Date = new Date(),
): Promise<string | null> {
  const stored = await storedSchemaVersion(name);
  if (stored === null || stored >= SCHEMA_VERSION) return null;
  const old = openStudioDb(name, stored);
  try {
    await old.open();
    return await takeSnapshot(old, host, 'before-upgrade', now);
  } finally {
    old.close();
  }
}

/** A snapshot that had to come first could not be saved: the operation was not done. */
export class SnapshotFailedError extends Error {
  constructor(readonly failure: unknown) {
    super(`The snapshot could not be saved: ${String(failure)}`);
    this.name = 'SnapshotFailedError';
  }
}

/** The snapshot before an operation that replaces or removes much; refuses the operation if it fails. */
export async function snapshotBefore(
  db: StudioDb,
  host: SnapshotHost,
  reason: Exclude<SnapshotReason, 'scheduled'>,
  now: Date = new Date(),
): Promise<string> {
  try {
    return await takeSnapshot(db, host, reason, now);
  } catch (failure) {
    throw new SnapshotFailedError(failure);
  }
}
