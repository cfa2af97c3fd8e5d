/**
 * Meta-cluster stage 4, complementarity and matchmaking: suggested pairs of organisations from
 * DIFFERENT countries among the current members of the meta-cluster's clusters, where what one
 * offers answers what the other needs.
 *
 * An offer matches a need when, after folding (lower case, accents removed, see text/search-key),
 * - they share at least one content word: tokens of two or more letters/digits that are not stop
 *   words in English, Spanish, French or Italian nor a few generic words ("partner", "service",
 *   "support" …); a final "s" is dropped from words longer than three letters so plurals meet
 *   ("sensors" ↔ "sensor"); `sharedWords` lists these folded stems, ascending; or
 * - one is the other as a whole phrase (word-boundary containment, stop words included):
 *   `exactPhrase`.
 * A match scores one point per shared word plus 2 for an exact phrase. A pair's score is the sum
 * over all its matches, in both directions; its `reason` is the best match, `reasons` all of them.
 *
 * Offers and needs are matched once per distinct text, then expanded to the organisations holding
 * them, so identical phrasings across thousands of members cost one comparison.
 */
import type { OrganisationRecord } from '../model/entities';
import { currentMembersByCluster, type ReinforcementMembership } from '../reinforcement/gaps';
import { searchKey } from '../text/search-key';
import { compareText } from './chain-index';

export type MatchOrganisation = Pick<
  OrganisationRecord,
  'id' | 'name' | 'type' | 'country' | 'offers' | 'needs' | 'deleted'
>;

export interface SuggestPairsInput<O extends MatchOrganisation = MatchOrganisation> {
  readonly organisations: readonly O[];
  readonly memberships: readonly ReinforcementMembership[];
  /** The meta-cluster's clusters. */
  readonly clusterIds: readonly string[];
  /** ISO date (YYYY-MM-DD) memberships are judged at. */
  readonly today: string;
  /** At most this many pairs per organisation (best first); default unlimited. */
  readonly maxPerOrganisation?: number;
  /** At most this many pairs overall; default `DEFAULT_PAIR_LIMIT` (500). */
  readonly limit?: number;
}

export interface PairReason {
  /** The organisation that offers. */
  readonly offeredBy: string;
  /** The organisation that needs. */
  readonly neededBy: string;
  readonly offer: string;
  readonly need: string;
  readonly sharedWords: readonly string[];
  readonly exactPhrase: boolean;
  readonly points: number;
}

export interface PairOrganisation {
  readonly id: string;
  readonly name: string;
  readonly country: string;
}

export interface OrganisationPair {
  /** The two organisations, by name then id. */
  readonly a: PairOrganisation;
  readonly b: PairOrganisation;
  readonly score: number;
  /** The best match (most points, then offer, then need). */
  readonly reason: PairReason;
  /** Every match, best first. */
  readonly reasons: readonly PairReason[];
}

// prettier-ignore
const stopWordList = [
  // English
  'a', 'an', 'and', 'any', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'in', 'into', 'is', 'it',
  'its', 'more', 'of', 'on', 'or', 'our', 'the', 'their', 'to', 'we', 'with', 'within', 'without',
  // Spanish
  'al', 'con', 'de', 'del', 'el', 'en', 'entre', 'es', 'la', 'las', 'lo', 'los', 'mas', 'para',
  'por', 'sin', 'sobre', 'su', 'sus', 'un', 'una', 'unos', 'unas', 'y', 'o', 'e',
  // French
  'au', 'aux', 'avec', 'ce', 'ces', 'dans', 'des', 'du', 'et', 'le', 'les', 'leur', 'leurs', 'ou',
  'par', 'pour', 'sans', 'se', 'sur', 'une', 'plus', 'd', 'l',
  // Italian
  'agli', 'ai', 'alla', 'alle', 'allo', 'che', 'con', 'da', 'dal', 'dalla', 'dei', 'degli', 'della',
  'delle', 'dello', 'di', 'gli', 'il', 'nel', 'nella', 'nelle', 'per', 'piu', 'tra', 'fra', 'uno',
  'ed',
];
/** Words too generic to make two phrases about the same thing (already folded and stemmed). */
// prettier-ignore
const genericWordList = [
  'partner', 'partners', 'service', 'services', 'support', 'solution', 'solutions', 'new', 'other',
  'socio', 'socios', 'servicio', 'servicios', 'apoyo', 'partenaire', 'partenaires', 'soutien',
  'servizio', 'servizi', 'supporto',
];

