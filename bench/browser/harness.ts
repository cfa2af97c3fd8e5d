/** Timing helpers for in-browser benchmarks: warm-up, repeated runs, medians, ratios. */
export interface Measurement {
  readonly name: string;
  readonly runs: number[];
  readonly median: number;
}

export interface Comparison {
  readonly benchmark: string;
  readonly subject: Measurement;
  readonly baseline: Measurement;
  /** subject median / baseline median: what the issues set targets for. */
  readonly ratio: number;
  readonly target: number;
  readonly details?: Record<string, number | string>;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Runs subject and baseline alternately (so drift in machine load hits both alike), after one
 * untimed warm-up of each. `prepare` builds a fresh fixture outside the timed part.
 */
export async function compare<F>(options: {
  benchmark: string;
  target: number;
  iterations: number;
  prepare: () => Promise<F>;
  subject: { name: string; run: (fixture: F) => Promise<void> };
  baseline: { name: string; run: (fixture: F) => Promise<void> };
  cleanup?: (fixture: F) => Promise<void>;
}): Promise<Comparison> {
  const subjectRuns: number[] = [];
  const baselineRuns: number[] = [];
  for (let i = -1; i < options.iterations; i += 1) {
    for (const [side, runs] of [
      [options.subject, subjectRuns],
      [options.baseline, baselineRuns],
    ] as const) {
      const fixture = await options.prepare();
      const started = performance.now();
      await side.run(fixture);
      const elapsed = performance.now() - started;
      if (i >= 0) runs.push(elapsed);
      await options.cleanup?.(fixture);
    }
  }
  const subject = { name: options.subject.name, runs: subjectRuns, median: median(subjectRuns) };
  const baseline = {
    name: options.baseline.name,
    runs: baselineRuns,
    median: median(baselineRuns),
  };
  return {
    benchmark: options.benchmark,
    subject,
    baseline,
    ratio: subject.median / baseline.median,
    target: options.target,
  };
}
