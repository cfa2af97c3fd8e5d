/**
 * Composing a meta-cluster (method step 2): which clusters of a value chain to bring together.
 *
 * - `rankClustersForChain` ranks the clusters not yet chosen, with an explainable score: each
 *   factor has its points and the data behind them (weights in `compositionWeights`).
 * - `suggestCompositions` proposes sets of clusters from AT LEAST 3 DIFFERENT COUNTRIES (the
 *   method's gate) that cover as many segments as possible: greedy set cover, run once from the
 *   current selection and once per seed cluster, deduplicated and ranked.
 * - `coverageOf` is the live view: covered and missing segments and countries of a selection, so
 *   the facilitator watches coverage change as clusters are added or removed.
 *
 * Participation, current members and coverage follow chain-index.ts. Order is deterministic
 * (code-point comparison of names, then ids); nothing reads the clock.
 */
import type { ClusterRecord } from '../model/entities';
import {
  evaluateReadiness,
  type ReadinessCheckId,
  type ReadinessCluster,
} from '../analysis/readiness';
import type { ClusterMember } from '../analysis/helix';
import {
  compareText,
  indexOf,
  type ChainCluster,
  type ChainClusterEntry,
  type ChainIndex,
  type ChainInput,
  type ChainOrganisation,
} from './chain-index';

/** The method's gate: a meta-cluster gathers clusters from at least this many countries. */
export const MIN_META_CLUSTER_COUNTRIES = 3;

export const compositionWeights = {
  /** Per segment the candidate covers that the current selection does not. */
  perSegmentAdded: 10,
  /** When the candidate's country is not yet in the current selection. */
  newCountry: 15,
  /** Times the knowledge-entity share of the candidate's current members (0–1), rounded. */
  knowledgeShare: 20,
  /** Per readiness check passed (default settings). */
  perReadinessCheck: 2,
} as const;

export type ComposerCluster = ChainCluster &
  ReadinessCluster & { readonly deleted?: boolean } & Partial<Pick<ClusterRecord, 'region'>>;

export interface ComposerInput<
  C extends ComposerCluster = ComposerCluster,
  O extends ChainOrganisation = ChainOrganisation,
> extends ChainInput<C, O> {
  /** Ids of the clusters already chosen (unknown or deleted ids are ignored). */
  readonly current: readonly string[];
}

export type CompositionFactor =
  | {
      readonly kind: 'segmentsAdded';
      readonly points: number;
      /** Segment keys added, in chain order. */
      readonly data: { readonly segments: readonly string[]; readonly count: number };
    }
  | {
      readonly kind: 'complementarity';
      readonly points: number;
      readonly data: {
        readonly country: string;
        readonly newCountry: boolean;
        readonly currentCountries: readonly string[];
      };
    }
  | {
      readonly kind: 'scientificStrength';
      readonly points: number;
      /** Knowledge entities among the cluster's current members; share null without members. */
      readonly data: {
        readonly knowledge: number;
        readonly members: number;
        readonly share: number | null;
      };
    }
  | {
      readonly kind: 'readiness';
      readonly points: number;
      readonly data: {
        readonly passed: number;
        readonly total: number;
        readonly failed: readonly ReadinessCheckId[];
      };
    };

export type CompositionFactorKind = CompositionFactor['kind'];

export interface ClusterCandidate {
  readonly clusterId: string;
  readonly name: string;
  readonly country: string;
  /** Lists the chain in `valueChainIds`. */
  readonly tagged: boolean;
  /** Segment keys the cluster covers, in chain order. */
  readonly covers: readonly string[];
  readonly score: number;
  /** Always the four factors, in this order: segmentsAdded, complementarity, scientificStrength, readiness. */
  readonly factors: readonly CompositionFactor[];
}

