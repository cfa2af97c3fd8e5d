// A meta-cluster page's analyses, computed from the database as the bulk worker does
// (db/metacluster-analysis.ts), equal the same analyses computed directly on the workspace.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  coverageOf,
  rankClustersForChain,
  suggestCompositions,
  suggestPairs,
  valueChainMatrix,
} from '../../../src-core/metacluster';
import { analyseMetaCluster } from '../../../src-renderer/db/metacluster-analysis';
import { sampleDatabase } from './sample-db';

const today = '2026-11-28';

describe('a meta-cluster’s analyses, read from the database', () => {
  it('equal the composer, matching and matrix computed on the workspace itself', async () => {
    const { workspace, db } = await sampleDatabase();
    const metaCluster = workspace.metaClusters.find(
      (record) => record.members.length > 0 && record.valueChainId,
    );
    expect(metaCluster).toBeDefined();
    if (!metaCluster) return;
    const analysis = await analyseMetaCluster(db, metaCluster.id, today);

    const valueChain = workspace.valueChains.find((chain) => chain.id === metaCluster.valueChainId);
    if (!valueChain) throw new Error('the sample meta-cluster has a value chain');
    const clusters = workspace.clusters.filter((cluster) => !cluster.deleted);
    const input = {
      valueChain,
      clusters,
      organisations: workspace.organisations,
      memberships: workspace.memberships,
      today,
    };
    const current = metaCluster.members.map((member) => member.clusterId);
    expect(analysis?.composer?.coverage).toEqual(coverageOf(current, input));
    expect(analysis?.composer?.candidates).toEqual(
      rankClustersForChain({ ...input, current }).slice(0, 10),
    );
    expect(analysis?.composer?.suggestions).toEqual(
      suggestCompositions({ ...input, current: [], count: 3 }),
    );
    expect(analysis?.pairs).toEqual(
      suggestPairs({ ...input, clusterIds: current, maxPerOrganisation: 3, limit: 30 }),
    );
    expect(analysis?.matrix).toEqual(
      valueChainMatrix({
        ...input,
        clusters: clusters.filter((cluster) => current.includes(cluster.id)),
        participation: 'tagged-or-members',
      }),
    );
    expect(analysis?.pairs.length).toBeGreaterThan(0);
    expect(analysis?.composer?.candidates.length).toBeGreaterThan(0);
  });

  it('a meta-cluster without a value chain has matching but no composer; none at all is null', async () => {
    const { workspace, db } = await sampleDatabase(7);
    const metaCluster = workspace.metaClusters[0];
    if (!metaCluster) throw new Error('the sample has meta-clusters');
    await db.metaClusters.update(metaCluster.id, { valueChainId: null });
    const analysis = await analyseMetaCluster(db, metaCluster.id, today);
    expect(analysis?.composer).toBeNull();
    expect(analysis?.matrix).toBeNull();
    expect(Array.isArray(analysis?.pairs)).toBe(true);
    expect(await analyseMetaCluster(db, '0192f0c4-7b1e-7c3a-9d2e-000000000000', today)).toBeNull();
  });
});
