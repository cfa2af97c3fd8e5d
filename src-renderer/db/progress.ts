/** Progress of a bulk operation, as the UI shows it. */
export interface BulkProgress {
  readonly phase: 'validating' | 'writing';
  readonly done: number;
  readonly total: number;
}
