/**
 * Whole-workspace backups: every table (synced records, settings, conflict log) as gzipped JSON,
 * encrypted with the backup passphrase's key when one is set (backup-key.ts).
 * Restoring validates everything first, then replaces the workspace in one transaction, so a bad
 * file changes nothing. Records keep the fields a newer partner's package brought that this
 * version does not know (docs/exchange-format.md, "Versions"): a backup must not lose them.
 */
import { gunzipSync, gzipSync, strFromU8, strToU8 } from 'fflate';
import { z } from 'zod';
import { syncedTableNames, type SyncedTableName } from '../../src-core/model/entities';
import { conflictSchema, settingSchemas } from '../../src-core/model/workspace';
import {
  decryptEnvelope,
  encryptWithKey,
  isEncrypted,
  PassphraseError,
  readEnvelope,
} from '../../src-core/backup/passphrase';
import { erasedContacts, keepErasures } from './backup-erasures';
import { backupKey } from './backup-key';
import { validateRecordSet, type RecordSet } from './bulk-load';
import { bulkTable, type SettingRow, type StudioDb } from './schema';

export const BACKUP_FORMAT = 'meta-cluster-studio/backup';
export const BACKUP_VERSION = 1;

const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().min(1),
  createdAt: z.iso.datetime(),
  tables: z.record(z.string(), z.array(z.unknown())),
  settings: z.array(z.object({ key: z.string(), value: z.unknown() })),
  conflicts: z.array(conflictSchema),
});

export type BackupErrorCode =
  | 'passphraseNeeded'
  | 'wrongPassphrase'
  | 'notCompressed'
  | 'notJson'
  | 'notBackup'
  | 'newerVersion'
  | 'unknownTable'
  | 'badSetting'
  | 'badRecord';

/** Why a backup was refused; the UI words it from `backupErrors.<code>` with `values`. */
export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    readonly values: Record<string, string | number> = {},
  ) {
    super(`${code} ${JSON.stringify(values)}`);
    this.name = 'BackupError';
  }
}

export function backupFileName(now: Date): string {
  return `workspace-${now.toISOString().replace(/[:.]/g, '-')}.mcsbackup`;
}

/**
 * The workspace as a backup file: gzipped JSON, encrypted when a backup passphrase is set
 * (backup-key.ts). Never holds a signing key: an older version's key left in the settings is
 * not written (it is the host's now).
 */
export async function createBackup(db: StudioDb, now: Date = new Date()): Promise<Uint8Array> {
  const protection = await backupKey(db);
  // Every table this database has: an older version's (the snapshot before an upgrade) lacks
  // the newer ones, which a restore then starts empty.
  const present = new Set(db.tables.map((table) => table.name));
  const tableNames = syncedTableNames.filter((name) => present.has(name));
  const snapshot = await db.transaction('r', [...tableNames, 'settings', 'conflicts'], async () => {
    const tables: Record<string, unknown[]> = {};
    for (const table of tableNames) tables[table] = await db.table(table).toArray();
    return {
      tables,
      settings: (await db.settings.toArray()).filter((row) => !NOT_BACKED_UP.has(row.key)),
      conflicts: await db.conflicts.toArray(),
    };
  });
  const document = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_VERSION,
    createdAt: now.toISOString(),
    ...snapshot,
  };
  const plain = gzipSync(strToU8(JSON.stringify(document)), { level: 6, mtime: 0 });
  return protection ? encryptWithKey(plain, protection, 'backup') : plain;
}

/** Settings a backup never carries: the signing key an older version kept there. */
const NOT_BACKED_UP = new Set(['exchange:signingKey']);

/** What opens an encrypted backup: the passphrase typed, or else this computer's backup key. */
export interface BackupSecret {
  readonly passphrase?: string;
}

/** A backup's gzipped bytes: decrypted first when it is encrypted. */
async function openedBackup(
  db: StudioDb,
  bytes: Uint8Array,
  secret: BackupSecret,
): Promise<Uint8Array> {
  if (!isEncrypted(bytes)) return bytes;
  try {
    if (secret.passphrase !== undefined) {
      return await decryptEnvelope(bytes, 'backup', { passphrase: secret.passphrase });
    }
    const key = await backupKey(db);
    const { header } = readEnvelope(bytes);
    if (!key || key.salt !== header.salt || key.iterations !== header.iterations) {
      throw new BackupError('passphraseNeeded');
    }
    return await decryptEnvelope(bytes, 'backup', { key });
  } catch (error) {
    if (error instanceof BackupError) throw error;
    if (error instanceof PassphraseError && error.code === 'wrong') {
      throw new BackupError('wrongPassphrase');
    }
    throw new BackupError('notBackup');
  }
}

