/**
 * Checks on a zip's central directory, made before a single byte is inflated: entry count, entry
 * names (no traversal, absolute paths, backslashes or drive letters; no duplicates), declared
 * uncompressed sizes against the caps, and the compression ratio (zip bombs).
 */
import { PackageError } from './errors';

export interface ZipEntryInfo {
  readonly name: string;
  /** Compressed size. */
  readonly size: number;
  readonly originalSize: number;
}

export interface ZipCaps {
  readonly maxEntries: number;
  readonly maxEntryBytes: number;
  readonly maxTotalBytes: number;
  readonly maxRatio: number;
  readonly ratioMinBytes: number;
}

export function isUnsafePath(name: string): boolean {
  return (
    name.length === 0 ||
    name.startsWith('/') ||
    name.includes('\\') ||
    /^[A-Za-z]:/.test(name) ||
    name.includes('\0') ||
    name.split('/').some((part) => part === '..' || part === '.' || part === '')
  );
}

export function checkZipStructure(entries: readonly ZipEntryInfo[], caps: ZipCaps): void {
  if (entries.length > caps.maxEntries) {
    throw new PackageError('tooManyEntries', { count: entries.length, max: caps.maxEntries });
  }
  const seen = new Set<string>();
  let total = 0;
  for (const entry of entries) {
    if (isUnsafePath(entry.name)) throw new PackageError('pathTraversal', { path: entry.name });
    if (seen.has(entry.name)) throw new PackageError('duplicateEntry', { path: entry.name });
    seen.add(entry.name);
    if (entry.originalSize > caps.maxEntryBytes) {
      throw new PackageError('tooLarge', {
        path: entry.name,
        bytes: entry.originalSize,
        max: caps.maxEntryBytes,
      });
    }
    total += entry.originalSize;
  }
  if (total > caps.maxTotalBytes) {
    throw new PackageError('tooLarge', { bytes: total, max: caps.maxTotalBytes });
  }
  for (const entry of entries) {
    if (entry.originalSize <= caps.ratioMinBytes) continue;
    const ratio = entry.originalSize / Math.max(entry.size, 1);
    if (ratio > caps.maxRatio) {
      throw new PackageError('zipBomb', {
        path: entry.name,
        ratio: Math.round(ratio),
        max: caps.maxRatio,
      });
    }
  }
}
