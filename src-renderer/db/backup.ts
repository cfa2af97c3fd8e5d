/**
 * Whole-workspace backups: every table (synced records, settings, conflict log) as gzipped JSON.
 * Restoring validates everything first, then replaces the workspace in one transaction, so a bad
 * file changes nothing. Records keep the fields a newer partner's package brought that this
 * version does not know (docs/exchange-format.md, "Versions"): a backup must not lose them.
 */
import { gunzipSync, gzipSync, strFromU8, strToU8 } from 'fflate';
import { z } from 'zod';
import { syncedTableNames, type SyncedTableName } from '../../src-core/model/entities';
import { conflictSchema, settingSchemas } from '../../src-core/model/workspace';
import { erasedContacts, keepErasures } from './backup-erasures';
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

export async function createBackup(db: StudioDb, now: Date = new Date()): Promise<Uint8Array> {
  const snapshot = await db.transaction(
    'r',
    [...syncedTableNames, 'settings', 'conflicts'],
    async () => {
      const tables: Record<string, unknown[]> = {};
      for (const table of syncedTableNames) tables[table] = await db[table].toArray();
      return {
        tables,
        settings: await db.settings.toArray(),
        conflicts: await db.conflicts.toArray(),
      };
    },
  );
  const document = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_VERSION,
    createdAt: now.toISOString(),
    ...snapshot,
  };
  return gzipSync(strToU8(JSON.stringify(document)), { level: 6, mtime: 0 });
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

/**
 * Replace the workspace with a backup, keeping every erasure made since (an erased person is never
 * brought back). Returns the number of records restored.
 */
export async function restoreBackup(db: StudioDb, bytes: Uint8Array): Promise<number> {
  const { records, settings, conflicts } = readBackup(bytes);
  try {
    validateRecordSet(records, undefined, { unknownFields: 'keep' });
  } catch (error) {
    throw new BackupError('badRecord', { detail: error instanceof Error ? error.message : '' });
  }
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
    await db.settings.bulkPut(settings);
    await db.conflicts.clear();
    await db.conflicts.bulkPut(conflicts);
    await keepErasures(db, erased);
  });
  return count;
}
