/**
 * The runner's one live read of everything the runner, the presenter view and the report show
 * (the workshop, its participants, its entries, the clusters taking part and the facts the gates
 * need), as two live reads combined: the run part, re-read on every card, dot or move, and the
 * roster part, re-read only when the clusters, their members or the value chain change.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { isCommittedMember } from '../../src-core/analysis';
import { runOrder, stagesOf, type GateInputs, type Stage } from '../../src-core/method';
import type {
  ClusterRecord,
  ContactRecord,
  MembershipRecord,
  MetaClusterRecord,
  OrganisationRecord,
  ValueChainRecord,
  WorkshopEntryRecord,
  WorkshopParticipantRecord,
  WorkshopRecord,
} from '../../src-core/model/entities';
import { isKnowledgeEntity } from '../../src-core/model/enums';
import type { WorkshopEntry } from '../../src-core/model/workshop-run';
import {
  missingTargetsOf,
  readWriterDirectory,
  type MissingReference,
  type WriterDirectory,
} from './missing-references';
import { readByIds, readWhereAnyOf } from './read-many';
import { useWorkspace } from './provider';
import type { StudioDb } from './schema';
import { builtinMethod } from './workshops';

export interface RunParticipant {
  readonly record: WorkshopParticipantRecord;
  /** The person's name, or '' when it is not known here (no contact, or not shared). */
  readonly person: string;
  readonly organisation: string;
  readonly country: string;
}

export interface RunData {
  readonly workshop: WorkshopRecord;
  /** The method's stages for this workshop type, and the ones to run in the planned order. */
  readonly stages: readonly Stage[];
  readonly order: readonly Stage[];
  /** Live entries, oldest first. */
  readonly entries: readonly WorkshopEntryRecord[];
  readonly participants: readonly RunParticipant[];
  /** Clusters taking part: the meta-cluster's members, or the workshop's cluster. */
  readonly clusters: readonly ClusterRecord[];
  /** Every live cluster (value-chain map rows, names). */
  readonly allClusters: readonly ClusterRecord[];
  readonly metaCluster: MetaClusterRecord | null;
  /** The value chain the workshop works on: the meta-cluster's, else its cluster's first. */
  readonly valueChain: ValueChainRecord | null;
  /** Organisations the participants and entries name, and the clusters' members, by id. */
  readonly organisations: ReadonlyMap<string, OrganisationRecord>;
  /** Organisations participants or entries name that are not in this workspace, with whom to ask. */
  readonly missingOrganisations: ReadonlyMap<string, MissingReference>;
  /** Committed member organisation ids of each cluster taking part. */
  readonly membersByCluster: ReadonlyMap<string, readonly string[]>;
  readonly gateInputs: GateInputs;
}

/** Organisation ids an entry names. */
function organisationIdsOf(entry: WorkshopEntry): string[] {
  switch (entry.kind) {
    case 'candidate-list':
    case 'recruitment-plan':
    case 'offers-needs':
      return [entry.organisationId];
    case 'organisation-pairs':
      return [entry.a, entry.b];
    case 'b2b-schedule':
      return entry.meetings.flatMap((meeting) => [meeting.a, meeting.b]);
    case 'value-chain-map':
      return entry.organisationIds;
    default:
      return [];
  }
}

function personOf(contact: { givenName: string; familyName: string } | undefined): string {
  return contact ? `${contact.givenName} ${contact.familyName}`.trim() : '';
}

/** What the run writes: the workshop, its participants and entries, and whom they name. */
interface RunPart {
  readonly workshop: WorkshopRecord;
  readonly entries: readonly WorkshopEntryRecord[];
  readonly participants: readonly WorkshopParticipantRecord[];
  /** Organisations participants and entries name (members come with the roster part). */
  readonly named: ReadonlyMap<string, OrganisationRecord>;
  readonly contacts: ReadonlyMap<string, ContactRecord>;
}

/**
 * What rarely changes during a run: the clusters taking part, their members, the value chain and
 * whom to ask for what is missing. A live read of its own, so a card or a dot written in the room
 * re-reads only the run part, not hundreds of member organisations.
 */
interface RosterPart {
  readonly allClusters: readonly ClusterRecord[];
  readonly clusters: readonly ClusterRecord[];
  readonly metaCluster: MetaClusterRecord | null;
  readonly memberships: readonly MembershipRecord[];
  readonly members: ReadonlyMap<string, OrganisationRecord>;
  readonly valueChain: ValueChainRecord | null;
  readonly directory: WriterDirectory;
}

type RosterKey = Pick<WorkshopRecord, 'kind' | 'clusterId' | 'metaClusterId'>;

async function queryRunPart(db: StudioDb, workshopId: string): Promise<RunPart | null> {
  const workshop = await db.workshops.get(workshopId);
  if (!workshop || workshop.deleted) return null;
  const [entryRows, participantRows] = await Promise.all([
    db.workshopEntries.where('workshopId').equals(workshopId).toArray(),
    db.workshopParticipants.where('workshopId').equals(workshopId).toArray(),
  ]);
  const entries = entryRows.filter((row) => !row.deleted).sort((a, b) => (a.id < b.id ? -1 : 1));
  const participants = participantRows.filter((row) => !row.deleted);
  const ids = new Set<string>();
  for (const participant of participants) ids.add(participant.organisationId);
  for (const row of entries) for (const id of organisationIdsOf(row.entry)) ids.add(id);
  const [named, contacts] = await Promise.all([
    readByIds(db.organisations, ids),
    readByIds(
      db.contacts,
      participants.flatMap((p) => (p.contactId ? [p.contactId] : [])),
    ),
  ]);
  return { workshop, entries, participants, named, contacts };
}

