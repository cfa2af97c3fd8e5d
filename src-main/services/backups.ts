/**
 * The backups folder in the user-data folder: atomic writes, a newest-first listing, reads.
 *
 * A backup holds the whole workspace, partners' contact data included, so:
 * - the folder is 0700 and each backup 0600 (POSIX): other accounts on the laptop cannot read them;
 * - the main process decides what a backup may be called: `<letters, digits, . _ ->.mcsbackup`,
 *   strictly inside the folder, so a request can never reach or create another file on disk;
 * - nothing is read or listed through a symbolic link (no-follow.ts), and a backups folder that
 *   is itself a link is refused;
 * - sizes are capped: one backup at most MAX_BACKUP_BYTES; after each write, beyond
 *   MAX_BACKUPS_KEPT backups or MAX_BACKUPS_TOTAL_BYTES in all, the oldest are removed (automatic
 *   snapshots before the user's own backups, never the one just written). The renderer's own
 *   rotation keeps far fewer; these caps only stop a runaway from filling the disk.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import {
  HostError,
  MAX_FILE_BYTES,
  safeFileNameSchema,
  type BackupInfo,
} from '../../src-core/host/contract';
import { writeFileAtomic, type AtomicFileSystem } from './atomic-file';
import { errorCode, toHostIoError } from './fs-errors';
import { entryKind, readFileNoFollow } from './no-follow';

export const BACKUPS_FOLDER_NAME = 'backups';
export const BACKUP_EXTENSION = '.mcsbackup';

/** One backup: the largest file the host handles at all. */
export const MAX_BACKUP_BYTES = MAX_FILE_BYTES;
/** Backups kept in the folder, automatic snapshots included. */
export const MAX_BACKUPS_KEPT = 200;
/** All backups together. */
export const MAX_BACKUPS_TOTAL_BYTES = 8 * 1024 ** 3;

export const BACKUPS_FOLDER_MODE = 0o700;
export const BACKUP_FILE_MODE = 0o600;

/** Names automatic snapshots carry (src-core/backup/snapshots.ts): removed first at the cap. */
const SNAPSHOT_PREFIX = 'snapshot-';

export type BackupLimits = {
  readonly maxBytes: number;
  readonly maxKept: number;
  readonly maxTotalBytes: number;
};

export const DEFAULT_BACKUP_LIMITS: BackupLimits = {
  maxBytes: MAX_BACKUP_BYTES,
  maxKept: MAX_BACKUPS_KEPT,
  maxTotalBytes: MAX_BACKUPS_TOTAL_BYTES,
};

/** Mode bits mean nothing to Windows' access-control lists. */
const hasPosixModes = process.platform !== 'win32';

export function backupsFolderIn(userDataDir: string): string {
  return path.join(userDataDir, BACKUPS_FOLDER_NAME);
}

const backupStemPattern = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Whether `name` is a name the main process gives a backup (and lists). */
export function isBackupName(name: string): boolean {
  if (!safeFileNameSchema.safeParse(name).success) return false;
  if (!name.toLowerCase().endsWith(BACKUP_EXTENSION)) return false;
  return backupStemPattern.test(name.slice(0, -BACKUP_EXTENSION.length));
}

function invalidName(name: string): HostError {
  return new HostError(
    'invalid-request',
    'invalidBackupName',
    { name },
    `"${name}" is not a valid backup name.`,
  );
}

function megabytes(bytes: number): number {
  return Math.round(bytes / (1024 * 1024));
}

function tooLarge(name: string, maxBytes: number): HostError {
  return new HostError(
    'invalid-request',
    'fileTooLarge',
    { name, limit: megabytes(maxBytes) },
    `The backup ${name} is larger than ${megabytes(maxBytes)} MB.`,
  );
}

function notFound(name: string, why = 'was not found'): HostError {
  return new HostError('io', 'backupNotFound', { name }, `The backup ${name} ${why}.`);
}

