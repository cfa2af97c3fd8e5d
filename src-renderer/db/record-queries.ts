/**
 * Live queries for record pages and pickers: one record with its relations (a cluster and its
 * members, an organisation with memberships and contacts …) and name search over records.
 * Each hook returns undefined while loading and null when no such record exists; a deleted record
 * is still returned (with `deleted: true`) so its page can offer to restore it. A related record
 * that is missing altogether is named (missing-references.ts), so pages say whom to ask for it.
 */
import type { Table } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import type {
  ClusterRecord,
  ContactRecord,
  MembershipRecord,
  OrganisationRecord,
  SyncedRecordOf,
  SyncedTableName,
  ValueChainRecord,
} from '../../src-core/model/entities';
import type { OrganisationType } from '../../src-core/model/enums';
import { matchesQuery } from '../../src-core/text/option-search';
import {
  checkReferences,
  missingAt,
  readWriterDirectory,
  rowsById,
  targetLookup,
  type MissingReference,
} from './missing-references';
import { readByIds } from './read-many';
import { useWorkspace } from './provider';
import type { StudioDb } from './schema';

/** undefined: still loading; null: no such record. */
export type Loadable<T> = T | null | undefined;

function tableOf<T extends SyncedTableName>(db: StudioDb, table: T) {
  return db[table] as unknown as Table<SyncedRecordOf[T], string>;
}

const isLive = (record: { deleted: boolean } | undefined | null): boolean =>
  record !== undefined && record !== null && !record.deleted;

/** Existing, non-deleted records of a table by id, in the order of `ids`. */
async function liveRecords<T extends SyncedTableName>(
  db: StudioDb,
  table: T,
  ids: readonly string[],
): Promise<Map<string, SyncedRecordOf[T]>> {
  const unique = [...new Set(ids)];
  const rows = await tableOf(db, table).bulkGet(unique);
  const result = new Map<string, SyncedRecordOf[T]>();
  for (const row of rows) if (row && !row.deleted) result.set(row.id, row);
  return result;
}

/** One record, deleted or not (forms and simple pages). */
export function useRecord<T extends SyncedTableName>(
  table: T,
  id: string | undefined,
): Loadable<SyncedRecordOf[T]> {
  const { db } = useWorkspace();
  return useLiveQuery(
    async () => (id ? ((await tableOf(db, table).get(id)) ?? null) : null),
    [db, table, id],
  );
}

/** The workspace's value chains (not deleted), by name. */
export function useValueChains(): readonly ValueChainRecord[] | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(
    async () => (await db.valueChains.orderBy('name').toArray()).filter((chain) => !chain.deleted),
    [db],
  );
}

export interface ClusterMember {
  readonly membership: MembershipRecord;
  readonly organisation: OrganisationRecord;
}

/** A membership whose organisation is not in the workspace: listed, with whom to ask for it. */
export interface ClusterMemberMissing {
  readonly membership: MembershipRecord;
  readonly missing: MissingReference;
}

export interface ClusterDetail {
  readonly cluster: ClusterRecord;
  /** The cluster's value chains, in the cluster's order. */
  readonly valueChains: readonly ValueChainRecord[];
  /** Every membership (any status) whose organisation exists, by organisation name. */
  readonly members: readonly ClusterMember[];
  /**
   * Memberships whose organisation is missing altogether (not deleted), oldest first. They are
   * members all the same: counted, and shown with the missing state.
   */
  readonly membersMissingOrganisation: readonly ClusterMemberMissing[];
}

