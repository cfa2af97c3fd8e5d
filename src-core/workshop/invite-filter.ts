/**
 * Narrowing the invite lists as the facilitator types: a person matches when every typed word is
 * in their name or their organisation's (accents and case ignored, so "jose" finds "José"), and
 * each cluster's list says how many it shows and how many are ticked.
 */
import { searchKeyOf, searchTerms, matchesAllTerms } from '../text/search-key';

export interface FilterablePerson {
  readonly key: string;
  /** The person's name; '' for an organisation invited without a named person. */
  readonly person: string;
  readonly organisation: string;
  /** Already on the list (shown ticked; not counted as selected). */
  readonly invited: boolean;
}

/** A predicate for one query (folded once, not once per person). An empty query keeps everyone. */
export function inviteFilter(query: string): (person: FilterablePerson) => boolean {
  const terms = searchTerms(query);
  if (terms.length === 0) return () => true;
  return (person) => matchesAllTerms(searchKeyOf([person.person, person.organisation]), terms);
}

export interface GroupCounts {
  /** People the filter keeps. */
  readonly shown: number;
  readonly total: number;
  /** People ticked to be invited (shown or not: hidden ticks are still sent). */
  readonly selected: number;
}

export function groupCounts<P extends FilterablePerson>(
  people: readonly P[],
  keep: (person: P) => boolean,
  selected: ReadonlySet<string>,
): GroupCounts {
  let shown = 0;
  let ticked = 0;
  for (const person of people) {
    if (keep(person)) shown += 1;
    if (!person.invited && selected.has(person.key)) ticked += 1;
  }
  return { shown, total: people.length, selected: ticked };
}
