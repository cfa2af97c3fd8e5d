/**
 * R3 of the reinforcement workshop (method step 1): candidate knowledge entities for a cluster,
 * ranked, from every roster of the workspace (other clusters, other countries, organisations in
 * no cluster at all), each score explained factor by factor so the facilitator can say why.
 *
 * Candidates are the organisations that are knowledge entities (`isKnowledgeEntity`), not deleted
 * and not a current member of the cluster (`isCommittedMember` at `today`). A prospect, contacted,
 * engaged or left organisation, an ended membership (`until` before today) or a deleted
 * membership does not make a member, so those organisations stay candidates.
 *
 * Factors (weights and caps in `candidateWeights`), listed only when they score:
 * - `segments`: value-chain segments the candidate shares with the cluster's current company
 *   members (industry helix), `points` each, at most `cap` counted;
 * - `nace`: NACE divisions ("26.11" → "26"; a section letter alone is ignored) shared the same way;
 * - `partners`: "already working with member companies": current company members of this cluster
 *   that are current members, with the candidate, of another (not deleted) cluster;
 * - `place`: the cluster's region (when it has one), or else its country;
 * - `languages`: primary language subtags ("fr-TN" → "fr") spoken by the candidate's reachable
 *   contacts (not deleted, not erased, not "do not contact") and by a contact of any current member
 *   of the cluster (not deleted, not erased).
 * The lists in a factor are complete (not cut at the cap); `points` counts at most `cap` of them.
 * Segments and divisions are listed by how many member companies share them (most first), then
 * by id; partners and languages ascending.
 *
 * Decision: candidates scoring 0 are returned too, after all the others (a facilitator may want to
 * see every knowledge entity of the workspace); pass `minScore: 1` to drop them, `limit` to keep
 * the first N. Order: score descending, then name (English collation), then id.
 *
 * Performance: every index (organisations, current members per cluster, contact languages) is
 * built once; the work per candidate is proportional to its own codes, clusters and contacts.
 */
import type { ClusterRecord, ContactRecord, OrganisationRecord } from '../model/entities';
import { isKnowledgeEntity } from '../model/enums';
import {
  currentMembersByCluster,
  isCompany,
  naceDivisionsOf,
  type ReinforcementMembership,
} from './gaps';

/** Weights and caps of the candidate score, exported so the UI can explain them. */
export const candidateWeights = {
  /** Per shared value-chain segment, at most `cap` counted. */
  segments: { points: 3, cap: 4 },
  /** Per shared NACE division, at most `cap` counted. */
  nace: { points: 2, cap: 4 },
  /** Per member company met in another cluster, at most `cap` counted. */
  partners: { points: 2, cap: 3 },
  /** Same region as the cluster, or else same country. */
  place: { region: 3, country: 2 },
  /** Per shared language, at most `cap` counted. */
  languages: { points: 1, cap: 3 },
} as const;

export type CandidateFactor =
  | { readonly kind: 'segments'; readonly points: number; readonly segments: string[] }
  | { readonly kind: 'nace'; readonly points: number; readonly divisions: string[] }
  | { readonly kind: 'partners'; readonly points: number; readonly companyIds: string[] }
  | {
      readonly kind: 'place';
      readonly points: number;
      readonly level: 'region' | 'country';
      readonly code: string;
    }
  | { readonly kind: 'languages'; readonly points: number; readonly languages: string[] };

export type CandidateFactorKind = CandidateFactor['kind'];

export interface Candidate {
  readonly organisationId: string;
  /** Sum of the factors' points. */
  readonly score: number;
  /** The factors that scored (points > 0), in the order segments, nace, partners, place, languages. */
  readonly factors: CandidateFactor[];
}

/** What the ranking reads of each table (full records fit). */
export type CandidateOrganisation = Pick<
  OrganisationRecord,
  'id' | 'name' | 'type' | 'country' | 'region' | 'naceCodes' | 'segments' | 'deleted'
