/**
 * Running a workshop, as reads and writes: one live read of everything the runner, the presenter
 * view and the report show (the workshop, its participants, its entries, the clusters taking part
 * and the facts the gates need), and the writes — each step of the run and each captured entry is
 * saved the moment it is made, through the repositories (clocked, travels in packages).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import {
  defaultReadinessSettings,
  isCommittedMember,
  type ClusterMember,
} from '../../src-core/analysis';
import {
  completeRun,
  goToStage,
  runOrder,
  startRun,
  stagesOf,
  toggleTimer,
  withOverride,
  withRevealed,
  type GateInputs,
  type Stage,
} from '../../src-core/method';
import type {
  ClusterRecord,
  MetaClusterRecord,
  OrganisationRecord,
  ValueChainRecord,
  WorkshopEntryRecord,
  WorkshopParticipantRecord,
  WorkshopRecord,
} from '../../src-core/model/entities';
import { isKnowledgeEntity } from '../../src-core/model/enums';
import {
  entriesOfKind,
  type GateOverride,
  type WorkshopEntry,
  type WorkshopRun,
} from '../../src-core/model/workshop-run';
import { snapshotRow } from '../../src-core/workshop/snapshot';
import { dotChange, type DotChange } from '../../src-core/workshop/stage-logic';
import { missingTargetsOf, readWriterDirectory, type MissingReference } from './missing-references';
import { useWorkspace } from './provider';
import type { Repositories } from './repositories';
import { RecordNotFoundError } from './repositories';
import type { StudioDb } from './schema';
import { readSetting } from './settings';
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

export { entriesOfKind };

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

export async function queryRunData(
  db: StudioDb,
  workshopId: string,
  today: string,
): Promise<RunData | null> {
  const workshop = await db.workshops.get(workshopId);
  if (!workshop || workshop.deleted) return null;
  const [entryRows, participantRows, allClusterRows, metaCluster] = await Promise.all([
    db.workshopEntries.where('workshopId').equals(workshopId).toArray(),
    db.workshopParticipants.where('workshopId').equals(workshopId).toArray(),
    db.clusters.toArray(),
    workshop.metaClusterId ? db.metaClusters.get(workshop.metaClusterId) : undefined,
  ]);
  const entries = entryRows.filter((row) => !row.deleted).sort((a, b) => (a.id < b.id ? -1 : 1));
  const participantsLive = participantRows.filter((row) => !row.deleted);
  const allClusters = allClusterRows.filter((row) => !row.deleted);
  const clusterById = new Map(allClusters.map((cluster) => [cluster.id, cluster]));
  const memberIds =
    workshop.kind === 'meta-cluster'
      ? (metaCluster?.members.map((member) => member.clusterId) ?? [])
      : workshop.clusterId
        ? [workshop.clusterId]
        : [];
  const clusters = memberIds.flatMap((id) => clusterById.get(id) ?? []);

  const memberships = await db.memberships
    .where('clusterId')
    .anyOf(clusters.map((cluster) => cluster.id))
    .toArray();
  const organisationIds = new Set<string>();
  for (const participant of participantsLive) organisationIds.add(participant.organisationId);
  for (const row of entries) for (const id of organisationIdsOf(row.entry)) organisationIds.add(id);
  for (const membership of memberships) organisationIds.add(membership.organisationId);
  const ids = [...organisationIds];
  const [organisationRows, contactRows] = await Promise.all([
    db.organisations.bulkGet(ids),
    db.contacts.bulkGet(participantsLive.flatMap((p) => (p.contactId ? [p.contactId] : []))),
  ]);
  const organisations = new Map<string, OrganisationRecord>();
  for (const row of organisationRows) if (row) organisations.set(row.id, row);
  const contacts = new Map(contactRows.flatMap((row) => (row ? [[row.id, row] as const] : [])));
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
    await readWriterDirectory(db),
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

  const live = metaCluster && !metaCluster.deleted ? metaCluster : null;
  const chainId = live?.valueChainId ?? clusters[0]?.valueChainIds[0] ?? null;
  const chain = chainId ? await db.valueChains.get(chainId) : undefined;

  const stages = stagesOf(builtinMethod, workshop.kind);
  return {
    workshop,
    stages,
    order: runOrder(stages, workshop.agenda),
    entries,
    participants: participantsLive.map((record) => {
      const organisation = organisations.get(record.organisationId);
      const contact = record.contactId ? contacts.get(record.contactId) : undefined;
      return {
        record,
        person: contact && !contact.deleted && contact.erasedAt === null ? personOf(contact) : '',
        organisation: organisation?.name ?? '',
        country: organisation?.country ?? '',
      };
    }),
    clusters,
    allClusters,
    metaCluster: live,
    valueChain: chain && !chain.deleted ? chain : null,
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

export function useRunData(workshopId: string, today: string): RunData | null | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(() => queryRunData(db, workshopId, today), [db, workshopId, today]);
}

const RUN_TABLES = ['workshops', 'settings'];

/** Changes the stored run from its latest state (never from a stale copy held by a page). */
async function changeRun(
  db: StudioDb,
  repositories: Repositories,
  workshopId: string,
  change: (run: WorkshopRun, workshop: WorkshopRecord) => WorkshopRun,
): Promise<WorkshopRun> {
  return db.transaction('rw', RUN_TABLES, async () => {
    const workshop = await db.workshops.get(workshopId);
    if (!workshop) throw new RecordNotFoundError('workshops', workshopId);
    const run = change(workshop.run, workshop);
    await repositories.workshops.update(workshopId, { run });
    return run;
  });
}

