/**
 * Seeds the app's own database (same origin as the app in the bench build) with a scaled sample
 * workspace, so UI benchmarks can open the real app on it.
 */
import { generateSampleWorkspace } from '../../src-core/sample';
import { loadRecords } from '../../src-renderer/db/bulk-load';
import { createIdentity } from '../../src-renderer/db/identity';
import { DEFAULT_DB_NAME, openStudioDb } from '../../src-renderer/db/schema';

export async function seedAppDatabase(organisations: number): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DEFAULT_DB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
  const db = openStudioDb(DEFAULT_DB_NAME);
  await db.open();
  await createIdentity(db, { facilitatorName: 'Bench', partnerOrganisation: 'Bench partner' });
  const workspace = generateSampleWorkspace({ seed: 2026, organisations });
  const records = await loadRecords(db, workspace, { trusted: true, chunkSize: 10_000 });
  db.close();
  return records;
}