function folderRefused(): HostError {
  return new HostError(
    'io',
    'backupsFolderFailed',
    {},
    'The backups folder is a link to another place; it is not used. Remove the link.',
  );
}

/** The absolute path of backup `name`, or a HostError when the name is unsafe or escapes. */
export function resolveBackupPath(folder: string, name: string): string {
  if (!isBackupName(name)) throw invalidName(name);
  const root = path.resolve(folder);
  const resolved = path.resolve(root, name);
  if (path.dirname(resolved) !== root) throw invalidName(name);
  return resolved;
}

/** True when the folder exists as a real folder; false when absent; refused when a link. */
async function checkFolder(folder: string): Promise<boolean> {
  let stats;
  try {
    stats = await fs.lstat(folder);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false;
    throw toHostIoError(error, 'open the backups folder', 'backupsFolderFailed', {});
  }
  if (stats.isSymbolicLink() || !stats.isDirectory()) throw folderRefused();
  return true;
}

/** Creates the folder 0700, or narrows an existing one (made 0755 by an older version) to it. */
async function prepareFolder(folder: string): Promise<void> {
  try {
    await fs.mkdir(path.dirname(folder), { recursive: true });
    await fs.mkdir(folder, { mode: BACKUPS_FOLDER_MODE });
  } catch (error) {
    if (errorCode(error) !== 'EEXIST') {
      throw toHostIoError(error, 'create the backups folder', 'backupsFolderFailed', {});
    }
  }
  await checkFolder(folder);
  if (!hasPosixModes) return;
  try {
    const stats = await fs.lstat(folder);
    if ((stats.mode & 0o777) !== BACKUPS_FOLDER_MODE) await fs.chmod(folder, BACKUPS_FOLDER_MODE);
  } catch (error) {
    throw toHostIoError(error, 'protect the backups folder', 'backupsFolderFailed', {});
  }
}

type StoredBackup = BackupInfo & { readonly mode: number; readonly mtimeMs: number };

/** The backups in the folder: regular files with a backup's name; links and the rest left out. */
async function storedBackups(folder: string): Promise<StoredBackup[]> {
  if (!(await checkFolder(folder))) return [];
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return [];
    throw toHostIoError(error, 'list the backups', 'backupsFolderFailed', {});
  }
  const backups: StoredBackup[] = [];
  for (const name of names) {
    if (!isBackupName(name)) continue;
    try {
      // lstat: a link named like a backup is not one.
      const stats = await fs.lstat(path.join(folder, name));
      if (entryKind(stats) !== 'file') continue;
      backups.push({
        name,
        size: stats.size,
        // mtime, not birthtime: an atomic write creates a fresh file each time, and birthtime
        // is missing on some Linux file systems.
        createdAt: stats.mtime.toISOString(),
        mode: stats.mode,
        mtimeMs: stats.mtimeMs,
      });
    } catch {
      // Deleted between readdir and lstat: it is simply no longer a backup.
    }
  }
  return backups.sort(
    (a, b) => b.mtimeMs - a.mtimeMs || (a.name < b.name ? 1 : a.name > b.name ? -1 : 0),
  );
}

/**
 * The names to remove so that at most `maxKept` backups and `maxTotalBytes` remain: the oldest
 * automatic snapshots. The user's own backups are never removed (the app promises so; a folder
 * of only the user's own may go over the caps, their choice), nor `keep` (the backup just
 * written). `backups` are newest first.
 */
export function backupsOverLimits(
  backups: readonly Pick<BackupInfo, 'name' | 'size'>[],
  limits: Pick<BackupLimits, 'maxKept' | 'maxTotalBytes'>,
  keep: string,
): string[] {
  let count = backups.length;
  let bytes = backups.reduce((sum, backup) => sum + backup.size, 0);
  const oldestFirst = [...backups].reverse();
  const candidates = oldestFirst.filter(
    (b) => b.name.startsWith(SNAPSHOT_PREFIX) && b.name !== keep,
  );
  const removed: string[] = [];
  for (const backup of candidates) {
    if (count <= limits.maxKept && bytes <= limits.maxTotalBytes) break;
    removed.push(backup.name);
    count -= 1;
    bytes -= backup.size;
  }
  return removed;
}

