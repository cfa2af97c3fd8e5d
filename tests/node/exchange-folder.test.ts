// The exchange folder service on real temporary folders: listing, reading, adding packages
// without ever replacing one, the folder disappearing, remembering the chosen folder, and the
// packages the app was asked to open.
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HostError, hostContract, parseHostRequest } from '../../src-core/host/contract';
import {
  chooseExchangeFolder,
  exchangeSettingsFileIn,
  listExchangeFolder,
  readExchangeFile,
  readExchangeFolderSetting,
  readOpenedPackages,
  resolveExchangePath,
  saveExchangeFolderSetting,
  writeExchangeFile,
} from '../../src-main/services/exchange-folder';
import { catchError } from './helpers';

let root: string;
let folder: string;
let userData: string;
const encoder = new TextEncoder();
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'mcs-exchange-'));
  folder = path.join(root, 'Sync', 'med-mci');
  userData = path.join(root, 'profile');
  await mkdir(folder, { recursive: true });
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(root, { recursive: true, force: true });
});

describe('listExchangeFolder', () => {
  it('lists only package files, sorted by name, with their sizes', async () => {
    await writeFile(path.join(folder, 'partner-b.mcpkg'), 'bb');
    await writeFile(path.join(folder, 'partner-a.mcpkg'), 'a');
    await writeFile(path.join(folder, 'Partner-C.MCPKG'), 'ccc');
    await writeFile(path.join(folder, 'notes.txt'), 'not a package');
    await writeFile(path.join(folder, 'partner-d.mcpkg.partial'), 'half');
    await writeFile(path.join(folder, '.partner-e.mcpkg.1a2b3c.tmp'), 'ours, half written');
    await writeFile(path.join(folder, '.syncthing.partner-f.mcpkg.tmp'), 'syncthing, half');
    await writeFile(path.join(folder, '~syncthing~partner-g.mcpkg.tmp'), 'syncthing on Windows');
    await writeFile(path.join(folder, '.hidden.mcpkg'), 'hidden');
    await mkdir(path.join(folder, 'folder.mcpkg'));
    await symlink(path.join(folder, 'missing'), path.join(folder, 'dangling.mcpkg'));

    const listed = await listExchangeFolder(folder);
    expect(listed).toEqual([
      { name: 'Partner-C.MCPKG', size: 3 },
      { name: 'partner-a.mcpkg', size: 1 },
      { name: 'partner-b.mcpkg', size: 2 },
    ]);
    expect(hostContract.listExchangeFolder.response.safeParse(listed).success).toBe(true);
  });

  it('lists an empty folder as empty', async () => {
    expect(await listExchangeFolder(folder)).toEqual([]);
  });

  it('refuses when no folder is chosen', async () => {
    const error = await catchError(listExchangeFolder(null));
    expect(error.code).toBe('unsupported');
    expect(error.message).toMatch(/Choose the exchange folder/);
  });

  it('says to choose the folder again when it was deleted after choosing', async () => {
    await rm(folder, { recursive: true });
    const error = await catchError(listExchangeFolder(folder));
    expect(error.code).toBe('io');
    expect(error.message).toBe(
      `The exchange folder ${folder} can no longer be found. If it was moved, renamed or its drive is not connected, reconnect it or choose the folder again.`,
    );
  });

  it('says to choose the folder again when a file now stands where the folder was', async () => {
    await rm(folder, { recursive: true });
    await writeFile(folder, 'a file');
    const error = await catchError(listExchangeFolder(folder));
    expect(error.code).toBe('io');
    expect(error.message).toMatch(/choose the folder again/);
  });
});

describe('readExchangeFile', () => {
  it('reads a package back', async () => {
    await writeFile(path.join(folder, 'partner-a.mcpkg'), 'package bytes');
    const data = await readExchangeFile(folder, 'partner-a.mcpkg');
    expect(data).toBeInstanceOf(Uint8Array);
    expect(text(data)).toBe('package bytes');
  });

  it('says when the package is gone', async () => {
    const error = await catchError(readExchangeFile(folder, 'gone.mcpkg'));
    expect(error).toMatchObject({
      code: 'io',
      message: 'The package gone.mcpkg is no longer in the exchange folder.',
    });
  });

  it('says to choose the folder again when the folder is gone', async () => {
    await rm(folder, { recursive: true });
    const error = await catchError(readExchangeFile(folder, 'partner-a.mcpkg'));
    expect(error.code).toBe('io');
    expect(error.message).toMatch(/can no longer be found.*choose the folder again/);
  });

  it('refuses a file larger than the limit', async () => {
    await writeFile(path.join(folder, 'big.mcpkg'), 'x'.repeat(100));
    const error = await catchError(readExchangeFile(folder, 'big.mcpkg', 10));
    expect(error.code).toBe('invalid-request');
    expect(error.message).toMatch(/big\.mcpkg is larger than/);
  });

  it('refuses when no folder is chosen', async () => {
    expect((await catchError(readExchangeFile(null, 'a.mcpkg'))).code).toBe('unsupported');
  });
});