export const matchingStopWords: ReadonlySet<string> = new Set(stopWordList);
const genericWords = new Set(genericWordList.map(stem));

function stem(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

interface Phrase {
  readonly text: string;
  /** All folded tokens, space-joined and padded (" a b "), for whole-phrase containment. */
  readonly padded: string;
  readonly words: ReadonlySet<string>;
}

function tokens(text: string): string[] {
  return searchKey(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

/** Content words of a phrase: folded, stop and generic words removed, final "s" dropped. */
export function contentWords(text: string): string[] {
  const words = new Set<string>();
  for (const token of tokens(text)) {
    if (token.length < 2 || matchingStopWords.has(token)) continue;
    const stemmed = stem(token);
    if (!genericWords.has(stemmed)) words.add(stemmed);
  }
  return [...words].sort();
}

function phraseOf(text: string): Phrase {
  return { text, padded: ` ${tokens(text).join(' ')} `, words: new Set(contentWords(text)) };
}

/** How an offer answers a need, or null when it does not (rules in the module comment). */
export function matchOfferToNeed(
  offer: string,
  need: string,
): { sharedWords: string[]; exactPhrase: boolean; points: number } | null {
  return matchPhrases(phraseOf(offer), phraseOf(need));
}

function matchPhrases(
  offer: Phrase,
  need: Phrase,
): { sharedWords: string[]; exactPhrase: boolean; points: number } | null {
  const sharedWords = [...offer.words].filter((w) => need.words.has(w)).sort();
  const exactPhrase =
    offer.padded.trim() !== '' &&
    need.padded.trim() !== '' &&
    (offer.padded.includes(need.padded) || need.padded.includes(offer.padded));
  if (sharedWords.length === 0 && !exactPhrase) return null;
  return { sharedWords, exactPhrase, points: sharedWords.length + (exactPhrase ? 2 : 0) };
}

function compareReasons(a: PairReason, b: PairReason): number {
  return (
    b.points - a.points ||
    compareText(a.offer, b.offer) ||
    compareText(a.need, b.need) ||
    compareText(a.offeredBy, b.offeredBy)
  );
}

function compareOrganisations(a: PairOrganisation, b: PairOrganisation): number {
  return compareText(a.name, b.name) || compareText(a.id, b.id);
}

/** Default `limit` of `suggestPairs`: more pairs than a day of B2B tables can hold. */
export const DEFAULT_PAIR_LIMIT = 500;

interface TextMatch {
  readonly offer: string;
  readonly need: string;
  readonly sharedWords: readonly string[];
  readonly exactPhrase: boolean;
  readonly points: number;
}

/**
 * Suggested cross-country pairs among the meta-cluster's current members (see module comment),
 * best first: score descending, then the pair's names. At most `limit` pairs (default
 * `DEFAULT_PAIR_LIMIT`; pass Infinity for all) and `maxPerOrganisation` per organisation.
 * Scores are accumulated on numeric pair keys and only the pairs returned are built, so a
 * meta-cluster of thousands of members with a million candidate pairs stays fast.
 */
export function suggestPairs<O extends MatchOrganisation>(
  input: SuggestPairsInput<O>,
): OrganisationPair[] {
  const clusterIds = new Set(input.clusterIds);
  const memberships = input.memberships.filter((m) => clusterIds.has(m.clusterId));
  const involvedIds = new Set(memberships.map((m) => m.organisationId));
  const involved = input.organisations.filter((o) => involvedIds.has(o.id));
  const byId = new Map<string, O>();
  for (const byOrg of currentMembersByCluster(involved, memberships, input.today).values()) {
    for (const [id, organisation] of byOrg) byId.set(id, organisation);
  }
  // Members numbered in (name, id) order, so a lower number is the pair's `a` and sorts first.
  const members = [...byId.values()].sort(compareOrganisations);
  const n = members.length;

  // Distinct texts → holder numbers; each text folded once.
  const offerHolders = new Map<string, number[]>();
  const needHolders = new Map<string, number[]>();
  const hold = (map: Map<string, number[]>, text: string, holder: number): void => {
    const list = map.get(text);
    if (list === undefined) map.set(text, [holder]);
    else list.push(holder);
  };
  members.forEach((organisation, i) => {
    for (const offer of new Set(organisation.offers)) hold(offerHolders, offer, i);
    for (const need of new Set(organisation.needs)) hold(needHolders, need, i);
  });
  const needPhrases = [...needHolders.keys()].map(phraseOf);
  const needsByWord = new Map<string, Phrase[]>();
  for (const phrase of needPhrases) {
    for (const word of phrase.words) {
      const list = needsByWord.get(word);
      if (list === undefined) needsByWord.set(word, [phrase]);
      else list.push(phrase);
    }
  }

  // Pair key lo * n + hi (lo < hi) → score and the matches (index * 2 + 1 when hi offers).
  const matches: TextMatch[] = [];
  const scores = new Map<number, number>();
  const hits = new Map<number, number[]>();
  for (const [offerText, offerers] of offerHolders) {
    const offer = phraseOf(offerText);
    // Candidates share a word; an offer without content words can still be an exact phrase.
    const candidates = new Set<Phrase>();
    for (const word of offer.words) for (const p of needsByWord.get(word) ?? []) candidates.add(p);
    if (offer.words.size === 0) for (const p of needPhrases) candidates.add(p);
    for (const need of candidates) {
      const match = matchPhrases(offer, need);
      if (match === null) continue;
      const matchIndex = matches.length;
      matches.push({ offer: offerText, need: need.text, ...match });
      for (const offerer of offerers) {
        const country = members[offerer]?.country;
        for (const needer of needHolders.get(need.text) ?? []) {
          if (offerer === needer || members[needer]?.country === country) continue;
          const key = offerer < needer ? offerer * n + needer : needer * n + offerer;
          scores.set(key, (scores.get(key) ?? 0) + match.points);
          const hit = matchIndex * 2 + (offerer < needer ? 0 : 1);
          const list = hits.get(key);
          if (list === undefined) hits.set(key, [hit]);
          else list.push(hit);
        }
      }
    }
  }

  const keys = [...scores.keys()].sort(
    (x, y) => (scores.get(y) ?? 0) - (scores.get(x) ?? 0) || x - y,
  );
  const cap = input.maxPerOrganisation ?? Number.POSITIVE_INFINITY;
  const limit = input.limit ?? DEFAULT_PAIR_LIMIT;
  const perOrganisation = new Map<number, number>();
  const result: OrganisationPair[] = [];
  const summary = (o: O): PairOrganisation => ({ id: o.id, name: o.name, country: o.country });
  for (const key of keys) {
    if (result.length >= limit) break;
    const lo = Math.floor(key / n);
    const hi = key - lo * n;
    const a = members[lo];
    const b = members[hi];
    if (a === undefined || b === undefined) continue;
    const countA = perOrganisation.get(lo) ?? 0;
    const countB = perOrganisation.get(hi) ?? 0;
    if (countA >= cap || countB >= cap) continue;
    perOrganisation.set(lo, countA + 1);
    perOrganisation.set(hi, countB + 1);
    const reasons: PairReason[] = (hits.get(key) ?? []).map((hit) => {
      const match = matches[hit >> 1] as TextMatch;
      const [offerer, needer] = hit % 2 === 0 ? [a, b] : [b, a];
      return {
        offeredBy: offerer.id,
        neededBy: needer.id,
        offer: match.offer,
        need: match.need,
        sharedWords: match.sharedWords,
        exactPhrase: match.exactPhrase,
        points: match.points,
      };
    });
    reasons.sort(compareReasons);
    const best = reasons[0];
    if (best === undefined) continue;
    result.push({
      a: summary(a),
      b: summary(b),
      score: scores.get(key) ?? 0,
      reason: best,
      reasons,
    });
  }
  return result;
}
