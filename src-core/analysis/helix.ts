/**
 * The helix composition of a cluster's roster: how many members of each organisation type and of
 * each helix (industry, knowledge, government, society, other), for the stacked bar chart of the
 * readiness review. Every type and helix is present, with zero counts, so chart series are stable.
 */
import type { MembershipRecord, OrganisationRecord } from '../model/entities';
import {
  helixOf,
  organisationTypes,
  type MembershipStatus,
  type OrganisationType,
} from '../model/enums';

export type Helix = (typeof helixOf)[OrganisationType];

/** Helices in chart order. */
export const helices: readonly Helix[] = [
  'industry',
  'knowledge',
  'government',
  'society',
  'other',
];

/** An organisation with its membership of the cluster being looked at. */
export interface ClusterMember {
  readonly organisation: Pick<OrganisationRecord, 'id' | 'type'> & { readonly deleted?: boolean };
  readonly membership: Pick<MembershipRecord, 'status' | 'until'> & { readonly deleted?: boolean };
}

export interface HelixComposition {
  readonly byType: Readonly<Record<OrganisationType, number>>;
  readonly byHelix: Readonly<Record<Helix, number>>;
  readonly total: number;
}

/**
 * True for a membership that counts today: status "member", not deleted, and not ended (an
 * `until` date before today means the organisation has left even if nobody updated the status).
 */
export function isCommittedMember(member: ClusterMember, today: string): boolean {
  const { membership, organisation } = member;
  return (
    membership.status === 'member' &&
    membership.deleted !== true &&
    organisation.deleted !== true &&
    (membership.until === null || membership.until >= today)
  );
}

export interface HelixCompositionOptions {
  /** Membership statuses counted. Default: members only. */
  readonly statuses?: readonly MembershipStatus[];
  /** When given, memberships that ended before this ISO date are left out. */
  readonly today?: string;
}

/** Counts per organisation type and per helix among `members` with the given statuses. */
export function helixComposition(
  members: readonly ClusterMember[],
  options: HelixCompositionOptions = {},
): HelixComposition {
  const { statuses = ['member'], today } = options;
  const byType = Object.fromEntries(organisationTypes.map((t) => [t, 0])) as Record<
    OrganisationType,
    number
  >;
  const byHelix = Object.fromEntries(helices.map((h) => [h, 0])) as Record<Helix, number>;
  let total = 0;
  for (const { organisation, membership } of members) {
    if (membership.deleted === true || organisation.deleted === true) continue;
    if (!statuses.includes(membership.status)) continue;
    if (today !== undefined && membership.until !== null && membership.until < today) continue;
    byType[organisation.type]++;
    byHelix[helixOf[organisation.type]]++;
    total++;
  }
  return { byType, byHelix, total };
}
