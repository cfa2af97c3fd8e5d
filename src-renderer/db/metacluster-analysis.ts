/**
 * A meta-cluster page's analyses — the composer (coverage, ranked candidates, suggested
 * compositions), organisation matching across countries and the coverage matrix — read every
 * organisation and membership of the workspace. At 100,000 organisations reading them took the
 * page seconds and computing them a task of over a second, so they run in the bulk worker
 * (`metacluster-analysis`) and the page only reads what it shows. The page asks again after a
 * commit touching what they are computed from (`ANALYSIS_TABLES`), and keeps showing the last
 * answer meanwhile (`useMetaClusterAnalysis` in features/metaclusters/meta-cluster/, over
 * `ui/useWorkerAnswer.ts`).
 */
import {
  buildChainIndex,
  coverageOf,
  rankClustersForChain,
  suggestCompositions,
  suggestPairs,
  valueChainMatrix,
  type ClusterCandidate,
  type CompositionCoverage,
  type CompositionSuggestions,
  type OrganisationPair,
  type ValueChainMatrix,
} from '../../src-core/metacluster';
import type { StudioDb } from './schema';

export interface MetaClusterAnalysis {
  /** Null when the meta-cluster has no value chain (the composer asks for one). */
  readonly composer: {
    readonly coverage: CompositionCoverage;
    readonly candidates: readonly ClusterCandidate[];
    readonly suggestions: CompositionSuggestions;
  } | null;
  readonly pairs: readonly OrganisationPair[];
  /** The chain's segments × the member clusters; null without a chain or members. */
  readonly matrix: ValueChainMatrix | null;
}

/** The tables the analyses read: a commit to one of them means asking again. */
export const ANALYSIS_TABLES = [
  'metaClusters',
  'valueChains',
  'clusters',
  'organisations',
  'memberships',
] as const;

/** The pairs and candidates a page shows (the page lists no more). */
const PAIR_LIMIT = 30;
const CANDIDATE_LIMIT = 10;

/** Computes the analyses of one meta-cluster from the database (run in the bulk worker). */
export async function analyseMetaCluster(
  db: StudioDb,
  id: string,
  today: string,
): Promise<MetaClusterAnalysis | null> {
  const metaCluster = await db.metaClusters.get(id);
  if (!metaCluster) return null;
  const [valueChain, allClusters, organisations, memberships] = await Promise.all([
    metaCluster.valueChainId ? db.valueChains.get(metaCluster.valueChainId) : undefined,
    db.clusters.toArray(),
    db.organisations.toArray(),
    db.memberships.toArray(),
  ]);
  const clusters = allClusters.filter((cluster) => !cluster.deleted);
  const chain = valueChain && !valueChain.deleted ? valueChain : null;
  const current = metaCluster.members.map((member) => member.clusterId);
  const memberIds = new Set(current);
  const pairs = suggestPairs({
    organisations,
    memberships,
    clusterIds: current,
    today,
    maxPerOrganisation: 3,
    limit: PAIR_LIMIT,
  });
  if (!chain) return { composer: null, pairs, matrix: null };
  const data = { valueChain: chain, clusters, organisations, memberships, today };
  // One index of the chain for the three composer analyses (each built its own before).
  const input = { ...data, index: buildChainIndex(data) };
  return {
    composer: {
      coverage: coverageOf(current, input),
      candidates: rankClustersForChain({ ...input, current }).slice(0, CANDIDATE_LIMIT),
      suggestions: suggestCompositions({ ...input, current: [], count: 3 }),
    },
    pairs,
    matrix:
      memberIds.size === 0
        ? null
        : valueChainMatrix({
            ...data,
            clusters: clusters.filter((cluster) => memberIds.has(cluster.id)),
            participation: 'tagged-or-members',
          }),
  };
}
