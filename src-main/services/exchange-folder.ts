/**
 * The exchange folder: a folder that Syncthing, Nextcloud or a network share keeps in step between
 * partners. Each partner adds immutable `.mcpkg` package files and reads the others'. This module
 * lists, reads and adds those files, remembers which folder the user chose (a small JSON file in
 * the profile), and reads the packages the app was asked to open from the file manager.
 *
 * No Electron here: the folder and the settings file are passed in, so everything is tested in
 * plain Node on real folders. Every name is checked against the contract's package-name rule and
 * must resolve strictly inside the folder, so a request can never reach another file on disk —
 * nor through a symbolic link: a link in the folder (to a file or a folder) is not listed and not
 * read (no-follow.ts), since anyone who can write to a synced folder could plant one. The folder
 * the user chose may itself be a link: that is their choice, made in a dialog.
 */
import { constants as fsConstants, promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import {
  exchangeFileNameSchema,
  HostError,
  MAX_FILE_BYTES,
  type ExchangeFileInfo,
  type HostErrorDetail,
  type OpenedFile,
} from '../../src-core/host/contract';
import { nodeFileSystem, writeFileAtomic, type AtomicFileSystem } from './atomic-file';
import { errorCode, toHostIoError } from './fs-errors';
import { entryKind, readFileNoFollow } from './no-follow';
import { readUserFiles } from './user-files';

export const EXCHANGE_SETTINGS_FILE_NAME = 'exchange-folder.json';

/** Where the chosen exchange folder is remembered, in the profile (user-data) folder. */
export function exchangeSettingsFileIn(userDataDir: string): string {
  return path.join(userDataDir, EXCHANGE_SETTINGS_FILE_NAME);
}

const settingsSchema = z.object({ folder: z.string().min(1) });

/**
 * The folder chosen earlier, or null when none was chosen (or the settings file is unreadable or
 * damaged: the user then simply chooses again).
 */
export async function readExchangeFolderSetting(settingsFile: string): Promise<string | null> {
  let text: string;
  try {
    text = await fs.readFile(settingsFile, 'utf8');
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') {
      console.warn(`[exchange] could not read ${settingsFile} (${errorCode(error) ?? 'error'})`);
    }
    return null;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    console.warn(`[exchange] ${settingsFile} is not valid JSON; no exchange folder is set`);
    return null;
  }
  const checked = settingsSchema.safeParse(parsed);
  if (!checked.success || !path.isAbsolute(checked.data.folder)) {
    console.warn(`[exchange] ${settingsFile} holds no usable folder; no exchange folder is set`);
    return null;
  }
  return checked.data.folder;
}

/** Remembers `folder` in the settings file, written atomically. */
export async function saveExchangeFolderSetting(
  settingsFile: string,
  folder: string,
): Promise<void> {
  try {
    await fs.mkdir(path.dirname(settingsFile), { recursive: true });
  } catch (error) {
    throw toHostIoError(error, 'remember the exchange folder', 'exchangeFolderNotSaved', {
      folder,
    });
  }
  const text = `${JSON.stringify({ folder }, null, 2)}\n`;
  await writeFileAtomic(settingsFile, new TextEncoder().encode(text));
}

function folderGone(folder: string): HostError {
  return new HostError(
    'io',
    'exchangeFolderGone',
    { folder },
    `The exchange folder ${folder} can no longer be found. If it was moved, renamed or its drive is not connected, reconnect it or choose the folder again.`,
  );
}

function folderUnreadable(folder: string): HostError {
  return new HostError(
    'io',
    'exchangeFolderNoAccess',
    { folder },
    `The exchange folder ${folder} cannot be used: this app is not allowed to read or write it. Check its permissions, or choose the folder again.`,
  );
}

/**
 * Turns a failure to reach the folder itself into a message that says what to do; any other
 * failure is worded by `failure` (and `action`, for the log: see toHostIoError).
 */
