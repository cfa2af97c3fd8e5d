/** Messages between the UI thread and the bulk-work worker, as a discriminated union. */
import type { BulkProgress } from '../db/bulk-load';

export type WorkerTask = {
  readonly kind: 'load-sample';
  readonly dbName: string;
  readonly seed: number;
};

export type WorkerReply =
  | { readonly kind: 'progress'; readonly progress: BulkProgress }
  | { readonly kind: 'done'; readonly records: number }
  | { readonly kind: 'failed'; readonly message: string };
