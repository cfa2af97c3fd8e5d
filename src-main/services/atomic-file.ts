/**
 * Crash-safe file writes: the data goes to a temporary file in the same folder, is flushed to
 * disk, then renamed over the target. A reader — or the user after a power cut — sees either the
 * previous file or the complete new one, never half of it.
 */
import { randomBytes } from 'node:crypto';
import { promises as nodeFs } from 'node:fs';
import path from 'node:path';
import { toHostIoError } from './fs-errors';

/** The handle operations the write needs; tests inject one that fails midway. */
export type WritableHandle = {
  write(
    data: Uint8Array,
    offset: number,
    length: number,
    position: number,
  ): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  close(): Promise<void>;
};

/** The file-system operations the write needs, so tests can inject failures. */
export type AtomicFileSystem = {
  open(filePath: string, flags: string, mode?: number): Promise<WritableHandle>;
  rename(from: string, to: string): Promise<void>;
  rm(filePath: string, options: { force: boolean }): Promise<void>;
};

export const nodeFileSystem: AtomicFileSystem = {
  open: (filePath, flags, mode) => nodeFs.open(filePath, flags, mode),
  rename: (from, to) => nodeFs.rename(from, to),
  rm: (filePath, options) => nodeFs.rm(filePath, options),
};

/** Written in slices so a very large file does not need one huge write call. */
const CHUNK_BYTES = 4 * 1024 * 1024;

/** Temporary files start with a dot, which the backup list and safe names both exclude. */
export function temporaryPathFor(filePath: string): string {
  const suffix = randomBytes(6).toString('hex');
  return path.join(path.dirname(filePath), `.${path.basename(filePath)}.${suffix}.tmp`);
}

async function writeAll(handle: WritableHandle, data: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < data.byteLength) {
    const length = Math.min(CHUNK_BYTES, data.byteLength - offset);
    const { bytesWritten } = await handle.write(data, offset, length, offset);
    offset += bytesWritten;
  }
}

async function renameWithRetry(fs: AtomicFileSystem, from: string, to: string): Promise<void> {
  // On Windows a virus scanner or indexer briefly holding the target makes rename fail with
  // EPERM/EBUSY; a few short retries ride that out.
  const attempts = process.platform === 'win32' ? 5 : 1;
  for (let attempt = 1; ; attempt += 1) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (attempt >= attempts || (code !== 'EPERM' && code !== 'EBUSY')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}

/** Makes the rename itself durable; folders cannot be opened for sync on Windows, so skip there. */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const handle = await nodeFs.open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some file systems (network shares) refuse to sync a folder; the file itself is synced.
  }
}

export type AtomicWriteOptions = {
  /**
   * Permissions of the new file (POSIX; the umask can only narrow them). 0644 for files the user
   * saves; backups are 0600, readable by their owner only.
   */
  readonly mode?: number;
};

/**
 * Replaces `filePath` with `data` atomically. On any failure the temporary file is removed, the
 * previous file is left as it was, and a HostError with a user-facing message is thrown. The
 * temporary file is created exclusively ('wx'), so a link planted under its name is never followed.
 */
export async function writeFileAtomic(
  filePath: string,
  data: Uint8Array,
  fs: AtomicFileSystem = nodeFileSystem,
  { mode = 0o644 }: AtomicWriteOptions = {},
): Promise<void> {
  const temporary = temporaryPathFor(filePath);
  let handle: WritableHandle | undefined;
  try {
    handle = await fs.open(temporary, 'wx', mode);
    await writeAll(handle, data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await renameWithRetry(fs, temporary, filePath);
  } catch (error) {
    if (handle) await handle.close().catch(() => undefined);
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    const name = path.basename(filePath);
    throw toHostIoError(error, `save ${name}`, 'saveFailed', { name });
  }
  if (fs === nodeFileSystem) await syncFolder(path.dirname(filePath));
}