export const runActions = {
  start: (db: StudioDb, repositories: Repositories, workshopId: string, nowMs: number) =>
    changeRun(db, repositories, workshopId, (run, workshop) => {
      const first = runOrder(stagesOf(builtinMethod, workshop.kind), workshop.agenda)[0];
      if (!first) return run;
      return startRun(run, run.currentStageId ?? first.id, nowMs);
    }),
  goTo: (
    db: StudioDb,
    repositories: Repositories,
    workshopId: string,
    stageId: string,
    nowMs: number,
  ) => changeRun(db, repositories, workshopId, (run) => goToStage(run, stageId, nowMs)),
  toggleTimer: (db: StudioDb, repositories: Repositories, workshopId: string, nowMs: number) =>
    changeRun(db, repositories, workshopId, (run) => toggleTimer(run, nowMs)),
  complete: (db: StudioDb, repositories: Repositories, workshopId: string, nowMs: number) =>
    changeRun(db, repositories, workshopId, (run) => completeRun(run, nowMs)),
  override: (
    db: StudioDb,
    repositories: Repositories,
    workshopId: string,
    override: GateOverride,
  ) => changeRun(db, repositories, workshopId, (run) => withOverride(run, override)),
  reveal: (
    db: StudioDb,
    repositories: Repositories,
    workshopId: string,
    stageId: string,
    revealed: boolean,
  ) => changeRun(db, repositories, workshopId, (run) => withRevealed(run, stageId, revealed)),
};

/** Captures an entry at a stage (validated by the repository: a bad value writes nothing). */
export function addEntry(
  repositories: Repositories,
  workshopId: string,
  stageId: string,
  entry: WorkshopEntry,
): Promise<WorkshopEntryRecord> {
  return repositories.workshopEntries.create({ workshopId, stageId, entry });
}

export function updateEntry(
  repositories: Repositories,
  id: string,
  entry: WorkshopEntry,
): Promise<WorkshopEntryRecord> {
  return repositories.workshopEntries.update(id, { entry });
}

/** Removes an entry (a soft delete: `restoreEntry` undoes it). */
export function removeEntry(repositories: Repositories, id: string): Promise<WorkshopEntryRecord> {
  return repositories.workshopEntries.remove(id);
}

export function restoreEntry(repositories: Repositories, id: string): Promise<WorkshopEntryRecord> {
  return repositories.workshopEntries.restore(id);
}

/**
 * Freezes the readiness of the clusters taking part, as the rosters say at this moment: later
 * roster changes do not alter what the room saw.
 */
export async function freezeReadinessSnapshot(
  db: StudioDb,
  repositories: Repositories,
  data: Pick<RunData, 'workshop' | 'clusters'>,
  stageId: string,
  nowMs: number,
  today: string,
): Promise<WorkshopEntryRecord> {
  const target =
    (await readSetting(db, 'knowledgeShareTarget')) ??
    defaultReadinessSettings.knowledgeShareTarget;
  const ids = data.clusters.map((cluster) => cluster.id);
  const memberships = await db.memberships.where('clusterId').anyOf(ids).toArray();
  const organisations = await db.organisations.bulkGet(memberships.map((m) => m.organisationId));
  const byCluster = new Map<string, ClusterMember[]>();
  memberships.forEach((membership, index) => {
    const organisation = organisations[index];
    if (!organisation) return;
    const list = byCluster.get(membership.clusterId) ?? [];
    list.push({ organisation, membership });
    byCluster.set(membership.clusterId, list);
  });
  const clusters = data.clusters.map((cluster) =>
    snapshotRow(cluster, byCluster.get(cluster.id) ?? [], today, { knowledgeShareTarget: target }),
  );
  return addEntry(repositories, data.workshop.id, stageId, {
    kind: 'readiness-snapshot',
    takenAt: new Date(nowMs).toISOString(),
    clusters,
  });
}

/**
 * One click on an idea's + or − for a voter, read and written in one transaction: clicks faster
 * than the page re-renders are applied one after another on what is stored, so no dot is lost or
 * counted twice (computing from the page's copy did lose dots on quick clicks). Votes on removed
 * ideas do not count against the budget. Returns what was done, or why it was refused.
 */
export async function changeDots(
  db: StudioDb,
  repositories: Repositories,
  target: { workshopId: string; stageId: string },
  voter: { voterId: string; source: 'participant' | 'proxy' },
  ideaId: string,
  delta: 1 | -1,
  dotsPerParticipant: number,
): Promise<DotChange> {
  return db.transaction('rw', ['workshopEntries', 'settings'], async () => {
    const rows = (
      await db.workshopEntries.where('workshopId').equals(target.workshopId).toArray()
    ).filter((row) => !row.deleted);
    const ideaIds = new Set(entriesOfKind(rows, 'idea-cards').map((row) => row.id));
    const votes = entriesOfKind(rows, 'dot-votes')
      .filter((row) => ideaIds.has(row.entry.ideaId))
      .map(({ id, entry }) => ({
        id,
        ideaId: entry.ideaId,
        dots: entry.dots,
        source: entry.source,
        voterId: entry.voterId,
        table: entry.table,
      }));
    const change = dotChange(votes, voter, ideaId, delta, ideaIds, dotsPerParticipant);
    switch (change.kind) {
      case 'add':
        await addEntry(repositories, target.workshopId, target.stageId, {
          kind: 'dot-votes',
          ...change.vote,
        });
        break;
      case 'update':
        await updateEntry(repositories, change.id, { kind: 'dot-votes', ...change.vote });
        break;
      case 'remove':
        await removeEntry(repositories, change.id);
        break;
      case 'refused':
      case 'none':
        break;
      default: {
        const unknown: never = change;
        throw new Error(`Unknown dot change ${JSON.stringify(unknown)}`);
      }
    }
    return change;
  });
}