describe('writeExchangeFile', () => {
  it('adds a package that then lists and reads back, leaving no temporary file', async () => {
    const data = encoder.encode('my package');
    expect(await writeExchangeFile(folder, 'mine-2025-06-01.mcpkg', data)).toEqual({
      name: 'mine-2025-06-01.mcpkg',
    });
    expect(await readdir(folder)).toEqual(['mine-2025-06-01.mcpkg']);
    expect(await listExchangeFolder(folder)).toEqual([
      { name: 'mine-2025-06-01.mcpkg', size: data.byteLength },
    ]);
    expect(text(await readExchangeFile(folder, 'mine-2025-06-01.mcpkg'))).toBe('my package');
  });

  it('refuses to replace an existing package and leaves it untouched', async () => {
    await writeFile(path.join(folder, 'partner-a.mcpkg'), 'theirs');
    const error = await catchError(
      writeExchangeFile(folder, 'partner-a.mcpkg', encoder.encode('mine')),
    );
    expect(error).toMatchObject({
      code: 'io',
      message: 'A package named partner-a.mcpkg is already in the exchange folder.',
    });
    expect(await readFile(path.join(folder, 'partner-a.mcpkg'), 'utf8')).toBe('theirs');
    expect(await readdir(folder)).toEqual(['partner-a.mcpkg']);
  });

  it('refuses the second of two writes with the same name', async () => {
    await writeExchangeFile(folder, 'once.mcpkg', encoder.encode('first'));
    const error = await catchError(writeExchangeFile(folder, 'once.mcpkg', encoder.encode('2nd')));
    expect(error.message).toMatch(/already in the exchange folder/);
    expect(await readFile(path.join(folder, 'once.mcpkg'), 'utf8')).toBe('first');
    expect(await readdir(folder)).toEqual(['once.mcpkg']);
  });

  it('lets exactly one of two simultaneous writes of one name win, whole', async () => {
    const first = 'a'.repeat(300_000);
    const second = 'b'.repeat(300_000);
    const results = await Promise.allSettled([
      writeExchangeFile(folder, 'race.mcpkg', encoder.encode(first)),
      writeExchangeFile(folder, 'race.mcpkg', encoder.encode(second)),
    ]);
    const won = results.flatMap((result, index) => (result.status === 'fulfilled' ? [index] : []));
    expect(won).toHaveLength(1);
    const lost = results.find((result) => result.status === 'rejected');
    expect(lost?.status === 'rejected' && lost.reason).toMatchObject({
      code: 'io',
      message: 'A package named race.mcpkg is already in the exchange folder.',
    });
    expect(await readFile(path.join(folder, 'race.mcpkg'), 'utf8')).toBe(
      won[0] === 0 ? first : second,
    );
    expect(await readdir(folder)).toEqual(['race.mcpkg']);
  });

  it('refuses a name a folder already has', async () => {
    await mkdir(path.join(folder, 'taken.mcpkg'));
    const error = await catchError(writeExchangeFile(folder, 'taken.mcpkg', encoder.encode('x')));
    expect(error.message).toMatch(/already in the exchange folder/);
  });

  it('says to choose the folder again when the folder is gone, and does not recreate it', async () => {
    await rm(folder, { recursive: true });
    const error = await catchError(writeExchangeFile(folder, 'mine.mcpkg', encoder.encode('x')));
    expect(error.code).toBe('io');
    expect(error.message).toMatch(/choose the folder again/);
    expect(await readdir(path.dirname(folder))).toEqual([]);
  });

  it('refuses when no folder is chosen', async () => {
    const error = await catchError(writeExchangeFile(null, 'mine.mcpkg', encoder.encode('x')));
    expect(error.code).toBe('unsupported');
  });

  it('refuses data above the limit before writing anything', async () => {
    const error = await catchError(
      writeExchangeFile(folder, 'big.mcpkg', encoder.encode('0123456789'), 5),
    );
    expect(error.code).toBe('invalid-request');
    expect(await readdir(folder)).toEqual([]);
  });
});

