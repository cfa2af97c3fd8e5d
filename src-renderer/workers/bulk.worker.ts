/**
 * Bulk work off the UI thread: loading the sample workspace, and the steps of a spreadsheet
 * import (read, check, write), and exporting / applying result packages. Opens the same database by name; IndexedDB is shared with the page.
 */
import type { Signer } from '../../src-core/exchange/keys';
import { generateSampleWorkspace } from '../../src-core/sample';
import { createBackup } from '../db/backup';
import { applyPackage, exportPackage, previewPackage } from '../db/exchange';
import type { BulkProgress } from '../db/progress';
import { analyseMetaCluster } from '../db/metacluster-analysis';
import { queryClusterCandidates } from '../db/reinforcement-candidates';
import { loadSampleWorkspace } from '../db/sample';
import { openStudioDb, type StudioDb } from '../db/schema';
import { rebuildError, serializeError } from './errors';
import { applyImport, previewImport, readImportFile } from './import-pipeline';
import type { WorkerMessage, WorkerReply, WorkerResults, WorkerTask } from './protocol';

const post = (reply: WorkerReply): void => postMessage(reply);
const progress = (p: BulkProgress): void => post({ kind: 'progress', progress: p });

async function withDb<T>(name: string, work: (db: StudioDb) => Promise<T>): Promise<T> {
  const db = openStudioDb(name);
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

async function run(task: WorkerTask): Promise<WorkerResults[keyof WorkerResults]> {
  switch (task.kind) {
    case 'load-sample':
      return withDb(task.dbName, (db) =>
        loadSampleWorkspace(db, generateSampleWorkspace({ seed: task.seed }), task.seed, progress),
      );
    case 'import-read':
      return readImportFile(task.importKind, task.fileName, task.bytes, task.options);
    case 'import-preview':
      return withDb(task.dbName, (db) =>
        previewImport(db, task.importKind, task.sheet, task.mapping, task.valueMap),
      );
    case 'import-apply':
      return withDb(task.dbName, (db) =>
        applyImport(db, task.plan, new Map(task.choices), progress),
      );
    case 'exchange-export':
      return withDb(task.dbName, (db) =>
        exportPackage(db, {
          scope: task.scope,
          personalData: task.personalData,
          appVersion: task.appVersion,
          now: task.now,
          ...(task.sign ? { signer: pageSigner } : {}),
          onProgress: progress,
        }),
      );
    case 'exchange-preview':
      return withDb(task.dbName, (db) => previewPackage(db, task.bytes, {}, task.now));
    case 'backup-create':
      return withDb(task.dbName, (db) => createBackup(db, new Date(task.now)));
    case 'metacluster-analysis':
      return withDb(task.dbName, (db) => analyseMetaCluster(db, task.metaClusterId, task.today));
    case 'cluster-candidates':
      return withDb(task.dbName, (db) => queryClusterCandidates(db, task.clusterId, task.today));
    case 'exchange-apply':
      return withDb(task.dbName, (db) =>
        applyPackage(db, task.bytes, {
          now: task.now,
          acceptSigner: task.acceptSigner,
          newSenders: task.newSenders ?? 'apply',
          onProgress: progress,
        }),
      );
    default: {
      const unknownTask: never = task;
      throw new Error(`Unknown task ${JSON.stringify(unknownTask)}`);
    }
  }
}

/** The signature being waited for: the page answers one `sign` request at a time. */
let awaitingSignature:
  | {
      resolve: (answer: { signature: string; publicKey: string }) => void;
      reject: (error: Error) => void;
    }
  | undefined;

/** Signs through the page (and so the host): the worker never holds the key. */
const pageSigner: Signer = {
  sign: (data) =>
    new Promise((resolve, reject) => {
      awaitingSignature = { resolve, reject };
      post({ kind: 'sign', data });
    }),
};

addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
  const message = event.data;
  if (message.kind === 'signed' || message.kind === 'sign-failed') {
    const waiting = awaitingSignature;
    awaitingSignature = undefined;
    if (message.kind === 'signed') waiting?.resolve(message);
    else waiting?.reject(rebuildError(message.error));
    return;
  }
  run(message).then(
    (result) => post({ kind: 'done', result }),
    (error: unknown) => post({ kind: 'failed', error: serializeError(error) }),
  );
});
