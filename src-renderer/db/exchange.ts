/**
 * Result packages against the workspace database (docs/exchange-format.md, EXCHANGE.md): export
 * (exchange-export.ts), preview and apply (exchange-import.ts, through the one merge planner of
 * src-core/sync/plan.ts), and undo the last import (exchange-undo.ts). One import path for the
 * pages, the worker, the tests and the benchmarks.
 */
export { EXCHANGE_KNOWLEDGE_KEY, IMPORTED_PACKAGES_KEY, LAST_IMPORT_KEY } from './exchange-rows';
export {
  exportPackage,
  exportWorkspacePackage,
  leftOutRecords,
  UnknownPartnerError,
  type ExportedPackage,
  type ExportOptions,
  type ExportScope,
} from './exchange-export';
export {
  applyPackage,
  conflictId,
  previewPackage,
  type ApplyOptions,
  type ApplyResult,
  type MissingReferences,
  type PackagePreview,
  type TablePreview,
} from './exchange-import';
export { lastImport, undoLastImport, UndoImportError, type UndoErrorCode } from './exchange-undo';
export { readPartners } from './partners';
