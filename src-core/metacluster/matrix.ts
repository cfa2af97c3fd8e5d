/**
 * Meta-cluster stage 3, value-chain mapping: the segment × country (and segment × cluster) matrix
 * of one value chain, with strengths, duplications and gaps flagged per segment.
 *
 * Which clusters and organisations count: see chain-index.ts (by default clusters tagged with the
 * chain; optionally also clusters with current members tagged with its segments; current members
 * only).
 *
 * Cells count DISTINCT current member organisations tagged with the segment: a country cell counts
 * an organisation once even when it belongs to two clusters of that country; a cluster cell counts
 * the cluster's own members. `knowledge` is how many of them are knowledge entities.
 *
 * Flags per segment:
 * - `gap`: no participating cluster covers it.
 * - `duplication`: at least two clusters of the SAME country cover it (`duplicatedCountries`).
 *   Several countries covering one segment is not duplication but a shared strength (the
 *   meta-cluster's reason to exist), so there is no "≥ 3 clusters overall" rule.
 * - `complementary`: clusters of exactly one country cover it; `complementedBy` is that country,
 *   which brings the segment to the others.
 */
import { isKnowledgeEntity } from '../model/enums';
import {
  indexOf,
  type ChainCluster,
  type ChainInput,
  type ChainOrganisation,
  type ChainSegment,
} from './chain-index';

export interface MatrixCell {
  readonly organisations: number;
  readonly knowledge: number;
}

export interface MatrixRow {
  readonly segment: ChainSegment;
  /** Every participating country, zero cells included. */
  readonly byCountry: Readonly<Record<string, MatrixCell>>;
  /** Every participating cluster, zero cells included. */
  readonly byCluster: Readonly<Record<string, MatrixCell>>;
  /** Distinct organisations over all participating clusters. */
  readonly total: MatrixCell;
  /** Clusters covering the segment, in matrix cluster order. */
  readonly coveringClusterIds: readonly string[];
  /** Their countries, ascending. */
  readonly coveringCountries: readonly string[];
  readonly gap: boolean;
  readonly duplication: boolean;
  /** Countries with ≥ 2 clusters covering the segment, ascending. */
  readonly duplicatedCountries: readonly string[];
  readonly complementary: boolean;
  /** The only covering country when `complementary`, else null. */
  readonly complementedBy: string | null;
}

export interface MatrixCluster {
  readonly id: string;
  readonly name: string;
  readonly country: string;
  /** Lists the chain in `valueChainIds` (false: takes part through its members' segments, only
   * with `participation: 'tagged-or-members'`). */
  readonly tagged: boolean;
}

export interface ValueChainMatrix {
  readonly valueChainId: string;
  /** Participating countries, ascending. */
  readonly countries: readonly string[];
  /** Participating clusters by country, name, id. */
  readonly clusters: readonly MatrixCluster[];
  /** One per segment, in chain order. */
  readonly rows: readonly MatrixRow[];
  /**
   * Distinct organisations tagged with at least one segment of the chain: per country, per cluster
   * and overall. (An organisation on two segments counts once, so a column total can be below the
   * sum of its cells.)
   */
  readonly totals: {
    readonly byCountry: Readonly<Record<string, MatrixCell>>;
    readonly byCluster: Readonly<Record<string, MatrixCell>>;
    readonly overall: MatrixCell;
  };
  /** The largest cell of each view (organisations), for a heat-map colour scale; 0 when empty. */
  readonly maxCell: { readonly byCountry: number; readonly byCluster: number };
  readonly flagCounts: {
    readonly gaps: number;
    readonly duplications: number;
    readonly complementary: number;
  };
}

export type MatrixInput<
  C extends ChainCluster = ChainCluster,
  O extends ChainOrganisation = ChainOrganisation,
> = ChainInput<C, O>;

class Tally {
  private readonly ids = new Set<string>();
  knowledge = 0;
  add(organisation: ChainOrganisation): void {
    if (this.ids.has(organisation.id)) return;
    this.ids.add(organisation.id);
    if (isKnowledgeEntity(organisation.type)) this.knowledge++;
  }
  cell(): MatrixCell {
    return { organisations: this.ids.size, knowledge: this.knowledge };
  }
}

function tallies(keys: readonly string[]): Map<string, Tally> {
  return new Map(keys.map((k) => [k, new Tally()]));
}

function cells(map: ReadonlyMap<string, Tally>): Record<string, MatrixCell> {
  return Object.fromEntries([...map].map(([key, tally]) => [key, tally.cell()]));
}

/** The segment × country / cluster matrix of a value chain (see the module comment). */
export function valueChainMatrix<C extends ChainCluster, O extends ChainOrganisation>(
  input: MatrixInput<C, O>,
): ValueChainMatrix {
  const index = indexOf(input);
  const countries = [...new Set(index.clusters.map((e) => e.cluster.country))].sort();
  const clusterIds = index.clusters.map((e) => e.cluster.id);
  const totalByCountry = tallies(countries);
  const totalByCluster = tallies(clusterIds);
  const overall = new Tally();
  let maxCountry = 0;
  let maxCluster = 0;

  const rows: MatrixRow[] = index.segments.map((segment) => {
    const byCountry = tallies(countries);
    const byCluster = tallies(clusterIds);
    const total = new Tally();
    const covering: string[] = [];
    const clustersPerCountry = new Map<string, number>();
    for (const entry of index.clusters) {
      const members = entry.bySegment.get(segment.key);
      if (members === undefined || members.length === 0) continue;
      const { id, country } = entry.cluster;
      covering.push(id);
      clustersPerCountry.set(country, (clustersPerCountry.get(country) ?? 0) + 1);
      for (const organisation of members) {
        byCluster.get(id)?.add(organisation);
        byCountry.get(country)?.add(organisation);
        total.add(organisation);
        totalByCluster.get(id)?.add(organisation);
        totalByCountry.get(country)?.add(organisation);
        overall.add(organisation);
      }
    }
    const countryCells = cells(byCountry);
    const clusterCells = cells(byCluster);
    for (const cell of Object.values(countryCells))
      maxCountry = Math.max(maxCountry, cell.organisations);
    for (const cell of Object.values(clusterCells))
      maxCluster = Math.max(maxCluster, cell.organisations);
    const coveringCountries = [...clustersPerCountry.keys()].sort();
    const duplicatedCountries = coveringCountries.filter(
      (c) => (clustersPerCountry.get(c) ?? 0) >= 2,
    );
    const complementary = coveringCountries.length === 1;
    return {
      segment,
      byCountry: countryCells,
      byCluster: clusterCells,
      total: total.cell(),
      coveringClusterIds: covering,
      coveringCountries,
      gap: covering.length === 0,
      duplication: duplicatedCountries.length > 0,
      duplicatedCountries,
      complementary,
      complementedBy: complementary ? (coveringCountries[0] ?? null) : null,
    };
  });

  return {
    valueChainId: index.valueChainId,
    countries,
    clusters: index.clusters.map((e) => ({
      id: e.cluster.id,
      name: e.cluster.name,
      country: e.cluster.country,
      tagged: e.tagged,
    })),
    rows,
    totals: {
      byCountry: cells(totalByCountry),
      byCluster: cells(totalByCluster),
      overall: overall.cell(),
    },
    maxCell: { byCountry: maxCountry, byCluster: maxCluster },
    flagCounts: {
      gaps: rows.filter((r) => r.gap).length,
      duplications: rows.filter((r) => r.duplication).length,
      complementary: rows.filter((r) => r.complementary).length,
    },
  };
}
