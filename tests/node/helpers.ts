/** Shared by the Node tests of the main-process services. */
import { HostError } from '../../src-core/host/contract';

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
