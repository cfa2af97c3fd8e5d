/** Roster tools: spreadsheet import (fields, checks, duplicates, plan), export, and erasure. */
export type { CountryMatch } from './country-names';
export { resolveCountry } from './country-names';
export type { DuplicateInput, DuplicateMatch, DuplicateReason } from './duplicates';
export { findDuplicates } from './duplicates';
export type { ErasureIdentity, ErasurePatch } from './erasure';
export {
  MAX_ERASURE_FINGERPRINTS,
  erasedContactFields,
  erasureFingerprint,
  fnv1a64,
  indexErasureFingerprints,
} from './erasure';
export type {
  EnumVocabulary,
  ImportField,
  ImportFieldsByKind,
  ImportKind,
  ImportMapping,
  ImportValue,
  ImportValueType,
} from './import-fields';
export { guessMapping, importFieldsOf, importKinds } from './import-fields';
export type {
  ErasedContact,
  ImportCandidate,
  ImportChanges,
  ImportChoice,
  ImportPlan,
  PlanImportInput,
  PlannedRow,
} from './import-plan';
export { applyChoices, erasedContactsOf, planImport } from './import-plan';
export type {
  AssumedDefault,
  ImportProblem,
  ImportRowsInput,
  ImportValidation,
  ValidImportRow,
} from './import-rows';
export { fieldLabelKey, validateImportRows } from './import-rows';
export type { ImportLookups, ReferenceTarget } from './import-values';
export { createImportLookups } from './import-values';
export {
  foldText,
  normaliseEmail,
  normaliseName,
  normalisePersonName,
  websiteDomain,
} from './normalise';
export type { CsvCell, CsvOptions } from './spreadsheet';
export { escapeSpreadsheetCell, toCsv } from './spreadsheet';
