/** A cluster's roster grouped by helix, with counts by membership status (pure, for the page). */
import { helixOf, type MembershipStatus } from '../../../../src-core/model/enums';
import type { ClusterMember } from '../../../db/record-queries';

export const helixOrder = ['industry', 'knowledge', 'government', 'society', 'other'] as const;
export type Helix = (typeof helixOrder)[number];

export interface HelixGroup {
  readonly helix: Helix;
  /** Current members first, then the recruitment pipeline, then former members; by name within. */
  readonly rows: readonly ClusterMember[];
  /** Rows with status "member". */
  readonly memberCount: number;
}

const statusRank = new Map<MembershipStatus, number>(
  (['member', 'engaged', 'contacted', 'prospect', 'left'] as const).map((status, i) => [status, i]),
);

export function groupByHelix(members: readonly ClusterMember[]): HelixGroup[] {
  return helixOrder.map((helix) => {
    const rows = members
      .filter((row) => helixOf[row.organisation.type] === helix)
      .sort(
        (a, b) =>
          (statusRank.get(a.membership.status) ?? 0) - (statusRank.get(b.membership.status) ?? 0),
      );
    return {
      helix,
      rows,
      memberCount: rows.filter((row) => row.membership.status === 'member').length,
    };
  });
}

/** How many memberships have each status. */
export function countByStatus(members: readonly ClusterMember[]): Record<MembershipStatus, number> {
  const counts: Record<MembershipStatus, number> = {
    prospect: 0,
    contacted: 0,
    engaged: 0,
    member: 0,
    left: 0,
  };
  for (const row of members) counts[row.membership.status] += 1;
  return counts;
}
