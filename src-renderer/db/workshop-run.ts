/**
 * Running a workshop, as reads and writes: the live read of everything the runner shows
 * (run-data.ts, re-exported here), and the writes — each step of the run and each captured entry
 * is saved the moment it is made, through the repositories (clocked, travels in packages).
 */
import { defaultReadinessSettings, type ClusterMember } from '../../src-core/analysis';
import {
  completeRun,
  goToStage,
  runOrder,
  startRun,
  stagesOf,
  toggleTimer,
  withOverride,
  withRevealed,
} from '../../src-core/method';
import type { WorkshopEntryRecord, WorkshopRecord } from '../../src-core/model/entities';
import {
  entriesOfKind,
  type GateOverride,
  type WorkshopEntry,
  type WorkshopRun,
} from '../../src-core/model/workshop-run';
import { snapshotRow } from '../../src-core/workshop/snapshot';
import { dotChanges, type DotChange, type DotClick } from '../../src-core/workshop/stage-logic';
import { newRecordId } from '../../src-core/model/ids';
import { readByIds, readWhereAnyOf } from './read-many';
import type { Repositories } from './repositories';
import { RecordNotFoundError } from './repositories';
import type { StudioDb } from './schema';
import { readSetting } from './settings';
import { builtinMethod } from './workshops';

export { entriesOfKind };
export { queryRunData, useRunData, type RunData, type RunParticipant } from './run-data';
import type { RunData } from './run-data';

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
  const memberships = await readWhereAnyOf(db.memberships, 'clusterId', ids);
  const organisations = await readByIds(
    db.organisations,
    memberships.map((m) => m.organisationId),
  );
  const byCluster = new Map<string, ClusterMember[]>();
  memberships.forEach((membership) => {
    const organisation = organisations.get(membership.organisationId);
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
  const [change] = await changeDotsMany(db, repositories, target, [{ voter, ideaId, delta }], {
    dotsPerParticipant,
  });
  return change as DotChange;
}

/**
 * Several clicks (phones voting at once), in turn, on the votes as stored, in one transaction:
 * one read of the workshop's entries and one bulk write of the votes they touched. Each click is
 * decided as `changeDots` would one after another (its refusal said in its place).
 */
export async function changeDotsMany(
  db: StudioDb,
  repositories: Repositories,
  target: { workshopId: string; stageId: string },
  clicks: readonly DotClick[],
  rules: { dotsPerParticipant: number },
): Promise<DotChange[]> {
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
    const { changes, writes } = dotChanges(
      votes,
      clicks,
      ideaIds,
      rules.dotsPerParticipant,
      newRecordId,
    );
    // Awaited only with something to write: awaiting a promise that makes no request inside a
    // Dexie transaction lets it commit early (PrematureCommitError, found by the room's tests).
    if (writes.length === 0) return changes;
    await repositories.workshopEntries.writeMany(
      writes.map((write) => {
        if (write.kind === 'remove')
          return { kind: 'change', id: write.id, patch: { deleted: true } };
        const entry: WorkshopEntry = { kind: 'dot-votes', ...write.vote };
        return write.kind === 'create'
          ? { kind: 'create', id: write.id, fields: { ...target, entry } }
          : { kind: 'change', id: write.id, patch: { entry } };
      }),
    );
    return changes;
  });
}
