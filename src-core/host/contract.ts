/**
 * HostApi: the one typed table of operations the renderer may ask of its host (Electron main
 * process or the browser). Each operation has a zod schema for its request and its response; the
 * Electron main process validates every incoming payload against these before acting.
 */
import { z } from 'zod';
import { MIN_PASSPHRASE_LENGTH } from '../backup/passphrase';
import type { HostOperationName } from './operations';
import { HostError } from './errors';

export * from './errors';

const bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, {
  message: 'Expected file contents as bytes.',
});

const base64Schema = z
  .string()
  .max(200)
  .regex(/^[A-Za-z0-9+/]+={0,2}$/);
/** A raw Ed25519 public key, base64 (32 bytes). */
const publicKeySchema = z.string().regex(/^[A-Za-z0-9+/]{43}=$/);
/** Manifests are small (entry hashes, knowledge): 16 MB is far beyond any real one. */
const manifestBytes = bytes.refine((value) => value.byteLength <= 16 * 1024 * 1024, {
  message: 'A manifest is at most 16 MB.',
});
const keyFileBytes = bytes.refine((value) => value.byteLength <= 64 * 1024, {
  message: 'A key file is at most 64 KB.',
});
/** At least 8 characters (MIN_PASSPHRASE_LENGTH); long ones are fine, absurd ones refused. */
const passphraseSchema = z.string().min(MIN_PASSPHRASE_LENGTH).max(1024);

export const signingKeyStatusSchema = z
  .object({
    publicKey: publicKeySchema.nullable(),
    protection: z.enum(['os', 'plaintext', 'browser']),
  })
  .strict();
export type SigningKeyStatus = z.infer<typeof signingKeyStatusSchema>;

/**
 * The names Windows keeps for devices: a file called CON, NUL or COM1 — with any extension
 * ("nul.txt", "Com1.tar.gz") and whatever the case — opens the device instead of a file. The
 * superscript digits (COM¹) are devices too.
 */
const windowsDeviceNames = new Set([
  'CON',
  'PRN',
  'AUX',
  'NUL',
  'CONIN$',
  'CONOUT$',
  ...['1', '2', '3', '4', '5', '6', '7', '8', '9', '\u00b9', '\u00b2', '\u00b3'].flatMap(
    (digit) => [`COM${digit}`, `LPT${digit}`],
  ),
]);

/**
 * Whether Windows would treat `name` as a device rather than a file: its part before the first
 * dot, without surrounding spaces, is a device name in any case ("CON", "con.txt", "Nul .csv").
 */
export function isWindowsDeviceName(name: string): boolean {
  const stem = name.split('.')[0] ?? '';
  return windowsDeviceNames.has(stem.trim().toUpperCase());
}

/**
 * A plain file name: no folders, no traversal, no characters that Windows refuses, no Windows
 * device name, and no trailing dot or space (Windows drops them, so "x.mcpkg." would be written
 * as, and overwrite, "x.mcpkg"). The same rule on every system, so a name written on Linux can be
 * read by a partner on Windows.
 */
export const safeFileNameSchema = z
  .string()
  .min(1)
  .max(200)
  // Control characters are exactly what this refuses.
  // eslint-disable-next-line no-control-regex
  .regex(/^[^\\/:*?"<>|\u0000-\u001f]+$/, {
    message: 'A file name cannot contain / \\ : * ? " < > |',
  })
  .refine((name) => name !== '.' && name !== '..' && !name.startsWith('.'), {
    message: 'A file name cannot start with a dot.',
  })
  .refine((name) => !name.endsWith('.') && !name.endsWith(' '), {
    message: 'A file name cannot end with a dot or a space.',
  })
  .refine((name) => !isWindowsDeviceName(name), {
    message: 'A file name cannot be a name Windows keeps for devices (CON, PRN, AUX, NUL, COM1…).',
  });