function folderError(
  folder: string,
  error: unknown,
  action: string,
  ...failure: HostErrorDetail
): HostError {
  if (error instanceof HostError) return error;
  const code = errorCode(error);
  if (code === 'ENOENT' || code === 'ENOTDIR') return folderGone(folder);
  if (code === 'EACCES' || code === 'EPERM') return folderUnreadable(folder);
  return toHostIoError(error, action, ...failure);
}

/** The chosen folder, or HostError('unsupported') when none was chosen yet. */
function requireFolder(folder: string | null): string {
  if (!folder) {
    throw new HostError(
      'unsupported',
      'noExchangeFolder',
      {},
      'No exchange folder is chosen yet. Choose the exchange folder first.',
    );
  }
  return folder;
}

/** Throws the "choose the folder again" HostError unless `folder` is an existing folder. */
async function checkFolder(folder: string): Promise<void> {
  let stats;
  try {
    stats = await fs.stat(folder);
  } catch (error) {
    throw folderError(folder, error, 'open the exchange folder', 'exchangeFolderFailed', {
      folder,
    });
  }
  if (!stats.isDirectory()) throw folderGone(folder);
}

/**
 * Checks a folder the user picked (it exists, is a folder, and this app may read and write it)
 * and remembers it. Returns the absolute path to show.
 */
export async function chooseExchangeFolder(settingsFile: string, folder: string): Promise<string> {
  const absolute = path.resolve(folder);
  await checkFolder(absolute);
  try {
    await fs.access(absolute, fsConstants.R_OK | fsConstants.W_OK);
  } catch {
    throw new HostError(
      'io',
      'exchangeFolderNotWritable',
      { folder: absolute },
      `This app cannot write to ${absolute}. Choose a folder you can change, such as one in your Documents.`,
    );
  }
  await saveExchangeFolderSetting(settingsFile, absolute);
  return absolute;
}

function invalidName(name: string): HostError {
  return new HostError(
    'invalid-request',
    'invalidPackageName',
    { name },
    `"${name}" is not a valid package file name.`,
  );
}

/** The absolute path of package `name` in `folder`, or a HostError when the name is unsafe. */
export function resolveExchangePath(folder: string, name: string): string {
  const checked = exchangeFileNameSchema.safeParse(name);
  if (!checked.success) throw invalidName(name);
  const root = path.resolve(folder);
  const resolved = path.resolve(root, checked.data);
  if (path.dirname(resolved) !== root) throw invalidName(name);
  return resolved;
}

/**
 * The package files in the folder, sorted by name (by code unit, so every partner sees the same
 * order). Only regular files named `*.mcpkg` count: temporary files of this app (hidden), of
 * Syncthing (`~syncthing~….tmp`, hidden `.syncthing.….tmp`), of Nextcloud and of the browser
 * host (`….partial`), folders, symbolic links and anything else are left out.
 */