>;
export type CandidateCluster = Pick<ClusterRecord, 'id' | 'country' | 'region' | 'deleted'>;
export type CandidateContact = Pick<
  ContactRecord,
  'organisationId' | 'languages' | 'doNotContact' | 'erasedAt' | 'deleted'
>;

export interface RankCandidatesInput {
  readonly clusterId: string;
  /** The workspace's clusters: the cluster's place, and which other clusters count as partners. */
  readonly clusters: readonly CandidateCluster[];
  readonly organisations: readonly CandidateOrganisation[];
  readonly memberships: readonly ReinforcementMembership[];
  readonly contacts: readonly CandidateContact[];
  /** ISO date (YYYY-MM-DD) memberships are judged at. */
  readonly today: string;
}

export interface RankCandidatesOptions {
  /** Keep the first `limit` candidates (all by default). */
  readonly limit?: number;
  /** Drop candidates scoring less (default 0: every candidate is returned). */
  readonly minScore?: number;
}

/** The primary subtag of a BCP 47 tag, lower case ("fr-TN" → "fr"). */
export function primaryLanguage(tag: string): string {
  const dash = tag.indexOf('-');
  return (dash < 0 ? tag : tag.slice(0, dash)).toLowerCase();
}

function increment(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** Shared keys, most member companies first, then ascending. */
function sharedByWeight(keys: Iterable<string>, weights: ReadonlyMap<string, number>): string[] {
  const shared = [...new Set(keys)].filter((key) => weights.has(key));
  return shared.sort((a, b) => {
    const diff = (weights.get(b) ?? 0) - (weights.get(a) ?? 0);
    if (diff !== 0) return diff;
    return a < b ? -1 : a > b ? 1 : 0;
  });
}

function capped(count: number, weight: { readonly points: number; readonly cap: number }): number {
  return weight.points * Math.min(count, weight.cap);
}

/** Knowledge entities worth recruiting into a cluster, best first, each score explained. */
export function rankCandidates(
  input: RankCandidatesInput,
  options: RankCandidatesOptions = {},
): Candidate[] {
  const { clusterId, today } = input;
  const weights = candidateWeights;
  const cluster = input.clusters.find((c) => c.id === clusterId);
  const deletedClusters = new Set(input.clusters.filter((c) => c.deleted).map((c) => c.id));

  // Current members of every cluster, once.
  const membersByCluster = currentMembersByCluster(input.organisations, input.memberships, today);
  const members = membersByCluster.get(clusterId) ?? new Map<string, CandidateOrganisation>();

  // What the cluster's companies do: segment / division → number of companies.
  const companyIds = new Set<string>();
  const companySegments = new Map<string, number>();
  const companyDivisions = new Map<string, number>();
  for (const organisation of members.values()) {
    if (!isCompany(organisation.type)) continue;
    companyIds.add(organisation.id);
    for (const segment of new Set(organisation.segments)) increment(companySegments, segment);
    for (const division of naceDivisionsOf(organisation.naceCodes))
      increment(companyDivisions, division);
  }

  // Partners: for every other cluster, which of our companies are current members there; and for
  // every knowledge entity, the other clusters it is a current member of.
  const sharedCompaniesByCluster = new Map<string, string[]>();
  const clustersOfKnowledge = new Map<string, string[]>();
  for (const [otherId, otherMembers] of membersByCluster) {
    if (otherId === clusterId || deletedClusters.has(otherId)) continue;
    const shared: string[] = [];
    for (const organisation of otherMembers.values()) {
      if (companyIds.has(organisation.id)) shared.push(organisation.id);
      else if (isKnowledgeEntity(organisation.type)) {
        const list = clustersOfKnowledge.get(organisation.id);
        if (list === undefined) clustersOfKnowledge.set(organisation.id, [otherId]);
        else list.push(otherId);
      }
    }
    if (shared.length > 0) sharedCompaniesByCluster.set(otherId, shared);
  }

  // The candidates: knowledge entities, not deleted, not current members.
  const candidateOrganisations = input.organisations.filter(
    (o) => !o.deleted && isKnowledgeEntity(o.type) && !members.has(o.id),
  );
  const candidateIds = new Set(candidateOrganisations.map((o) => o.id));

  // Languages: the cluster's (contacts of current members) and each candidate's.
  const primary = new Map<string, string>();
  const primaryOf = (tag: string): string => {
    let language = primary.get(tag);
    if (language === undefined) {
      language = primaryLanguage(tag);
      primary.set(tag, language);
    }
    return language;
  };
  const clusterLanguages = new Set<string>();
  const languagesOf = new Map<string, Set<string>>();
  for (const contact of input.contacts) {
    if (contact.deleted || contact.erasedAt !== null || contact.languages.length === 0) continue;
    if (members.has(contact.organisationId)) {
      for (const tag of contact.languages) clusterLanguages.add(primaryOf(tag));
    } else if (!contact.doNotContact && candidateIds.has(contact.organisationId)) {
      let set = languagesOf.get(contact.organisationId);
      if (set === undefined) {
        set = new Set();
        languagesOf.set(contact.organisationId, set);
      }
      for (const tag of contact.languages) set.add(primaryOf(tag));
    }
  }

  const minScore = options.minScore ?? 0;
  const ranked: { candidate: Candidate; name: string }[] = [];
  for (const organisation of candidateOrganisations) {
    const factors: CandidateFactor[] = [];

    const segments = sharedByWeight(organisation.segments, companySegments);
    if (segments.length > 0)
      factors.push({
        kind: 'segments',
        points: capped(segments.length, weights.segments),
        segments,
      });

    const divisions = sharedByWeight(naceDivisionsOf(organisation.naceCodes), companyDivisions);
    if (divisions.length > 0)
      factors.push({ kind: 'nace', points: capped(divisions.length, weights.nace), divisions });

    const partnerIds = new Set<string>();
    for (const otherId of clustersOfKnowledge.get(organisation.id) ?? [])
      for (const id of sharedCompaniesByCluster.get(otherId) ?? []) partnerIds.add(id);
    if (partnerIds.size > 0)
      factors.push({
        kind: 'partners',
        points: capped(partnerIds.size, weights.partners),
        companyIds: [...partnerIds].sort(),
      });

    if (cluster !== undefined) {
      if (cluster.region !== null && organisation.region === cluster.region)
        factors.push({
          kind: 'place',
          points: weights.place.region,
          level: 'region',
          code: cluster.region,
        });
      else if (organisation.country === cluster.country)
        factors.push({
          kind: 'place',
          points: weights.place.country,
          level: 'country',
          code: cluster.country,
        });
    }

    const own = languagesOf.get(organisation.id);
    const languages = own === undefined ? [] : [...own].filter((l) => clusterLanguages.has(l));
    if (languages.length > 0)
      factors.push({
        kind: 'languages',
        points: capped(languages.length, weights.languages),
        languages: languages.sort(),
      });

    const score = factors.reduce((sum, factor) => sum + factor.points, 0);
    if (score < minScore) continue;
    ranked.push({
      candidate: { organisationId: organisation.id, score, factors },
      name: organisation.name,
    });
  }

  const collator = new Intl.Collator('en');
  ranked.sort(
    (a, b) =>
      b.candidate.score - a.candidate.score ||
      collator.compare(a.name, b.name) ||
      (a.candidate.organisationId < b.candidate.organisationId
        ? -1
        : a.candidate.organisationId > b.candidate.organisationId
          ? 1
          : 0),
  );
  const candidates = ranked.map((r) => r.candidate);
  return options.limit === undefined
    ? candidates
    : candidates.slice(0, Math.max(0, Math.floor(options.limit)));
}