export async function queryClusterDetail(db: StudioDb, id: string): Promise<ClusterDetail | null> {
  const cluster = await db.clusters.get(id);
  if (!cluster) return null;
  const [chains, memberships, directory] = await Promise.all([
    liveRecords(db, 'valueChains', cluster.valueChainIds),
    db.memberships.where('clusterId').equals(id).toArray(),
    readWriterDirectory(db),
  ]);
  const current = memberships.filter(isLive);
  const organisations = await readByIds(
    db.organisations,
    current.map((m) => m.organisationId),
  );
  const lookup = targetLookup({ organisations, clusters: rowsById([cluster]) });
  const members: ClusterMember[] = [];
  const membersMissingOrganisation: ClusterMemberMissing[] = [];
  for (const membership of current) {
    const organisation = organisations.get(membership.organisationId);
    if (organisation && !organisation.deleted) {
      members.push({ membership, organisation });
      continue;
    }
    const { missing } = checkReferences('memberships', membership, lookup, directory);
    const missingOrganisation = missingAt(missing, 'organisationId');
    if (missingOrganisation) {
      membersMissingOrganisation.push({ membership, missing: missingOrganisation });
    }
  }
  members.sort((a, b) => a.organisation.name.localeCompare(b.organisation.name));
  membersMissingOrganisation.sort((a, b) => (a.membership.id < b.membership.id ? -1 : 1));
  return {
    cluster,
    valueChains: cluster.valueChainIds.flatMap((chainId) => chains.get(chainId) ?? []),
    members,
    membersMissingOrganisation,
  };
}

export function useClusterDetail(id: string): Loadable<ClusterDetail> {
  const { db } = useWorkspace();
  return useLiveQuery(() => queryClusterDetail(db, id), [db, id]);
}

export interface OrganisationMembership {
  readonly membership: MembershipRecord;
  readonly cluster: ClusterRecord;
}

export interface OrganisationDetail {
  readonly organisation: OrganisationRecord;
  readonly memberships: readonly OrganisationMembership[];
  /** Contacts (not deleted), by family name. */
  readonly contacts: readonly ContactRecord[];
  /** Every value chain, to name the organisation's segments. */
  readonly valueChains: readonly ValueChainRecord[];
}

export async function queryOrganisationDetail(
  db: StudioDb,
  id: string,
): Promise<OrganisationDetail | null> {
  const organisation = await db.organisations.get(id);
  if (!organisation) return null;
  const [memberships, contacts, valueChains] = await Promise.all([
    db.memberships.where('organisationId').equals(id).toArray(),
    db.contacts.where('organisationId').equals(id).toArray(),
    db.valueChains.toArray(),
  ]);
  const current = memberships.filter(isLive);
  const clusters = await liveRecords(
    db,
    'clusters',
    current.map((m) => m.clusterId),
  );
  return {
    organisation,
    memberships: current
      .flatMap((membership) => {
        const cluster = clusters.get(membership.clusterId);
        return cluster ? [{ membership, cluster }] : [];
      })
      .sort((a, b) => a.cluster.name.localeCompare(b.cluster.name)),
    contacts: contacts
      .filter(isLive)
      .sort((a, b) =>
        `${a.familyName} ${a.givenName}`.localeCompare(`${b.familyName} ${b.givenName}`),
      ),
    valueChains: valueChains.filter(isLive),
  };
}

export function useOrganisationDetail(id: string): Loadable<OrganisationDetail> {
  const { db } = useWorkspace();
  return useLiveQuery(() => queryOrganisationDetail(db, id), [db, id]);
}

export interface ContactDetail {
  readonly contact: ContactRecord;
  /** The contact's organisation, deleted or not; null when it does not exist. */
  readonly organisation: OrganisationRecord | null;
  /** The organisation when it does not exist here, with whom to ask for it. */
  readonly missingOrganisation: MissingReference | null;
}

export async function queryContactDetail(db: StudioDb, id: string): Promise<ContactDetail | null> {
  const contact = await db.contacts.get(id);
  if (!contact) return null;
  const [organisation, directory] = await Promise.all([
    db.organisations.get(contact.organisationId),
    readWriterDirectory(db),
  ]);
  const lookup = targetLookup({ organisations: rowsById(organisation ? [organisation] : []) });
  const { missing } = checkReferences('contacts', contact, lookup, directory);
  return {
    contact,
    organisation: organisation ?? null,
    missingOrganisation: missingAt(missing, 'organisationId'),
  };
}

