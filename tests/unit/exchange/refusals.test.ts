/**
 * One test per refusal of EXCHANGE.md, each on a hostile package built here with fflate, read
 * through both zip readers: the app's (fflate) and `mcs`'s (yauzl + Node's zlib).
 */
import { strToU8, zipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { PackageError, packageErrorMessage } from '../../../src-core/exchange/errors';
import type { PackageErrorCode } from '../../../src-core/exchange/errors';
import { MAX_ENTRIES, MAX_ENTRY_BYTES } from '../../../src-core/exchange/format';
import { readPackage } from '../../../src-core/exchange/read';
import { fflateZipReader, type ZipReader } from '../../../src-core/exchange/zip-read';
import { nodeZipReader } from '../../../src-main/cli/node-zip';
import type { Files } from './helpers';
import {
  addUnknownTable,
  CLUSTERS_ENTRY,
  editLines,
  hostile,
  manifestOf,
  patchDeclaredSize,
  rehash,
  replaceBytes,
  setManifest,
  validPackage,
  zip,
} from './helpers';

let zipReader: ZipReader = fflateZipReader;

async function refusal(bytes: Uint8Array): Promise<PackageError> {
  try {
    await readPackage(bytes, { zipReader });
  } catch (error) {
    if (error instanceof PackageError) return error;
    throw error;
  }
  throw new Error('the package was accepted');
}

async function expectRefused(
  bytes: Uint8Array,
  code: PackageErrorCode,
  values: Record<string, string | number> = {},
): Promise<PackageError> {
  const error = await refusal(bytes);
  expect(error.code).toBe(code);
  expect(error.values).toMatchObject(values);
  expect(packageErrorMessage(error)).not.toMatch(/undefined/);
  return error;
}

describe.each([
  ['fflate (the app)', fflateZipReader],
  ['yauzl and zlib (mcs)', nodeZipReader],
])('package refusals, read with %s', (_name, reader) => {
  beforeEach(() => {
    zipReader = reader;
  });

  it('notZip: a text file', async () => {
    await expectRefused(strToU8('hello, this is not a zip'), 'notZip');
    await expectRefused(new Uint8Array(), 'notZip');
  });

  it('truncated: a package cut in half', async () => {
    const bytes = await validPackage();
    await expectRefused(bytes.slice(0, Math.floor(bytes.length / 2)), 'truncated');
  });

  it('tooManyEntries: more entries than the cap', async () => {
    const files: Files = {};
    for (let i = 0; i <= MAX_ENTRIES; i++) files[`data/clusters/${i}.ndjson`] = strToU8('');
    await expectRefused(zip(files, 0), 'tooManyEntries', { max: MAX_ENTRIES });
  });

  it('tooLarge: one entry declared over the per-entry cap', async () => {
    const bytes = zip({ 'manifest.json': strToU8('{}') });
    await expectRefused(patchDeclaredSize(bytes, 0, MAX_ENTRY_BYTES + 1), 'tooLarge', {
      path: 'manifest.json',
    });
  });

  it('tooLarge: entries whose total is over the cap', async () => {
    const files: Files = {};
    for (let i = 0; i < 9; i++) files[`data/clusters/000${i}.ndjson`] = strToU8('x');
    let bytes = zip(files);
    for (let i = 0; i < 9; i++) bytes = patchDeclaredSize(bytes, i, 60 * 1024 * 1024);
    const error = await expectRefused(bytes, 'tooLarge');
    expect(error.values.path).toBeUndefined();
  });

  it('zipBomb: 8 MB of zeros compressed a thousandfold', async () => {
    const bytes = zipSync({ 'data/clusters/0000.ndjson': [new Uint8Array(8 << 20), { level: 9 }] });
    const error = await expectRefused(bytes, 'zipBomb', { path: 'data/clusters/0000.ndjson' });
    expect(Number(error.values.ratio)).toBeGreaterThan(100);
  });

  it('duplicateEntry: the same name twice', async () => {
    const files: Files = { 'data/clusters/0000.ndjson': strToU8('a') };
    files['data/clusters/0001.ndjson'] = strToU8('b');
    const bytes = replaceBytes(zip(files), 'clusters/0001', 'clusters/0000');
    await expectRefused(bytes, 'duplicateEntry', { path: CLUSTERS_ENTRY });
  });

  it.each(['../evil.json', '/etc/passwd', 'data\\clusters\\0000.ndjson', 'C:/evil', 'data//x'])(
    'pathTraversal: %s',
    async (name) => {
      const bytes = await hostile((files) => {
        files[name] = strToU8('{}');
      });
      await expectRefused(bytes, 'pathTraversal', { path: name });
    },
  );

  it('entryNotInManifest: an extra file', async () => {
    const bytes = await hostile((files) => {
      files['readme.txt'] = strToU8('hi');
    });
    await expectRefused(bytes, 'entryNotInManifest', { path: 'readme.txt' });
  });

  it('missingEntry: a listed file is absent, or there is no manifest', async () => {
    const bytes = await hostile((files) => {
      delete files[CLUSTERS_ENTRY];
    });
    await expectRefused(bytes, 'missingEntry', { path: CLUSTERS_ENTRY });
    const noManifest = await hostile((files) => {
      delete files['manifest.json'];
    });
    await expectRefused(noManifest, 'missingEntry', { path: 'manifest.json' });
  });

  it('hashMismatch: a data file edited after the manifest was made', async () => {
    const bytes = await hostile((files) => {
      files[CLUSTERS_ENTRY] = strToU8(
        new TextDecoder().decode(files[CLUSTERS_ENTRY]).replace('"ES"', '"FR"'),
      );
    });
    await expectRefused(bytes, 'hashMismatch', { path: CLUSTERS_ENTRY });
  });

  it('invalidUtf8: bytes that are not UTF-8', async () => {
    const bytes = await hostile((files) => {
      files[CLUSTERS_ENTRY] = new Uint8Array([0x7b, 0xff, 0xfe, 0x7d, 0x0a]);
      rehash(files);
    });
    await expectRefused(bytes, 'invalidUtf8', { path: CLUSTERS_ENTRY });
  });

  it('invalidJson: a broken line, named by number', async () => {
    const bytes = await hostile((files) =>
      editLines(files, CLUSTERS_ENTRY, (lines) => {
        lines[2] = '{"id": ';
      }),
    );
    await expectRefused(bytes, 'invalidJson', { path: CLUSTERS_ENTRY, line: 3 });
  });

  it.each([
    ['__proto__', '{"__proto__":{"x":1}}'],
    ['constructor', '{"a":[{"constructor":{"prototype":1}}]}'],
    ['prototype', '{"label":{"prototype":{}}}'],
    // Spelled with JSON escapes, so the key's name does not appear in the text as such.
    ['__proto__', '{"\\u005f\\u005fproto\\u005f\\u005f":{"x":1}}'],
  ])('forbiddenKey: %s, found before the schema runs', async (key, line) => {
    const bytes = await hostile((files) =>
      editLines(files, CLUSTERS_ENTRY, (lines) => {
        lines[0] = line;
      }),
    );
    await expectRefused(bytes, 'forbiddenKey', { path: CLUSTERS_ENTRY, line: 1, key });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('forbiddenKey: in the manifest too', async () => {
    const bytes = await hostile((files) => {
      files['manifest.json'] = strToU8(
        new TextDecoder().decode(files['manifest.json']).replace('{', '{"__proto__":{"x":1},'),
      );
    });
    await expectRefused(bytes, 'forbiddenKey', { path: 'manifest.json', key: '__proto__' });
  });

  it('schemaInvalid: a record failing its table schema names table, line and field', async () => {
    const bytes = await hostile((files) =>
      editLines(files, CLUSTERS_ENTRY, (lines) => {
        const record = JSON.parse(lines[1] ?? '') as Record<string, unknown>;
        lines[1] = JSON.stringify({ ...record, country: 'Spain' });
      }),
    );
    await expectRefused(bytes, 'schemaInvalid', {
      table: 'clusters',
      path: CLUSTERS_ENTRY,
      line: 2,
      field: 'country',
    });
  });

  it('schemaInvalid: an unknown field in a record (records are strict)', async () => {
    const bytes = await hostile((files) =>
      editLines(files, CLUSTERS_ENTRY, (lines) => {
        const record = JSON.parse(lines[0] ?? '') as Record<string, unknown>;
        lines[0] = JSON.stringify({ ...record, secret: 1 });
      }),
    );
    await expectRefused(bytes, 'schemaInvalid', { table: 'clusters', line: 1 });
  });

  it('schemaInvalid: a manifest that does not fit the schema', async () => {
    const bytes = await hostile((files) => {
      setManifest(files, { ...manifestOf(files), packageId: 'not-a-uuid' });
    });
    await expectRefused(bytes, 'schemaInvalid', { table: 'manifest', field: 'packageId' });
  });

  it('unknownTable: a table this app does not know', async () => {
    const bytes = await hostile(addUnknownTable);
    await expectRefused(bytes, 'unknownTable', { table: 'secrets' });
  });

  it('unknownTable: an unlisted data file of an unknown table', async () => {
    const bytes = await hostile((files) => {
      files['data/secrets/0000.ndjson'] = strToU8('{}\n');
    });
    await expectRefused(bytes, 'unknownTable', { table: 'secrets' });
  });

  it('newerFormat: says which format version is needed', async () => {
    const bytes = await hostile((files) => {
      setManifest(files, { ...manifestOf(files), formatVersion: 3, somethingNew: true });
    });
    const error = await expectRefused(bytes, 'newerFormat', { needed: 3, supported: 1 });
    expect(packageErrorMessage(error)).toContain('format version 3 is needed');
  });
});
