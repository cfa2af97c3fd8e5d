// The backups folder on a real temporary folder: round trips, ordering, and names that try to
// escape it.
import {
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  stat,
  symlink,
  utimes,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HostError, MAX_FILE_BYTES } from '../../src-core/host/contract';
import { nodeFileSystem, type AtomicFileSystem } from '../../src-main/services/atomic-file';
import {
  backupsFolderIn,
  deleteBackup,
  listBackups,
  readBackup,
  resolveBackupPath,
  writeBackup,
} from '../../src-main/services/backups';
import { readUserFiles } from '../../src-main/services/user-files';
import { catchError } from './helpers';

let userData: string;
let folder: string;
const encoder = new TextEncoder();

beforeEach(async () => {
  userData = await mkdtemp(path.join(tmpdir(), 'mcs-backups-'));
  folder = backupsFolderIn(userData);
});
afterEach(async () => {
  await rm(userData, { recursive: true, force: true });
});

describe('backups', () => {
  it('writes, lists and reads back a backup', async () => {
    const info = await writeBackup(folder, 'backup-2025-01-01.mcsbackup', encoder.encode('hello'));
    expect(info).toMatchObject({ name: 'backup-2025-01-01.mcsbackup', size: 5 });
    expect(new Date(info.createdAt).toISOString()).toBe(info.createdAt);
    expect(await listBackups(folder)).toEqual([info]);
    expect(new TextDecoder().decode(await readBackup(folder, 'backup-2025-01-01.mcsbackup'))).toBe(
      'hello',
    );
    expect(path.dirname(folder)).toBe(userData);
  });

  it('lists an absent folder as empty', async () => {
    expect(await listBackups(folder)).toEqual([]);
  });

  it('lists newest first, skipping folders, hidden and half-written files', async () => {
    await writeBackup(folder, 'old.mcsbackup', encoder.encode('1'));
    await writeBackup(folder, 'new.mcsbackup', encoder.encode('22'));
    await writeBackup(folder, 'middle.mcsbackup', encoder.encode('333'));
    const at = (iso: string) => new Date(iso);
    await utimes(
      path.join(folder, 'old.mcsbackup'),
      at('2024-01-01T00:00:00Z'),
      at('2024-01-01T00:00:00Z'),
    );
    await utimes(
      path.join(folder, 'middle.mcsbackup'),
      at('2024-06-01T00:00:00Z'),
      at('2024-06-01T00:00:00Z'),
    );
    await utimes(
      path.join(folder, 'new.mcsbackup'),
      at('2025-01-01T00:00:00Z'),
      at('2025-01-01T00:00:00Z'),
    );
    await writeFile(path.join(folder, '.new.mcsbackup.abc123.tmp'), 'partial');
    await mkdir(path.join(folder, 'subfolder'));

    const listed = await listBackups(folder);
    expect(listed.map((b) => [b.name, b.size, b.createdAt])).toEqual([
      ['new.mcsbackup', 2, '2025-01-01T00:00:00.000Z'],
      ['middle.mcsbackup', 3, '2024-06-01T00:00:00.000Z'],
      ['old.mcsbackup', 1, '2024-01-01T00:00:00.000Z'],
    ]);
  });

  it.each([
    '../escape.mcsbackup',
    '..',
    '.',
    'a/b.mcsbackup',
    'a\\b.mcsbackup',
    '/etc/passwd',
    'C:evil',
    '.hidden',
    '',
    'x\u0000y',
    'x\u0000.mcsbackup',
    'report.pdf',
    'x.mcpkg',
    'x.mcsbackup.exe',
    '.mcsbackup',
    'ok name (1).mcsbackup',
    '-x.mcsbackup',
    'CON.mcsbackup',
    'nul.mcsbackup',
    'x.mcsbackup.',
  ])('refuses the name %j', async (name) => {
    expect(() => resolveBackupPath(folder, name)).toThrow(HostError);
    const error = await catchError(writeBackup(folder, name, encoder.encode('x')));
    expect(error.code).toBe('invalid-request');
    expect((await catchError(readBackup(folder, name))).code).toBe('invalid-request');
  });

  it('writes nothing outside the folder for an escaping name', async () => {
    await catchError(writeBackup(folder, '../escape.mcsbackup', encoder.encode('x')));
    expect(await readdir(userData)).not.toContain('escape.mcsbackup');
  });

  it('resolves good names strictly inside the folder', () => {
    for (const name of [
      'workspace-2026-03-14T14-32-00-000Z.mcsbackup',
      'snapshot-before-import-2026-09-15T19-45-12-345Z.mcsbackup',
      'Daily_1.MCSBACKUP',
    ]) {
      expect(resolveBackupPath(folder, name)).toBe(path.join(path.resolve(folder), name));
    }
  });

  it('reports a missing backup by name', async () => {
    const error = await catchError(readBackup(folder, 'missing.mcsbackup'));
    expect(error.code).toBe('io');
    expect(error.message).toBe('The backup missing.mcsbackup was not found.');
  });

  it('keeps the previous backup when the disk fills up during a rewrite', async () => {
    await writeBackup(folder, 'daily.mcsbackup', encoder.encode('previous'));
    const full: AtomicFileSystem = {
      ...nodeFileSystem,
      open: async () => {
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
    };
    const error = await catchError(
      writeBackup(folder, 'daily.mcsbackup', encoder.encode('next'), full),
    );
    expect(error.message).toMatch(/^The disk is full/);
    expect(await readFile(path.join(folder, 'daily.mcsbackup'), 'utf8')).toBe('previous');
    expect((await readdir(folder)).sort()).toEqual(['daily.mcsbackup']);
  });
});

describe('deleting a backup', () => {
  it('removes it, and says so; a backup already gone is not an error', async () => {
    await writeBackup(
      folder,
      'snapshot-scheduled-2026-09-15T19-45-12-345Z.mcsbackup',
      encoder.encode('x'),
    );
    await writeBackup(folder, 'workspace-1.mcsbackup', encoder.encode('y'));
    expect(
      await deleteBackup(folder, 'snapshot-scheduled-2026-09-15T19-45-12-345Z.mcsbackup'),
    ).toEqual({
      deleted: true,
    });
    expect((await listBackups(folder)).map((b) => b.name)).toEqual(['workspace-1.mcsbackup']);
    expect(
      await deleteBackup(folder, 'snapshot-scheduled-2026-09-15T19-45-12-345Z.mcsbackup'),
    ).toEqual({
      deleted: false,
    });
  });

  it('refuses a name that escapes the folder, and does not follow a link', async () => {
    await writeBackup(folder, 'workspace-1.mcsbackup', encoder.encode('y'));
    const outside = path.join(userData, 'precious.txt');
    await writeFile(outside, 'keep me');
    expect(await catchError(deleteBackup(folder, '../precious.txt'))).toBeInstanceOf(HostError);
    await symlink(outside, path.join(folder, 'linked.mcsbackup'));
    expect(await catchError(deleteBackup(folder, 'linked.mcsbackup'))).toBeInstanceOf(HostError);
    expect(await readFile(outside, 'utf8')).toBe('keep me');
  });
});

describe('readUserFiles', () => {
  it('reads picked files by base name as plain bytes', async () => {
    await mkdir(folder, { recursive: true });
    const file = path.join(folder, 'roster.csv');
    await writeFile(file, 'name\nA\n');
    const [opened] = await readUserFiles([file]);
    expect(opened?.name).toBe('roster.csv');
    expect(opened?.data).toBeInstanceOf(Uint8Array);
    expect(Buffer.isBuffer(opened?.data)).toBe(false);
    expect(new TextDecoder().decode(opened?.data)).toBe('name\nA\n');
  });

  it('refuses files above the size limit and folders', async () => {
    await mkdir(folder, { recursive: true });
    const file = path.join(folder, 'huge.mcpkg');
    await writeFile(file, 'x'.repeat(2048));
    expect((await catchError(readUserFiles([file], 1024))).message).toMatch(/larger than/);
    expect((await catchError(readUserFiles([folder]))).message).toMatch(/not a file/);
    expect(MAX_FILE_BYTES).toBeGreaterThan((await stat(file)).size);
  });
});