/** File extensions as the user sees them in a dialog filter ("mcpkg", "csv"). */
const extensionSchema = z.string().regex(/^[a-z0-9]{1,10}$/);

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  host: z.enum(['electron', 'browser']),
  platform: z.string(),
  /** Where backups live, for the user to see ("OPFS" in the browser). */
  backupLocation: z.string(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const savedFileSchema = z.object({
  saved: z.boolean(),
  /** The path (desktop) or file name (browser) it was written to, for the confirmation message. */
  location: z.string().optional(),
});
export type SavedFile = z.infer<typeof savedFileSchema>;

export const openedFileSchema = z.object({ name: z.string(), data: bytes });
export type OpenedFile = z.infer<typeof openedFileSchema>;

export const backupInfoSchema = z.object({
  name: safeFileNameSchema,
  size: z.number().int().nonnegative(),
  createdAt: z.iso.datetime(),
});
export type BackupInfo = z.infer<typeof backupInfoSchema>;

export const MAX_FILE_BYTES = 512 * 1024 * 1024;

/** File contents the host accepts to write: at most MAX_FILE_BYTES. */
const limitedBytes = bytes.refine((b) => b.byteLength <= MAX_FILE_BYTES, {
  message: 'File too large.',
});

/** The extension of result packages, the only files an exchange folder holds for the app. */
export const PACKAGE_EXTENSION = '.mcpkg';

/**
 * The name of a package file in the exchange folder: a safe file name ending in ".mcpkg" (any
 * case). Temporary and partial files (".x.mcpkg.1a2b.tmp", "x.mcpkg.partial") never match.
 */
export const exchangeFileNameSchema = safeFileNameSchema.refine(
  (name) => name.toLowerCase().endsWith(PACKAGE_EXTENSION),
  { message: 'A package file name must end in .mcpkg.' },
);

/**
 * Whether the host can keep an exchange folder (a folder that Syncthing, Nextcloud or a network
 * share keeps in step between partners), and which one is chosen.
 */
export const exchangeFolderStatusSchema = z.object({
  supported: z.boolean(),
  /** What to show the user: the full path on the desktop, the folder's name in the browser. */
  folder: z.string().nullable(),
  /** Why the exchange folder is not supported here, written for the user. */
  reason: z.string().optional(),
});
export type ExchangeFolderStatus = z.infer<typeof exchangeFolderStatusSchema>;

export const exchangeFileInfoSchema = z.object({
  name: exchangeFileNameSchema,
  size: z.number().int().nonnegative(),
});
export type ExchangeFileInfo = z.infer<typeof exchangeFileInfoSchema>;

/**
 * Opening the workshop room (issue 15) on the desktop: for which workshop (one room at a time:
 * opening another workshop's room closes the first, and a room kept after a crash comes back only
 * for its own workshop), which of the laptop's addresses phones should use (null: the most likely
 * one), the workshop's language for phones, and a PIN to keep. The main process answers with
 * `roomInfoSchema`.
 */
export const roomStartRequestSchema = z
  .object({
    workshopId: z.string().regex(/^[0-9a-f-]{36}$/),
    address: z.ipv4().nullable().default(null),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{1,8})?$/)
      .default('en'),
    pin: z
      .string()
      .regex(/^\d{6}$/)
      .optional(),
  })
  .strict();

export const roomInfoSchema = z.object({
  port: z.number().int().min(1).max(65535),
  pin: z.string().regex(/^\d{6}$/),
  /** The facilitator page's key to the room's /host socket (loopback only). */
  hostKey: z.string().min(32),
  /** Where the facilitator's page reaches the room: http://127.0.0.1:PORT. */
  server: z.url(),
  addresses: z.array(
    z.object({
      interfaceName: z.string(),
      address: z.ipv4(),
      kind: z.enum(['wifi', 'ethernet', 'other', 'virtual', 'link-local', 'loopback']),
    }),
  ),
  /** The address phones use (shown under the QR code), and the code itself as SVG text. */
  address: z.ipv4(),
  joinUrl: z.url(),
  qrSvg: z.string().startsWith('<svg'),
});
export type RoomInfo = z.infer<typeof roomInfoSchema>;

