/**
 * The zip container with either DEFLATE: fflate's (browser, worker) and Node's zlib (`mcs`,
 * ~2.5× faster). A package written by either reads back to the same records and the same files,
 * through either reader (fflate's; yauzl with zlib in `mcs`), with the layout the format
 * describes (sorted entries, deflated, 1980-01-01 00:00), and each host writes the same bytes for
 * the same data. (Every refusal is read through both readers in tests/unit/exchange.)
 */
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readPackage } from '../../src-core/exchange/read';
import { writePackage } from '../../src-core/exchange/write';
import { PackageError } from '../../src-core/exchange/errors';
import { fflateZipReader } from '../../src-core/exchange/zip-read';
import { fflateCodec, zipEntries } from '../../src-core/exchange/zip-write';
import { syncedTableNames } from '../../src-core/model/entities';
import { nodeZipReader, zlibCodec } from '../../src-main/cli/node-zip';
import { asShipped, baseInput, patchDeclaredSize } from '../unit/exchange/helpers';

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;

/** Every local header's name, compression method and DOS date-time, in file order. */
function localHeaders(bytes: Uint8Array): { name: string; method: number; dosDateTime: number }[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: { name: string; method: number; dosDateTime: number }[] = [];
  let offset = 0;
  while (view.getUint32(offset, true) === LOCAL_HEADER) {
    const nameLength = view.getUint16(offset + 26, true);
    const extraLength = view.getUint16(offset + 28, true);
    const name = new TextDecoder().decode(bytes.subarray(offset + 30, offset + 30 + nameLength));
    out.push({
      name,
      method: view.getUint16(offset + 8, true),
      dosDateTime: view.getUint32(offset + 10, true),
    });
    // Sizes are in the data descriptor after the data: find the entry's size in the central
    // directory instead, by walking to the next local header through the central record.
    const central = centralEntry(bytes, name);
    offset += 30 + nameLength + extraLength + central.compressedSize + 16;
  }
  return out;
}

function centralEntry(bytes: Uint8Array, name: string): { compressedSize: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let offset = 0; offset + 46 <= bytes.length; offset++) {
    if (view.getUint32(offset, true) !== CENTRAL_HEADER) continue;
    const nameLength = view.getUint16(offset + 28, true);
    const found = new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    if (found === name) return { compressedSize: view.getUint32(offset + 20, true) };
  }
  throw new Error(`no central record for ${name}`);
}

/** 1980-01-01 00:00 as zip stores it: date in the high 16 bits, time (0) in the low. */
const JAN_1_1980 = ((0 << 9) | (1 << 5) | 1) << 16;

describe('the zip container with either DEFLATE', () => {
  it('reads back the same records and files whichever host compressed them', async () => {
    const input = baseInput();
    const withFflate = await writePackage(input);
    const withZlib = await writePackage({ ...input, codec: zlibCodec });
    const [a, b] = await Promise.all([readPackage(withFflate), readPackage(withZlib)]);
    for (const table of syncedTableNames) {
      expect(asShipped(b.tables[table] ?? []), table).toEqual(asShipped(a.tables[table] ?? []));
    }
    expect(b.manifest).toEqual(a.manifest);
    expect(unzipSync(withZlib)).toEqual(unzipSync(withFflate));
  });

  it('writes sorted, deflated entries dated 1980-01-01 00:00 with either codec', async () => {
    const files = {
      'manifest.json': new TextEncoder().encode('{"a":1}\n'),
      'data/organisations/0000.ndjson': new TextEncoder().encode('{"id":"x"}\n'.repeat(500)),
      'data/clusters/0000.ndjson': new TextEncoder().encode('{"id":"y"}\n'),
    };
    for (const codec of [fflateCodec, zlibCodec]) {
      const headers = localHeaders(zipEntries(files, codec));
      expect(headers.map((h) => h.name)).toEqual([
        'data/clusters/0000.ndjson',
        'data/organisations/0000.ndjson',
        'manifest.json',
      ]);
      for (const header of headers) {
        expect(header.method).toBe(8);
        expect(header.dosDateTime).toBe(JAN_1_1980);
      }
    }
  });

  it('writes the same bytes for the same data on one host', async () => {
    const input = { ...baseInput(), codec: zlibCodec };
    expect(await writePackage(input)).toEqual(await writePackage(input));
  });

  it('agrees with fflate on the CRC-32 zip stores', () => {
    const data = new Uint8Array(70_000);
    for (let i = 0; i < data.length; i++) data[i] = (i * 7919) % 251;
    for (const sample of [new Uint8Array(), data.subarray(0, 1), data]) {
      expect(zlibCodec.crc32(sample)).toBe(fflateCodec.crc32(sample));
    }
    expect(fflateCodec.crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('opens every package to the same entries and files with either reader', async () => {
    const input = baseInput();
    const packages = [
      await writePackage(input),
      await writePackage({ ...input, codec: zlibCodec }),
      // Stored (not deflated) entries, and a name that is not ASCII.
      zipSync(
        { 'a/ünïcode.txt': strToU8('ça va'), 'b.txt': strToU8('x'.repeat(5000)) },
        { level: 0 },
      ),
    ];
    for (const bytes of packages) {
      const [app, cli] = [await fflateZipReader(bytes, 50), await nodeZipReader(bytes, 50)];
      expect(cli.entries).toEqual(
        app.entries.map(({ name, size, originalSize }) => ({ name, size, originalSize })),
      );
      expect({ ...(await cli.extract()) }).toEqual(unzipSync(bytes));
    }
    const [a, b] = [
      await readPackage(packages[1] as Uint8Array),
      await readPackage(packages[1] as Uint8Array, { zipReader: nodeZipReader }),
    ];
    for (const table of syncedTableNames) {
      expect(asShipped(b.tables[table] ?? []), table).toEqual(asShipped(a.tables[table] ?? []));
    }
  });

  it('mcs refuses an entry that inflates past the size it declares (a bomb under the caps)', async () => {
    // 200 kB inflating from a few hundred bytes, declared as 1,000 bytes.
    const bomb = patchDeclaredSize(zipSync({ 'manifest.json': new Uint8Array(200_000) }), 0, 1_000);
    const opened = await nodeZipReader(bomb, 50);
    expect(opened.entries[0]?.originalSize).toBe(1_000);
    await expect(opened.extract()).rejects.toThrow();
    const refused = await readPackage(bomb, { zipReader: nodeZipReader }).catch((error) => error);
    expect(refused).toBeInstanceOf(PackageError);
    // The ratio cap (checked on the declared sizes) does not see it: the inflate's limit does.
    expect((refused as PackageError).code).toBe('truncated');
  });
});
