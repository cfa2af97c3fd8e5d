/**
 * The records of a roster list to export whole (features/rosters/export/record-sheets.ts), with
 * the names their references are exported by. Deleted records are left out, and so are erased
 * people (nothing is left of them to export) and sample records (imported, they would become real
 * records: src-core/sample/boundary.ts); a deleted organisation or cluster still lends its name to
 * the records that point at it.
 */
import type { FieldsOf } from '../../src-core/model/entities';
import type { ImportKind } from '../../src-core/roster';
import { isSampleRecord } from '../../src-core/sample/boundary';
import { pickFields } from './repositories';
import type { StudioDb } from './schema';

export interface ExportRecords<K extends ImportKind> {
  readonly records: FieldsOf<K>[];
  /** Organisation and cluster names by id. */
  readonly names: {
    readonly organisations: ReadonlyMap<string, string>;
    readonly clusters: ReadonlyMap<string, string>;
  };
}

interface Stored {
  readonly id: string;
  readonly name?: string;
  readonly deleted?: boolean;
  readonly erasedAt?: string | null;
}

const isLive = (record: Stored): boolean =>
  record.deleted !== true && (record.erasedAt ?? null) === null;

/** Live records' names first; a deleted record's name only when no other record has it. */
async function namesOf(db: StudioDb, table: 'organisations' | 'clusters') {
  const records: Stored[] = await db[table].toArray();
  const names = new Map(records.filter(isLive).map((r) => [r.id, r.name ?? ''] as const));
  const taken = new Set(names.values());
  for (const record of records) {
    const name = record.name ?? '';
    if (names.has(record.id) || taken.has(name)) continue;
    names.set(record.id, name);
    taken.add(name);
  }
  return names;
}

export async function queryExportRecords<K extends ImportKind>(
  db: StudioDb,
  kind: K,
): Promise<ExportRecords<K>> {
  return db.transaction('r', [kind, 'organisations', 'clusters'], async () => {
    const stored = (await db.table(kind).toArray()) as Stored[];
    const records = stored
      .filter((record) => isLive(record) && !isSampleRecord(record))
      .map((record) => pickFields(kind, record as never));
    return {
      records,
      names: {
        organisations: await namesOf(db, 'organisations'),
        clusters: await namesOf(db, 'clusters'),
      },
    };
  });
}
