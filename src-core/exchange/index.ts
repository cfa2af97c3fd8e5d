/** Result packages (format v1): write, read with refusals, signing keys. */
export * from './format';
export * from './errors';
export * from './keys';
export { canonicalJson } from './canonical';
export { findForbiddenKey, readPackage } from './read';
export type { PackageTables, ReadPackageOptions, ReadPackageResult } from './read';
export { DEFAULT_REDACTION, LOCAL_ONLY_KEYS, writePackage } from './write';
export type { PackageRecord, WritePackageInput } from './write';
export { contactMayTravel, selectForExport, ScopeTargetMissingError } from './scope';
export type { PersonalDataChoice, ScopeTables, SelectedTables, Selection } from './scope';
