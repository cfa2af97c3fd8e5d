/**
 * Opening a package's zip: the host gives the reader (`ZipReader`), like the writer's codec
 * (zip-write.ts). fflate's by default (browser, worker); `mcs` reads with yauzl and Node's zlib,
 * which inflates faster (src-main/cli/zip-reader.ts). Both list the central directory first,
 * so read.ts checks the caps before a single byte is inflated; a test reads every refusal through
 * both readers.
 */
import { unzipSync } from 'fflate';
import { PackageError } from './errors';
import type { ZipEntryInfo } from './zip-checks';

export interface OpenedZip {
  /** The central directory's entries, in its order; nothing inflated yet. */
  readonly entries: readonly ZipEntryInfo[];
  /** Every entry's bytes by name (each inflated to at most its declared size). */
  readonly extract: () => Promise<Record<string, Uint8Array>>;
}

/**
 * Opens a zip. Throws `PackageError('tooManyEntries')` as soon as the listing passes
 * `maxEntries` (a forged count must not make it run for billions of entries); any other problem
 * of the container may throw anything (read.ts reports it as a truncated package).
 */
export type ZipReader = (bytes: Uint8Array, maxEntries: number) => Promise<OpenedZip>;

export const fflateZipReader: ZipReader = async (bytes, maxEntries) => {
  const entries: ZipEntryInfo[] = [];
  // The central directory only: the filter declines every entry.
  unzipSync(bytes, {
    filter: (info) => {
      entries.push(info);
      if (entries.length > maxEntries) {
        throw new PackageError('tooManyEntries', { count: entries.length, max: maxEntries });
      }
      return false;
    },
  });
  return { entries, extract: async () => unzipSync(bytes) };
};