async function queryRoster(db: StudioDb, key: RosterKey): Promise<RosterPart> {
  const [allClusterRows, metaCluster] = await Promise.all([
    db.clusters.toArray(),
    key.metaClusterId ? db.metaClusters.get(key.metaClusterId) : undefined,
  ]);
  const allClusters = allClusterRows.filter((row) => !row.deleted);
  const clusterById = new Map(allClusters.map((cluster) => [cluster.id, cluster]));
  const memberIds =
    key.kind === 'meta-cluster'
      ? (metaCluster?.members.map((member) => member.clusterId) ?? [])
      : key.clusterId
        ? [key.clusterId]
        : [];
  const clusters = memberIds.flatMap((id) => clusterById.get(id) ?? []);
  const memberships = await readWhereAnyOf(
    db.memberships,
    'clusterId',
    clusters.map((cluster) => cluster.id),
  );
  const live = metaCluster && !metaCluster.deleted ? metaCluster : null;
  const chainId = live?.valueChainId ?? clusters[0]?.valueChainIds[0] ?? null;
  const [members, chain, directory] = await Promise.all([
    readByIds(
      db.organisations,
      memberships.map((m) => m.organisationId),
    ),
    chainId ? db.valueChains.get(chainId) : undefined,
    readWriterDirectory(db),
  ]);
  return {
    allClusters,
    clusters,
    metaCluster: live,
    memberships,
    members,
    valueChain: chain && !chain.deleted ? chain : null,
    directory,
  };
}

function combineRunData(run: RunPart, roster: RosterPart, today: string): RunData {
  const { workshop, entries } = run;
  const participantsLive = run.participants;
  const { clusters, allClusters, memberships } = roster;
  const organisations = new Map<string, OrganisationRecord>([...roster.members, ...run.named]);
  const missingOrganisations = missingTargetsOf(
    'organisations',
    [
      ...participantsLive.map((record) => ({
        record,
        field: 'organisationId',
        id: record.organisationId,
      })),
      ...entries.flatMap((record) =>
        organisationIdsOf(record.entry).map((id) => ({ record, field: 'entry', id })),
      ),
    ],
    (id) => organisations.has(id),
    roster.directory,
  );

  const knowledgeMembers = new Map<string, number>();
  const membersByCluster = new Map<string, string[]>();
  for (const membership of memberships) {
    const organisation = organisations.get(membership.organisationId);
    if (!organisation || !isCommittedMember({ organisation, membership }, today)) continue;
    const list = membersByCluster.get(membership.clusterId) ?? [];
    list.push(organisation.id);
    membersByCluster.set(membership.clusterId, list);
    if (!isKnowledgeEntity(organisation.type)) continue;
    const count = knowledgeMembers.get(membership.clusterId) ?? 0;
    knowledgeMembers.set(membership.clusterId, count + 1);
  }

  const stages = stagesOf(builtinMethod, workshop.kind);
  return {
    workshop,
    stages,
    order: runOrder(stages, workshop.agenda),
    entries,
    participants: participantsLive.map((record) => {
      const organisation = organisations.get(record.organisationId);
      const contact = record.contactId ? run.contacts.get(record.contactId) : undefined;
      return {
        record,
        person: contact && !contact.deleted && contact.erasedAt === null ? personOf(contact) : '',
        organisation: organisation?.name ?? '',
        country: organisation?.country ?? '',
      };
    }),
    clusters,
    allClusters,
    metaCluster: roster.metaCluster,
    valueChain: roster.valueChain,
    organisations,
    missingOrganisations,
    membersByCluster,
    gateInputs: {
      clusters,
      knowledgeMembers,
      entries: entries.map((row) => row.entry),
      clusterCountries: new Map(allClusters.map((cluster) => [cluster.id, cluster.country])),
    },
  };
}

/** Everything the runner shows, read once (tests, the room's writer checks). */
export async function queryRunData(
  db: StudioDb,
  workshopId: string,
  today: string,
): Promise<RunData | null> {
  const run = await queryRunPart(db, workshopId);
  if (run === null) return null;
  return combineRunData(run, await queryRoster(db, run.workshop), today);
}

/**
 * The same, live, as two reads: the run part (re-read on every card, dot or move) and the roster
 * part (re-read only when the clusters, members or chain change, or the workshop's clusters do).
 */
export function useRunData(workshopId: string, today: string): RunData | null | undefined {
  const { db } = useWorkspace();
  const run = useLiveQuery(() => queryRunPart(db, workshopId), [db, workshopId]);
  const key: RosterKey | null = run
    ? {
        kind: run.workshop.kind,
        clusterId: run.workshop.clusterId,
        metaClusterId: run.workshop.metaClusterId,
      }
    : null;
  const roster = useLiveQuery(
    () => (key === null ? undefined : queryRoster(db, key)),
    [db, key?.kind, key?.clusterId, key?.metaClusterId],
  );
  return useMemo(() => {
    if (run === undefined || run === null) return run;
    return roster === undefined ? undefined : combineRunData(run, roster, today);
  }, [run, roster, today]);
}
