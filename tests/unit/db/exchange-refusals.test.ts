/**
 * Every refusal of EXCHANGE.md through the APP's importer: `previewPackage` and `applyPackage`
 * against a real (fake-IndexedDB) workspace that already holds records, settings and a conflict.
 * Each hostile package is built here with fflate (no binary fixtures). For each one: both entry
 * points reject with the expected `PackageError` code, the user-facing message exists and renders
 * in English and Spanish (through the UI's own `errorText`), and the database is exactly as before.
 */
import 'fake-indexeddb/auto';
import { strToU8, zipSync } from 'fflate';
import i18next, { type i18n as I18n } from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PackageError, packageErrorCodes } from '../../../src-core/exchange/errors';
import type { PackageErrorCode } from '../../../src-core/exchange/errors';
import { generateSigningKey, signerOf } from '../../../src-core/exchange/keys';
import { MAX_ENTRIES, MAX_ENTRY_BYTES } from '../../../src-core/exchange/format';
import { syncedTableNames } from '../../../src-core/model/entities';
import { applyPackage, previewPackage } from '../../../src-renderer/db/exchange';
import type { StudioDb } from '../../../src-renderer/db/schema';
import { resourcesFor } from '../../../src-renderer/i18n/resources';
import { errorText } from '../../../src-renderer/ui/errors';
import type { Files } from '../exchange/helpers';
import {
  addUnknownTable,
  CLUSTERS_ENTRY,
  editLines,
  hostile as hostileFrom,
  manifestOf,
  patchDeclaredSize,
  rehash,
  replaceBytes,
  sampleTables,
  setManifest,
  unzip,
  validPackage,
  zip,
} from '../exchange/helpers';
import { clusterFields, clusterNameConflict, openWorkspaces } from './helpers';

const T0 = Date.parse('2026-03-14T14:32:00Z');
const MINUTE = 60_000;
/** The package the workspace imported before the hostile one arrives. */
const BASE_PACKAGE_ID = '019bc0e2-1280-774f-93d3-d0f4f4f40001';
/** Every hostile package derives from a package the workspace has NOT imported yet. */
const HOSTILE_PACKAGE_ID = '019bc0e2-1280-774f-93d3-d0f4f4f40002';

const { workspace, closeAll } = openWorkspaces(T0);
afterEach(closeAll);

/** A workspace with local records, an imported package (exchange:* settings) and a conflict. */
async function populatedWorkspace(): Promise<StudioDb> {
  const { db, repos } = await workspace();
  const cluster = await repos.clusters.create(clusterFields({ name: 'Sfax Olive Cluster' }));
  await repos.clusters.create(clusterFields({ name: 'Gabès Date Cluster', region: 'TN-81' }));
  const base = await validPackage({ packageId: BASE_PACKAGE_ID, tables: sampleTables(3) });
  const applied = await applyPackage(db, base, { now: T0 + MINUTE });
  expect(applied.changed).toBeGreaterThan(0);
  await db.conflicts.put(
    clusterNameConflict(cluster, {
      id: `${BASE_PACKAGE_ID}:clusters:${cluster.id}:name`,
      detectedAt: new Date(T0 + MINUTE).toISOString(),
      packageId: BASE_PACKAGE_ID,
    }),
  );
  return db;
}

/** Every row of every table of the database (synced tables, settings, conflicts, any other). */
async function snapshot(db: StudioDb): Promise<Record<string, unknown[]>> {
  const result: Record<string, unknown[]> = {};
  for (const table of db.tables) result[table.name] = await table.toArray();
  return result;
}

async function rejection(promise: Promise<unknown>): Promise<PackageError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof PackageError) return error;
    throw error;
  }
  throw new Error('the package was accepted');
}

const hostile = (edit: (files: Files) => void): Promise<Uint8Array> =>
  hostileFrom(edit, { packageId: HOSTILE_PACKAGE_ID });

