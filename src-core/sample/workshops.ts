/**
 * Sample workshops: one meta-cluster on the olive oil chain ("forming"), a completed
 * reinforcement workshop for its weakest member cluster, and the meta-cluster's own workshop,
 * in progress and paused at prioritisation (the room is about to vote).
 *
 * Everything draws from its own PRNG stream and is stamped after the rest of the sample, so the
 * existing content (names, ids, counts) is not reshuffled. Every entry is built from the sample
 * rosters (readiness, candidates, value-chain map, pairs), so the method's gates pass on them.
 *
 * With very small workspaces the workshops are left out (the meta-cluster itself is always
 * there): the reinforcement workshop needs `MIN_REINFORCEMENT_MEMBERS` committed members and a
 * knowledge entity to approach; the meta-cluster workshop needs two organisation pairs across
 * countries and `MIN_META_PARTICIPANTS` organisations.
 */
import type {
  ClusterRecord,
  ContactRecord,
  MembershipRecord,
  MetaClusterFields,
  WorkshopRecord,
} from '../model/entities';
import { DEFAULT_AGREEMENT, DEFAULT_GOVERNANCE } from '../model/entities';
import { clusterSpecs } from './cluster-specs';
import type { ClusterSpec } from './cluster-specs';
import type { Stamper } from './helpers';
import type { Prng } from './prng';
import { chainByKey } from './value-chains';
import { CHAIN, SAMPLE_META_CLUSTER_NAME } from './workshop-context';
import type { Context, SampleWorkshops, SampleWorkshopsInput } from './workshop-context';
import { reinforcementWorkshop } from './workshop-reinforcement';
import { metaClusterWorkshop } from './workshop-metacluster';

export {
  MIN_META_PARTICIPANTS,
  MIN_REINFORCEMENT_MEMBERS,
  SAMPLE_META_CLUSTER_NAME,
  SAMPLE_REINFORCEMENT_DATE,
  SAMPLE_WORKSHOP_DATE,
} from './workshop-context';
export type { SampleWorkshops, SampleWorkshopsInput } from './workshop-context';

// ——— The meta-cluster ————————————————————————————————————————————————————————————————————

interface MetaChoice {
  readonly lead: number;
  readonly weak: number;
  readonly others: readonly number[];
}

/** Lead: the strongest cluster on the chain; then one weak cluster and one or two typical ones. */
function chooseMembers(prng: Prng): MetaChoice | null {
  const onChain = clusterSpecs.flatMap((spec, i) => (spec.chains.includes(CHAIN) ? [i] : []));
  const specOf = (i: number): ClusterSpec | undefined => clusterSpecs[i];
  const lead =
    onChain.find((i) => specOf(i)?.profile === 'strong') ?? (onChain[0] as number | undefined);
  if (lead === undefined) return null;
  const countries = new Set([specOf(lead)?.country]);
  const weakOptions = onChain.filter(
    (i) => specOf(i)?.profile === 'weak' && !countries.has(specOf(i)?.country),
  );
  if (weakOptions.length === 0) return null;
  const weak = prng.pick(weakOptions);
  countries.add(specOf(weak)?.country);
  const others: number[] = [];
  const wanted = prng.int(1, 2);
  for (const i of prng.sample(
    onChain.filter((i) => specOf(i)?.profile === 'typical'),
    onChain.length,
  )) {
    if (others.length >= wanted) break;
    if (countries.has(specOf(i)?.country)) continue;
    countries.add(specOf(i)?.country);
    others.push(i);
  }
  if (others.length === 0) return null;
  return { lead, weak, others };
}

// ——— Entry point —————————————————————————————————————————————————————————————————————————

export function generateSampleWorkshops(
  prng: Prng,
  stamper: Stamper,
  input: SampleWorkshopsInput,
): SampleWorkshops {
  const out: Context['out'] = {
    workshopParticipants: [],
    workshopEntries: [],
    organisations: [],
    contacts: [],
  };
  const empty: SampleWorkshops = { metaClusters: [], workshops: [], ...out };
  const chainId = input.chainIds.get(CHAIN);
  const choice = chooseMembers(prng);
  if (chainId === undefined || choice === null) return empty;
  const clusterAt = (i: number): ClusterRecord | undefined => input.clusters[i];
  const lead = clusterAt(choice.lead);
  const weak = clusterAt(choice.weak);
  const others = choice.others.flatMap((i) => clusterAt(i) ?? []);
  const leadSpec = clusterSpecs[choice.lead];
  const weakSpec = clusterSpecs[choice.weak];
  if (!lead || !weak || !leadSpec || !weakSpec) return empty;
  const members = [lead, ...others, weak];

  const organisationById = new Map(input.organisations.map((o) => [o.id, o]));
  const membershipsByCluster = new Map<string, MembershipRecord[]>();
  for (const membership of input.memberships) {
    const list = membershipsByCluster.get(membership.clusterId);
    if (list) list.push(membership);
    else membershipsByCluster.set(membership.clusterId, [membership]);
  }
  const contactsByOrganisation = new Map<string, ContactRecord[]>();
  for (const contact of input.contacts) {
    const list = contactsByOrganisation.get(contact.organisationId);
    if (list) list.push(contact);
    else contactsByOrganisation.set(contact.organisationId, [contact]);
  }
  const ctx: Context = {
    input,
    prng,
    stamper,
    chain: chainByKey(CHAIN),
    chainId,
    organisationById,
    membershipsByCluster,
    contactsByOrganisation,
    out,
  };

  const metaFields: MetaClusterFields = {
    name: SAMPLE_META_CLUSTER_NAME,
    valueChainId: chainId,
    status: 'forming',
    members: members.map((cluster, index) => ({
      clusterId: cluster.id,
      role: index === 0 ? ('lead' as const) : ('member' as const),
    })),
    notes:
      'Sample: forming around by-product valorisation and joint export; a reinforcement workshop was held with the weakest member in June.',
    governance: { ...DEFAULT_GOVERNANCE },
    agreement: { ...DEFAULT_AGREEMENT, signatories: [] },
    actions: [],
  };
  const metaCluster = stamper.stamp(metaFields);
  const workshops: WorkshopRecord[] = [];
  const reinforcement = reinforcementWorkshop(ctx, weak, weakSpec);
  if (reinforcement) workshops.push(reinforcement);
  const meta = metaClusterWorkshop(ctx, metaCluster, members, leadSpec);
  if (meta) workshops.push(meta);
  return { metaClusters: [metaCluster], workshops, ...out };
}
