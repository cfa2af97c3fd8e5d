// What protects the backups on disk (src-main/services/backups.ts): a 0700 folder and 0600 files
// (POSIX), the size of one backup capped, and the folder kept under its count and byte caps —
// automatic snapshots removed before the user's own backups, never the backup just written.
import { chmod, mkdir, mkdtemp, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_FILE_BYTES } from '../../src-core/host/contract';
import {
  BACKUP_FILE_MODE,
  BACKUPS_FOLDER_MODE,
  backupsFolderIn,
  backupsOverLimits,
  DEFAULT_BACKUP_LIMITS,
  listBackups,
  MAX_BACKUP_BYTES,
  MAX_BACKUPS_KEPT,
  MAX_BACKUPS_TOTAL_BYTES,
  readBackup,
  writeBackup,
} from '../../src-main/services/backups';
import { catchError } from './helpers';

let userData: string;
let folder: string;
const bytes = (size: number) => new Uint8Array(size).fill(7);
const modeOf = async (filePath: string) => (await stat(filePath)).mode & 0o777;
const isPosix = process.platform !== 'win32';

beforeEach(async () => {
  userData = await mkdtemp(path.join(tmpdir(), 'mcs-backup-limits-'));
  folder = backupsFolderIn(userData);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(userData, { recursive: true, force: true });
});

/** Writes a backup file directly, dated `day` days after 2026-01-01. */
async function plant(name: string, size: number, day: number): Promise<void> {
  await mkdir(folder, { recursive: true });
  const filePath = path.join(folder, name);
  await writeFile(filePath, bytes(size));
  const at = new Date(Date.UTC(2026, 0, 1 + day));
  await utimes(filePath, at, at);
}

describe.skipIf(!isPosix)('backup file modes', () => {
  it('writes each backup 0600 in a 0700 folder', async () => {
    await writeBackup(folder, 'workspace-1.mcsbackup', bytes(10));
    expect(await modeOf(folder)).toBe(0o700);
    expect(await modeOf(path.join(folder, 'workspace-1.mcsbackup'))).toBe(0o600);
    expect(BACKUPS_FOLDER_MODE).toBe(0o700);
    expect(BACKUP_FILE_MODE).toBe(0o600);
  });

  it('keeps 0600 when a backup is written again under the same name', async () => {
    await writeBackup(folder, 'daily.mcsbackup', bytes(1));
    await writeBackup(folder, 'daily.mcsbackup', bytes(2));
    expect(await modeOf(path.join(folder, 'daily.mcsbackup'))).toBe(0o600);
  });

  it('narrows a folder and backups an older version left readable by others', async () => {
    await plant('workspace-old.mcsbackup', 5, 0);
    await chmod(folder, 0o755);
    await chmod(path.join(folder, 'workspace-old.mcsbackup'), 0o644);
    await writeBackup(folder, 'workspace-new.mcsbackup', bytes(5));
    expect(await modeOf(folder)).toBe(0o700);
    expect(await modeOf(path.join(folder, 'workspace-old.mcsbackup'))).toBe(0o600);
  });

  it('changes only the backups folder, not the profile folder above it', async () => {
    const profile = path.join(userData, 'profile');
    await mkdir(profile);
    await chmod(profile, 0o755);
    await writeBackup(backupsFolderIn(profile), 'workspace-1.mcsbackup', bytes(1));
    expect(await modeOf(backupsFolderIn(profile))).toBe(0o700);
    expect(await modeOf(profile)).toBe(0o755);
  });
});

describe('the size of one backup', () => {
  it('is capped at 512 MB by default', () => {
    expect(MAX_BACKUP_BYTES).toBe(512 * 1024 * 1024);
    expect(MAX_BACKUP_BYTES).toBe(MAX_FILE_BYTES);
    expect(DEFAULT_BACKUP_LIMITS).toEqual({
      maxBytes: MAX_BACKUP_BYTES,
      maxKept: MAX_BACKUPS_KEPT,
      maxTotalBytes: MAX_BACKUPS_TOTAL_BYTES,
    });
    expect(MAX_BACKUPS_KEPT).toBe(200);
    expect(MAX_BACKUPS_TOTAL_BYTES).toBe(8 * 1024 ** 3);
  });

  it('refuses to write a backup over the cap, writing nothing', async () => {
    const limits = { ...DEFAULT_BACKUP_LIMITS, maxBytes: 1024 * 1024 };
    const error = await catchError(
      writeBackup(folder, 'big.mcsbackup', bytes(1024 * 1024 + 1), undefined, limits),
    );
    expect(error).toMatchObject({
      code: 'invalid-request',
      reason: 'fileTooLarge',
      values: { name: 'big.mcsbackup', limit: 1 },
    });
    expect(await listBackups(folder)).toEqual([]);
    // At the cap exactly, it is written.
    await writeBackup(folder, 'fits.mcsbackup', bytes(1024 * 1024), undefined, limits);
    expect((await listBackups(folder)).map((b) => b.size)).toEqual([1024 * 1024]);
  });

  it('refuses to read a backup over the cap', async () => {
    await plant('huge.mcsbackup', 2048, 0);
    const error = await catchError(readBackup(folder, 'huge.mcsbackup', 1024));
    expect(error).toMatchObject({ reason: 'fileTooLarge', values: { name: 'huge.mcsbackup' } });
    expect((await readBackup(folder, 'huge.mcsbackup', 2048)).byteLength).toBe(2048);
  });
});