/** Removes what is over the caps and narrows files an older version wrote 0644. */
async function enforceLimits(folder: string, limits: BackupLimits, keep: string): Promise<void> {
  const backups = await storedBackups(folder);
  const removed = new Set(backupsOverLimits(backups, limits, keep));
  for (const backup of backups) {
    const filePath = path.join(folder, backup.name);
    try {
      if (removed.has(backup.name)) {
        await fs.rm(filePath, { force: true });
        console.warn(`[backups] removed ${backup.name}: over the backups folder's limits`);
      } else if (hasPosixModes && (backup.mode & 0o077) !== 0) {
        await fs.chmod(filePath, BACKUP_FILE_MODE);
      }
    } catch (error) {
      // The new backup is written; tidying the others is tried again after the next one.
      console.warn(`[backups] could not tidy ${backup.name} (${errorCode(error) ?? 'error'})`);
    }
  }
}

export async function writeBackup(
  folder: string,
  name: string,
  data: Uint8Array,
  fileSystem?: AtomicFileSystem,
  limits: BackupLimits = DEFAULT_BACKUP_LIMITS,
): Promise<BackupInfo> {
  const target = resolveBackupPath(folder, name);
  if (data.byteLength > limits.maxBytes) throw tooLarge(name, limits.maxBytes);
  await prepareFolder(folder);
  await writeFileAtomic(target, data, fileSystem, { mode: BACKUP_FILE_MODE });
  let written;
  try {
    written = await fs.lstat(target);
  } catch (error) {
    throw toHostIoError(error, `read back the backup ${name}`, 'backupReadFailed', { name });
  }
  await enforceLimits(folder, limits, name);
  return { name, size: written.size, createdAt: written.mtime.toISOString() };
}

/** Newest first; leftovers of interrupted writes, links and foreign files are not listed. */
export async function listBackups(folder: string): Promise<BackupInfo[]> {
  return (await storedBackups(folder)).map(({ name, size, createdAt }) => ({
    name,
    size,
    createdAt,
  }));
}

export async function readBackup(
  folder: string,
  name: string,
  maxBytes: number = MAX_BACKUP_BYTES,
): Promise<Uint8Array<ArrayBuffer>> {
  const target = resolveBackupPath(folder, name);
  if (!(await checkFolder(folder))) throw notFound(name);
  let read;
  try {
    read = await readFileNoFollow(target, maxBytes);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') throw notFound(name);
    throw toHostIoError(error, `read the backup ${name}`, 'backupReadFailed', { name });
  }
  switch (read.kind) {
    case 'file':
      return read.bytes;
    case 'link':
      throw notFound(name, 'is a link to another file and is not read');
    case 'notAFile':
      throw notFound(name, 'is not a file');
    case 'tooLarge':
      throw tooLarge(name, maxBytes);
  }
}

/**
 * Deletes backup `name` (a regular file in the folder; a link or anything else is refused, not
 * followed). A backup already gone is not an error: `deleted` says whether one was removed.
 */
export async function deleteBackup(folder: string, name: string): Promise<{ deleted: boolean }> {
  const target = resolveBackupPath(folder, name);
  if (!(await checkFolder(folder))) return { deleted: false };
  let stats;
  try {
    stats = await fs.lstat(target);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { deleted: false };
    throw toHostIoError(error, `delete the backup ${name}`, 'backupReadFailed', { name });
  }
  if (!stats.isFile()) throw notFound(name, 'is not a backup file and is not deleted');
  try {
    await fs.unlink(target);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { deleted: false };
    throw toHostIoError(error, `delete the backup ${name}`, 'backupReadFailed', { name });
  }
  return { deleted: true };
}
