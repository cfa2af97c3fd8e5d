/**
 * Live queries behind the roster lists: one view row per record, joined in memory (one toArray per
 * table, Maps for the joins), deleted records left out. Built for 100,000 organisations. A row
 * whose required target is missing is kept, with its `missing` references (missing-references.ts).
 *
 * Each row carries `searchText`, the language-neutral fields folded for search (src-core/text/search-key):
 * the lists add the labels that depend on the UI language (country names, code labels) once per
 * data set, so typing in a search box only runs `includes` over ready strings.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { findRegion } from '../../src-core/codes';
import type {
  LegalBasis,
  MembershipStatus,
  OrganisationType,
  ShareScope,
} from '../../src-core/model/enums';
import { isKnowledgeEntity } from '../../src-core/model/enums';
import { searchKeyOf } from '../../src-core/text/search-key';
import {
  checkReferences,
  readWriterDirectory,
  rowsById,
  targetLookup,
  type MissingReference,
} from './missing-references';
import { useWorkspace } from './provider';
import type { StudioDb } from './schema';

export interface ClusterViewRow {
  readonly id: string;
  readonly name: string;
  readonly country: string;
  readonly region: string | null;
  /** Region name (NUTS 2024 or ISO 3166-2, Latin script); the code when unknown. */
  readonly regionName: string;
  readonly valueChains: readonly string[];
  /** Memberships with status "member". */
  readonly memberCount: number;
  /** Share of members that are knowledge entities (0–1); null without members. */
  readonly knowledgeShare: number | null;
  readonly isSample: boolean;
  readonly searchText: string;
}

export interface OrganisationViewRow {
  readonly id: string;
  readonly name: string;
  readonly type: OrganisationType;
  readonly country: string;
  readonly region: string | null;
  readonly regionName: string;
  readonly naceCodes: readonly string[];
  /** Names of the value-chain segments it works in. */
  readonly segments: readonly string[];
  /** Names of the clusters it is a member of (status "member"). */
  readonly clusters: readonly string[];
  readonly website: string | null;
  readonly isSample: boolean;
  readonly searchText: string;
}

export interface MembershipViewRow {
  readonly id: string;
  readonly organisationId: string;
  readonly organisationName: string;
  readonly clusterId: string;
  readonly clusterName: string;
  readonly status: MembershipStatus;
  readonly since: string | null;
  readonly until: string | null;
  /** Required references whose target is not in the workspace (organisation, cluster). */
  readonly missing: readonly MissingReference[];
  readonly isSample: boolean;
  readonly searchText: string;
}

export interface ContactViewRow {
  readonly id: string;
  readonly organisationId: string;
  /** Given and family name; empty once the person is erased. */
  readonly name: string;
  readonly organisationName: string;
  readonly role: string;
  readonly email: string | null;
  readonly legalBasis: LegalBasis;
  readonly shareScope: ShareScope;
  readonly doNotContact: boolean;
  readonly isErased: boolean;
  /** The organisation, when it is not in the workspace at all. */
  readonly missing: readonly MissingReference[];
  readonly isSample: boolean;
  readonly searchText: string;
}

/** Region names by code, looked up once per code per query. */
function regionNamer(): (code: string | null) => string {
  const names = new Map<string, string>();
  return (code) => {
    if (!code) return '';
    let name = names.get(code);
    if (name === undefined) {
      name = findRegion(code)?.nameLatin ?? code;
      names.set(code, name);
    }
    return name;
  };
}

function namesById(records: readonly { id: string; name: string; deleted: boolean }[]) {
  const names = new Map<string, string>();
  for (const record of records) if (!record.deleted) names.set(record.id, record.name);
  return names;
}

export async function queryClusterViewRows(db: StudioDb): Promise<ClusterViewRow[]> {
  const [clusters, valueChains, organisations, memberships] = await Promise.all([
    db.clusters.toArray(),
    db.valueChains.toArray(),
    db.organisations.toArray(),
    db.memberships.where('status').equals('member').toArray(),
  ]);
  const chainNames = namesById(valueChains);
  // Organisation id → knowledge entity or not; null when deleted. A membership whose organisation
  // is missing altogether (it never arrived) still counts as a member, as the cluster page shows.
  const isKnowledge = new Map<string, boolean | null>();
  for (const organisation of organisations) {
    isKnowledge.set(
      organisation.id,
      organisation.deleted ? null : isKnowledgeEntity(organisation.type),
    );
  }
  const tally = new Map<string, { members: number; knowledge: number }>();
  for (const membership of memberships) {
    if (membership.deleted) continue;
    const held = isKnowledge.get(membership.organisationId);
    if (held === null) continue;
    const knowledge = held === true;
    const entry = tally.get(membership.clusterId) ?? { members: 0, knowledge: 0 };
    entry.members += 1;
    if (knowledge) entry.knowledge += 1;
    tally.set(membership.clusterId, entry);
  }
  const regionName = regionNamer();
  const rows: ClusterViewRow[] = [];
  for (const cluster of clusters) {
    if (cluster.deleted) continue;
    const chains = cluster.valueChainIds.flatMap((id) => chainNames.get(id) ?? []);
    const counts = tally.get(cluster.id);
    const region = regionName(cluster.region);
    rows.push({
      id: cluster.id,
      name: cluster.name,
      country: cluster.country,
      region: cluster.region,
      regionName: region,
      valueChains: chains,
      memberCount: counts?.members ?? 0,
      knowledgeShare: counts && counts.members > 0 ? counts.knowledge / counts.members : null,
      isSample: cluster.origin === 'sample',
      searchText: searchKeyOf([cluster.name, cluster.country, cluster.region, region, ...chains]),
    });
  }
  return rows;
}

