/**
 * A cluster's helix composition as of a date, from the dated memberships the rosters keep
 * (`since`, `until`): a membership counts on a date when it is a current "member" then — started
 * on or before it (or with no start date) and not ended before it. Status changes themselves are
 * not dated, so a membership counts from its `since` with the status it has now.
 */
import type { ClusterMember, HelixComposition } from '../analysis/helix';
import { helixComposition } from '../analysis/helix';

export function compositionAsOf(
  members: readonly (ClusterMember & { readonly membership: { readonly since: string | null } })[],
  date: string,
): HelixComposition {
  return helixComposition(
    members.filter(({ membership }) => membership.since === null || membership.since <= date),
    { today: date },
  );
}

/** The share of knowledge entities among counted members (0 when there are none). */
export function knowledgeShareOf(composition: HelixComposition): number {
  return composition.total === 0 ? 0 : composition.byHelix.knowledge / composition.total;
}
