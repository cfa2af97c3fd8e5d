/**
 * Issue 2: loading the sample workspace into IndexedDB through the app's bulk loader (validation,
 * chunked writes in one transaction, clock bookkeeping), against a raw Dexie bulkPut of the same
 * records in one transaction. Target: ≤ 1.3×.
 */
import { generateSampleWorkspace } from '../../src-core/sample';
import { syncedTableNames } from '../../src-core/model/entities';
import { countRecords } from '../../src-renderer/db/bulk-load';
import { createIdentity } from '../../src-renderer/db/identity';
import { loadSampleWorkspace } from '../../src-renderer/db/sample';
import { openStudioDb, type StudioDb } from '../../src-renderer/db/schema';
import { compare, type Comparison } from './harness';

let counter = 0;

async function freshDb(): Promise<StudioDb> {
  counter += 1;
  const db = openStudioDb(`bench-load-sample-${counter}`);
  await db.open();
  await createIdentity(db, { facilitatorName: 'Bench', partnerOrganisation: 'Bench' });
  return db;
}

export async function benchLoadSample(iterations = 5): Promise<Comparison> {
  const workspace = generateSampleWorkspace({ seed: 2026 });
  const records = countRecords(workspace);
  const result = await compare({
    benchmark: 'Load the sample workspace into IndexedDB',
    target: 1.3,
    iterations,
    prepare: freshDb,
    subject: {
      name: 'app bulk loader (validate + chunked bulkPut + clock)',
      run: async (db) => {
        await loadSampleWorkspace(db, workspace, 2026);
      },
    },
    baseline: {
      name: 'raw Dexie bulkPut, one transaction',
      run: async (db) => {
        await db.transaction('rw', syncedTableNames, async () => {
          for (const [table, rows] of Object.entries(workspace)) {
            if (rows.length) await db.table(table).bulkPut(rows);
          }
        });
      },
    },
    cleanup: async (db) => {
      db.close();
      await indexedDB.deleteDatabase(db.name);
    },
  });
  return { ...result, details: { records } };
}
