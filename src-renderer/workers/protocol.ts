/** Messages between the UI thread and the bulk-work worker, as discriminated unions. */
import type { ImportChoice, ImportKind, ImportMapping, ImportPlan } from '../../src-core/roster';
import type { ImportValueMap } from '../../src-core/roster/value-map';
import type { ApplyResult, ExportedPackage, ExportScope, PackagePreview } from '../db/exchange';
import type { PersonalDataChoice } from '../../src-core/exchange';
import type { FieldProblem } from '../db/repositories/errors';
import type { BulkProgress } from '../db/progress';
import type { ImportPreview, ImportSummary, ReadResult } from './import-pipeline';
import type { ParsedSheet, ReadOptions } from './spreadsheet-file';
import type { MetaClusterAnalysis } from '../db/metacluster-analysis';
import type { ClusterCandidates } from '../db/reinforcement-candidates';

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
      /** Sign the package: the worker sends the manifest to the page, which asks the host. */
      readonly sign: boolean;
    }
  | {
      /** What applying a package would do (read, verify, plan against every table), off the page. */
      readonly kind: 'exchange-preview';
      readonly dbName: string;
      readonly bytes: Uint8Array;
      readonly now: number;
    }
  | {
      /** A meta-cluster page's composer, matching and coverage matrix (db/metacluster-analysis.ts). */
      readonly kind: 'metacluster-analysis';
      readonly dbName: string;
      readonly metaClusterId: string;
      readonly today: string;
    }
  | {
      /** A cluster's ranked candidates (db/reinforcement-candidates.ts): they read the whole roster. */
      readonly kind: 'cluster-candidates';
      readonly dbName: string;
      readonly clusterId: string;
      readonly today: string;
    }
  | {
      /** A whole-workspace backup's bytes (encrypted when a passphrase is set), off the page. */
      readonly kind: 'backup-create';
      readonly dbName: string;
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
  'backup-create': Uint8Array;
  'exchange-preview': PackagePreview;
  'metacluster-analysis': MetaClusterAnalysis | null;
  'cluster-candidates': ClusterCandidates;
}

/** An error as it crosses the worker boundary; the client rebuilds the typed error from it. */
export interface SerializedError {
  readonly name: string;
  readonly message: string;
  readonly code?: string;
  /** A host refusal's reason (`HostError`). */
  readonly reason?: string;
  readonly values?: Readonly<Record<string, string | number>>;
  readonly problems?: readonly FieldProblem[];
}

export type WorkerReply =
  | { readonly kind: 'progress'; readonly progress: BulkProgress }
  /** The worker asks the page to sign a manifest (the key never enters the worker). */
  | { readonly kind: 'sign'; readonly data: Uint8Array }
  | { readonly kind: 'done'; readonly result: WorkerResults[keyof WorkerResults] }
  | { readonly kind: 'failed'; readonly error: SerializedError };

/** The page's answer to a `sign` request. */
export type SignAnswer =
  | { readonly kind: 'signed'; readonly signature: string; readonly publicKey: string }
  | { readonly kind: 'sign-failed'; readonly error: SerializedError };

/** What the page sends a worker: its task, then answers to its requests. */
export type WorkerMessage = WorkerTask | SignAnswer;
