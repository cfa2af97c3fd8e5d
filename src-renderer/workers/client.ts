/** Runs a task in a fresh bulk worker and reports its progress; the worker ends with the task. */
import { refreshLiveQueries } from '../db/live';
import type { BulkProgress } from '../db/progress';
import { rebuildError, serializeError } from './errors';
import type { SignAnswer, WorkerReply, WorkerResults, WorkerTask } from './protocol';

function answerSignRequest(
  worker: Worker,
  data: Uint8Array,
  signManifest: ManifestSigner | undefined,
): void {
  const answer = (message: SignAnswer): void => worker.postMessage(message);
  if (!signManifest) {
    answer({
      kind: 'sign-failed',
      error: serializeError(new Error('This task was started without a way to sign.')),
    });
    return;
  }
  signManifest(data).then(
    ({ signature, publicKey }) => answer({ kind: 'signed', signature, publicKey }),
    (error: unknown) => answer({ kind: 'sign-failed', error: serializeError(error) }),
  );
}

/** Tasks that write to the database (the others only read it or read a file). */
const WRITING_TASKS = new Set<WorkerTask['kind']>([
  'load-sample',
  'import-apply',
  'exchange-apply',
]);

/** Answers a worker's request to sign a manifest (the host's `signManifest`). */
export type ManifestSigner = (
  data: Uint8Array,
) => Promise<{ signature: string; publicKey: string }>;

export function runWorkerTask<T extends WorkerTask>(
  task: T,
  onProgress: (progress: BulkProgress) => void = () => undefined,
  transfer: Transferable[] = [],
  signManifest?: ManifestSigner,
  /** Ends a read-only task whose answer is no longer wanted (its page was left). */
  signal?: AbortSignal,
): Promise<WorkerResults[T['kind']]> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const worker = new Worker(new URL('./bulk.worker.ts', import.meta.url), { type: 'module' });
    signal?.addEventListener(
      'abort',
      () => {
        worker.terminate();
        reject(signal.reason);
      },
      { once: true },
    );
    worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      switch (reply.kind) {
        case 'progress':
          onProgress(reply.progress);
          return;
        case 'sign':
          answerSignRequest(worker, reply.data, signManifest);
          return;
        case 'done':
          worker.terminate();
          if (WRITING_TASKS.has(task.kind)) refreshLiveQueries();
          resolve(reply.result as WorkerResults[T['kind']]);
          return;
        case 'failed':
          worker.terminate();
          reject(rebuildError(reply.error));
          return;
        default: {
          const unknownReply: never = reply;
          reject(new Error(`Unexpected worker reply ${JSON.stringify(unknownReply)}`));
        }
      }
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The background task stopped unexpectedly.'));
    });
    worker.postMessage(task, transfer);
  });
}