export function useContactDetail(id: string): Loadable<ContactDetail> {
  const { db } = useWorkspace();
  return useLiveQuery(() => queryContactDetail(db, id), [db, id]);
}

export interface MembershipDetail {
  readonly membership: MembershipRecord;
  readonly organisation: OrganisationRecord | null;
  readonly cluster: ClusterRecord | null;
  /** The organisation and/or cluster when they do not exist here, with whom to ask for them. */
  readonly missingOrganisation: MissingReference | null;
  readonly missingCluster: MissingReference | null;
}

export async function queryMembershipDetail(
  db: StudioDb,
  id: string,
): Promise<MembershipDetail | null> {
  const membership = await db.memberships.get(id);
  if (!membership) return null;
  const [organisation, cluster, directory] = await Promise.all([
    db.organisations.get(membership.organisationId),
    db.clusters.get(membership.clusterId),
    readWriterDirectory(db),
  ]);
  const lookup = targetLookup({
    organisations: rowsById(organisation ? [organisation] : []),
    clusters: rowsById(cluster ? [cluster] : []),
  });
  const { missing } = checkReferences('memberships', membership, lookup, directory);
  return {
    membership,
    organisation: organisation ?? null,
    cluster: cluster ?? null,
    missingOrganisation: missingAt(missing, 'organisationId'),
    missingCluster: missingAt(missing, 'clusterId'),
  };
}

export function useMembershipDetail(id: string): Loadable<MembershipDetail> {
  const { db } = useWorkspace();
  return useLiveQuery(() => queryMembershipDetail(db, id), [db, id]);
}

/** Other live memberships between the same organisation and cluster (to warn of duplicates). */
export function useMembershipsBetween(
  organisationId: string | null,
  clusterId: string | null,
  exceptId?: string,
): readonly MembershipRecord[] | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(async () => {
    if (!organisationId || !clusterId) return [];
    const rows = await db.memberships.where('organisationId').equals(organisationId).toArray();
    return rows.filter((m) => isLive(m) && m.clusterId === clusterId && m.id !== exceptId);
  }, [db, organisationId, clusterId, exceptId]);
}

/** A record as a picker lists it. */
export interface RecordHit {
  readonly id: string;
  readonly name: string;
  readonly country: string;
  /** Organisations only. */
  readonly type?: OrganisationType;
  readonly deleted: boolean;
}

export type SearchableTable = 'organisations' | 'clusters';

function hitOf(record: OrganisationRecord | ClusterRecord): RecordHit {
  return {
    id: record.id,
    name: record.name,
    country: record.country,
    type: 'type' in record ? record.type : undefined,
    deleted: record.deleted,
  };
}

/**
 * Records whose name contains every typed word (accents and case ignored), in name order; at
 * most `limit`. The scan stops as soon as enough are found.
 */
export async function searchRecordsByName(
  db: StudioDb,
  table: SearchableTable,
  query: string,
  limit: number,
): Promise<RecordHit[]> {
  const rows: (OrganisationRecord | ClusterRecord)[] = await tableOf(db, table)
    .orderBy('name')
    .filter((record) => !record.deleted && matchesQuery(record.name, query))
    .limit(limit)
    .toArray();
  return rows.map(hitOf);
}

export function useRecordSearch(
  table: SearchableTable,
  query: string,
  limit = 40,
): RecordHit[] | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(
    () => searchRecordsByName(db, table, query, limit),
    [db, table, query, limit],
  );
}

/** One record as a picker names it (its current choice); null when it does not exist. */
export function useRecordHit(table: SearchableTable, id: string | null): Loadable<RecordHit> {
  const { db } = useWorkspace();
  return useLiveQuery(async () => {
    if (!id) return null;
    const record = await tableOf(db, table).get(id);
    return record ? hitOf(record) : null;
  }, [db, table, id]);
}