function readBackup(bytes: Uint8Array) {
  let text: string;
  try {
    text = strFromU8(gunzipSync(bytes));
  } catch {
    throw new BackupError('notCompressed');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BackupError('notJson');
  }
  const parsed = backupSchema.safeParse(json);
  if (!parsed.success) throw new BackupError('notBackup');
  if (parsed.data.formatVersion > BACKUP_VERSION) {
    throw new BackupError('newerVersion', { version: parsed.data.formatVersion });
  }
  const unknownTable = Object.keys(parsed.data.tables).find(
    (name) => !(syncedTableNames as string[]).includes(name),
  );
  if (unknownTable) throw new BackupError('unknownTable', { table: unknownTable });
  // Own keys only: `in` (or a bracket lookup) also finds "__proto__", "constructor" and
  // "toString" on Object.prototype, which a crafted backup could name.
  const settings = parsed.data.settings.filter((row): row is SettingRow =>
    Object.hasOwn(settingSchemas, row.key),
  );
  for (const row of settings) {
    if (!settingSchemas[row.key as keyof typeof settingSchemas].safeParse(row.value).success) {
      throw new BackupError('badSetting', { key: row.key });
    }
  }
  return { records: parsed.data.tables as RecordSet, settings, conflicts: parsed.data.conflicts };
}

/** A backup read, decrypted and checked: nothing in it is written yet. */
export interface CheckedBackup {
  readonly records: RecordSet;
  readonly settings: SettingRow[];
  readonly conflicts: z.infer<typeof conflictSchema>[];
}

/**
 * Opens a backup file and checks every part of it (decrypting it first when it is encrypted):
 * a refusal here — wrong passphrase, damaged file, invalid record — has changed nothing.
 */
export async function checkBackup(
  db: StudioDb,
  bytes: Uint8Array,
  secret: BackupSecret = {},
): Promise<CheckedBackup> {
  const checked = readBackup(await openedBackup(db, bytes, secret));
  try {
    // The parsed records are what is written: a backup of an older schema (the snapshot before
    // an upgrade) gets the fields this version added, as an older partner's package does.
    const records = validateRecordSet(checked.records, undefined, { unknownFields: 'keep' });
    return { ...checked, records };
  } catch (error) {
    throw new BackupError('badRecord', { detail: error instanceof Error ? error.message : '' });
  }
}

/**
 * Replaces the workspace with a checked backup in one transaction, keeping every erasure made
 * since (an erased person is never brought back). Returns the number of records restored.
 */
export async function applyBackup(
  db: StudioDb,
  { records, settings, conflicts }: CheckedBackup,
): Promise<number> {
  let count = 0;
  await db.transaction('rw', [...syncedTableNames, 'settings', 'conflicts'], async () => {
    // People erased now stay erased, whatever the backup held (issue 17).
    const erased = await erasedContacts(db);
    for (const table of syncedTableNames) {
      await db[table].clear();
      const rows = records[table as SyncedTableName] ?? [];
      await bulkTable(db, table).bulkPut(rows);
      count += rows.length;
    }
    await db.settings.clear();
    // A signing key an older version left in a backup is not restored: a backup (perhaps not
    // this user's) must not decide which key signs as this workspace. The key moves by key file.
    await db.settings.bulkPut(settings.filter((row) => !NOT_BACKED_UP.has(row.key)));
    await db.conflicts.clear();
    await db.conflicts.bulkPut(conflicts);
    await keepErasures(db, erased);
  });
  return count;
}

/** `checkBackup` then `applyBackup`: a bad file or a wrong passphrase changes nothing. */
export async function restoreBackup(
  db: StudioDb,
  bytes: Uint8Array,
  secret: BackupSecret = {},
): Promise<number> {
  return applyBackup(db, await checkBackup(db, bytes, secret));
}
