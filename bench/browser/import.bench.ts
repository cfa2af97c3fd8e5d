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

export function organisationsCsv(rows: number): Uint8Array {
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
  return new TextEncoder().encode(text);
}

export async function benchImport(iterations = 3): Promise<Comparison> {
  const bytes = organisationsCsv(ROWS);
  let imported = 0;
  let phases = {};
  const result = await compare({
    benchmark: `Import a ${ROWS.toLocaleString('en')}-row organisations CSV`,
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
        const parsed = Papa.parse<Record<string, string>>(new TextDecoder().decode(bytes), {
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