export interface CompositionCoverage {
  /** The known, non-deleted clusters of the selection, deduplicated, in the order given. */
  readonly clusterIds: readonly string[];
  /** Ids given that are unknown or deleted. */
  readonly ignoredClusterIds: readonly string[];
  /** Covered segment keys, in chain order. */
  readonly covered: readonly string[];
  readonly missing: readonly string[];
  readonly total: number;
  /** covered / total (0 when the chain has no segment). */
  readonly ratio: number;
  /** Countries of the selection, ascending. */
  readonly countries: readonly string[];
  /** True when the selection spans at least `MIN_META_CLUSTER_COUNTRIES` countries. */
  readonly meetsCountryRule: boolean;
  /** Per segment (chain order): the selected clusters covering it. */
  readonly bySegment: readonly { readonly key: string; readonly clusterIds: readonly string[] }[];
}

export interface CompositionSuggestion {
  /** In the order chosen: the current selection first, then the greedy picks. */
  readonly clusterIds: readonly string[];
  readonly countries: readonly string[];
  readonly coverage: CompositionCoverage;
}

export type CompositionReason =
  'fewer-than-3-countries' | 'max-clusters-below-3' | 'no-room-for-3-countries';

export interface CompositionSuggestions {
  readonly compositions: readonly CompositionSuggestion[];
  /** Why `compositions` is empty; null when there are suggestions. */
  readonly reason: CompositionReason | null;
  /** Distinct countries among participating clusters and the current selection. */
  readonly countriesAvailable: number;
}

export interface SuggestCompositionsInput<
  C extends ComposerCluster = ComposerCluster,
  O extends ChainOrganisation = ChainOrganisation,
> extends Omit<ComposerInput<C, O>, 'current'> {
  readonly current?: readonly string[];
  /** Largest composition, current selection included. Default 6. */
  readonly maxClusters?: number;
  /** How many suggestions at most. Default 3. */
  readonly count?: number;
}

type Entry<C extends ComposerCluster, O extends ChainOrganisation> = ChainClusterEntry<C, O>;

function selection<C extends ComposerCluster, O extends ChainOrganisation>(
  index: ChainIndex<C, O>,
  ids: readonly string[],
): { known: C[]; ignored: string[] } {
  const seen = new Set<string>();
  const known: C[] = [];
  const ignored: string[] = [];
  for (const id of ids) {
    if (seen.has(id)) continue;
    seen.add(id);
    const cluster = index.allClusters.get(id);
    if (cluster === undefined) ignored.push(id);
    else known.push(cluster);
  }
  return { known, ignored };
}

function coverageFromIndex<C extends ComposerCluster, O extends ChainOrganisation>(
  index: ChainIndex<C, O>,
  ids: readonly string[],
): CompositionCoverage {
  const { known, ignored } = selection(index, ids);
  const bySegment = index.segments.map((segment) => ({
    key: segment.key,
    clusterIds: known
      .filter((c) => (index.byClusterId.get(c.id)?.bySegment.get(segment.key)?.length ?? 0) > 0)
      .map((c) => c.id),
  }));
  const covered = bySegment.filter((s) => s.clusterIds.length > 0).map((s) => s.key);
  const missing = bySegment.filter((s) => s.clusterIds.length === 0).map((s) => s.key);
  const countries = [...new Set(known.map((c) => c.country))].sort();
  const total = index.segments.length;
  return {
    clusterIds: known.map((c) => c.id),
    ignoredClusterIds: ignored,
    covered,
    missing,
    total,
    ratio: total === 0 ? 0 : covered.length / total,
    countries,
    meetsCountryRule: countries.length >= MIN_META_CLUSTER_COUNTRIES,
    bySegment,
  };
}

/** Covered and missing segments and the countries of a selection of clusters. */
export function coverageOf<C extends ComposerCluster, O extends ChainOrganisation>(
  clusterIds: readonly string[],
  input: ChainInput<C, O>,
): CompositionCoverage {
  return coverageFromIndex(indexOf(input), clusterIds);
}

