import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { syncedTableNames } from '../../../src-core/model/entities';
import { openStudioDb, schemaHistory } from '../../../src-renderer/db/schema';

describe('database schema', () => {
  it('versions are append-only and strictly increasing', () => {
    const versions = schemaHistory.map((step) => step.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(versions[0]).toBe(1);
  });

  it('version 1 has every synced table plus settings and the conflict log, keyed by id', async () => {
    const db = openStudioDb(`schema-${Math.random()}`, 1);
    await db.open();
    const tables = db.tables.map((table) => table.name).sort();
    expect(tables).toEqual([...syncedTableNames, 'settings', 'conflicts'].sort());
    for (const table of syncedTableNames) {
      expect(db.table(table).schema.primKey.name).toBe('id');
      expect(db.table(table).schema.indexes.map((index) => index.name)).toContain('origin');
    }
    expect(db.verno).toBe(1);
    db.close();
  });
});
