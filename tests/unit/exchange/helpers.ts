/**
 * Test helpers for packages: a small valid package from the sample generator, and tools to build
 * hostile variants in-test (unzip, edit, re-hash, re-zip with fflate; patch central directory
 * sizes), so no binary fixtures are committed.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { createHash } from 'node:crypto';
import type { PackageRecord, WritePackageInput } from '../../../src-core/exchange/write';
import { writePackage } from '../../../src-core/exchange/write';
import { generateSampleWorkspace, SAMPLE_NODE_ID } from '../../../src-core/sample';

export type Files = Record<string, Uint8Array>;

export function sampleTables(organisations = 12): Record<string, PackageRecord[]> {
  const workspace = generateSampleWorkspace({ organisations, seed: 7 });
  return { ...workspace };
}

/** The records as a package carries them: local-only `origin` dropped, sorted by id. */
export function asShipped(records: readonly PackageRecord[]): Record<string, unknown>[] {
  return [...records]
    .map((record) => {
      const copy: Record<string, unknown> = { ...record };
      delete copy.origin;
      return copy;
    })
    .sort((a, b) => String(a.id).localeCompare(String(b.id)));
}

export function baseInput(overrides: Partial<WritePackageInput> = {}): WritePackageInput {
  return {
    source: {
      nodeId: SAMPLE_NODE_ID,
      partnerOrganisation: 'Clusters Tunisie',
      facilitator: 'Amal',
    },
    scope: { kind: 'workspace' },
    knowledge: { [SAMPLE_NODE_ID]: '000001768467600000-0000-5a301e5a301e2026' },
    tables: sampleTables(),
    appVersion: '0.1.0',
    createdAt: '2026-03-14T14:32:00.000Z',
    packageId: '019bc0e2-1280-774f-93d3-d0f4f4f4f4f4',
    ...overrides,
  };
}

export async function validPackage(
  overrides: Partial<WritePackageInput> = {},
): Promise<Uint8Array> {
  return writePackage(baseInput(overrides));
}

export function unzip(bytes: Uint8Array): Files {
  return unzipSync(bytes);
}

export function zip(files: Files, level: 0 | 6 | 9 = 6): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, [v, { level }]])));
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

type ManifestJson = {
  formatVersion: number;
  entries: { path: string; table: string; records: number; bytes: number; sha256: string }[];
} & Record<string, unknown>;

export function manifestOf(files: Files): ManifestJson {
  return JSON.parse(strFromU8(files['manifest.json'] ?? new Uint8Array())) as ManifestJson;
}

export function setManifest(files: Files, manifest: unknown): void {
  files['manifest.json'] = strToU8(JSON.stringify(manifest));
}

/** Recomputes bytes and SHA-256 of every listed entry, so only the intended defect remains. */
export function rehash(files: Files): void {
  const manifest = manifestOf(files);
  for (const entry of manifest.entries) {
    const data = files[entry.path];
    if (!data) continue;
    entry.bytes = data.length;
    entry.sha256 = sha256(data);
  }
  setManifest(files, manifest);
}

/** Unzips a valid package, applies `edit`, re-zips. */
export async function hostile(
  edit: (files: Files) => void,
  overrides: Partial<WritePackageInput> = {},
): Promise<Uint8Array> {
  const files = unzip(await validPackage(overrides));
  edit(files);
  return zip(files);
}

/** Sets the declared uncompressed size of central directory entry `index` (0-based). */
export function patchDeclaredSize(bytes: Uint8Array, index: number, size: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  let seen = 0;
  for (let i = 0; i + 4 <= out.length; i++) {
    if (view.getUint32(i, true) === 0x02014b50) {
      if (seen++ === index) {
        view.setUint32(i + 24, size, true);
        return out;
      }
    }
  }
  throw new Error('central directory entry not found');
}

/** Replaces every occurrence of one byte string by another of the same length. */
export function replaceBytes(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const a = strToU8(from);
  const b = strToU8(to);
  if (a.length !== b.length) throw new Error('same length only');
  const out = bytes.slice();
  for (let i = 0; i + a.length <= out.length; i++) {
    if (a.every((byte, j) => out[i + j] === byte)) out.set(b, i);
  }
  return out;
}

/** The first clusters data file of the sample package. */
export const CLUSTERS_ENTRY = 'data/clusters/0000.ndjson';

/** Edits the lines of one NDJSON entry, then re-hashes, so only the intended defect remains. */
export function editLines(files: Files, path: string, edit: (lines: string[]) => void): void {
  const lines = new TextDecoder().decode(files[path]).split('\n');
  edit(lines);
  files[path] = strToU8(lines.join('\n'));
  rehash(files);
}

/** Adds a data file of a table this app does not know (`secrets`), listed in the manifest. */
export function addUnknownTable(files: Files): void {
  const manifest = manifestOf(files);
  files['data/secrets/0000.ndjson'] = strToU8('{}\n');
  manifest.entries.push({
    path: 'data/secrets/0000.ndjson',
    table: 'secrets',
    records: 1,
    bytes: 0,
    sha256: '0'.repeat(64),
  });
  setManifest(files, manifest);
  rehash(files);
}