function readinessOf<C extends ComposerCluster, O extends ChainOrganisation>(
  index: ChainIndex<C, O>,
  entry: Entry<C, O>,
  today: string,
): CompositionFactor & { kind: 'readiness' } {
  const members: ClusterMember[] = [];
  for (const membership of entry.memberships) {
    const organisation = index.organisationsById.get(membership.organisationId);
    if (organisation !== undefined) members.push({ organisation, membership });
  }
  const result = evaluateReadiness({ cluster: entry.cluster, members, today });
  return {
    kind: 'readiness',
    points: result.passed * compositionWeights.perReadinessCheck,
    data: {
      passed: result.passed,
      total: result.total,
      failed: result.checks.filter((c) => c.status !== 'pass').map((c) => c.id),
    },
  };
}

function scientificOf<C extends ComposerCluster, O extends ChainOrganisation>(
  entry: Entry<C, O>,
): CompositionFactor {
  const members = entry.members.size;
  const share = members === 0 ? null : entry.knowledge / members;
  return {
    kind: 'scientificStrength',
    points: share === null ? 0 : Math.round(share * compositionWeights.knowledgeShare),
    data: { knowledge: entry.knowledge, members, share },
  };
}

/**
 * The participating clusters not in `current`, best first (score descending, then name, then
 * id), each with its four scored factors.
 */
export function rankClustersForChain<C extends ComposerCluster, O extends ChainOrganisation>(
  input: ComposerInput<C, O>,
): ClusterCandidate[] {
  const index = indexOf(input);
  const chosen = selection(index, input.current).known;
  const chosenIds = new Set(chosen.map((c) => c.id));
  const currentCountries = [...new Set(chosen.map((c) => c.country))].sort();
  const coveredNow = new Set<string>();
  for (const cluster of chosen) {
    for (const key of index.byClusterId.get(cluster.id)?.covers ?? []) coveredNow.add(key);
  }
  const candidates: ClusterCandidate[] = [];
  for (const entry of index.clusters) {
    const { cluster } = entry;
    if (chosenIds.has(cluster.id)) continue;
    const added = entry.covers.filter((key) => !coveredNow.has(key));
    const newCountry = !currentCountries.includes(cluster.country);
    const factors: CompositionFactor[] = [
      {
        kind: 'segmentsAdded',
        points: added.length * compositionWeights.perSegmentAdded,
        data: { segments: added, count: added.length },
      },
      {
        kind: 'complementarity',
        points: newCountry ? compositionWeights.newCountry : 0,
        data: { country: cluster.country, newCountry, currentCountries },
      },
      scientificOf(entry),
      readinessOf(index, entry, input.today),
    ];
    candidates.push({
      clusterId: cluster.id,
      name: cluster.name,
      country: cluster.country,
      tagged: entry.tagged,
      covers: entry.covers,
      score: factors.reduce((sum, f) => sum + f.points, 0),
      factors,
    });
  }
  return candidates.sort(
    (a, b) =>
      b.score - a.score || compareText(a.name, b.name) || compareText(a.clusterId, b.clusterId),
  );
}

function greedy<C extends ComposerCluster, O extends ChainOrganisation>(
  index: ChainIndex<C, O>,
  start: readonly C[],
  maxClusters: number,
): string[] {
  const chosen = start.map((c) => c.id);
  const chosenSet = new Set(chosen);
  const covered = new Set<string>();
  const countries = new Set<string>();
  const add = (cluster: C): void => {
    chosen.push(cluster.id);
    chosenSet.add(cluster.id);
    countries.add(cluster.country);
    for (const key of index.byClusterId.get(cluster.id)?.covers ?? []) covered.add(key);
  };
  for (const cluster of start) {
    countries.add(cluster.country);
    for (const key of index.byClusterId.get(cluster.id)?.covers ?? []) covered.add(key);
  }
  const allSegments = index.segments.length;
  while (chosen.length < maxClusters) {
    const countriesNeeded = MIN_META_CLUSTER_COUNTRIES - countries.size;
    if (covered.size === allSegments && countriesNeeded <= 0) break;
    // When the remaining slots are just enough for the missing countries, only new countries go.
    const mustAddCountry = countriesNeeded > 0 && countriesNeeded >= maxClusters - chosen.length;
    let best: { entry: Entry<C, O>; gain: number; newCountry: boolean } | null = null;
    for (const entry of index.clusters) {
      if (chosenSet.has(entry.cluster.id)) continue;
      const newCountry = !countries.has(entry.cluster.country);
      if (mustAddCountry && !newCountry) continue;
      const gain = entry.covers.filter((key) => !covered.has(key)).length;
      if (best === null) {
        best = { entry, gain, newCountry };
        continue;
      }
      const wantCountry = countriesNeeded > 0;
      const better =
        gain !== best.gain
          ? gain > best.gain
          : wantCountry && newCountry !== best.newCountry
            ? newCountry
            : entry.knowledge !== best.entry.knowledge
              ? entry.knowledge > best.entry.knowledge
              : compareText(entry.cluster.name, best.entry.cluster.name) < 0 ||
                (entry.cluster.name === best.entry.cluster.name &&
                  compareText(entry.cluster.id, best.entry.cluster.id) < 0);
      if (better) best = { entry, gain, newCountry };
    }
    if (best === null) break;
    if (best.gain === 0 && !(countriesNeeded > 0 && best.newCountry)) break;
    add(best.entry.cluster);
  }
  return chosen;
}

