/**
 * Commands of step 1 of the method: a cluster's reinforcement plan (its target and its actions),
 * edited on the cluster's reinforcement page, and a workshop's recruitment plan, whose rows also
 * put each organisation on the cluster's pipeline. Each reads what is stored and writes in one
 * transaction; Undo puts back what the command changed.
 */
import {
  addPlanAction,
  assertNotPlanned,
  editPlanAction,
  initialPlan,
  removePlanAction,
  type PlanActionPatch,
  type PlanFields,
} from '../../../src-core/edits';
import { newRecordId } from '../../../src-core/model/ids';
import { entriesOfKind } from '../../../src-core/model/workshop-run';
import { addToPipeline } from '../reinforcement';
import { changeRecord, type CommandContext, type CommandOutcome } from './context';
import type { StageTarget } from './workshop-commands';

/**
 * Edits the cluster's plan as stored now (the first live one, as the page shows it), or creates
 * it from the initial plan — reading and writing in one transaction.
 */
function changePlan(
  ctx: CommandContext,
  clusterId: string,
  edit: (plan: PlanFields) => Partial<PlanFields>,
): Promise<CommandOutcome> {
  return ctx.db.transaction('rw', ['reinforcementPlans', 'settings'], async () => {
    const plans = await ctx.db.reinforcementPlans.where('clusterId').equals(clusterId).toArray();
    const plan = plans.find((row) => !row.deleted);
    if (plan) return changeRecord(ctx, 'reinforcementPlans', plan.id, edit);
    const start = initialPlan();
    const created = await ctx.repositories.reinforcementPlans.create({
      clusterId,
      ...start,
      ...edit(start),
    });
    return { undo: () => ctx.repositories.reinforcementPlans.remove(created.id) };
  });
}

export interface NewPlanAction {
  readonly text: string;
  readonly owner: string;
  readonly due: string | null;
}

export interface RecruitmentPlanRow {
  readonly organisationId: string;
  readonly owner: string;
  readonly due: string | null;
}

export const reinforcementCommands = {
  /** The number of knowledge entities to add, and by when. */
  'reinforcementPlan.setTarget': (
    ctx: CommandContext,
    args: { clusterId: string; targetKnowledgeEntities: number; targetDate: string | null },
  ) =>
    changePlan(ctx, args.clusterId, () => ({
      targetKnowledgeEntities: args.targetKnowledgeEntities,
      targetDate: args.targetDate,
    })),
  'reinforcementPlan.addAction': (
    ctx: CommandContext,
    args: { clusterId: string; action: NewPlanAction },
  ) =>
    changePlan(ctx, args.clusterId, (plan) => ({
      actions: addPlanAction(plan.actions, {
        id: newRecordId().slice(-12),
        ...args.action,
        done: false,
      }),
    })),
  /** Some fields of one action (the others, and every other action, stay as stored). */
  'reinforcementPlan.editAction': (
    ctx: CommandContext,
    args: { clusterId: string; actionId: string; patch: PlanActionPatch },
  ) =>
    changePlan(ctx, args.clusterId, (plan) => ({
      actions: editPlanAction(plan.actions, args.actionId, args.patch),
    })),
  'reinforcementPlan.removeAction': (
    ctx: CommandContext,
    args: { clusterId: string; actionId: string },
  ) =>
    changePlan(ctx, args.clusterId, (plan) => ({
      actions: removePlanAction(plan.actions, args.actionId),
    })),

  /**
   * A row of a workshop's recruitment plan; the organisation goes on the cluster's pipeline
   * ("identified"), unless it is on it already. Undo removes the row and the pipeline entry the
   * command made.
   */
  'recruitmentPlan.add': (
    ctx: CommandContext,
    args: StageTarget & { clusterId: string | null; row: RecruitmentPlanRow },
  ) =>
    ctx.db.transaction(
      'rw',
      ['workshopEntries', 'recruitments', 'memberships', 'settings'],
      async (): Promise<CommandOutcome> => {
        const { workshopId, stageId, clusterId, row } = args;
        const stored = await ctx.db.workshopEntries
          .where('workshopId')
          .equals(workshopId)
          .toArray();
        const planned = entriesOfKind(
          stored.filter((entry) => !entry.deleted),
          'recruitment-plan',
        ).map((entry) => entry.entry.organisationId);
        assertNotPlanned(planned, row.organisationId);
        const created = await ctx.repositories.workshopEntries.create({
          workshopId,
          stageId,
          entry: { kind: 'recruitment-plan', ...row },
        });
        const before = clusterId
          ? await ctx.db.recruitments.where('clusterId').equals(clusterId).toArray()
          : [];
        const pipeline = clusterId
          ? await addToPipeline(
              ctx.db,
              ctx.repositories,
              clusterId,
              row.organisationId,
              ctx.today,
              row.owner,
            )
          : null;
        const isNewOnPipeline = pipeline !== null && !before.some((r) => r.id === pipeline.id);
        return {
          undo: async () => {
            await ctx.repositories.workshopEntries.remove(created.id);
            if (isNewOnPipeline) await ctx.repositories.recruitments.remove(pipeline.id);
          },
        };
      },
    ),
};
