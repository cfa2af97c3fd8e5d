/**
 * R2 of the reinforcement workshop (method step 1, "reinforce each cluster's scientific side"):
 * the knowledge gaps of a cluster. A gap is a value-chain segment, or a NACE division, where the
 * cluster has current company members (industry helix: SMEs, large companies, financial) but no
 * current knowledge-entity member (university, RTO, other knowledge entity) working on it.
 *
 * "Current" is `isCommittedMember` of the readiness review: status "member", neither the
 * membership nor the organisation deleted, and no `until` date before `today` (passed in; the core
 * never reads the clock). Pure and linear in the size of the input.
 */
import { isCommittedMember } from '../analysis/helix';
import type { MembershipRecord, OrganisationRecord } from '../model/entities';
import { helixOf, isKnowledgeEntity } from '../model/enums';

/** What the gap analysis reads of an organisation (full records fit). */
export type GapOrganisation = Pick<
  OrganisationRecord,
  'id' | 'type' | 'naceCodes' | 'segments' | 'deleted'
>;
/** What the reinforcement analyses read of a membership (full records fit). */
export type ReinforcementMembership = Pick<
  MembershipRecord,
  'organisationId' | 'clusterId' | 'status' | 'until' | 'deleted'
>;

export interface ClusterGapsInput {
  readonly clusterId: string;
  readonly organisations: readonly GapOrganisation[];
  readonly memberships: readonly ReinforcementMembership[];
  /** ISO date (YYYY-MM-DD) memberships are judged at. */
  readonly today: string;
}

export interface SegmentGap {
  /** Value-chain segment id ("<valueChainId>/<segmentKey>"). */
  readonly segment: string;
  /** Current company members working on the segment. */
  readonly companies: number;
  /** Their organisation ids, ascending. */
  readonly companyIds: string[];
}

export interface NaceDivisionGap {
  /** Two-digit NACE division ("26"). */
  readonly division: string;
  readonly companies: number;
  readonly companyIds: string[];
}

export interface ClusterGaps {
  /** By companies descending, then segment id ascending. */
  readonly segments: SegmentGap[];
  /** By companies descending, then division ascending. */
  readonly naceDivisions: NaceDivisionGap[];
}

/**
 * The NACE division (two digits) of a code at division, group or class level ("26.11" → "26",
 * "26" → "26"); null for a section letter alone ("C"), which names no division.
 */
export function naceDivision(code: string): string | null {
  return /^\d{2}/.test(code) ? code.slice(0, 2) : null;
}

/** The distinct NACE divisions of a list of codes, in first-seen order. */
export function naceDivisionsOf(codes: readonly string[]): string[] {
  const divisions = new Set<string>();
  for (const code of codes) {
    const division = naceDivision(code);
    if (division !== null) divisions.add(division);
  }
  return [...divisions];
}

/** True for organisation types on the industry helix (the "companies" of a cluster). */
export function isCompany(type: OrganisationRecord['type']): boolean {
  return helixOf[type] === 'industry';
}

/**
 * Every cluster's current members, indexed once: cluster id → organisation id → organisation.
 * Memberships naming an unknown organisation are ignored; an organisation with several
 * memberships of one cluster counts once if any of them is current.
 */
export function currentMembersByCluster<
  O extends Pick<OrganisationRecord, 'id' | 'type' | 'deleted'>,
>(
  organisations: readonly O[],
  memberships: readonly ReinforcementMembership[],
  today: string,
): Map<string, Map<string, O>> {
  const byId = new Map<string, O>();
  for (const organisation of organisations) byId.set(organisation.id, organisation);
  const result = new Map<string, Map<string, O>>();
  for (const membership of memberships) {
    const organisation = byId.get(membership.organisationId);
    if (organisation === undefined) continue;
    if (!isCommittedMember({ organisation, membership }, today)) continue;
    let members = result.get(membership.clusterId);
    if (members === undefined) {
      members = new Map();
      result.set(membership.clusterId, members);
    }
    members.set(organisation.id, organisation);
  }
  return result;
}

/** The current members of one cluster (same rules as `currentMembersByCluster`). */
export function currentMembersOf<O extends Pick<OrganisationRecord, 'id' | 'type' | 'deleted'>>(
  clusterId: string,
  organisations: readonly O[],
  memberships: readonly ReinforcementMembership[],
  today: string,
): Map<string, O> {
  const own = memberships.filter((m) => m.clusterId === clusterId);
  const ids = new Set(own.map((m) => m.organisationId));
  const involved = organisations.filter((o) => ids.has(o.id));
  return currentMembersByCluster(involved, own, today).get(clusterId) ?? new Map();
}

function compareGaps(
  a: { companies: number; key: string },
  b: { companies: number; key: string },
): number {
  if (a.companies !== b.companies) return b.companies - a.companies;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

function gapsOf(
  companyKeys: ReadonlyMap<string, string[]>,
  knowledgeKeys: ReadonlySet<string>,
): { key: string; companies: number; companyIds: string[] }[] {
  const gaps: { key: string; companies: number; companyIds: string[] }[] = [];
  for (const [key, ids] of companyKeys) {
    if (knowledgeKeys.has(key)) continue;
    const companyIds = [...ids].sort();
    gaps.push({ key, companies: companyIds.length, companyIds });
  }
  return gaps.sort(compareGaps);
}

function push(map: Map<string, string[]>, key: string, id: string): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [id]);
  else list.push(id);
}

/** The value-chain segments and NACE divisions of a cluster's companies that no knowledge member covers. */
export function clusterGaps(input: ClusterGapsInput): ClusterGaps {
  const members = currentMembersOf(
    input.clusterId,
    input.organisations,
    input.memberships,
    input.today,
  );
  const companySegments = new Map<string, string[]>();
  const companyDivisions = new Map<string, string[]>();
  const knowledgeSegments = new Set<string>();
  const knowledgeDivisions = new Set<string>();
  for (const organisation of members.values()) {
    const segments = new Set(organisation.segments);
    const divisions = naceDivisionsOf(organisation.naceCodes);
    if (isKnowledgeEntity(organisation.type)) {
      for (const segment of segments) knowledgeSegments.add(segment);
      for (const division of divisions) knowledgeDivisions.add(division);
    } else if (isCompany(organisation.type)) {
      for (const segment of segments) push(companySegments, segment, organisation.id);
      for (const division of divisions) push(companyDivisions, division, organisation.id);
    }
  }
  return {
    segments: gapsOf(companySegments, knowledgeSegments).map(({ key, companies, companyIds }) => ({
      segment: key,
      companies,
      companyIds,
    })),
    naceDivisions: gapsOf(companyDivisions, knowledgeDivisions).map(
      ({ key, companies, companyIds }) => ({ division: key, companies, companyIds }),
    ),
  };
}
