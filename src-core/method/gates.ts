/**
 * Gate checks: what the facilitator sees before leaving a stage. Each check is evaluated from the
 * rosters and the workshop's entries to pass/fail with the figures behind it ("2 of 3 countries"),
 * so the room sees why. A failed gate does not lock the facilitator in: moving on anyway needs a
 * recorded reason (an override), which the report lists. Pure.
 */
import type { GateOverride, WorkshopEntry } from '../model/workshop-run';
import type { Gate, GateCheck, OutputKind, Stage } from './schema';

export interface GateCluster {
  readonly id: string;
  readonly country: string;
}

export interface GateInputs {
  /** The clusters taking part: the meta-cluster's members, or the workshop's cluster. */
  readonly clusters: readonly GateCluster[];
  /** Committed knowledge-entity members per cluster id, today. */
  readonly knowledgeMembers: ReadonlyMap<string, number>;
  /** The workshop's live entries. */
  readonly entries: readonly WorkshopEntry[];
  /** Country of each cluster by id (any cluster an entry may name). */
  readonly clusterCountries: ReadonlyMap<string, string>;
}

export interface GateOutcome {
  readonly passed: boolean;
  /** What was found and what is required ("2" of "3"). */
  readonly actual: number;
  readonly required: number;
}

export interface GateResult extends GateOutcome {
  readonly gate: Gate;
  readonly override: GateOverride | null;
}

function countOf(entries: readonly WorkshopEntry[], output: OutputKind): number {
  let count = 0;
  for (const entry of entries) if (entry.kind === output) count += 1;
  return count;
}

/**
 * Countries a stage is judged on: for a stage that maps the value chain, the countries of the
 * clusters placed on the map (strength or present); otherwise those of the clusters taking part.
 */
export function countriesFor(stage: Stage, inputs: GateInputs): Set<string> {
  if (stage.outputs.includes('value-chain-map')) {
    const countries = new Set<string>();
    for (const entry of inputs.entries) {
      if (entry.kind !== 'value-chain-map' || entry.mark === 'gap') continue;
      const country = inputs.clusterCountries.get(entry.clusterId);
      if (country) countries.add(country);
    }
    return countries;
  }
  return new Set(inputs.clusters.map((cluster) => cluster.country));
}

export function evaluateGate(check: GateCheck, stage: Stage, inputs: GateInputs): GateOutcome {
  switch (check.kind) {
    case 'min-countries': {
      const actual = countriesFor(stage, inputs).size;
      return { passed: actual >= check.min, actual, required: check.min };
    }
    case 'min-clusters': {
      const actual = inputs.clusters.length;
      return { passed: actual >= check.min, actual, required: check.min };
    }
    case 'knowledge-entity-per-cluster': {
      const committed = new Set<string>();
      for (const entry of inputs.entries) {
        if (entry.kind === 'reinforcement-commitment') committed.add(entry.clusterId);
      }
      const actual = inputs.clusters.filter(
        (cluster) =>
          (inputs.knowledgeMembers.get(cluster.id) ?? 0) > 0 || committed.has(cluster.id),
      ).length;
      const required = inputs.clusters.length;
      return { passed: required > 0 && actual === required, actual, required };
    }
    case 'min-outputs': {
      const actual = countOf(inputs.entries, check.output);
      return { passed: actual >= check.min, actual, required: check.min };
    }
    case 'lead-cluster-chosen': {
      const chosen = inputs.entries.some(
        (entry) => entry.kind === 'governance' && entry.leadClusterId !== null,
      );
      return { passed: chosen, actual: chosen ? 1 : 0, required: 1 };
    }
    case 'every-action-has-owner': {
      const actions = inputs.entries.filter((entry) => entry.kind === 'action-plan');
      const owned = actions.filter((entry) => entry.owner.trim() !== '').length;
      return { passed: owned === actions.length, actual: owned, required: actions.length };
    }
    default: {
      const unknown: never = check;
      throw new Error(`Unknown gate check ${JSON.stringify(unknown)}`);
    }
  }
}

/** Every gate of a stage with its outcome and, if the facilitator overrode it, the override. */
export function evaluateStageGates(
  stage: Stage,
  inputs: GateInputs,
  overrides: readonly GateOverride[],
): GateResult[] {
  return stage.gates.map((gate) => {
    const outcome = evaluateGate(gate.check, stage, inputs);
    const override =
      overrides.findLast((item) => item.stageId === stage.id && item.gateId === gate.id) ?? null;
    return { ...outcome, gate, override: outcome.passed ? null : override };
  });
}

/** Whether the facilitator may leave the stage: every gate passed or overridden with a reason. */
export function gatesClear(results: readonly GateResult[]): boolean {
  return results.every((result) => result.passed || result.override !== null);
}
