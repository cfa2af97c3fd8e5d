/** Messages between the UI thread and the bulk-work worker, as discriminated unions. */
import type { ImportChoice, ImportKind, ImportMapping, ImportPlan } from '../../src-core/roster';
import type { ImportValueMap } from '../../src-core/roster/value-map';
import type { ApplyResult, ExportedPackage, ExportScope } from '../db/exchange';
import type { PersonalDataChoice } from '../../src-core/exchange';
import type { FieldProblem } from '../db/repositories/errors';
import type { BulkProgress } from '../db/progress';
import type { ImportPreview, ImportSummary, ReadResult } from './import-pipeline';
import type { ParsedSheet, ReadOptions } from './spreadsheet-file';

export type WorkerTask =
  | { readonly kind: 'load-sample'; readonly dbName: string; readonly seed: number }
  | {
      readonly kind: 'import-read';
      readonly importKind: ImportKind;
      readonly fileName: string;
      readonly bytes: Uint8Array;
      /** The sheet, header row and encoding the user chose (each found when left out). */
      readonly options?: ReadOptions;
    }
  | {
      readonly kind: 'import-preview';
      readonly dbName: string;
      readonly importKind: ImportKind;
      readonly sheet: ParsedSheet;
      readonly mapping: ImportMapping;
      /** Codes chosen in the preview for values not recognised ("Syrie arabe" → SY). */
      readonly valueMap?: ImportValueMap;
    }
  | {
      readonly kind: 'import-apply';
      readonly dbName: string;
      readonly plan: ImportPlan<ImportKind>;
      readonly choices: readonly (readonly [number, ImportChoice])[];
    }
  | {
      readonly kind: 'exchange-export';
      readonly dbName: string;
      readonly scope: ExportScope;
      readonly personalData: PersonalDataChoice;
      readonly appVersion: string;
      readonly now: number;
    }
  | {
      readonly kind: 'exchange-apply';
      readonly dbName: string;
      readonly bytes: Uint8Array;
      readonly now: number;
      readonly acceptSigner: boolean;
      /** `review`: a package of a partner never seen before is refused for review (Sync now). */
      readonly newSenders?: 'apply' | 'review';
    };

/** What each task resolves to. */
export interface WorkerResults {
  'load-sample': number;
  'import-read': ReadResult;
  'import-preview': ImportPreview;
  'import-apply': ImportSummary;
  'exchange-export': ExportedPackage;
  'exchange-apply': ApplyResult;
}

/** An error as it crosses the worker boundary; the client rebuilds the typed error from it. */
export interface SerializedError {
  readonly name: string;
  readonly message: string;
  readonly code?: string;
  readonly values?: Readonly<Record<string, string | number>>;
  readonly problems?: readonly FieldProblem[];
}

export type WorkerReply =
  | { readonly kind: 'progress'; readonly progress: BulkProgress }
  | { readonly kind: 'done'; readonly result: WorkerResults[keyof WorkerResults] }
  | { readonly kind: 'failed'; readonly error: SerializedError };
