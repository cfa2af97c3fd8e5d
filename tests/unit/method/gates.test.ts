// Gate evaluation: each check passes or fails with the figures behind it; an override counts only
// while the gate fails, and the facilitator may leave a stage only when every gate passed or was
// overridden with a reason.
import { describe, expect, it } from 'vitest';
import builtin from '../../../assets/methods/meta-cluster-method-v1.json';
import {
  evaluateGate,
  evaluateStageGates,
  gatesClear,
  loadMethod,
  stagesOf,
  type GateInputs,
  type Stage,
} from '../../../src-core/method';
import type { GateOverride, WorkshopEntry } from '../../../src-core/model/workshop-run';

const method = loadMethod(builtin);
const stages = stagesOf(method, 'meta-cluster');
const stageById = (id: string): Stage => {
  const found = stages.find((stage) => stage.id === id);
  if (!found) throw new Error(id);
  return found;
};
const ID = (n: number) => `0192f0c4-7b1e-7c3a-9d2e-${String(n).padStart(12, '0')}`;
const clusters = [
  { id: ID(1), country: 'ES' },
  { id: ID(2), country: 'MA' },
  { id: ID(3), country: 'TN' },
];

function inputs(entries: WorkshopEntry[] = [], over: Partial<GateInputs> = {}): GateInputs {
  return {
    clusters,
    knowledgeMembers: new Map([
      [ID(1), 2],
      [ID(2), 1],
    ]),
    entries,
    clusterCountries: new Map([...clusters.map((c) => [c.id, c.country] as const), [ID(4), 'ES']]),
    ...over,
  };
}

const idea = (text: string): WorkshopEntry => ({ kind: 'idea-cards', text, theme: '' });

describe('gate checks', () => {
  it('counts countries and clusters taking part', () => {
    const readiness = stageById('s1-readiness');
    const results = evaluateStageGates(readiness, inputs(), []);
    expect(results.map((r) => [r.gate.id, r.passed, r.actual, r.required])).toEqual([
      ['s1-min-countries', true, 3, 3],
      ['s1-min-clusters', true, 3, 3],
    ]);
    const two = evaluateStageGates(readiness, inputs([], { clusters: clusters.slice(0, 2) }), []);
    expect(two.map((r) => [r.passed, r.actual])).toEqual([
      [false, 2],
      [false, 2],
    ]);
  });

  it('the value-chain map is judged on the countries placed on it, gaps not counted', () => {
    const mapping = stageById('s3-value-chain');
    const cell = (clusterId: string, mark: 'strength' | 'present' | 'gap'): WorkshopEntry => ({
      kind: 'value-chain-map',
      segmentKey: 'pressing',
      clusterId,
      mark,
      organisationIds: [],
      note: '',
    });
    const map = [cell(ID(1), 'strength'), cell(ID(4), 'present'), cell(ID(2), 'gap')];
    const [countries, recorded] = evaluateStageGates(mapping, inputs(map), []);
    // ES twice (two clusters), MA only as a gap: one country.
    expect(countries).toMatchObject({ passed: false, actual: 1, required: 3 });
    expect(recorded).toMatchObject({ passed: true, actual: 3 });
    const all = [...map, cell(ID(2), 'present'), cell(ID(3), 'strength')];
    expect(evaluateStageGates(mapping, inputs(all), [])[0]).toMatchObject({
      passed: true,
      actual: 3,
    });
  });

  it('each cluster needs a knowledge entity, as a member or as a commitment made in the room', () => {
    const commitments = stageById('s2-commitments');
    const [gate] = evaluateStageGates(commitments, inputs(), []);
    expect(gate).toMatchObject({ passed: false, actual: 2, required: 3 });
    const committed: WorkshopEntry = {
      kind: 'reinforcement-commitment',
      clusterId: ID(3),
      text: 'Invite the University of Sfax',
      owner: 'Amal',
      due: null,
    };
    expect(evaluateStageGates(commitments, inputs([committed]), [])[0]?.passed).toBe(true);
    // With no cluster taking part there is nothing to be proud of.
    expect(
      evaluateGate(
        { kind: 'knowledge-entity-per-cluster' },
        commitments,
        inputs([], { clusters: [] }),
      ),
    ).toEqual({ passed: false, actual: 0, required: 0 });
  });

  it('counts outputs of a kind, the lead cluster, and owners of actions', () => {
    const prioritisation = stageById('s5-prioritisation');
    expect(evaluateStageGates(prioritisation, inputs([idea('a'), idea('b')]), [])[0]).toMatchObject(
      {
        passed: false,
        actual: 2,
        required: 3,
      },
    );
    const governance = stageById('s6-governance');
    const lead = (leadClusterId: string | null): WorkshopEntry => ({
      kind: 'governance',
      leadClusterId,
      decisionRule: '',
      roles: [],
    });
    expect(evaluateStageGates(governance, inputs([lead(null)]), [])[0]?.passed).toBe(false);
    expect(evaluateStageGates(governance, inputs([lead(ID(1))]), [])[0]?.passed).toBe(true);
    const roadmap = stageById('s7-roadmap');
    const action = (owner: string): WorkshopEntry => ({
      kind: 'action-plan',
      text: 'Joint stand',
      owner,
      due: null,
      kpi: '',
      status: 'planned',
    });
    const [owners, plan] = evaluateStageGates(roadmap, inputs([action('TOOC'), action('  ')]), []);
    expect(owners).toMatchObject({ passed: false, actual: 1, required: 2 });
    expect(plan).toMatchObject({ passed: true, actual: 2 });
  });

  it('an override lets the facilitator move on; it counts only while the gate fails', () => {
    const prioritisation = stageById('s5-prioritisation');
    const override: GateOverride = {
      stageId: 's5-prioritisation',
      gateId: 's5-scored',
      reason: 'Scoring moved to the follow-up call',
      at: '2026-09-15T12:00:00.000Z',
      by: 'Amal Haddad',
    };
    const ideas = [idea('a'), idea('b'), idea('c')];
    const before = evaluateStageGates(prioritisation, inputs(ideas), []);
    expect(gatesClear(before)).toBe(false);
    const after = evaluateStageGates(prioritisation, inputs(ideas), [override]);
    expect(after[1]?.override).toEqual(override);
    expect(gatesClear(after)).toBe(true);
    // Another stage's override does not count here.
    const elsewhere = evaluateStageGates(prioritisation, inputs(ideas), [
      { ...override, stageId: 's4-matchmaking' },
    ]);
    expect(gatesClear(elsewhere)).toBe(false);
    // Once the gate passes, the override is no longer shown as what let the room through.
    const scored: WorkshopEntry = {
      kind: 'impact-feasibility',
      ideaId: ID(9),
      impact: 4,
      feasibility: 3,
    };
    const passed = evaluateStageGates(prioritisation, inputs([...ideas, scored]), [override]);
    expect(passed.every((r) => r.passed && r.override === null)).toBe(true);
  });

  it('every built-in gate evaluates (no check kind is left unhandled)', () => {
    for (const type of ['reinforcement', 'meta-cluster'] as const) {
      for (const stage of stagesOf(method, type)) {
        for (const result of evaluateStageGates(stage, inputs(), [])) {
          expect(typeof result.passed).toBe('boolean');
          expect(result.actual).toBeGreaterThanOrEqual(0);
        }
      }
    }
  });
});
