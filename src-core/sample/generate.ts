/**
 * The sample workspace: a deterministic, realistic roster of Mediterranean clusters to explore the
 * app with (fictional organisations and people, real geography and codes). The same seed always
 * gives the same records, ids and clocks; nothing reads the real time.
 */
import type {
  ClusterFields,
  ClusterRecord,
  ContactRecord,
  MembershipRecord,
  MetaClusterRecord,
  OrganisationRecord,
  ValueChainFields,
  ValueChainRecord,
  WorkshopEntryRecord,
  WorkshopParticipantRecord,
  WorkshopRecord,
} from '../model/entities';
import type { clusterLabelLevels } from '../model/enums';
import { clusterSpecs } from './cluster-specs';
import type { ClusterSpec } from './cluster-specs';
import { generateContacts } from './contacts';
import { generateMemberships } from './memberships';
import { generateOrganisations } from './organisations';
import type { Prng } from './prng';
import { createPrng } from './prng';
import type { Stamper } from './helpers';
import { createStamper, randomDate } from './helpers';
import type { ChainKey, Ecosystem } from './value-chains';
import { chainByKey, sampleChains } from './value-chains';
import { generateSampleWorkshops } from './workshops';

export const SAMPLE_DEFAULT_SEED = 2026;
export const SAMPLE_DEFAULT_ORGANISATIONS = 2400;
export const SAMPLE_DEFAULT_CONTACTS_PER_ORGANISATION = 2;

export interface SampleOptions {
  readonly seed?: number;
  readonly organisations?: number;
  readonly contactsPerOrganisation?: number;
}

export interface SampleWorkspace {
  readonly valueChains: ValueChainRecord[];
  readonly clusters: ClusterRecord[];
  readonly organisations: OrganisationRecord[];
  readonly memberships: MembershipRecord[];
  readonly contacts: ContactRecord[];
  /** One meta-cluster (forming) and its two workshops: see ./workshops. */
  readonly metaClusters: MetaClusterRecord[];
  readonly workshops: WorkshopRecord[];
  readonly workshopParticipants: WorkshopParticipantRecord[];
  readonly workshopEntries: WorkshopEntryRecord[];
}

type LabelLevel = (typeof clusterLabelLevels)[number];

function clusterFields(
  prng: Prng,
  spec: ClusterSpec,
  chainIds: ReadonlyMap<ChainKey, string>,
): ClusterFields {
  const chains = spec.chains.map(chainByKey);
  const ecosystems = [...new Set<Ecosystem>(chains.flatMap((c) => c.ecosystems))];
  const nace = [...new Set(chains.flatMap((c) => c.segments.flatMap((s) => s.nace)))];
  const naceCodes = prng.sample(nace, prng.int(4, 7)).sort();
  const fte =
    spec.profile === 'strong'
      ? prng.int(8, 24) / 2
      : spec.profile === 'typical'
        ? prng.int(4, 14) / 2
        : prng.int(2, 7) / 2;
  const labelChance = spec.profile === 'strong' ? 0.85 : spec.profile === 'typical' ? 0.35 : 0.1;
  let label: ClusterFields['label'] = null;
  if (prng.chance(labelChance)) {
    const level: LabelLevel =
      spec.profile === 'strong'
        ? prng.weighted([
            ['gold', 40],
            ['silver', 45],
            ['bronze', 15],
          ])
        : prng.weighted([
            ['silver', 30],
            ['bronze', 70],
          ]);
    // ESCA labels run two years; some here have already expired, which readiness checks flag.
    label = { level, expires: randomDate(prng, '2025-06-01', '2027-12-31') };
  }
  return {
    name: spec.name,
    country: spec.country,
    region: spec.region,
    valueChainIds: spec.chains.map((key) => chainIds.get(key) ?? ''),
    ecosystems,
    naceCodes,
    managementFte: fte,
    website: `https://${spec.host}.example`,
    hasEnglishWebsite: spec.profile === 'strong' || prng.chance(0.5),
    label,
  };
}

function valueChainFields(key: ChainKey): ValueChainFields {
  const chain = chainByKey(key);
  return {
    name: chain.name,
    description: chain.description,
    segments: chain.segments.map((s, order) => ({ key: s.key, name: s.name, order })),
  };
}

/**
 * Builds the sample workspace. Defaults: seed 2026, 2,400 organisations, 2 contacts each on
 * average. Scales linearly: 100,000 organisations take a few seconds.
 */
export function generateSampleWorkspace(options: SampleOptions = {}): SampleWorkspace {
  const seed = options.seed ?? SAMPLE_DEFAULT_SEED;
  const organisationCount = Math.max(
    0,
    Math.floor(options.organisations ?? SAMPLE_DEFAULT_ORGANISATIONS),
  );
  const perOrganisation = Math.max(
    0,
    Math.floor(options.contactsPerOrganisation ?? SAMPLE_DEFAULT_CONTACTS_PER_ORGANISATION),
  );
  // Content and ids draw from separate streams, so a change in one does not reshuffle the other.
  const prng = createPrng(seed);
  const stamper: Stamper = createStamper(createPrng(seed ^ 0x5eed1d5));

  const valueChains: ValueChainRecord[] = sampleChains.map((c) =>
    stamper.stamp(valueChainFields(c.key)),
  );
  const chainIds = new Map<ChainKey, string>(
    sampleChains.map((c, i) => [c.key, valueChains[i]?.id ?? '']),
  );
  const clusters: ClusterRecord[] = clusterSpecs.map((spec) =>
    stamper.stamp(clusterFields(prng, spec, chainIds)),
  );
  const organisationInfo = generateOrganisations(prng, stamper, {
    count: organisationCount,
    chainIds,
  });
  const memberships: MembershipRecord[] = generateMemberships(prng, stamper, {
    specs: clusterSpecs,
    clusterIds: clusters.map((c) => c.id),
    organisations: organisationInfo,
  });
  const contacts: ContactRecord[] = generateContacts(
    prng,
    stamper,
    organisationInfo,
    perOrganisation,
  );
  const organisations = organisationInfo.map((o) => o.record);
  // The workshops draw from a stream of their own and are stamped last, so adding them changed
  // none of the records above; walk-ins bring their own organisation and contact.
  const workshops = generateSampleWorkshops(createPrng(seed ^ 0x3a7c5e1), stamper, {
    chainIds,
    valueChains,
    clusters,
    organisations,
    memberships,
    contacts,
    withContacts: perOrganisation > 0,
  });
  return {
    valueChains,
    clusters,
    organisations: [...organisations, ...workshops.organisations],
    memberships,
    contacts: [...contacts, ...workshops.contacts],
    metaClusters: workshops.metaClusters,
    workshops: workshops.workshops,
    workshopParticipants: workshops.workshopParticipants,
    workshopEntries: workshops.workshopEntries,
  };
}
