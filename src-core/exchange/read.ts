/**
 * Reads and checks a package, refusing anything hostile before it is used (EXCHANGE.md,
 * "Refusals"). Order: zip structure and caps from the central directory (nothing inflated yet),
 * then the manifest (format version first, so a newer package says which version it needs), the
 * signature, the entry list against the manifest, and finally each data file: hash, UTF-8, JSON,
 * forbidden keys (on the raw parse, before use) and the record schema of its table.
 */
import { unzipSync } from 'fflate';
import type { UnzipFileInfo } from 'fflate';
import { syncedTables } from '../model/entities';
import type { SyncedRecordOf, SyncedTableName } from '../model/entities';
import { ED25519, fromBase64, sha256Hex, strictUtf8Decoder, subtle } from './crypto';
import { PackageError } from './errors';
import {
  ATTACHMENT_PATH_PATTERN,
  DATA_PATH_PATTERN,
  FIELD_NAME_PATTERN,
  MANIFEST_PATH,
  MAX_UNKNOWN_FIELDS,
  MAX_COMPRESSION_RATIO,
  MAX_ENTRIES,
  MAX_ENTRY_BYTES,
  MAX_TOTAL_UNCOMPRESSED_BYTES,
  PACKAGE_FORMAT_MINOR,
  PACKAGE_FORMAT_VERSION,
  RATIO_MIN_BYTES,
  SIGNATURE_PATH,
  isSyncedTableName,
  manifestSchema,
  manifestSchemaV1_0,
  minorOf,
  newerMinorManifestSchema,
  signatureFileSchema,
} from './format';
import type { AttachmentEntry, Manifest, SignatureStatus } from './format';
import { conflictAttachmentSchema, type PackageConflict } from './attachments';
import { importPublicKey } from './keys';
import { checkZipStructure } from './zip-checks';

export interface ReadPackageOptions {
  readonly appFormatVersion?: number;
  /**
   * The newest minor version the reader knows (tests pretend to be an older app); 0 reads as app
   * 0.1.0 did, strictly.
   */
  readonly appFormatMinor?: number;
  /** Signer node id → raw Ed25519 public key (base64) of partners already known. */
  readonly knownKeys?: ReadonlyMap<string, string>;
  /** Called after each data file is checked (for a progress bar). */
  readonly onEntry?: (done: number, total: number) => void;
}

export type PackageTables = { [T in SyncedTableName]?: SyncedRecordOf[T][] };

/** What a package of a newer minor version carried that this version does not know. */
export interface NewerContent {
  /** Record fields this version does not know, per table: kept with the records, passed on. */
  readonly fields: Readonly<Partial<Record<SyncedTableName, readonly string[]>>>;
  /** Tables this version does not know: their records are not imported. */
  readonly tables: readonly { readonly table: string; readonly records: number }[];
  /** Attachments of kinds this version does not know: checked, then ignored. */
  readonly attachments: readonly string[];
}

export interface ReadPackageResult {
  readonly manifest: Manifest;
  readonly tables: PackageTables;
  readonly signature: SignatureStatus;
  /** The signer's public key (base64) when signed. */
  readonly signerKey?: string;
  /** Conflicts a coordinator's merge recorded in the package (attachment `conflicts`). */
  readonly conflicts: readonly PackageConflict[];
  /** What this version does not know (from a newer minor version, or carried over). */
  readonly newer: NewerContent;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The first forbidden own key (`__proto__`, `constructor`, `prototype`) at any depth, if any. */
export function findForbiddenKey(value: unknown): string | undefined {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === null || typeof item !== 'object') continue;
    if (Array.isArray(item)) {
      for (const member of item) stack.push(member);
      continue;
    }
    for (const key of Object.keys(item)) {
      if (FORBIDDEN_KEYS.has(key)) return key;
      stack.push((item as Record<string, unknown>)[key]);
    }
  }
  return undefined;
}

const utf8 = strictUtf8Decoder();

function decode(path: string, bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new PackageError('invalidUtf8', { path });
  }
}

/**
 * Whether a text may hold a forbidden key: the key's name literally, or any `\u` escape (which
 * could spell one). When neither occurs, no parsed value can have such a key and the walk is
 * skipped — the common case, and most of the time of a large import.
 */
function mayHoldForbiddenKey(text: string): boolean {
  return (
    text.includes('__proto__') ||
    text.includes('constructor') ||
    text.includes('prototype') ||
    text.includes('\\u')
  );
}