const pristine = (): Promise<Uint8Array> => validPackage({ packageId: HOSTILE_PACKAGE_ID });

async function signedFiles(): Promise<Files> {
  return unzip(
    await validPackage({
      packageId: HOSTILE_PACKAGE_ID,
      signer: signerOf(await generateSigningKey()),
    }),
  );
}

interface Refusal {
  readonly name: string;
  readonly code: PackageErrorCode;
  readonly values?: Record<string, string | number>;
  readonly build: () => Promise<Uint8Array>;
}

const refusals: Refusal[] = [
  {
    name: 'not a zip (a text file)',
    code: 'notZip',
    build: async () => strToU8('hello, this is not a zip'),
  },
  { name: 'not a zip (an empty file)', code: 'notZip', build: async () => new Uint8Array() },
  {
    name: 'truncated (cut in half)',
    code: 'truncated',
    build: async () => {
      const bytes = await pristine();
      return bytes.slice(0, Math.floor(bytes.length / 2));
    },
  },
  {
    name: 'entry not in the manifest',
    code: 'entryNotInManifest',
    values: { path: 'readme.txt' },
    build: () =>
      hostile((files) => {
        files['readme.txt'] = strToU8('hi');
      }),
  },
  {
    name: 'listed entry missing',
    code: 'missingEntry',
    values: { path: CLUSTERS_ENTRY },
    build: () =>
      hostile((files) => {
        delete files[CLUSTERS_ENTRY];
      }),
  },
  {
    name: 'no manifest',
    code: 'missingEntry',
    values: { path: 'manifest.json' },
    build: () =>
      hostile((files) => {
        delete files['manifest.json'];
      }),
  },
  {
    name: 'hash mismatch (data edited after the manifest)',
    code: 'hashMismatch',
    values: { path: CLUSTERS_ENTRY },
    build: () =>
      hostile((files) => {
        const text = new TextDecoder().decode(files[CLUSTERS_ENTRY]);
        files[CLUSTERS_ENTRY] = strToU8(text.replace('"ES"', '"FR"'));
      }),
  },
  ...['../evil.json', 'data/../../evil.json', 'data\\clusters\\0000.ndjson', 'data//x'].map(
    (path): Refusal => ({
      name: `path traversal (${path})`,
      code: 'pathTraversal',
      values: { path },
      build: () =>
        hostile((files) => {
          files[path] = strToU8('{}');
        }),
    }),
  ),
  ...['/etc/passwd', 'C:/evil'].map((path): Refusal => ({
    name: `absolute path (${path})`,
    code: 'pathTraversal',
    values: { path },
    build: () =>
      hostile((files) => {
        files[path] = strToU8('{}');
      }),
  })),
  {
    name: 'too many entries',
    code: 'tooManyEntries',
    values: { max: MAX_ENTRIES },
    build: async () => {
      const files: Files = {};
      for (let i = 0; i <= MAX_ENTRIES; i++) files[`data/clusters/${i}.ndjson`] = strToU8('');
      return zip(files, 0);
    },
  },
  {
    name: 'one entry over the per-entry size cap',
    code: 'tooLarge',
    values: { path: 'manifest.json' },
    build: async () =>
      patchDeclaredSize(zip({ 'manifest.json': strToU8('{}') }), 0, MAX_ENTRY_BYTES + 1),
  },
  {
    name: 'total uncompressed size over the cap',
    code: 'tooLarge',
    build: async () => {
      const files: Files = {};
      for (let i = 0; i < 9; i++) files[`data/clusters/000${i}.ndjson`] = strToU8('x');
      let bytes = zip(files);
      for (let i = 0; i < 9; i++) bytes = patchDeclaredSize(bytes, i, 60 * 1024 * 1024);
      return bytes;
    },
  },
  {
    name: 'compression ratio over the cap (zip bomb)',
    code: 'zipBomb',
    values: { path: CLUSTERS_ENTRY },
    build: async () => zipSync({ [CLUSTERS_ENTRY]: [new Uint8Array(8 << 20), { level: 9 }] }),
  },
  {
    name: 'duplicate entry names',
    code: 'duplicateEntry',
    values: { path: CLUSTERS_ENTRY },
    build: async () => {
      const files: Files = { [CLUSTERS_ENTRY]: strToU8('a') };
      files['data/clusters/0001.ndjson'] = strToU8('b');
      return replaceBytes(zip(files), 'clusters/0001', 'clusters/0000');
    },
  },
  {
    name: 'invalid UTF-8',
    code: 'invalidUtf8',
    values: { path: CLUSTERS_ENTRY },
    build: () =>
      hostile((files) => {
        files[CLUSTERS_ENTRY] = new Uint8Array([0x7b, 0xff, 0xfe, 0x7d, 0x0a]);
        rehash(files);
      }),
  },
  {
    name: 'invalid JSON',
    code: 'invalidJson',
    values: { path: CLUSTERS_ENTRY, line: 3 },
    build: () =>
      hostile((files) =>
        editLines(files, CLUSTERS_ENTRY, (lines) => {
          lines[2] = '{"id": ';
        }),
      ),
  },
  ...(
    [
      ['__proto__', '{"__proto__":{"x":1}}'],
      ['constructor', '{"a":[{"constructor":{"prototype":1}}]}'],
      ['prototype', '{"label":{"prototype":{}}}'],
    ] as const
  ).map(([key, line]): Refusal => ({
    name: `${key} key in a record`,
    code: 'forbiddenKey',
    values: { path: CLUSTERS_ENTRY, line: 1, key },
    build: () =>
      hostile((files) =>
        editLines(files, CLUSTERS_ENTRY, (lines) => {
          lines[0] = line;
        }),
      ),
  })),
  {
    name: '__proto__ key in the manifest',
    code: 'forbiddenKey',
    values: { path: 'manifest.json', key: '__proto__' },
    build: () =>
      hostile((files) => {
        const text = new TextDecoder().decode(files['manifest.json']);
        files['manifest.json'] = strToU8(text.replace('{', '{"__proto__":{"x":1},'));
      }),
  },
  {
    name: 'record failing its table schema',
    code: 'schemaInvalid',
    values: { table: 'clusters', path: CLUSTERS_ENTRY, line: 2, field: 'country' },
    build: () =>
      hostile((files) =>
        editLines(files, CLUSTERS_ENTRY, (lines) => {
          const record = JSON.parse(lines[1] ?? '') as Record<string, unknown>;
          lines[1] = JSON.stringify({ ...record, country: 'Spain' });
        }),
      ),
  },
  {
    name: 'record with an unknown field (records are strict)',
    code: 'schemaInvalid',
    values: { table: 'clusters', line: 1 },
    build: () =>
      hostile((files) =>
        editLines(files, CLUSTERS_ENTRY, (lines) => {
          const record = JSON.parse(lines[0] ?? '') as Record<string, unknown>;
          lines[0] = JSON.stringify({ ...record, secret: 1 });
        }),
      ),
  },
  {
    name: 'manifest failing its schema',
    code: 'schemaInvalid',
    values: { table: 'manifest', field: 'packageId' },
    build: () =>
      hostile((files) => {
        setManifest(files, { ...manifestOf(files), packageId: 'not-a-uuid' });
      }),
  },
  {
    name: 'unknown table listed in the manifest',
    code: 'unknownTable',
    values: { table: 'secrets' },
    build: () => hostile(addUnknownTable),
  },
  {
    name: 'unknown table, unlisted data file',
    code: 'unknownTable',
    values: { table: 'secrets' },
    build: () =>
      hostile((files) => {
        files['data/secrets/0000.ndjson'] = strToU8('{}\n');
      }),
  },
  {
    name: 'newer formatVersion',
    code: 'newerFormat',
    values: { needed: 3, supported: 1 },
    build: () =>
      hostile((files) => {
        setManifest(files, { ...manifestOf(files), formatVersion: 3, somethingNew: true });
      }),
  },
  {
    name: 'signature that does not verify (manifest altered after signing)',
    code: 'badSignature',
    values: { reason: 'the manifest was altered' },
    build: async () => {
      const files = await signedFiles();
      setManifest(files, { ...manifestOf(files), appVersion: '9.9.9' });
      return zip(files);
    },
  },
  {
    name: 'signature by a node other than the source',
    code: 'badSignature',
    values: { reason: 'signer is not the source node' },
    build: async () => {
      const files = await signedFiles();
      const signature = JSON.parse(new TextDecoder().decode(files['signature.json'])) as object;
      files['signature.json'] = strToU8(
        JSON.stringify({ ...signature, signer: 'ffffffffffffffff' }),
      );
      return zip(files);
    },
  },
  {
    name: 'malformed signature.json',
    code: 'badSignature',
    values: { reason: 'malformed signature.json' },
    build: async () => {
      const files = await signedFiles();
      files['signature.json'] = strToU8('{"algorithm":"RSA"}');
      return zip(files);
    },
  },
];

