/**
 * Why a package was refused. Each code is one refusal of EXCHANGE.md; `values` carry the details
 * (path, line, table, field, version) a surface needs to say it in the user's language.
 */

export const packageErrorCodes = [
  'notZip',
  'truncated',
  'tooManyEntries',
  'tooLarge',
  'zipBomb',
  'duplicateEntry',
  'pathTraversal',
  'entryNotInManifest',
  'missingEntry',
  'hashMismatch',
  'invalidUtf8',
  'invalidJson',
  'forbiddenKey',
  'schemaInvalid',
  'unknownTable',
  'newerFormat',
  'badSignature',
] as const;

export type PackageErrorCode = (typeof packageErrorCodes)[number];
export type PackageErrorValues = Readonly<Record<string, string | number>>;

export class PackageError extends Error {
  constructor(
    readonly code: PackageErrorCode,
    readonly values: PackageErrorValues = {},
  ) {
    super(`${code} ${JSON.stringify(values)}`);
    this.name = 'PackageError';
  }
}

export function isPackageError(error: unknown): error is PackageError {
  return error instanceof PackageError;
}

/** English messages, for the `mcs` tool and logs; the app translates the codes itself. */
const englishMessages: Record<PackageErrorCode, (v: PackageErrorValues) => string> = {
  notZip: () => 'not a package (not a zip file)',
  truncated: () => 'the file is truncated or damaged',
  tooManyEntries: (v) => `too many files in the package (${v.count}, at most ${v.max})`,
  tooLarge: (v) =>
    `${v.path ?? 'the package'} is too large once unpacked (${v.bytes} bytes, at most ${v.max})`,
  zipBomb: (v) => `${v.path} is compressed suspiciously well (${v.ratio}:1, at most ${v.max}:1)`,
  duplicateEntry: (v) => `${v.path} appears twice in the package`,
  pathTraversal: (v) => `unsafe file name in the package: ${v.path}`,
  entryNotInManifest: (v) => `${v.path} is not listed in the manifest`,
  missingEntry: (v) => `${v.path} is listed in the manifest but missing`,
  hashMismatch: (v) => `${v.path} does not match its SHA-256 in the manifest`,
  invalidUtf8: (v) => `${v.path} is not valid UTF-8 text`,
  invalidJson: (v) => `${v.path} line ${v.line} is not valid JSON`,
  forbiddenKey: (v) => `${v.path} line ${v.line} uses the forbidden key "${v.key}"`,
  schemaInvalid: (v) =>
    `${v.table} record on line ${v.line} of ${v.path}: field "${v.field}" is invalid (${v.message})`,
  unknownTable: (v) => `unknown table "${v.table}"`,
  newerFormat: (v) =>
    `made by a newer Meta-Cluster Studio${v.appVersion ? ` (${v.appVersion})` : ''}: format version ${v.needed} is needed, this version reads up to ${v.supported}; update to read it`,
  badSignature: (v) => `the signature does not verify (${v.reason})`,
};

export function packageErrorMessage(error: PackageError): string {
  return englishMessages[error.code](error.values);
}
