/** Shared by the Node tests of the main-process services. */
import { HostError } from '../../src-core/host/contract';
import { runMcs } from '../../src-main/cli/mcs';

/** The `HostError` a promise rejects with; any other error is rethrown, a success fails. */
export async function catchError(promise: Promise<unknown>): Promise<HostError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof HostError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

/** One in-process run of the `mcs` tool: its exit code and the lines it printed. */
export interface McsRun {
  code: number;
  out: string[];
  err: string[];
}

/** Runs `mcs` in-process with `argv`, capturing stdout and stderr lines. */
export async function runMcsCaptured(...argv: string[]): Promise<McsRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runMcs(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}
