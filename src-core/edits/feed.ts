/**
 * Stages feed each other without retyping: the pairs kept at matchmaking become idea cards, the
 * top-voted ideas become action lines. Each function returns only what is not there yet (compared
 * without case or surrounding spaces), so using it twice adds nothing the second time.
 */
import { entriesOfKind, type WorkshopEntry } from '../model/workshop-run';
import { tallyVotes, type IdeaTally } from '../workshop/votes';

const MAX_TEXT = 500;
const key = (text: string) => text.trim().toLocaleLowerCase();
const clip = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text);

export interface KeptPair {
  readonly a: string;
  readonly b: string;
  readonly reason: string;
}

/** "Org A × Org B: reason" for each kept pair not already an idea card. */
export function ideaTextsFromPairs(
  pairs: readonly KeptPair[],
  nameOf: (organisationId: string) => string,
  existingIdeas: readonly string[],
): string[] {
  const seen = new Set(existingIdeas.map(key));
  const texts: string[] = [];
  for (const pair of pairs) {
    const names = `${nameOf(pair.a)} × ${nameOf(pair.b)}`;
    const text = clip(pair.reason.trim() ? `${names}: ${pair.reason.trim()}` : names);
    if (seen.has(key(text))) continue;
    seen.add(key(text));
    texts.push(text);
  }
  return texts;
}

/** The `count` best-ranked ideas that received votes and are not an action line yet. */
export function actionTextsFromTopIdeas(
  tallies: readonly IdeaTally[],
  count: number,
  existingActions: readonly string[],
): string[] {
  const seen = new Set(existingActions.map(key));
  return [...tallies]
    .filter((tally) => tally.total > 0)
    .sort((a, b) => a.rank - b.rank)
    .slice(0, count)
    .map((tally) => clip(tally.text))
    .filter((text) => !seen.has(key(text)));
}

/** The ranking of a workshop's ideas from its stored entries (votes on removed ideas left out). */
export function talliesOf(rows: readonly { id: string; entry: WorkshopEntry }[]): IdeaTally[] {
  const ideas = entriesOfKind(rows, 'idea-cards').map(({ id, entry }) => ({
    id,
    text: entry.text,
    theme: entry.theme,
  }));
  const votes = entriesOfKind(rows, 'dot-votes').map(({ entry }) => ({
    ideaId: entry.ideaId,
    dots: entry.dots,
    source: entry.source,
    voterId: entry.voterId,
    table: entry.table,
  }));
  return tallyVotes(ideas, votes);
}