describe('package names', () => {
  it.each([
    '../x.mcpkg',
    '../../x.mcpkg',
    'sub/x.mcpkg',
    'sub\\x.mcpkg',
    '/etc/x.mcpkg',
    'x.txt',
    'x.mcpkg.partial',
    '.x.mcpkg',
    '..',
    '',
  ])('refuses %j in the request and in the service', async (name) => {
    const data = encoder.encode('x');
    expect(() => parseHostRequest('readExchangeFile', { name })).toThrow(HostError);
    expect(() => parseHostRequest('writeExchangeFile', { name, data })).toThrow(HostError);
    expect(() => resolveExchangePath(folder, name)).toThrow(HostError);
    expect((await catchError(readExchangeFile(folder, name))).code).toBe('invalid-request');
    expect((await catchError(writeExchangeFile(folder, name, data))).code).toBe('invalid-request');
    expect(await readdir(root)).toEqual(['Sync']);
    expect(await readdir(folder)).toEqual([]);
  });
});

describe('the chosen folder', () => {
  it('is remembered in the profile and read back', async () => {
    const settingsFile = exchangeSettingsFileIn(userData);
    expect(path.dirname(settingsFile)).toBe(userData);
    expect(await readExchangeFolderSetting(settingsFile)).toBeNull();

    expect(await chooseExchangeFolder(settingsFile, folder)).toBe(folder);
    expect(await readExchangeFolderSetting(settingsFile)).toBe(folder);
    expect(JSON.parse(await readFile(settingsFile, 'utf8'))).toEqual({ folder });
    // Written atomically: no temporary file is left beside it.
    expect(await readdir(userData)).toEqual(['exchange-folder.json']);

    const other = path.join(root, 'Nextcloud');
    await mkdir(other);
    await chooseExchangeFolder(settingsFile, other);
    expect(await readExchangeFolderSetting(settingsFile)).toBe(other);
  });

  it('refuses a folder that does not exist, and keeps the previous choice', async () => {
    const settingsFile = exchangeSettingsFileIn(userData);
    await saveExchangeFolderSetting(settingsFile, folder);
    const error = await catchError(chooseExchangeFolder(settingsFile, path.join(root, 'nope')));
    expect(error.code).toBe('io');
    expect(await readExchangeFolderSetting(settingsFile)).toBe(folder);
  });

  it('treats a damaged settings file as no folder chosen', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const settingsFile = exchangeSettingsFileIn(userData);
    await mkdir(userData, { recursive: true });
    await writeFile(settingsFile, '{ not json');
    expect(await readExchangeFolderSetting(settingsFile)).toBeNull();
    await writeFile(settingsFile, JSON.stringify({ folder: 'relative/path' }));
    expect(await readExchangeFolderSetting(settingsFile)).toBeNull();
    await writeFile(settingsFile, JSON.stringify({ folder: 42 }));
    expect(await readExchangeFolderSetting(settingsFile)).toBeNull();
  });
});

describe('readOpenedPackages', () => {
  it('reads the files, skipping (with a warning) ones that are missing, folders or too large', async () => {
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const downloads = path.join(root, 'Downloads');
    await mkdir(path.join(downloads, 'a-folder.mcpkg'), { recursive: true });
    await writeFile(path.join(downloads, 'from-email.mcpkg'), 'small');
    await writeFile(path.join(downloads, 'huge.mcpkg'), 'x'.repeat(50));
    await writeFile(path.join(downloads, 'second.mcpkg'), 'two');

    const opened = await readOpenedPackages(
      [
        path.join(downloads, 'from-email.mcpkg'),
        path.join(downloads, 'missing.mcpkg'),
        path.join(downloads, 'a-folder.mcpkg'),
        path.join(downloads, 'huge.mcpkg'),
        path.join(downloads, 'second.mcpkg'),
      ],
      20,
    );
    expect(opened.map((file) => [file.name, text(file.data)])).toEqual([
      ['from-email.mcpkg', 'small'],
      ['second.mcpkg', 'two'],
    ]);
    expect(hostContract.takeOpenedPackages.response.safeParse(opened).success).toBe(true);
    expect(warned).toHaveBeenCalledTimes(3);
  });

  it('answers an empty list when nothing was opened', async () => {
    expect(await readOpenedPackages([])).toEqual([]);
  });
});