function parseLine(path: string, line: number, text: string, check = true): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new PackageError('invalidJson', { path, line });
  }
  if (!check) return value;
  const key = findForbiddenKey(value);
  if (key !== undefined) throw new PackageError('forbiddenKey', { path, line, key });
  return value;
}

function issueField(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(record)' : path.map(String).join('.');
}

function parseManifest(
  bytes: Uint8Array,
  appFormatVersion: number,
  appFormatMinor: number,
): Manifest {
  const raw = parseLine(MANIFEST_PATH, 1, decode(MANIFEST_PATH, bytes));
  const head = (raw ?? {}) as {
    formatVersion?: unknown;
    formatMinor?: unknown;
    appVersion?: unknown;
  };
  const version = head.formatVersion;
  if (typeof version === 'number' && version > appFormatVersion) {
    const appVersion = typeof head.appVersion === 'string' ? head.appVersion.slice(0, 40) : '?';
    throw new PackageError('newerFormat', {
      needed: version,
      supported: appFormatVersion,
      appVersion,
    });
  }
  const minor = typeof head.formatMinor === 'number' ? head.formatMinor : 0;
  // A 1.0 reader (app 0.1.0) knew no minor versions: every key it did not know was refused.
  const schema =
    appFormatMinor === 0
      ? manifestSchemaV1_0
      : minor > appFormatMinor
        ? newerMinorManifestSchema
        : manifestSchema;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new PackageError('schemaInvalid', {
      table: 'manifest',
      path: MANIFEST_PATH,
      line: 1,
      field: issueField(issue?.path ?? []),
      message: issue?.message ?? 'invalid',
    });
  }
  return parsed.data;
}

async function checkSignature(
  files: Readonly<Record<string, Uint8Array>>,
  manifest: Manifest,
  knownKeys: ReadonlyMap<string, string> | undefined,
): Promise<{ status: SignatureStatus; key?: string }> {
  const bytes = files[SIGNATURE_PATH];
  const manifestBytes = files[MANIFEST_PATH];
  if (!bytes || !manifestBytes) return { status: 'unsigned' };
  const raw = parseLine(SIGNATURE_PATH, 1, decode(SIGNATURE_PATH, bytes));
  const parsed = signatureFileSchema.safeParse(raw);
  if (!parsed.success)
    throw new PackageError('badSignature', { reason: 'malformed signature.json' });
  const file = parsed.data;
  if (file.signer !== manifest.source.nodeId) {
    throw new PackageError('badSignature', { reason: 'signer is not the source node' });
  }
  let valid = false;
  try {
    const key = await importPublicKey(file.publicKey);
    valid = await subtle().verify(ED25519, key, fromBase64(file.signature), manifestBytes);
  } catch {
    valid = false;
  }
  if (!valid) throw new PackageError('badSignature', { reason: 'the manifest was altered' });
  const known = knownKeys?.get(file.signer);
  const status: SignatureStatus =
    known === undefined
      ? 'valid-unknown'
      : known === file.publicKey
        ? 'valid-known'
        : 'key-changed';
  return { status, key: file.publicKey };
}

/** Whether an entry of the manifest is a table this version knows, or one to skip (newer minor). */
function checkEntryList(
  files: Readonly<Record<string, Uint8Array>>,
  manifest: Manifest,
  isNewerMinor: boolean,
): void {
  const listed = new Set<string>();
  const badPath = (path: string) =>
    new PackageError('schemaInvalid', {
      table: 'manifest',
      path: MANIFEST_PATH,
      line: 1,
      field: 'entries',
      message: `bad or repeated path ${path}`,
    });
  for (const entry of manifest.entries) {
    const match = DATA_PATH_PATTERN.exec(entry.path);
    if (!isSyncedTableName(entry.table) && !isNewerMinor)
      throw new PackageError('unknownTable', { table: entry.table });
    if (!match || match[1] !== entry.table || listed.has(entry.path)) throw badPath(entry.path);
    listed.add(entry.path);
  }
  for (const attachment of manifest.attachments ?? []) {
    if (listed.has(attachment.path)) throw badPath(attachment.path);
    listed.add(attachment.path);
  }
  for (const name of Object.keys(files)) {
    if (name === MANIFEST_PATH || name === SIGNATURE_PATH) continue;
    const match = DATA_PATH_PATTERN.exec(name);
    if (match?.[1] !== undefined && !isSyncedTableName(match[1]) && !listed.has(name)) {
      throw new PackageError('unknownTable', { table: match[1] });
    }
    if (!listed.has(name)) throw new PackageError('entryNotInManifest', { path: name });
  }
  for (const path of listed) {
    if (!files[path]) throw new PackageError('missingEntry', { path });
  }
}

