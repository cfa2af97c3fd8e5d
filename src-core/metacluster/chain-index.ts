/**
 * The shared index of meta-cluster analyses: for one value chain, which clusters take part and
 * which of their current members work on which segment. Built once, linear in organisations +
 * memberships (the 100k-organisation sample builds in one pass), then reused by the matrix, the
 * composer and the coverage view.
 *
 * Rules (documented once, used everywhere):
 * - "Current member" is `isCommittedMember` through `currentMembersByCluster` of the gap analysis:
 *   status "member", membership and organisation not deleted, no `until` before `today`.
 * - A cluster TAKES PART in the chain when it is not deleted and lists the chain in
 *   `valueChainIds` ("tagged"). This is the default (`participation: 'tagged'`) because rosters
 *   overlap: in the sample, a university of an ICT cluster that also works on solar energy would
 *   otherwise pull the ICT cluster into the renewables matrix and compositions with 1–4 members.
 *   With `participation: 'tagged-or-members'` a cluster also takes part when at least one of its
 *   current members is tagged with one of the chain's segments; `tagged` then says which.
 * - A cluster COVERS a segment when at least one of its current members is tagged with that
 *   segment ("<valueChainId>/<segmentKey>"). A cluster tagged with the chain but without such
 *   members covers nothing: a label alone is not capacity.
 */
import type { ClusterRecord, OrganisationRecord, ValueChainRecord } from '../model/entities';
import { isKnowledgeEntity } from '../model/enums';
import { currentMembersByCluster, type ReinforcementMembership } from '../reinforcement/gaps';

export type ChainValueChain = Pick<ValueChainRecord, 'id' | 'name' | 'segments'>;
export type ChainCluster = Pick<ClusterRecord, 'id' | 'name' | 'country' | 'valueChainIds'> & {
  readonly deleted?: boolean;
};
export type ChainOrganisation = Pick<
  OrganisationRecord,
  'id' | 'name' | 'type' | 'country' | 'segments' | 'deleted'
>;
export type ChainMembership = ReinforcementMembership;
export type ChainParticipation = 'tagged' | 'tagged-or-members';

export interface ChainInput<
  C extends ChainCluster = ChainCluster,
  O extends ChainOrganisation = ChainOrganisation,
> {
  readonly valueChain: ChainValueChain;
  readonly clusters: readonly C[];
  readonly organisations: readonly O[];
  readonly memberships: readonly ChainMembership[];
  /** ISO date (YYYY-MM-DD) memberships are judged at. */
  readonly today: string;
  /** Which clusters take part (module comment). Default 'tagged'. */
  readonly participation?: ChainParticipation;
  /** A prebuilt index for the same inputs (skips rebuilding; see `buildChainIndex`). */
  readonly index?: ChainIndex<C, O>;
}

export interface ChainSegment {
  readonly key: string;
  readonly name: string;
  readonly order: number;
  /** "<valueChainId>/<segmentKey>", as organisations are tagged. */
  readonly id: string;
}

export interface ChainClusterEntry<C extends ChainCluster, O extends ChainOrganisation> {
  readonly cluster: C;
  /** True when the cluster lists the chain in `valueChainIds`. */
  readonly tagged: boolean;
  /** Every current member (whatever its segments). */
  readonly members: ReadonlyMap<string, O>;
  /** Segment key → current members tagged with it, by id ascending. */
  readonly bySegment: ReadonlyMap<string, readonly O[]>;
  /** Segment keys this cluster covers, in chain order. */
  readonly covers: readonly string[];
  /** Current members that are knowledge entities. */
  readonly knowledge: number;
  /** The cluster's memberships (all statuses), for the readiness review. */
  readonly memberships: readonly ChainMembership[];
}

export interface ChainIndex<C extends ChainCluster, O extends ChainOrganisation> {
  readonly valueChainId: string;
  readonly participation: ChainParticipation;
  /** By `order`, then key; a repeated key keeps its first occurrence. */
  readonly segments: readonly ChainSegment[];
  /** Participating clusters by country, name, id. */
  readonly clusters: readonly ChainClusterEntry<C, O>[];
  readonly byClusterId: ReadonlyMap<string, ChainClusterEntry<C, O>>;
  /** Every cluster that is not deleted, participating or not. */
  readonly allClusters: ReadonlyMap<string, C>;
  readonly organisationsById: ReadonlyMap<string, O>;
}