/**
 * Up to `count` compositions of at least 3 countries maximising segment coverage, best first
 * (coverage, then more countries, then fewer clusters, then the order found). The current
 * selection is kept in every suggestion. Empty, with a `reason`, when fewer than 3 countries take
 * part, when `maxClusters` is below 3, or when the current selection leaves too few free places
 * (up to `maxClusters`) for the countries still missing.
 */
export function suggestCompositions<C extends ComposerCluster, O extends ChainOrganisation>(
  input: SuggestCompositionsInput<C, O>,
): CompositionSuggestions {
  const index = indexOf(input);
  const maxClusters = Math.floor(input.maxClusters ?? 6);
  const count = Math.max(0, Math.floor(input.count ?? 3));
  const base = selection(index, input.current ?? []).known;
  const countriesAvailable = new Set([
    ...index.clusters.map((e) => e.cluster.country),
    ...base.map((c) => c.country),
  ]).size;
  const empty = (reason: CompositionReason): CompositionSuggestions => ({
    compositions: [],
    reason,
    countriesAvailable,
  });
  if (countriesAvailable < MIN_META_CLUSTER_COUNTRIES) return empty('fewer-than-3-countries');
  if (maxClusters < MIN_META_CLUSTER_COUNTRIES) return empty('max-clusters-below-3');

  const baseIds = new Set(base.map((c) => c.id));
  const seeds = index.clusters
    .filter((e) => !baseIds.has(e.cluster.id))
    .sort(
      (a, b) =>
        b.covers.length - a.covers.length ||
        b.knowledge - a.knowledge ||
        compareText(a.cluster.name, b.cluster.name) ||
        compareText(a.cluster.id, b.cluster.id),
    );
  const found = new Map<string, { ids: string[]; coverage: CompositionCoverage; order: number }>();
  const tryFrom = (start: readonly C[]): void => {
    if (start.length > maxClusters) return;
    const ids = greedy(index, start, maxClusters);
    const coverage = coverageFromIndex(index, ids);
    if (!coverage.meetsCountryRule) return;
    const key = [...ids].sort().join('|');
    if (!found.has(key)) found.set(key, { ids, coverage, order: found.size });
  };
  tryFrom(base);
  for (const seed of seeds) tryFrom([...base, seed.cluster]);

  // Enough countries exist and maxClusters ≥ 3: only a current selection that leaves too few
  // free places for the missing countries can fail.
  if (found.size === 0) return empty('no-room-for-3-countries');
  const compositions = [...found.values()]
    .sort(
      (a, b) =>
        b.coverage.covered.length - a.coverage.covered.length ||
        b.coverage.countries.length - a.coverage.countries.length ||
        a.ids.length - b.ids.length ||
        a.order - b.order,
    )
    .slice(0, count)
    .map(({ ids, coverage }) => ({ clusterIds: ids, countries: coverage.countries, coverage }));
  return { compositions, reason: null, countriesAvailable };
}