async function checkHash(
  path: string,
  bytes: Uint8Array,
  expected: { bytes: number; sha256: string },
): Promise<void> {
  if (bytes.length !== expected.bytes || (await sha256Hex(bytes)) !== expected.sha256) {
    throw new PackageError('hashMismatch', { path });
  }
}

/** The lines of an ndjson file (the last newline ends the last line). */
function linesOf(text: string): string[] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function recordCountMismatch(table: string, path: string, expected: number, found: number) {
  return new PackageError('schemaInvalid', {
    table,
    path,
    line: found,
    field: 'records',
    message: `the manifest lists ${expected} records, the file has ${found}`,
  });
}

/** Which fields a record may carry beyond its table's schema, by table. */
type UnknownFieldRule = (table: SyncedTableName, field: string) => boolean;

async function readEntry<T extends SyncedTableName>(
  table: T,
  path: string,
  bytes: Uint8Array,
  expected: { bytes: number; sha256: string; records: number },
  mayCarry: UnknownFieldRule,
  unknownSeen: Map<SyncedTableName, Set<string>>,
): Promise<SyncedRecordOf[T][]> {
  await checkHash(path, bytes, expected);
  const text = decode(path, bytes);
  const lines = linesOf(text);
  const check = mayHoldForbiddenKey(text);
  const strict = syncedTables[table].record;
  const loose = strict.loose();
  const known = new Set(Object.keys(strict.shape));
  const out: SyncedRecordOf[T][] = [];
  for (let i = 0; i < lines.length; i++) {
    const raw = parseLine(path, i + 1, lines[i] ?? '', check);
    const refuse = (field: string, message: string) =>
      new PackageError('schemaInvalid', { table, path, line: i + 1, field, message });
    const parsed = loose.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw refuse(issueField(issue?.path ?? []), issue?.message ?? 'invalid');
    }
    const record = parsed.data as Record<string, unknown>;
    // `origin` is local to one computer: a package never sets it.
    delete record.origin;
    let unknown = 0;
    for (const key of Object.keys(record)) {
      if (known.has(key)) continue;
      if (!FIELD_NAME_PATTERN.test(key) || !mayCarry(table, key)) {
        throw refuse(key, 'Unrecognized key');
      }
      if ((unknown += 1) > MAX_UNKNOWN_FIELDS) throw refuse(key, 'too many unknown fields');
      let seen = unknownSeen.get(table);
      if (seen === undefined) unknownSeen.set(table, (seen = new Set()));
      seen.add(key);
    }
    out.push(record as SyncedRecordOf[T]);
  }
  if (out.length !== expected.records) {
    throw recordCountMismatch(table, path, expected.records, out.length);
  }
  return out;
}

/** An attachment: hash, then (for a kind this version knows) every line against its schema. */
async function readAttachment(
  entry: AttachmentEntry,
  bytes: Uint8Array,
  isNewerMinor: boolean,
): Promise<PackageConflict[] | null> {
  await checkHash(entry.path, bytes, entry);
  if (ATTACHMENT_PATH_PATTERN.exec(entry.path)?.[1] !== entry.kind) {
    throw new PackageError('schemaInvalid', {
      table: 'manifest',
      path: MANIFEST_PATH,
      line: 1,
      field: 'attachments',
      message: `${entry.path} is not the file of kind ${entry.kind}`,
    });
  }
  if (entry.kind !== 'conflicts') {
    if (isNewerMinor) return null;
    throw new PackageError('schemaInvalid', {
      table: 'manifest',
      path: MANIFEST_PATH,
      line: 1,
      field: 'attachments',
      message: `unknown attachment kind ${entry.kind}`,
    });
  }
  const text = decode(entry.path, bytes);
  const lines = linesOf(text);
  const check = mayHoldForbiddenKey(text);
  const out: PackageConflict[] = [];
  lines.forEach((line, i) => {
    const parsed = conflictAttachmentSchema.safeParse(parseLine(entry.path, i + 1, line, check));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new PackageError('schemaInvalid', {
        table: 'conflicts',
        path: entry.path,
        line: i + 1,
        field: issueField(issue?.path ?? []),
        message: issue?.message ?? 'invalid',
      });
    }
    out.push(parsed.data);
  });
  if (out.length !== entry.records) {
    throw recordCountMismatch('conflicts', entry.path, entry.records, out.length);
  }
  return out;
}