export const hostContract = {
  appInfo: { request: z.object({}).strict(), response: appInfoSchema },
  saveFile: {
    request: z
      .object({
        suggestedName: safeFileNameSchema,
        data: limitedBytes,
        filters: z
          .array(z.object({ name: z.string().max(80), extensions: z.array(extensionSchema) }))
          .max(10),
      })
      .strict(),
    response: savedFileSchema,
  },
  openFiles: {
    request: z
      .object({
        filters: z
          .array(z.object({ name: z.string().max(80), extensions: z.array(extensionSchema) }))
          .max(10),
        multiple: z.boolean(),
      })
      .strict(),
    response: z.array(openedFileSchema),
  },
  writeBackup: {
    request: z.object({ name: safeFileNameSchema, data: bytes }).strict(),
    response: backupInfoSchema,
  },
  listBackups: { request: z.object({}).strict(), response: z.array(backupInfoSchema) },
  readBackup: { request: z.object({ name: safeFileNameSchema }).strict(), response: bytes },
  /** Deletes a backup (the user's choice in Settings, or the snapshots' rotation). */
  deleteBackup: {
    request: z.object({ name: safeFileNameSchema }).strict(),
    response: z.object({ deleted: z.boolean() }),
  },
  printToPdf: {
    request: z.object({ suggestedName: safeFileNameSchema }).strict(),
    response: savedFileSchema,
  },
  exchangeFolderStatus: {
    request: z.object({}).strict(),
    response: exchangeFolderStatusSchema,
  },
  /** Asks the user for the exchange folder; `folder` is null when they cancelled. */
  chooseExchangeFolder: {
    request: z.object({}).strict(),
    response: z.object({ folder: z.string().nullable() }),
  },
  /** The package files in the exchange folder, sorted by name. */
  listExchangeFolder: {
    request: z.object({}).strict(),
    response: z.array(exchangeFileInfoSchema),
  },
  readExchangeFile: {
    request: z.object({ name: exchangeFileNameSchema }).strict(),
    response: bytes,
  },
  /** Adds a package to the exchange folder; never replaces one (package files are immutable). */
  writeExchangeFile: {
    request: z.object({ name: exchangeFileNameSchema, data: limitedBytes }).strict(),
    response: z.object({ name: exchangeFileNameSchema }),
  },
  /** The packages the app was asked to open (file manager, "Open with"), handed over once. */
  takeOpenedPackages: {
    request: z.object({}).strict(),
    response: z.array(openedFileSchema),
  },
  /**
   * The participant view of a running workshop: a second window on the desktop (on the second
   * display when there is one), a second tab in the browser. Only a record id crosses: the host
   * builds the address itself.
   */
  openPresenterWindow: {
    request: z
      .object({ workshopId: z.string().regex(/^[0-9a-f-]{36}$/, 'Expected a workshop id.') })
      .strict(),
    response: z.object({ opened: z.boolean() }),
  },
  /**
   * Opens the workshop room (issue 15) on the desktop, or describes the one already open (on
   * another address when asked: same PIN and key). The browser answers 'unsupported': beside the
   * web host the room is started with the web server.
   */
  roomStart: { request: roomStartRequestSchema, response: roomInfoSchema },
  /** Closes the room; `stopped` is false when none was open. */
  roomStop: {
    // The workshop whose room to close: another workshop's room is left open. None: any room.
    request: z
      .object({
        workshopId: z
          .string()
          .regex(/^[0-9a-f-]{36}$/)
          .optional(),
      })
      .strict(),
    response: z.object({ stopped: z.boolean() }),
  },
  /**
   * The workspace's package-signing key (issue 17), kept by the host and never handed to the
   * page: the desktop keeps it in the main process, encrypted with the system's key store
   * (`protection: 'os'`) or — where the system offers none — in a plain file (`'plaintext'`, the
   * page warns); the browser keeps it as a non-extractable WebCrypto key (`'browser'`). Created
   * on the first signature; `publicKey` is null before.
   */
  signingKeyStatus: { request: z.object({}).strict(), response: signingKeyStatusSchema },
  /** Signs a package's manifest with the workspace key (created if there is none yet). */
  signManifest: {
    request: z.object({ data: manifestBytes }).strict(),
    response: z.object({ signature: base64Schema, publicKey: publicKeySchema }),
  },
  /**
   * The key in a passphrase-protected key file, for moving to a new computer (the page saves it).
   * The browser refuses (`signingKeyNotExportable`): its key cannot be read, by design.
   */
  exportSigningKey: {
    request: z.object({ passphrase: passphraseSchema }).strict(),
    response: bytes,
  },
  /** Replaces the workspace key by the one in a key file (the page asked the user first). */
  importSigningKey: {
    request: z.object({ data: keyFileBytes, passphrase: passphraseSchema }).strict(),
    response: signingKeyStatusSchema,
  },
  /**
   * Takes over a key that an older version kept in the workspace database (or that an old backup
   * carried), once: refused (`adopted: false`) when the host already holds a key.
   */
  adoptSigningKey: {
    request: z
      .object({
        privateKeyPkcs8Base64: z
          .string()
          .min(1)
          .max(200)
          .regex(/^[A-Za-z0-9+/]+={0,2}$/),
        publicKeyBase64: publicKeySchema,
      })
      .strict(),
    response: z.object({ adopted: z.boolean(), status: signingKeyStatusSchema }),
  },
} as const satisfies Record<HostOperationName, { request: z.ZodType; response: z.ZodType }>;

