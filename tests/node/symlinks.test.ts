// Symbolic links planted in the exchange folder or the backups folder, on real folders: a link
// (to a file or a folder, inside or outside) is never listed, never read, never written through.
import { promises as fsPromises } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  backupsFolderIn,
  listBackups,
  readBackup,
  writeBackup,
} from '../../src-main/services/backups';
import {
  listExchangeFolder,
  readExchangeFile,
  writeExchangeFile,
} from '../../src-main/services/exchange-folder';
import { readFileNoFollow } from '../../src-main/services/no-follow';
import { catchError } from './helpers';

let root: string;
/** Files the links point at: what must never be read through the app. */
let outside: string;
let secret: string;
const encoder = new TextEncoder();
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'mcs-symlinks-'));
  outside = path.join(root, 'outside');
  await mkdir(outside);
  secret = path.join(outside, 'id_ed25519');
  await writeFile(secret, 'PRIVATE KEY');
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(root, { recursive: true, force: true });
});

describe('the exchange folder', () => {
  let folder: string;
  beforeEach(async () => {
    folder = path.join(root, 'Sync', 'med-mci');
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, 'partner-a.mcpkg'), 'package a');
    // A link to a file outside, to a package inside, to a folder, and one to nowhere.
    await symlink(secret, path.join(folder, 'key.mcpkg'));
    await symlink(path.join(folder, 'partner-a.mcpkg'), path.join(folder, 'copy-of-a.mcpkg'));
    await symlink(outside, path.join(folder, 'outside.mcpkg'), 'dir');
    await symlink(path.join(root, 'missing'), path.join(folder, 'dangling.mcpkg'));
  });

  it('lists only the real package file', async () => {
    expect(await listExchangeFolder(folder)).toEqual([{ name: 'partner-a.mcpkg', size: 9 }]);
  });

  it.each(['key.mcpkg', 'copy-of-a.mcpkg', 'outside.mcpkg'])(
    'refuses to read the link %s',
    async (name) => {
      const error = await catchError(readExchangeFile(folder, name));
      expect(error).toMatchObject({ code: 'io', reason: 'notAPackageFile', values: { name } });
      expect(error.message).toMatch(/link/);
    },
  );

  it('reads a dangling link as no package, never following it', async () => {
    const error = await catchError(readExchangeFile(folder, 'dangling.mcpkg'));
    expect(error.reason).toBe('notAPackageFile');
  });

  it('still reads the real package', async () => {
    expect(text(await readExchangeFile(folder, 'partner-a.mcpkg'))).toBe('package a');
  });

  it('never writes through a link: a package with its name is refused', async () => {
    const error = await catchError(
      writeExchangeFile(folder, 'key.mcpkg', encoder.encode('overwritten')),
    );
    expect(error.reason).toBe('packageExists');
    const dangling = await catchError(
      writeExchangeFile(folder, 'dangling.mcpkg', encoder.encode('created')),
    );
    expect(dangling.reason).toBe('packageExists');
    expect(await readFile(secret, 'utf8')).toBe('PRIVATE KEY');
    expect(await readdir(root)).not.toContain('missing');
  });

  it('may itself be a link the user chose', async () => {
    const chosen = path.join(root, 'chosen-link');
    await symlink(folder, chosen, 'dir');
    expect((await listExchangeFolder(chosen)).map((f) => f.name)).toEqual(['partner-a.mcpkg']);
    expect(text(await readExchangeFile(chosen, 'partner-a.mcpkg'))).toBe('package a');
  });
});

describe('the backups folder', () => {
  let folder: string;
  beforeEach(async () => {
    folder = backupsFolderIn(path.join(root, 'profile'));
    await writeBackup(folder, 'workspace-1.mcsbackup', encoder.encode('backup one'));
    await symlink(secret, path.join(folder, 'workspace-key.mcsbackup'));
    await symlink(outside, path.join(folder, 'workspace-dir.mcsbackup'), 'dir');
  });

  it('lists only the real backup', async () => {
    expect((await listBackups(folder)).map((b) => b.name)).toEqual(['workspace-1.mcsbackup']);
  });

  it.each(['workspace-key.mcsbackup', 'workspace-dir.mcsbackup'])(
    'refuses to read the link %s',
    async (name) => {
      const error = await catchError(readBackup(folder, name));
      expect(error).toMatchObject({ code: 'io', reason: 'backupNotFound', values: { name } });
      expect(error.message).toMatch(/link/);
    },
  );

  it('replaces a link named like a backup, never writing through it', async () => {
    await writeBackup(folder, 'workspace-key.mcsbackup', encoder.encode('new backup'));
    expect(await readFile(secret, 'utf8')).toBe('PRIVATE KEY');
    expect(text(await readBackup(folder, 'workspace-key.mcsbackup'))).toBe('new backup');
  });

  it('is refused when it is itself a link to another folder', async () => {
    const profile = path.join(root, 'other-profile');
    await mkdir(profile);
    await symlink(outside, backupsFolderIn(profile), 'dir');
    await writeFile(path.join(outside, 'workspace-x.mcsbackup'), 'planted');
    const linked = backupsFolderIn(profile);
    for (const attempt of [
      listBackups(linked),
      readBackup(linked, 'workspace-x.mcsbackup'),
      writeBackup(linked, 'workspace-y.mcsbackup', encoder.encode('x')),
    ]) {
      const error = await catchError(attempt);
      expect(error).toMatchObject({ code: 'io', reason: 'backupsFolderFailed' });
    }
    expect((await readdir(outside)).sort()).toEqual(['id_ed25519', 'workspace-x.mcsbackup']);
  });
});

describe('readFileNoFollow', () => {
  it('reads a regular file and refuses links, folders and files over the limit', async () => {
    const file = path.join(root, 'plain.txt');
    await writeFile(file, 'hello');
    const link = path.join(root, 'link.txt');
    await symlink(file, link);
    expect(await readFileNoFollow(file, 100)).toEqual({
      kind: 'file',
      bytes: encoder.encode('hello'),
    });
    expect(await readFileNoFollow(link, 100)).toEqual({ kind: 'link' });
    expect(await readFileNoFollow(outside, 100)).toEqual({ kind: 'notAFile' });
    expect(await readFileNoFollow(file, 4)).toEqual({ kind: 'tooLarge', size: 5 });
  });

  it.skipIf(process.platform === 'win32')(
    'refuses a link swapped in after the lstat (O_NOFOLLOW on the open)',
    async () => {
      const link = path.join(root, 'swapped.mcpkg');
      await symlink(secret, link);
      // The lstat saw a regular file; by the time of the open, the name is a link.
      const regular = await fsPromises.lstat(secret);
      const lstat = vi.spyOn(fsPromises, 'lstat').mockResolvedValueOnce(regular);
      expect(await readFileNoFollow(link, 1000)).toEqual({ kind: 'link' });
      expect(lstat).toHaveBeenCalledTimes(1);
    },
  );
});
