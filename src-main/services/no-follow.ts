/**
 * Reading a file in a folder the app owns or watches (backups, the exchange folder) without
 * following a symbolic link out of it. A link named like a package or a backup could point at
 * any file the user can read (an SSH key, another profile's data), or at a device that never
 * ends; such entries are not listed and not read.
 *
 * Two locks: lstat before opening (the only check Windows offers — a junction reports as a link
 * there too), and on POSIX O_NOFOLLOW on the open itself, so a link swapped in between fails
 * with ELOOP; O_NONBLOCK keeps a FIFO swapped in from blocking the open. The size is checked on
 * the opened file, not on its name.
 */
import { constants as fsConstants, promises as fs, type Stats } from 'node:fs';

/** 0 where the system has no such flag (Windows): lstat alone guards there. */
const O_NOFOLLOW = fsConstants.O_NOFOLLOW ?? 0;
const O_NONBLOCK = fsConstants.O_NONBLOCK ?? 0;

/** What an lstat says about a folder entry, for listings. */
export type EntryKind = 'file' | 'link' | 'other';

export function entryKind(stats: Stats): EntryKind {
  if (stats.isSymbolicLink()) return 'link';
  return stats.isFile() ? 'file' : 'other';
}

export type NoFollowRead =
  | { readonly kind: 'file'; readonly bytes: Uint8Array<ArrayBuffer> }
  | { readonly kind: 'link' }
  | { readonly kind: 'notAFile' }
  | { readonly kind: 'tooLarge'; readonly size: number };

/** The error codes an open with O_NOFOLLOW gives for a link (Linux and macOS; FreeBSD). */
function isLinkRefusal(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ELOOP' || code === 'EMLINK';
}

/**
 * Reads `filePath` when it is a regular file of at most `maxBytes`, never through a link.
 * File-system errors other than "it is a link" (ENOENT, EACCES…) are thrown for the caller to word.
 */
export async function readFileNoFollow(filePath: string, maxBytes: number): Promise<NoFollowRead> {
  const before = await fs.lstat(filePath);
  if (before.isSymbolicLink()) return { kind: 'link' };
  if (!before.isFile()) return { kind: 'notAFile' };
  let handle;
  try {
    handle = await fs.open(filePath, fsConstants.O_RDONLY | O_NOFOLLOW | O_NONBLOCK);
  } catch (error) {
    if (isLinkRefusal(error)) return { kind: 'link' };
    throw error;
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) return { kind: 'notAFile' };
    if (stats.size > maxBytes) return { kind: 'tooLarge', size: stats.size };
    // Never pooled, so the bytes own their whole ArrayBuffer (see toPlainBytes).
    const bytes = new Uint8Array(stats.size);
    let offset = 0;
    while (offset < bytes.byteLength) {
      const { bytesRead } = await handle.read(bytes, offset, bytes.byteLength - offset, offset);
      if (bytesRead === 0) break;
      offset += bytesRead;
    }
    // A file that shrank while being read is returned as far as it went.
    return { kind: 'file', bytes: offset === bytes.byteLength ? bytes : bytes.slice(0, offset) };
  } finally {
    await handle.close();
  }
}
