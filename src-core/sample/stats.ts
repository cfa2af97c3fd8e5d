/** Summary figures of a (sample) workspace: counts, and each cluster's knowledge-entity share. */
import type { ClusterRecord, MembershipRecord, OrganisationRecord } from '../model/entities';
import { isKnowledgeEntity } from '../model/enums';
import type { SampleWorkspace } from './generate';

export interface SampleCounts {
  readonly valueChains: number;
  readonly clusters: number;
  readonly countries: number;
  readonly organisations: number;
  readonly memberships: number;
  readonly contacts: number;
}

export function sampleCounts(workspace: SampleWorkspace): SampleCounts {
  return {
    valueChains: workspace.valueChains.length,
    clusters: workspace.clusters.length,
    countries: new Set(workspace.clusters.map((c) => c.country)).size,
    organisations: workspace.organisations.length,
    memberships: workspace.memberships.length,
    contacts: workspace.contacts.length,
  };
}

export interface KnowledgeShare {
  readonly clusterId: string;
  /** Memberships with status "member". */
  readonly members: number;
  /** Of those, universities, RTOs and other knowledge entities. */
  readonly knowledgeMembers: number;
  /** knowledgeMembers / members (0 for an empty roster). */
  readonly share: number;
}

/** Knowledge-entity share among each cluster's current members, in cluster order. */
export function knowledgeShareByCluster(workspace: {
  readonly clusters: readonly ClusterRecord[];
  readonly organisations: readonly OrganisationRecord[];
  readonly memberships: readonly MembershipRecord[];
}): KnowledgeShare[] {
  const typeOf = new Map(workspace.organisations.map((o) => [o.id, o.type]));
  const tally = new Map<string, { members: number; knowledgeMembers: number }>();
  for (const m of workspace.memberships) {
    if (m.status !== 'member' || m.deleted) continue;
    const type = typeOf.get(m.organisationId);
    if (type === undefined) continue;
    const entry = tally.get(m.clusterId) ?? { members: 0, knowledgeMembers: 0 };
    entry.members++;
    if (isKnowledgeEntity(type)) entry.knowledgeMembers++;
    tally.set(m.clusterId, entry);
  }
  return workspace.clusters.map((c) => {
    const { members, knowledgeMembers } = tally.get(c.id) ?? { members: 0, knowledgeMembers: 0 };
    return {
      clusterId: c.id,
      members,
      knowledgeMembers,
      share: members === 0 ? 0 : knowledgeMembers / members,
    };
  });
}