const languages = ['en', 'es'] as const;
const translators = new Map<string, I18n>();

beforeAll(async () => {
  for (const lng of languages) {
    const instance = i18next.createInstance();
    await instance.init({
      resources: await resourcesFor(['en', 'es']),
      lng,
      interpolation: { escapeValue: false },
    });
    translators.set(lng, instance);
  }
});

describe('package refusals through the app importer', () => {
  it('the table covers every refusal code of the reader', () => {
    expect(new Set(refusals.map((r) => r.code))).toEqual(new Set(packageErrorCodes));
  });

  it('control: the same package untampered is accepted and changes the workspace', async () => {
    const db = await populatedWorkspace();
    const before = await snapshot(db);
    const bytes = await pristine();
    await expect(previewPackage(db, bytes)).resolves.toMatchObject({ alreadyImported: false });
    const result = await applyPackage(db, bytes, { now: T0 + 2 * MINUTE });
    expect(result.changed).toBeGreaterThan(0);
    expect(await snapshot(db)).not.toEqual(before);
  });

  const cases = refusals.map((refusal) => [`${refusal.code}: ${refusal.name}`, refusal] as const);

  it.each(cases)('%s', async (_title, { code, values = {}, build }) => {
    const db = await populatedWorkspace();
    const before = await snapshot(db);
    // The workspace is not empty: the "exactly as before" comparison means something.
    for (const table of ['clusters', 'organisations', 'memberships', 'settings', 'conflicts']) {
      expect(before[table]?.length, table).toBeGreaterThan(0);
    }
    expect(Object.keys(before)).toEqual(
      expect.arrayContaining([...syncedTableNames, 'settings', 'conflicts']),
    );
    const bytes = await build();

    const previewed = await rejection(previewPackage(db, bytes));
    expect(previewed.code).toBe(code);
    expect(previewed.values).toMatchObject(values);
    expect(await snapshot(db)).toEqual(before);

    const applied = await rejection(applyPackage(db, bytes, { now: T0 + 2 * MINUTE }));
    expect(applied.code).toBe(code);
    expect(applied.values).toMatchObject(values);
    expect(await snapshot(db)).toEqual(before);

    // The user-facing message, as the UI renders it, in English and Spanish.
    const texts = languages.map((lng) => {
      const i18n = translators.get(lng)!;
      expect(i18n.exists(`packageErrors.${code}`), `${lng} packageErrors.${code}`).toBe(true);
      const text = errorText(i18n.t, applied);
      expect(text).not.toContain(`packageErrors.`);
      expect(text).not.toMatch(/\{\{|undefined/);
      expect(text.length).toBeGreaterThan(10);
      return text;
    });
    expect(texts[0]).not.toBe(texts[1]);
    if (code === 'newerFormat') {
      for (const text of texts) expect(text).toMatch(/\b3\b/);
    }
  });
});
