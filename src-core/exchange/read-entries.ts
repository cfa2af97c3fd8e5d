/**
 * Reading the files of a package, line by line, refusing anything hostile before it is used:
 * strict UTF-8, JSON per line, forbidden keys on the raw parse, the SHA-256 and length the
 * manifest lists, and each record against its table's schema (read.ts reads the package as a
 * whole: zip, manifest, signature, entry list).
 */
import type { ZodType } from 'zod';
import { syncedTables } from '../model/entities';
import type { SyncedRecordOf, SyncedTableName } from '../model/entities';
import { conflictAttachmentSchema, type PackageConflict } from './attachments';
import { sha256Hex, strictUtf8Decoder } from './crypto';
import { PackageError } from './errors';
import {
  ATTACHMENT_PATH_PATTERN,
  FIELD_NAME_PATTERN,
  MANIFEST_PATH,
  MAX_UNKNOWN_FIELDS,
} from './format';
import type { AttachmentEntry } from './format';

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

export function decode(path: string, bytes: Uint8Array): string {
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

export function parseLine(path: string, line: number, text: string, check = true): unknown {
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

export function issueField(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(record)' : path.map(String).join('.');
}

export async function checkHash(
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
export type UnknownFieldRule = (table: SyncedTableName, field: string) => boolean;

const looseSchemas = new Map<SyncedTableName, { loose: ZodType; known: ReadonlySet<string> }>();

/** A table's record schema passing unknown keys through, and its known keys (made once). */
function looseSchemaOf(table: SyncedTableName): { loose: ZodType; known: ReadonlySet<string> } {
  let found = looseSchemas.get(table);
  if (found === undefined) {
    const strict = syncedTables[table].record;
    found = { loose: strict.loose(), known: new Set(Object.keys(strict.shape)) };
    looseSchemas.set(table, found);
  }
  return found;
}

export async function readEntry<T extends SyncedTableName>(
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
  const { loose, known } = looseSchemaOf(table);
  const out: SyncedRecordOf[T][] = [];
  // A plain function made once, not a closure per record (measurable at 100k records).
  const refuse = (line: number, field: string, message: string) =>
    new PackageError('schemaInvalid', { table, path, line, field, message });
  for (let i = 0; i < lines.length; i++) {
    const raw = parseLine(path, i + 1, lines[i] ?? '', check);
    const parsed = loose.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw refuse(i + 1, issueField(issue?.path ?? []), issue?.message ?? 'invalid');
    }
    const record = parsed.data as Record<string, unknown>;
    // `origin` is local to one computer: a package never sets it.
    delete record.origin;
    let unknown = 0;
    for (const key of Object.keys(record)) {
      if (known.has(key)) continue;
      if (!FIELD_NAME_PATTERN.test(key) || !mayCarry(table, key)) {
        throw refuse(i + 1, key, 'Unrecognized key');
      }
      if ((unknown += 1) > MAX_UNKNOWN_FIELDS) throw refuse(i + 1, key, 'too many unknown fields');
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
export async function readAttachment(
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