describe('the caps of the backups folder', () => {
  it('keeps at most maxKept backups, removing the oldest snapshots first', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await plant('workspace-a.mcsbackup', 1, 0);
    await plant('snapshot-scheduled-b.mcsbackup', 1, 1);
    await plant('workspace-c.mcsbackup', 1, 2);
    await plant('snapshot-before-import-d.mcsbackup', 1, 3);
    const limits = { ...DEFAULT_BACKUP_LIMITS, maxKept: 3 };
    await writeBackup(folder, 'workspace-e.mcsbackup', bytes(1), undefined, limits);
    expect((await readdir(folder)).sort()).toEqual([
      'workspace-a.mcsbackup',
      'workspace-c.mcsbackup',
      'workspace-e.mcsbackup',
    ]);
  });

  it("never removes the user's own backups, even over the caps", async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (let day = 0; day < 5; day += 1) await plant(`workspace-${day}.mcsbackup`, 1, day);
    const limits = { ...DEFAULT_BACKUP_LIMITS, maxKept: 2 };
    await writeBackup(folder, 'workspace-9.mcsbackup', bytes(1), undefined, limits);
    expect((await listBackups(folder)).map((b) => b.name)).toHaveLength(6);
  });

  it('keeps the folder under maxTotalBytes with snapshots, never the backup just written', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await plant('snapshot-scheduled-2026-01-01T00-00-00-000Z.mcsbackup', 40, 0);
    await plant('workspace-b.mcsbackup', 40, 1);
    const limits = { ...DEFAULT_BACKUP_LIMITS, maxTotalBytes: 100 };
    await writeBackup(
      folder,
      'snapshot-scheduled-2026-01-03T00-00-00-000Z.mcsbackup',
      bytes(40),
      undefined,
      limits,
    );
    expect((await listBackups(folder)).map((b) => b.name)).toEqual([
      'snapshot-scheduled-2026-01-03T00-00-00-000Z.mcsbackup',
      'workspace-b.mcsbackup',
    ]);
    // Larger than the whole budget on its own: kept, and the user's own backup too.
    await writeBackup(
      folder,
      'snapshot-scheduled-2026-01-04T00-00-00-000Z.mcsbackup',
      bytes(150),
      undefined,
      limits,
    );
    expect((await listBackups(folder)).map((b) => b.name)).toEqual([
      'snapshot-scheduled-2026-01-04T00-00-00-000Z.mcsbackup',
      'workspace-b.mcsbackup',
    ]);
  });

  it('leaves files that are not backups alone', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, 'notes.txt'), 'mine');
    await plant('workspace-a.mcsbackup', 1, 0);
    await plant('snapshot-scheduled-2026-01-01T00-00-00-000Z.mcsbackup', 1, 1);
    const limits = { ...DEFAULT_BACKUP_LIMITS, maxKept: 2 };
    await writeBackup(folder, 'workspace-b.mcsbackup', bytes(1), undefined, limits);
    expect((await readdir(folder)).sort()).toEqual([
      'notes.txt',
      'workspace-a.mcsbackup',
      'workspace-b.mcsbackup',
    ]);
  });
});

describe('backupsOverLimits', () => {
  const newestFirst = [
    { name: 'workspace-4.mcsbackup', size: 10 },
    { name: 'snapshot-scheduled-3.mcsbackup', size: 10 },
    { name: 'workspace-2.mcsbackup', size: 10 },
    { name: 'snapshot-scheduled-1.mcsbackup', size: 10 },
  ];

  it('removes nothing under the caps', () => {
    expect(
      backupsOverLimits(newestFirst, { maxKept: 4, maxTotalBytes: 40 }, 'workspace-4.mcsbackup'),
    ).toEqual([]);
  });

  it('removes snapshots oldest first, never the user’s own backups', () => {
    expect(
      backupsOverLimits(newestFirst, { maxKept: 1, maxTotalBytes: 1000 }, 'workspace-4.mcsbackup'),
    ).toEqual(['snapshot-scheduled-1.mcsbackup', 'snapshot-scheduled-3.mcsbackup']);
  });

  it('never removes the one to keep, even when it alone is over the budget', () => {
    expect(
      backupsOverLimits(
        newestFirst,
        { maxKept: 0, maxTotalBytes: 0 },
        'snapshot-scheduled-3.mcsbackup',
      ),
    ).toEqual(['snapshot-scheduled-1.mcsbackup']);
  });
});
