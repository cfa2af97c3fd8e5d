// The value-chain matrix page reads only the tagged clusters' memberships and their organisations
// (db/metaclusters.ts, issue 18); its matrix equals the one computed on the whole workspace.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { valueChainMatrix } from '../../../src-core/metacluster';
import { queryMatrixInputs } from '../../../src-renderer/db/metaclusters';
import { freshDb } from './helpers';
import { sampleDatabase } from './sample-db';

const today = '2026-11-28';

describe('the matrix page’s inputs, read for the tagged clusters only', () => {
  it('give the same matrix as the whole workspace, for every value chain of the sample', async () => {
    const { workspace, db } = await sampleDatabase();
    const clusters = workspace.clusters.filter((cluster) => !cluster.deleted);
    expect(workspace.valueChains.length).toBeGreaterThan(1);
    for (const valueChain of workspace.valueChains) {
      const inputs = await queryMatrixInputs(db, valueChain.id);
      if (!inputs) throw new Error(`no inputs for ${valueChain.name}`);
      // Fewer records than the workspace holds: the point of reading them this way.
      expect(inputs.organisations.length).toBeLessThan(workspace.organisations.length);
      const whole = valueChainMatrix({
        valueChain,
        clusters,
        organisations: workspace.organisations,
        memberships: workspace.memberships,
        today,
      });
      expect(whole.rows.some((row) => row.total.organisations > 0)).toBe(true);
      expect(valueChainMatrix({ ...inputs, today })).toEqual(whole);
    }
    db.close();
  });

  it('is null for a value chain that is not there', async () => {
    const db = await freshDb();
    expect(await queryMatrixInputs(db, 'no-such-chain')).toBeNull();
    db.close();
  });
});