export async function listExchangeFolder(folder: string | null): Promise<ExchangeFileInfo[]> {
  const root = requireFolder(folder);
  let entries;
  try {
    entries = await fs.readdir(root, { withFileTypes: true });
  } catch (error) {
    throw folderError(root, error, 'list the exchange folder', 'exchangeFolderFailed', {
      folder: root,
    });
  }
  const files: ExchangeFileInfo[] = [];
  for (const entry of entries) {
    if (entry.isDirectory() || !exchangeFileNameSchema.safeParse(entry.name).success) continue;
    try {
      // lstat, not the entry's type: network shares may not report types; never follows a link.
      const stats = await fs.lstat(path.join(root, entry.name));
      if (entryKind(stats) === 'file') files.push({ name: entry.name, size: stats.size });
    } catch {
      // Removed between readdir and lstat: it is not a package now.
    }
  }
  return files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function megabytes(bytes: number): number {
  return Math.round(bytes / (1024 * 1024));
}

export async function readExchangeFile(
  folder: string | null,
  name: string,
  maxBytes = MAX_FILE_BYTES,
): Promise<Uint8Array<ArrayBuffer>> {
  const root = requireFolder(folder);
  const target = resolveExchangePath(root, name);
  try {
    const read = await readFileNoFollow(target, maxBytes);
    switch (read.kind) {
      case 'file':
        return read.bytes;
      case 'link':
        throw new HostError(
          'io',
          'notAPackageFile',
          { name },
          `${name} in the exchange folder is a link to another place, not a package file; it is not read.`,
        );
      case 'notAFile':
        throw new HostError(
          'io',
          'notAPackageFile',
          { name },
          `${name} in the exchange folder is not a package file.`,
        );
      case 'tooLarge':
        throw new HostError(
          'invalid-request',
          'packageTooLarge',
          { name, limit: megabytes(maxBytes) },
          `${name} is larger than ${megabytes(maxBytes)} MB and cannot be read.`,
        );
    }
  } catch (error) {
    if (errorCode(error) === 'ENOENT') {
      await checkFolder(root);
      throw new HostError(
        'io',
        'packageGone',
        { name },
        `The package ${name} is no longer in the exchange folder.`,
      );
    }
    throw toHostIoError(error, `read ${name} from the exchange folder`, 'packageReadFailed', {
      name,
    });
  }
}

function alreadyThere(name: string): HostError {
  return new HostError(
    'io',
    'packageExists',
    { name },
    `A package named ${name} is already in the exchange folder.`,
  );
}

async function exists(filePath: string): Promise<boolean> {
  try {
    await fs.lstat(filePath);
    return true;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false;
    throw error;
  }
}

/**
 * A file system for writeFileAtomic whose final step never replaces an existing file. A hard link
 * from the finished temporary file to the target fails when the target exists, with no window in
 * between; where links are not supported (FAT drives, some network shares) it checks, then renames.
 */
function noOverwriteFileSystem(name: string): AtomicFileSystem {
  return {
    ...nodeFileSystem,
    async rename(from, to) {
      try {
        await fs.link(from, to);
      } catch (error) {
        if (errorCode(error) === 'EEXIST') throw alreadyThere(name);
        if (await exists(to)) throw alreadyThere(name);
        await fs.rename(from, to);
        return;
      }
      await fs.rm(from, { force: true }).catch(() => undefined);
    },
  };
}

/**
 * Adds package `name` to the folder: written under a hidden temporary name, flushed, then given
 * its name, so partners never see half a package. Refuses to replace an existing file.
 */
export async function writeExchangeFile(
  folder: string | null,
  name: string,
  data: Uint8Array,
  maxBytes = MAX_FILE_BYTES,
): Promise<{ name: string }> {
  const root = requireFolder(folder);
  const target = resolveExchangePath(root, name);
  if (data.byteLength > maxBytes) {
    throw new HostError(
      'invalid-request',
      'packageTooLarge',
      { name, limit: megabytes(maxBytes) },
      `${name} is larger than ${megabytes(maxBytes)} MB and cannot be written.`,
    );
  }
  await checkFolder(root);
  try {
    if (await exists(target)) throw alreadyThere(name);
  } catch (error) {
    throw folderError(root, error, `add ${name} to the exchange folder`, 'packageWriteFailed', {
      name,
    });
  }
  try {
    await writeFileAtomic(target, data, noOverwriteFileSystem(name));
  } catch (error) {
    // A folder that vanished mid-write gets the "choose the folder again" message.
    await checkFolder(root);
    throw error;
  }
  return { name: path.basename(target) };
}

/**
 * Reads the packages the app was asked to open. A file that cannot be read, or is too large, is
 * skipped with a warning in the main process log: the others still arrive.
 */
export async function readOpenedPackages(
  filePaths: readonly string[],
  maxBytes = MAX_FILE_BYTES,
): Promise<OpenedFile[]> {
  const files: OpenedFile[] = [];
  for (const filePath of filePaths) {
    try {
      files.push(...(await readUserFiles([filePath], maxBytes)));
    } catch (error) {
      const reason =
        error instanceof HostError ? error.message : (errorCode(error) ?? 'unreadable');
      console.warn(`[exchange] skipped ${filePath}: ${reason}`);
    }
  }
  return files;
}
