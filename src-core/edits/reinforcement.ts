/**
 * Pure edits of a cluster's reinforcement plan (step 1 of the method): the target of knowledge
 * entities by a date, and the plan's actions with owner, due date and whether they are done. Each
 * takes the plan as it is stored now and returns what to write; the command layer reads, applies
 * one of these and writes in one transaction — never the page's copy of the plan.
 */
import type { ReinforcementPlanFields } from '../model/entities';
import { EditError } from './lists';

export type PlanFields = Omit<ReinforcementPlanFields, 'clusterId'>;
export type PlanAction = ReinforcementPlanFields['actions'][number];
export type PlanActionPatch = Partial<Omit<PlanAction, 'id'>>;

/** The plan a cluster starts from: three knowledge entities to add, no date, no actions. */
export function initialPlan(): PlanFields {
  return { targetKnowledgeEntities: 3, targetDate: null, actions: [] };
}

/** A whole number of knowledge entities from 0 to 100 (what the plan's schema accepts). */
export function isPlanTarget(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= 100;
}

export function addPlanAction(actions: readonly PlanAction[], action: PlanAction): PlanAction[] {
  if (actions.some((other) => other.id === action.id)) throw new EditError('edit.duplicate');
  return [...actions, action];
}

export function editPlanAction(
  actions: readonly PlanAction[],
  id: string,
  patch: PlanActionPatch,
): PlanAction[] {
  if (!actions.some((action) => action.id === id)) throw new EditError('edit.notFound');
  return actions.map((action) => (action.id === id ? { ...action, ...patch } : action));
}

export function removePlanAction(actions: readonly PlanAction[], id: string): PlanAction[] {
  return actions.filter((action) => action.id !== id);
}

/** A workshop plans an organisation once: a second row for it is refused. */
export function assertNotPlanned(plannedIds: readonly string[], organisationId: string): void {
  if (plannedIds.includes(organisationId)) throw new EditError('edit.duplicate');
}
