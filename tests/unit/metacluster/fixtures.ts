// Small hand-built workspace for the meta-cluster analyses.
import type {
  ClusterRecord,
  MembershipRecord,
  OrganisationRecord,
  ValueChainRecord,
} from '../../../src-core/model/entities';
import type { MembershipStatus, OrganisationType } from '../../../src-core/model/enums';

export const today = '2026-11-28';
const meta = { deleted: false, clocks: { '*': '0000000000000:0000:node' } };

export const valueChain: ValueChainRecord = {
  ...meta,
  id: 'vc',
  name: 'Test chain',
  description: '',
  // Deliberately out of order: the analyses sort by `order`.
  segments: [
    { key: 'c', name: 'Segment C', order: 2 },
    { key: 'a', name: 'Segment A', order: 0 },
    { key: 'e', name: 'Segment E', order: 4 },
    { key: 'b', name: 'Segment B', order: 1 },
    { key: 'd', name: 'Segment D', order: 3 },
  ],
};

export function cluster(
  id: string,
  name: string,
  country: string,
  valueChainIds: string[],
  extra: Partial<ClusterRecord> = {},
): ClusterRecord {
  return {
    ...meta,
    id,
    name,
    country,
    region: null,
    valueChainIds,
    ecosystems: [],
    naceCodes: [],
    managementFte: null,
    website: null,
    hasEnglishWebsite: false,
    label: null,
    ...extra,
  };
}

export function org(
  id: string,
  name: string,
  country: string,
  type: OrganisationType,
  segments: string[],
  extra: Partial<OrganisationRecord> = {},
): OrganisationRecord {
  return {
    ...meta,
    id,
    name,
    type,
    country,
    region: null,
    naceCodes: [],
    segments,
    website: null,
    offers: [],
    needs: [],
    ...extra,
  };
}

let seq = 0;
export function membership(
  organisationId: string,
  clusterId: string,
  status: MembershipStatus = 'member',
  until: string | null = null,
): MembershipRecord {
  seq++;
  return {
    ...meta,
    id: `m${seq}`,
    organisationId,
    clusterId,
    status,
    since: '2020-01-01',
    until,
  };
}

export const clusters: ClusterRecord[] = [
  cluster('c1', 'Alpha ES', 'ES', ['vc'], {
    managementFte: 1,
    website: 'https://alpha.example',
    hasEnglishWebsite: true,
    label: { level: 'gold', expires: '2028-01-01' },
  }),
  cluster('c2', 'Beta ES', 'ES', ['vc']),
  cluster('c3', 'Gamma IT', 'IT', ['vc']),
  cluster('c4', 'Delta FR', 'FR', ['vc', 'other']),
  // Tagged with the chain, but no member works on any of its segments: takes part, covers nothing.
  cluster('c5', 'Epsilon GR', 'GR', ['vc']),
  // Neither tagged nor with members on the chain: does not take part.
  cluster('c6', 'Zeta TN', 'TN', ['other']),
  cluster('c7', 'Deleted MA', 'MA', ['vc'], { deleted: true }),
  // Not tagged with the chain, but a member works on segment e: takes part only with
  // participation 'tagged-or-members'.
  cluster('c8', 'Eta PT', 'PT', []),
];

export const organisations: OrganisationRecord[] = [
  org('o1', 'Org 1', 'ES', 'sme-small', ['vc/a']),
  org('o2', 'Org 2', 'ES', 'university', ['vc/a', 'vc/b']),
  org('o3', 'Org 3', 'ES', 'sme-micro', ['vc/b']),
  org('o4', 'Org 4', 'IT', 'rto', ['vc/c']),
  org('o5', 'Org 5', 'IT', 'sme-small', ['vc/a']),
  org('o6', 'Org 6', 'IT', 'sme-small', ['vc/a']),
  org('o7', 'Org 7', 'FR', 'large-company', ['vc/d', 'other/x']),
  org('o8', 'Org 8', 'GR', 'sme-small', []),
  org('o9', 'Org 9', 'TN', 'sme-small', ['other/a']),
  org('o10', 'Org 10', 'ES', 'university', ['vc/c'], { deleted: true }),
  org('o11', 'Org 11', 'IT', 'sme-medium', ['vc/zzz']),
  org('o12', 'Org 12', 'MA', 'university', ['vc/e']),
  org('o13', 'Org 13', 'PT', 'other-knowledge', ['vc/e', 'vc/zzz']),
];

export const memberships: MembershipRecord[] = [
  membership('o1', 'c1'),
  membership('o2', 'c1'),
  membership('o2', 'c2'),
  membership('o3', 'c2'),
  membership('o4', 'c3'),
  membership('o5', 'c3', 'engaged'),
  membership('o6', 'c3', 'member', '2026-01-01'),
  membership('o7', 'c4'),
  membership('o8', 'c5'),
  membership('o9', 'c6'),
  membership('o10', 'c1'),
  membership('o11', 'c3'),
  // Member of a deleted cluster: segment e stays a gap.
  membership('o12', 'c7'),
  membership('o13', 'c8'),
];

export const input = { valueChain, clusters, organisations, memberships, today };
