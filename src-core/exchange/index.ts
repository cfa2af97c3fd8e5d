/** Result packages (format v1): write, read with refusals, signing keys. */
export * from './format';
export * from './errors';
export * from './keys';
export { canonicalJson } from './canonical';
export { findForbiddenKey, readPackage } from './read';
export type { NewerContent, PackageTables, ReadPackageOptions, ReadPackageResult } from './read';
export { CONFLICTS_ATTACHMENT_PATH, conflictAttachmentSchema } from './attachments';
export type { PackageConflict } from './attachments';
export { DEFAULT_REDACTION, LOCAL_ONLY_KEYS, writePackage } from './write';
export type { PackageRecord, WritePackageInput } from './write';
export { contactMayTravel, selectForExport, ScopeTargetMissingError } from './scope';
export type { PersonalDataChoice, ScopeTables, SelectedTables, Selection } from './scope';
export { packageFileName } from './file-name';
export type { PackageFileNameParts } from './file-name';