export type HostRequest<K extends HostOperationName> = z.input<(typeof hostContract)[K]['request']>;
export type HostResponse<K extends HostOperationName> = z.output<
  (typeof hostContract)[K]['response']
>;

/** What the renderer calls. Both hosts implement exactly this. */
export type HostApi = {
  [K in HostOperationName]: (request: HostRequest<K>) => Promise<HostResponse<K>>;
};

/** The reason a refused file name is worded with, by operation (default: any file name). */
const fileNameReasons: Partial<
  Record<HostOperationName, 'invalidBackupName' | 'invalidPackageName'>
> = {
  writeBackup: 'invalidBackupName',
  readBackup: 'invalidBackupName',
  deleteBackup: 'invalidBackupName',
  readExchangeFile: 'invalidPackageName',
  writeExchangeFile: 'invalidPackageName',
};

/** A name to show back to the user, shortened when it is absurdly long. */
function shown(name: string): string {
  return name.length > 120 ? `${name.slice(0, 120)}…` : name;
}

/** Words a refused request by the field that failed: a file name, a size, or generically. */
function refusedRequest(name: HostOperationName, payload: unknown, issue?: z.core.$ZodIssue) {
  const message = `Refused ${name}: ${issue ? `${issue.path.join('.') || 'request'}: ${issue.message}` : 'invalid request'}`;
  const fields: Record<string, unknown> =
    typeof payload === 'object' && payload !== null ? { ...payload } : {};
  const field = issue?.path.length === 1 ? issue.path[0] : undefined;
  const fileName = fields.name ?? fields.suggestedName;
  if ((field === 'name' || field === 'suggestedName') && typeof fileName === 'string') {
    const reason = fileNameReasons[name] ?? 'invalidFileName';
    return new HostError('invalid-request', reason, { name: shown(fileName) }, message);
  }
  const data = fields.data;
  if (field === 'data' && data instanceof Uint8Array && data.byteLength > MAX_FILE_BYTES) {
    const values = {
      name: typeof fileName === 'string' ? shown(fileName) : '',
      limit: Math.round(MAX_FILE_BYTES / (1024 * 1024)),
    };
    const reason = name === 'writeExchangeFile' ? 'packageTooLarge' : 'fileTooLarge';
    return new HostError('invalid-request', reason, values, message);
  }
  return new HostError('invalid-request', 'invalidRequest', {}, message);
}

export function parseHostRequest<K extends HostOperationName>(name: K, payload: unknown) {
  const result = hostContract[name].request.safeParse(payload);
  if (!result.success) throw refusedRequest(name, payload, result.error.issues[0]);
  return result.data as z.output<(typeof hostContract)[K]['request']>;
}
