/**
 * Issue 3: importing a 50,000-row organisations CSV end to end (read, guess columns, check every
 * row, look for duplicates, write in one transaction) against Papa Parse of the same file plus a
 * raw Dexie bulkPut of the parsed rows. Target: ≤ 1.5×.
 */
import Papa from 'papaparse';
import { toCsv } from '../../src-core/roster';
import { generateSampleWorkspace } from '../../src-core/sample';
import { createIdentity } from '../../src-renderer/db/identity';
import { openStudioDb, type StudioDb } from '../../src-renderer/db/schema';
import {
  applyImport,
  previewImport,
  readImportFile,
} from '../../src-renderer/workers/import-pipeline';
import { compare, type Comparison } from './harness';

const ROWS = 50_000;
let counter = 0;

async function freshDb(): Promise<StudioDb> {
  counter += 1;
  const db = openStudioDb(`bench-import-${counter}`);
  await db.open();
  await createIdentity(db, { facilitatorName: 'Bench', partnerOrganisation: 'Bench' });
  return db;
}

/** Windows-1252 bytes of the text (French or Spanish Excel's plain CSV); "?" for other letters. */
function encodeWindows1252(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1252');
  const byteOf = new Map<number, number>();
  for (let byte = 255; byte >= 0; byte -= 1) {
    byteOf.set(decoder.decode(Uint8Array.of(byte)).charCodeAt(0), byte);
  }
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) bytes[i] = byteOf.get(text.charCodeAt(i)) ?? 0x3f;
  return bytes;
}

export type BenchEncoding = 'utf-8' | 'windows-1252';

export function organisationsCsv(rows: number, encoding: BenchEncoding = 'utf-8'): Uint8Array {
  const { organisations } = generateSampleWorkspace({
    seed: 11,
    organisations: rows,
    contactsPerOrganisation: 0,
  });
  const text = toCsv(
    ['name', 'type', 'country', 'region', 'nace', 'website', 'offers'],
    // Names and websites made unique, so every row is a new organisation (no duplicate skipped).
    organisations.map((o, i) => [
      `${o.name} ${i + 1}`,
      o.type,
      o.country,
      o.region,
      o.naceCodes.join(';'),
      o.website ? o.website.replace('://', `://n${i + 1}.`) : null,
      o.offers.join(';'),
    ]),
  );
  return encoding === 'utf-8' ? new TextEncoder().encode(text) : encodeWindows1252(text);
}

export async function benchImport(
  iterations = 3,
  encoding: BenchEncoding = 'utf-8',
): Promise<Comparison> {
  const bytes = organisationsCsv(ROWS, encoding);
  let imported = 0;
  let phases = {};
  const result = await compare({
    benchmark: `Import a ${ROWS.toLocaleString('en')}-row organisations CSV${encoding === 'utf-8' ? '' : ` (${encoding})`}`,
    target: 1.5,
    iterations,
    prepare: freshDb,
    subject: {
      name: 'app import: read, map, check, duplicates, one-transaction write',
      run: async (db) => {
        const t0 = performance.now();
        const { sheet, mapping } = await readImportFile(
          'organisations',
          'organisations.csv',
          bytes,
        );
        const t1 = performance.now();
        const preview = await previewImport(db, 'organisations', sheet, mapping);
        const t2 = performance.now();
        imported = (await applyImport(db, preview.plan, new Map())).created;
        phases = {
          readMs: Math.round(t1 - t0),
          checkMs: Math.round(t2 - t1),
          writeMs: Math.round(performance.now() - t2),
        };
      },
    },
    baseline: {
      name: 'Papa Parse of the file + raw Dexie bulkPut of the parsed rows',
      run: async (db) => {
        const parsed = Papa.parse<Record<string, string>>(new TextDecoder(encoding).decode(bytes), {
          header: true,
          skipEmptyLines: true,
        });
        const rows = parsed.data.map((row, i) => ({ ...row, id: `row-${i}` }));
        await db.transaction('rw', 'organisations', () => db.table('organisations').bulkPut(rows));
      },
    },
    cleanup: async (db) => {
      db.close();
      await new Promise<void>((resolve) => {
        const request = indexedDB.deleteDatabase(db.name);
        request.onsuccess = request.onerror = () => resolve();
      });
    },
  });
  return { ...result, details: { rows: ROWS, bytes: bytes.byteLength, imported, ...phases } };
}
