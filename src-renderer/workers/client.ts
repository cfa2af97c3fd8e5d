/**
 * Runs a task in a fresh bulk worker and reports its progress; the worker ends with the task.
 * Starting a worker (its script read and evaluated) costs a few hundred milliseconds, so one is
 * started ahead, when the page is idle, and waits for the next task: a spare, never used twice.
 */
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

const startWorker = (): Worker =>
  new Worker(new URL('./bulk.worker.ts', import.meta.url), { type: 'module' });

/**
 * The worker started ahead, waiting for a task, with the listener that drops it if it fails to
 * start (null when none).
 */
let spare: { readonly worker: Worker; readonly drop: () => void } | null = null;
let spareScheduled = false;

function takeWorker(): Worker {
  if (spare === null) return startWorker();
  const { worker, drop } = spare;
  spare = null;
  // Taken: its task listens for errors itself.
  worker.removeEventListener('error', drop);
  return worker;
}

/**
 * Starts the next task's worker when the page is next idle (after a task ends, and once at app
 * start). A spare that fails to start is dropped; the next task starts its own.
 */
export function prepareWorker(): void {
  if (spare !== null || spareScheduled) return;
  spareScheduled = true;
  const whenIdle =
    typeof requestIdleCallback === 'function'
      ? (work: () => void) => requestIdleCallback(work, { timeout: 2_000 })
      : (work: () => void) => setTimeout(work, 200);
  whenIdle(() => {
    spareScheduled = false;
    if (spare !== null) return;
    const worker = startWorker();
    const drop = (): void => {
      worker.terminate();
      if (spare?.worker === worker) spare = null;
    };
    worker.addEventListener('error', drop, { once: true });
    spare = { worker, drop };
  });
}

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
    const worker = takeWorker();
    // Whatever way the task ends, its worker stops and the next one's starts ahead.
    const finish = (): void => {
      worker.terminate();
      prepareWorker();
    };
    signal?.addEventListener(
      'abort',
      () => {
        finish();
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
          finish();
          if (WRITING_TASKS.has(task.kind)) refreshLiveQueries();
          resolve(reply.result as WorkerResults[T['kind']]);
          return;
        case 'failed':
          finish();
          reject(rebuildError(reply.error));
          return;
        default: {
          const unknownReply: never = reply;
          reject(new Error(`Unexpected worker reply ${JSON.stringify(unknownReply)}`));
        }
      }
    });
    worker.addEventListener('error', (event) => {
      finish();
      reject(new Error(event.message || 'The background task stopped unexpectedly.'));
    });
    worker.postMessage(task, transfer);
  });
}
