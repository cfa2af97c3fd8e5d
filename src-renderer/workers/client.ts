/** Runs a task in a fresh bulk worker and reports its progress; the worker ends with the task. */
import { refreshLiveQueries } from '../db/live';
import type { BulkProgress } from '../db/progress';
import { rebuildError } from './errors';
import type { WorkerReply, WorkerResults, WorkerTask } from './protocol';

/** Tasks that write to the database (the others only read it or read a file). */
const WRITING_TASKS = new Set<WorkerTask['kind']>([
  'load-sample',
  'import-apply',
  'exchange-apply',
]);

export function runWorkerTask<T extends WorkerTask>(
  task: T,
  onProgress: (progress: BulkProgress) => void = () => undefined,
  transfer: Transferable[] = [],
): Promise<WorkerResults[T['kind']]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./bulk.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      switch (reply.kind) {
        case 'progress':
          onProgress(reply.progress);
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