export async function queryOrganisationViewRows(db: StudioDb): Promise<OrganisationViewRow[]> {
  const [organisations, clusters, valueChains, memberships] = await Promise.all([
    db.organisations.toArray(),
    db.clusters.toArray(),
    db.valueChains.toArray(),
    db.memberships.where('status').equals('member').toArray(),
  ]);
  const clusterNames = namesById(clusters);
  const segmentNames = new Map<string, string>();
  for (const chain of valueChains) {
    if (chain.deleted) continue;
    for (const segment of chain.segments)
      segmentNames.set(`${chain.id}/${segment.key}`, segment.name);
  }
  const clustersOf = new Map<string, string[]>();
  for (const membership of memberships) {
    if (membership.deleted) continue;
    const name = clusterNames.get(membership.clusterId);
    if (name === undefined) continue;
    const list = clustersOf.get(membership.organisationId);
    if (list) list.push(name);
    else clustersOf.set(membership.organisationId, [name]);
  }
  const regionName = regionNamer();
  const rows: OrganisationViewRow[] = [];
  for (const organisation of organisations) {
    if (organisation.deleted) continue;
    const segments = organisation.segments.flatMap((id) => segmentNames.get(id) ?? []);
    const memberOf = clustersOf.get(organisation.id) ?? [];
    const region = regionName(organisation.region);
    rows.push({
      id: organisation.id,
      name: organisation.name,
      type: organisation.type,
      country: organisation.country,
      region: organisation.region,
      regionName: region,
      naceCodes: organisation.naceCodes,
      segments,
      clusters: memberOf,
      website: organisation.website,
      isSample: organisation.origin === 'sample',
      searchText: searchKeyOf([
        organisation.name,
        organisation.country,
        organisation.region,
        region,
        ...organisation.naceCodes,
        ...segments,
        ...memberOf,
        organisation.website,
      ]),
    });
  }
  return rows;
}

/**
 * Every membership not deleted. One whose organisation or cluster was deleted is left out (the
 * deletion is data); one whose organisation or cluster is missing altogether is listed with its
 * `missing` references, so the list never holds fewer memberships than the partner who sent them.
 */
export async function queryMembershipViewRows(db: StudioDb): Promise<MembershipViewRow[]> {
  const [memberships, organisations, clusters, directory] = await Promise.all([
    db.memberships.toArray(),
    db.organisations.toArray(),
    db.clusters.toArray(),
    readWriterDirectory(db),
  ]);
  const organisationsById = rowsById(organisations);
  const clustersById = rowsById(clusters);
  const lookup = targetLookup({ organisations: organisationsById, clusters: clustersById });
  const rows: MembershipViewRow[] = [];
  for (const membership of memberships) {
    if (membership.deleted) continue;
    const { missing, hasDeletedTarget } = checkReferences(
      'memberships',
      membership,
      lookup,
      directory,
    );
    if (hasDeletedTarget) continue;
    // A missing target has no name: the list words the missing state in the UI language.
    const organisationName = organisationsById.get(membership.organisationId)?.name ?? '';
    const clusterName = clustersById.get(membership.clusterId)?.name ?? '';
    rows.push({
      id: membership.id,
      organisationId: membership.organisationId,
      organisationName,
      clusterId: membership.clusterId,
      clusterName,
      status: membership.status,
      since: membership.since,
      until: membership.until,
      missing,
      isSample: membership.origin === 'sample',
      searchText: searchKeyOf([organisationName, clusterName, membership.since, membership.until]),
    });
  }
  return rows;
}

/**
 * Every contact not deleted. A deleted organisation shows as no organisation (as before); a
 * missing one is named in `missing`, with whom to ask for it.
 */
export async function queryContactViewRows(db: StudioDb): Promise<ContactViewRow[]> {
  const [contacts, organisations, directory] = await Promise.all([
    db.contacts.toArray(),
    db.organisations.toArray(),
    readWriterDirectory(db),
  ]);
  const organisationsById = rowsById(organisations);
  const lookup = targetLookup({ organisations: organisationsById });
  const rows: ContactViewRow[] = [];
  for (const contact of contacts) {
    if (contact.deleted) continue;
    const organisation = organisationsById.get(contact.organisationId);
    const organisationName = organisation && !organisation.deleted ? organisation.name : '';
    const { missing } = checkReferences('contacts', contact, lookup, directory);
    const name = [contact.givenName, contact.familyName].filter(Boolean).join(' ');
    rows.push({
      id: contact.id,
      organisationId: contact.organisationId,
      name,
      organisationName,
      role: contact.role,
      email: contact.email,
      legalBasis: contact.legalBasis,
      shareScope: contact.shareScope,
      doNotContact: contact.doNotContact,
      isErased: contact.erasedAt !== null,
      missing,
      isSample: contact.origin === 'sample',
      searchText: searchKeyOf([name, organisationName, contact.role, contact.email]),
    });
  }
  return rows;
}

export function useClusterViewRows(): ClusterViewRow[] | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(() => queryClusterViewRows(db), [db]);
}

export function useOrganisationViewRows(): OrganisationViewRow[] | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(() => queryOrganisationViewRows(db), [db]);
}

export function useMembershipViewRows(): MembershipViewRow[] | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(() => queryMembershipViewRows(db), [db]);
}

export function useContactViewRows(): ContactViewRow[] | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(() => queryContactViewRows(db), [db]);
}
