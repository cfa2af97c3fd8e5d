/**
 * Step 1 of the method, as writes: put a candidate on a cluster's recruitment pipeline, move it
 * along (every move dated; "declined" needs a reason; "member" puts the organisation on the
 * cluster's roster), log activities and the next step, and keep the cluster's reinforcement plan.
 * All through the repositories, so every change is clocked and travels in packages.
 */
import type { RecruitmentRecord } from '../../src-core/model/entities';
import type { ActivityKind, RecruitmentStage } from '../../src-core/model/enums';
import type { Repositories } from './repositories';
import { ValidationError } from './repositories';
import type { StudioDb } from './schema';

const PIPELINE_TABLES = ['recruitments', 'memberships', 'settings'];

/** The cluster's open pipeline entry for an organisation, or a new one at "identified". */
export async function addToPipeline(
  db: StudioDb,
  repositories: Repositories,
  clusterId: string,
  organisationId: string,
  today: string,
  owner = '',
): Promise<RecruitmentRecord> {
  return db.transaction('rw', PIPELINE_TABLES, async () => {
    const existing = await db.recruitments.where('clusterId').equals(clusterId).toArray();
    const open = existing.find((row) => row.organisationId === organisationId && !row.deleted);
    if (open) return open;
    return repositories.recruitments.create({
      clusterId,
      organisationId,
      stage: 'identified',
      moves: [{ stage: 'identified', date: today }],
      declineReason: '',
      nextStep: '',
      nextStepDue: null,
      owner,
    });
  });
}

/**
 * Move an entry to `stage` on `date`. Declining needs a reason; reaching "member" creates the
 * membership (or makes the existing one of that organisation and cluster a current "member").
 */
export async function moveStage(
  db: StudioDb,
  repositories: Repositories,
  recruitmentId: string,
  stage: RecruitmentStage,
  date: string,
  declineReason = '',
): Promise<RecruitmentRecord> {
  if (stage === 'declined' && declineReason.trim() === '') {
    throw new ValidationError([{ field: 'declineReason', key: 'validation.declineReason' }]);
  }
  return db.transaction('rw', PIPELINE_TABLES, async () => {
    const entry = await repositories.recruitments.get(recruitmentId);
    if (!entry) throw new ValidationError([{ field: 'record', key: 'validation.recordId' }]);
    if (entry.stage === stage) return entry;
    const updated = await repositories.recruitments.update(recruitmentId, {
      stage,
      moves: [...entry.moves, { stage, date }],
      declineReason: stage === 'declined' ? declineReason.trim() : entry.declineReason,
    });
    if (stage === 'member') {
      const memberships = await db.memberships
        .where('organisationId')
        .equals(entry.organisationId)
        .toArray();
      const held = memberships.find((m) => m.clusterId === entry.clusterId && !m.deleted);
      if (held) {
        await repositories.memberships.update(held.id, {
          status: 'member',
          since: held.since ?? date,
          until: null,
        });
      } else {
        await repositories.memberships.create({
          organisationId: entry.organisationId,
          clusterId: entry.clusterId,
          status: 'member',
          since: date,
          until: null,
        });
      }
    }
    return updated;
  });
}

export async function setNextStep(
  repositories: Repositories,
  recruitmentId: string,
  nextStep: string,
  nextStepDue: string | null,
): Promise<RecruitmentRecord> {
  return repositories.recruitments.update(recruitmentId, { nextStep, nextStepDue });
}

export async function logActivity(
  repositories: Repositories,
  recruitmentId: string,
  kind: ActivityKind,
  date: string,
  notes: string,
): Promise<void> {
  await repositories.recruitmentActivities.create({ recruitmentId, kind, date, notes });
}
