/**
 * Bulk work off the UI thread: generating and loading the sample workspace (later: imports,
 * exports, merges). Opens the same database by name; IndexedDB is shared with the page.
 */
import { generateSampleWorkspace } from '../../src-core/sample';
import { loadSampleWorkspace } from '../db/sample';
import { openStudioDb } from '../db/schema';
import type { WorkerReply, WorkerTask } from './protocol';

const post = (reply: WorkerReply): void => postMessage(reply);

async function run(task: WorkerTask): Promise<void> {
  switch (task.kind) {
    case 'load-sample': {
      const db = openStudioDb(task.dbName);
      try {
        const workspace = generateSampleWorkspace({ seed: task.seed });
        const records = await loadSampleWorkspace(db, workspace, task.seed, (progress) =>
          post({ kind: 'progress', progress }),
        );
        post({ kind: 'done', records });
      } finally {
        db.close();
      }
      return;
    }
    default: {
      const unknownTask: never = task.kind;
      throw new Error(`Unknown task ${String(unknownTask)}`);
    }
  }
}

addEventListener('message', (event: MessageEvent<WorkerTask>) => {
  run(event.data).catch((error: unknown) =>
    post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
});
