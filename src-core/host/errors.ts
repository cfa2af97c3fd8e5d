/**
 * Refusals from the host: a code (what kind), a reason (which sentence the user reads, in every
 * UI language: locales/<lang>/host.json) and the values the sentence names. The English message
 * stays for logs and the CLI.
 */
export const hostErrorCodes = [
  'invalid-request',
  'untrusted-sender',
  'io',
  'cancelled',
  'unsupported',
] as const;
export type HostErrorCode = (typeof hostErrorCodes)[number];

/**
 * Why the host refused, with the values its sentence names ({{name}}): each reason is the key of a
 * sentence under `hostErrors` in every language's host.json, saying what happened and what to do
 * next. A closed list, so a refusal the renderer does not know (another build, a hostile frame) is
 * recognised and worded generically.
 */
export const hostErrorPlaceholders = {
  // Generic, one per code: what a refusal falls back to when its reason is not understood.
  invalidRequest: [],
  untrustedSender: [],
  ioFailed: [],
  cancelled: [],
  unsupported: [],
  // The desktop bridge between the window and the main process.
  unexpectedAnswer: [],
  unexpectedFailure: [],
  desktopUnreachable: [],
  // Names, links and sizes in requests.
  invalidFileName: ['name'],
  invalidBackupName: ['name'],
  invalidPackageName: ['name'],
  notAWebLink: [],
  fileTooLarge: ['name', 'limit'],
  packageTooLarge: ['name', 'limit'],
  notAFile: ['name'],
  // Files on this computer (the file system's error codes).
  diskFull: [],
  quotaFull: [],
  notAllowed: [],
  notAllowedOrBusy: [],
  readOnly: [],
  fileBusy: [],
  notFound: [],
  isAFolder: [],
  nameTooLong: [],
  tooManyFilesOpen: [],
  saveFailed: ['name'],
  openFailed: ['name'],
  // Backups.
  backupNotFound: ['name'],
  backupReadFailed: ['name'],
  backupsFolderFailed: [],
  backupsUnsupported: [],
  // Printing.
  pdfFailed: [],
  // The exchange folder.
  noExchangeFolder: [],
  exchangeFolderGone: ['folder'],
  exchangeFolderNoAccess: ['folder'],
  exchangeFolderNotWritable: ['folder'],
  exchangeFolderNotSaved: ['folder'],
  exchangeFolderFailed: ['folder'],
  exchangeFolderPermission: ['folder'],
  exchangeFolderRefused: [],
  exchangeUnsupported: [],
  notAPackageFile: ['name'],
  packageGone: ['name'],
  packageExists: ['name'],
  packageReadFailed: ['name'],
  packageWriteFailed: ['name'],
  // The package-signing key (kept by the host: main process or the browser's key store).
  signingKeyNotExportable: [],
  signingKeyUnreadable: [],
  signingKeyFailed: [],
  wrongPassphrase: [],
  keyFileDamaged: [],
  passphraseTooShort: ['min'],
  // The workshop room.
  addressNotAvailable: [],
  roomUnsupported: [],
} as const satisfies Record<string, readonly string[]>;
export type HostErrorReason = keyof typeof hostErrorPlaceholders;

/** Every reason, in the order above. */
export const hostErrorReasons = Object.keys(hostErrorPlaceholders) as readonly HostErrorReason[];

/** The reason a refusal of each code is worded with when its own reason is not understood. */
export const genericHostErrorReasons = {
  'invalid-request': 'invalidRequest',
  'untrusted-sender': 'untrustedSender',
  io: 'ioFailed',
  cancelled: 'cancelled',
  unsupported: 'unsupported',
} as const satisfies Record<HostErrorCode, HostErrorReason>;

/** What a refusal's sentence is filled in with: names, paths and numbers, nothing else. */
export type HostErrorValues = Readonly<Record<string, string | number>>;

type ValuesNamed<K extends string> = [K] extends [never]
  ? Readonly<Record<string, never>>
  : { readonly [P in K]: string | number };

/** A reason with exactly the values its sentence names (checked at every `new HostError`). */
export type HostErrorDetail = {
  [R in HostErrorReason]: readonly [
    reason: R,
    values: ValuesNamed<(typeof hostErrorPlaceholders)[R][number]>,
  ];
}[HostErrorReason];

/** Whether `values` are exactly the values the sentence of `reason` names. */
export function isHostErrorDetail(
  detail: readonly [reason: HostErrorReason, values: HostErrorValues],
): detail is HostErrorDetail {
  const names: readonly string[] = hostErrorPlaceholders[detail[0]];
  const given = Object.keys(detail[1]);
  return given.length === names.length && names.every((name) => given.includes(name));
}

/**
 * A refusal from the host. `reason` and `values` are what the user reads, in their language
 * (`errorText` in the renderer: `hostErrors.<reason>`); `message` is the same in English, for
 * logs and the command-line tool.
 */
export class HostError extends Error {
  readonly reason: HostErrorReason;
  readonly values: HostErrorValues;

  constructor(
    readonly code: HostErrorCode,
    ...[reason, values, message]: [...HostErrorDetail, message: string]
  ) {
    super(message);
    this.name = 'HostError';
    this.reason = reason;
    this.values = values;
  }
}
