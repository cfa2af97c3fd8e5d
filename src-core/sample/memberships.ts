/**
 * Sample memberships: every organisation in its home cluster (mostly as a member), some in a
 * second cluster, and knowledge entities approached by the weak clusters (the recruitment
 * pipeline step 1 of the method feeds). A knowledge entity never becomes a full member of a weak
 * cluster here, so those rosters stay weak.
 */
import type { MembershipFields } from '../model/entities';
import type { MembershipStatus } from '../model/enums';
import { isKnowledgeEntity } from '../model/enums';
import type { ClusterSpec } from './cluster-specs';
import type { OrganisationInfo } from './organisations';
import type { Prng } from './prng';
import type { SampleRecord, Stamper } from './helpers';
import { addDays, randomDate } from './helpers';

const LAST_DAY = '2026-01-10';

const homeStatuses: readonly (readonly [MembershipStatus, number])[] = [
  ['member', 80],
  ['engaged', 5],
  ['contacted', 4],
  ['prospect', 6],
  ['left', 5],
];
const secondStatuses: readonly (readonly [MembershipStatus, number])[] = [
  ['member', 70],
  ['engaged', 15],
  ['contacted', 15],
];
const pipelineStatuses: readonly (readonly [MembershipStatus, number])[] = [
  ['prospect', 45],
  ['contacted', 35],
  ['engaged', 20],
];

function sinceFor(prng: Prng, status: MembershipStatus): string {
  switch (status) {
    case 'member':
      return randomDate(prng, '2010-01-01', '2025-12-31');
    case 'engaged':
      return randomDate(prng, '2024-06-01', '2025-12-31');
    case 'contacted':
    case 'prospect':
      return randomDate(prng, '2025-03-01', LAST_DAY);
    case 'left':
      return randomDate(prng, '2012-01-01', '2022-12-31');
  }
}

export interface MembershipOptions {
  readonly specs: readonly ClusterSpec[];
  readonly clusterIds: readonly string[];
  readonly organisations: readonly OrganisationInfo[];
}

export function generateMemberships(
  prng: Prng,
  stamper: Stamper,
  options: MembershipOptions,
): SampleRecord<MembershipFields>[] {
  const { specs, clusterIds, organisations } = options;
  const result: SampleRecord<MembershipFields>[] = [];
  const linked = new Set<string>();
  const add = (org: OrganisationInfo, cluster: number, status: MembershipStatus): void => {
    const clusterId = clusterIds[cluster];
    const key = `${org.record.id}|${cluster}`;
    if (clusterId === undefined || linked.has(key)) return;
    linked.add(key);
    const since = sinceFor(prng, status);
    const until = status === 'left' ? addDays(since, prng.int(365, 4 * 365)) : null;
    const fields: MembershipFields = {
      organisationId: org.record.id,
      clusterId,
      status,
      since,
      until,
    };
    result.push(stamper.stamp(fields));
  };
  const clustersIn = new Map<string, number[]>();
  specs.forEach((spec, i) =>
    clustersIn.set(spec.country, [...(clustersIn.get(spec.country) ?? []), i]),
  );

  for (const org of organisations) {
    add(org, org.homeCluster, prng.weighted(homeStatuses));
    if (!prng.chance(0.1)) continue;
    const home = specs[org.homeCluster];
    if (!home) continue;
    const sameCountry = (clustersIn.get(home.country) ?? []).filter((i) => i !== org.homeCluster);
    const sameChain = specs.flatMap((s, i) =>
      i !== org.homeCluster && s.chains.some((c) => home.chains.includes(c)) ? [i] : [],
    );
    const candidates = sameCountry.length > 0 && prng.chance(0.7) ? sameCountry : sameChain;
    if (candidates.length === 0) continue;
    const target = prng.pick(candidates);
    const isWeakTarget = specs[target]?.profile === 'weak';
    const status =
      isKnowledgeEntity(org.type) && isWeakTarget
        ? prng.weighted(pipelineStatuses)
        : prng.weighted(secondStatuses);
    add(org, target, status);
  }

  // Weak clusters court knowledge entities from their own country, else from their value chain.
  const knowledge = organisations.filter((o) => isKnowledgeEntity(o.type));
  specs.forEach((spec, cluster) => {
    if (spec.profile !== 'weak') return;
    const roster = organisations.filter((o) => o.homeCluster === cluster).length;
    const local = knowledge.filter(
      (o) => o.record.country === spec.country && o.homeCluster !== cluster,
    );
    const pool =
      local.length > 0
        ? local
        : knowledge.filter((o) =>
            specs[o.homeCluster]?.chains.some((c) => spec.chains.includes(c)),
          );
    for (const org of prng.sample(pool, prng.int(2, 4) + Math.floor(roster / 150))) {
      add(org, cluster, prng.weighted(pipelineStatuses));
    }
  });
  return result;
}