/** Code-point comparison: the same order on every machine and locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareClusters(a: ChainCluster, b: ChainCluster): number {
  return (
    compareText(a.country, b.country) || compareText(a.name, b.name) || compareText(a.id, b.id)
  );
}

export function chainSegments(valueChain: ChainValueChain): ChainSegment[] {
  const seen = new Set<string>();
  const segments: ChainSegment[] = [];
  const sorted = [...valueChain.segments].sort(
    (a, b) => a.order - b.order || compareText(a.key, b.key),
  );
  for (const segment of sorted) {
    if (seen.has(segment.key)) continue;
    seen.add(segment.key);
    segments.push({
      key: segment.key,
      name: segment.name,
      order: segment.order,
      id: `${valueChain.id}/${segment.key}`,
    });
  }
  return segments;
}

/** Builds the index of one value chain (see the module comment for the rules). */
export function buildChainIndex<C extends ChainCluster, O extends ChainOrganisation>(
  input: Omit<ChainInput<C, O>, 'index'>,
): ChainIndex<C, O> {
  const { valueChain, today } = input;
  const participation = input.participation ?? 'tagged';
  const segments = chainSegments(valueChain);
  const keyOfId = new Map(segments.map((s) => [s.id, s.key]));
  const allClusters = new Map<string, C>();
  for (const cluster of input.clusters) {
    if (cluster.deleted !== true) allClusters.set(cluster.id, cluster);
  }
  const organisationsById = new Map<string, O>();
  for (const organisation of input.organisations)
    organisationsById.set(organisation.id, organisation);
  const membershipsByCluster = new Map<string, ChainMembership[]>();
  for (const membership of input.memberships) {
    if (!allClusters.has(membership.clusterId)) continue;
    const list = membershipsByCluster.get(membership.clusterId);
    if (list === undefined) membershipsByCluster.set(membership.clusterId, [membership]);
    else list.push(membership);
  }
  const current = currentMembersByCluster(input.organisations, input.memberships, today);

  const entries: ChainClusterEntry<C, O>[] = [];
  for (const cluster of allClusters.values()) {
    const members = current.get(cluster.id) ?? new Map<string, O>();
    const bySegment = new Map<string, O[]>();
    let knowledge = 0;
    for (const organisation of members.values()) {
      if (isKnowledgeEntity(organisation.type)) knowledge++;
      const keys = new Set<string>();
      for (const tag of organisation.segments) {
        const key = keyOfId.get(tag);
        if (key !== undefined) keys.add(key);
      }
      for (const key of keys) {
        const list = bySegment.get(key);
        if (list === undefined) bySegment.set(key, [organisation]);
        else list.push(organisation);
      }
    }
    const tagged = cluster.valueChainIds.includes(valueChain.id);
    if (!tagged && (participation === 'tagged' || bySegment.size === 0)) continue;
    for (const list of bySegment.values()) list.sort((a, b) => compareText(a.id, b.id));
    entries.push({
      cluster,
      tagged,
      members,
      bySegment,
      covers: segments.filter((s) => bySegment.has(s.key)).map((s) => s.key),
      knowledge,
      memberships: membershipsByCluster.get(cluster.id) ?? [],
    });
  }
  entries.sort((a, b) => compareClusters(a.cluster, b.cluster));
  return {
    valueChainId: valueChain.id,
    participation,
    segments,
    clusters: entries,
    byClusterId: new Map(entries.map((e) => [e.cluster.id, e])),
    allClusters,
    organisationsById,
  };
}

/** The index given with the input, or a new one. A given index must match `participation`. */
export function indexOf<C extends ChainCluster, O extends ChainOrganisation>(
  input: ChainInput<C, O>,
): ChainIndex<C, O> {
  return input.index ?? buildChainIndex(input);
}
