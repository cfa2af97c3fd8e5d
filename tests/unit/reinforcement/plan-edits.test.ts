// The pure edits of a cluster's reinforcement plan: each takes the actions as stored and returns
// the next list, touching only the action named; the target is a whole number from 0 to 100.
import { describe, expect, it } from 'vitest';
import {
  EditError,
  addPlanAction,
  assertNotPlanned,
  editPlanAction,
  initialPlan,
  isPlanTarget,
  removePlanAction,
  type PlanAction,
} from '../../../src-core/edits';

const visit: PlanAction = { id: 'a1', text: 'Visit the rector', owner: '', due: null, done: false };
const invite: PlanAction = {
  id: 'a2',
  text: 'Invite the RTO to the board',
  owner: 'Reem Saleh',
  due: '2026-12-01',
  done: false,
};

describe('plan actions', () => {
  it('are added at the end, never twice with one id', () => {
    expect(addPlanAction([visit], invite)).toEqual([visit, invite]);
    expect(() => addPlanAction([visit], { ...invite, id: 'a1' })).toThrow(EditError);
  });

  it('are edited one at a time, the other fields and actions as stored', () => {
    const next = editPlanAction([visit, invite], 'a1', { owner: 'Amal Haddad', done: true });
    expect(next).toEqual([{ ...visit, owner: 'Amal Haddad', done: true }, invite]);
    expect(() => editPlanAction([visit], 'gone', { done: true })).toThrow(EditError);
  });

  it('are removed by id (removing one already gone changes nothing)', () => {
    expect(removePlanAction([visit, invite], 'a1')).toEqual([invite]);
    expect(removePlanAction([invite], 'a1')).toEqual([invite]);
  });
});

describe('the plan', () => {
  it('starts at three knowledge entities, no date, no actions', () => {
    expect(initialPlan()).toEqual({ targetKnowledgeEntities: 3, targetDate: null, actions: [] });
  });

  it('takes a whole number of knowledge entities from 0 to 100', () => {
    expect([0, 3, 100].map(isPlanTarget)).toEqual([true, true, true]);
    expect([-1, 1.5, 101, Number.NaN].map(isPlanTarget)).toEqual([false, false, false, false]);
  });

  it('names an organisation once in a workshop’s recruitment plan', () => {
    expect(() => assertNotPlanned(['org-1'], 'org-2')).not.toThrow();
    expect(() => assertNotPlanned(['org-1'], 'org-1')).toThrow(EditError);
  });
});