function unzipChecked(bytes: Uint8Array): Record<string, Uint8Array> {
  const infos: UnzipFileInfo[] = [];
  try {
    // First pass: the central directory only (the filter declines every entry).
    unzipSync(bytes, {
      filter: (info) => {
        infos.push(info);
        // Stop early: a forged entry count must not make this loop run for billions of entries.
        if (infos.length > MAX_ENTRIES) {
          throw new PackageError('tooManyEntries', { count: infos.length, max: MAX_ENTRIES });
        }
        return false;
      },
    });
  } catch (error) {
    if (error instanceof PackageError) throw error;
    throw new PackageError('truncated');
  }
  checkZipStructure(infos, {
    maxEntries: MAX_ENTRIES,
    maxEntryBytes: MAX_ENTRY_BYTES,
    maxTotalBytes: MAX_TOTAL_UNCOMPRESSED_BYTES,
    maxRatio: MAX_COMPRESSION_RATIO,
    ratioMinBytes: RATIO_MIN_BYTES,
  });
  try {
    return unzipSync(bytes);
  } catch {
    throw new PackageError('truncated');
  }
}

/** Reads a package or throws a `PackageError` naming the first refusal. */
export async function readPackage(
  bytes: Uint8Array,
  {
    appFormatVersion = PACKAGE_FORMAT_VERSION,
    appFormatMinor = PACKAGE_FORMAT_MINOR,
    knownKeys,
    onEntry,
  }: ReadPackageOptions = {},
): Promise<ReadPackageResult> {
  const isZip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (!isZip) throw new PackageError('notZip');
  const files = unzipChecked(bytes);
  const manifestBytes = files[MANIFEST_PATH];
  if (!manifestBytes) throw new PackageError('missingEntry', { path: MANIFEST_PATH });
  const manifest = parseManifest(manifestBytes, appFormatVersion, appFormatMinor);
  const isNewerMinor = minorOf(manifest) > appFormatMinor;
  const signature = await checkSignature(files, manifest, knownKeys);
  checkEntryList(files, manifest, isNewerMinor);
  const carried = manifest.carriedFields ?? {};
  const mayCarry: UnknownFieldRule = (table, field) =>
    isNewerMinor || (carried[table]?.includes(field) ?? false);
  const unknownSeen = new Map<SyncedTableName, Set<string>>();
  const skipped = new Map<string, number>();
  const tables: Record<string, unknown[]> = {};
  const total = manifest.entries.length + (manifest.attachments?.length ?? 0);
  let done = 0;
  for (const entry of manifest.entries) {
    const data = files[entry.path] ?? new Uint8Array();
    if (!isSyncedTableName(entry.table)) {
      // A table of a newer minor version: checked like the rest, not imported.
      await checkHash(entry.path, data, entry);
      skipped.set(entry.table, (skipped.get(entry.table) ?? 0) + entry.records);
    } else {
      const table = entry.table;
      const records = await readEntry(table, entry.path, data, entry, mayCarry, unknownSeen);
      const into = (tables[table] ??= []);
      for (const record of records) into.push(record);
    }
    onEntry?.((done += 1), total);
  }
  const conflicts: PackageConflict[] = [];
  const unknownAttachments: string[] = [];
  for (const attachment of manifest.attachments ?? []) {
    const data = files[attachment.path] ?? new Uint8Array();
    const read = await readAttachment(attachment, data, isNewerMinor);
    if (read === null) unknownAttachments.push(attachment.kind);
    else conflicts.push(...read);
    onEntry?.((done += 1), total);
  }
  const fields: Partial<Record<SyncedTableName, string[]>> = {};
  for (const [table, names] of unknownSeen) fields[table] = [...names].sort();
  return {
    manifest,
    tables: tables as PackageTables,
    signature: signature.status,
    ...(signature.key === undefined ? {} : { signerKey: signature.key }),
    conflicts,
    newer: {
      fields,
      tables: [...skipped].sort().map(([table, records]) => ({ table, records })),
      attachments: unknownAttachments,
    },
  };
}
