// A database holding the sample workspace, for tests that compare what is read from it with the
// same computation on the workspace itself.
import { generateSampleWorkspace } from '../../../src-core/sample';
import { loadSampleWorkspace } from '../../../src-renderer/db/sample';
import type { StudioDb } from '../../../src-renderer/db/schema';
import { freshDb } from './helpers';

/** A fresh database holding the sample workspace of `seed`, loaded as the app loads it. */
export async function sampleDatabase(seed = 2026): Promise<{
  workspace: ReturnType<typeof generateSampleWorkspace>;
  db: StudioDb;
}> {
  const workspace = generateSampleWorkspace({ seed });
  const db = await freshDb();
  await loadSampleWorkspace(db, workspace, seed, () => undefined);
  return { workspace, db };
}
