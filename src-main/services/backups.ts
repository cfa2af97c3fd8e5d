/**
 * The backups folder in the user-data folder: atomic writes, a newest-first listing, reads. Every
 * name is checked against the contract's safe-file-name rule and must resolve strictly inside
 * the folder, so a request can never reach another file on disk.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { HostError, safeFileNameSchema, type BackupInfo } from '../../src-core/host/contract';
import { writeFileAtomic, type AtomicFileSystem } from './atomic-file';
import { errorCode, toHostIoError } from './fs-errors';
import { toPlainBytes } from './user-files';

export const BACKUPS_FOLDER_NAME = 'backups';

export function backupsFolderIn(userDataDir: string): string {
  return path.join(userDataDir, BACKUPS_FOLDER_NAME);
}

function invalidName(name: string): HostError {
  return new HostError(
    'invalid-request',
    'invalidBackupName',
    { name },
    `"${name}" is not a valid backup name.`,
  );
}

/** The absolute path of backup `name`, or a HostError when the name is unsafe or escapes. */
export function resolveBackupPath(folder: string, name: string): string {
  const checked = safeFileNameSchema.safeParse(name);
  if (!checked.success) {
    throw invalidName(name);
  }
  const root = path.resolve(folder);
  const resolved = path.resolve(root, checked.data);
  if (path.dirname(resolved) !== root) throw invalidName(name);
  return resolved;
}

async function describe(filePath: string): Promise<BackupInfo> {
  const stats = await fs.stat(filePath);
  // mtime, not birthtime: an atomic write creates a fresh file each time, and birthtime is
  // missing on some Linux file systems.
  return { name: path.basename(filePath), size: stats.size, createdAt: stats.mtime.toISOString() };
}

export async function writeBackup(
  folder: string,
  name: string,
  data: Uint8Array,
  fileSystem?: AtomicFileSystem,
): Promise<BackupInfo> {
  const target = resolveBackupPath(folder, name);
  try {
    await fs.mkdir(folder, { recursive: true });
  } catch (error) {
    throw toHostIoError(error, 'create the backups folder', 'backupsFolderFailed', {});
  }
  await writeFileAtomic(target, data, fileSystem);
  try {
    return await describe(target);
  } catch (error) {
    throw toHostIoError(error, `read back the backup ${name}`, 'backupReadFailed', { name });
  }
}

/** Newest first; leftovers of interrupted writes and foreign files are not listed. */
export async function listBackups(folder: string): Promise<BackupInfo[]> {
  let entries;
  try {
    entries = await fs.readdir(folder, { withFileTypes: true });
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return [];
    throw toHostIoError(error, 'list the backups', 'backupsFolderFailed', {});
  }
  const backups: BackupInfo[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || !safeFileNameSchema.safeParse(entry.name).success) continue;
    try {
      backups.push(await describe(path.join(folder, entry.name)));
    } catch {
      // Deleted between readdir and stat: it is simply no longer a backup.
    }
  }
  return backups.sort(
    (a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name),
  );
}

export async function readBackup(folder: string, name: string): Promise<Uint8Array<ArrayBuffer>> {
  const target = resolveBackupPath(folder, name);
  try {
    return toPlainBytes(await fs.readFile(target));
  } catch (error) {
    if (errorCode(error) === 'ENOENT') {
      throw new HostError('io', 'backupNotFound', { name }, `The backup ${name} was not found.`);
    }
    throw toHostIoError(error, `read the backup ${name}`, 'backupReadFailed', { name });
  }
}
