import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { syncedTableNames } from '../../../src-core/model/entities';
import { clockOf } from '../../../src-core/model/sync-meta';
import { generateSampleWorkspace, SAMPLE_NODE_ID } from '../../../src-core/sample';
import { parseHlc } from '../../../src-core/sync/hlc';
import { countRecords, loadRecords, type RecordSet } from '../../../src-renderer/db/bulk-load';
import { createRepositories, ValidationError } from '../../../src-renderer/db/repositories';
import { loadSampleWorkspace, removeSampleWorkspace } from '../../../src-renderer/db/sample';
import type { StudioDb } from '../../../src-renderer/db/schema';
import { readSetting } from '../../../src-renderer/db/settings';
import type { BulkProgress } from '../../../src-renderer/db/progress';
import { clusterFields, freshDb } from './helpers';

let db: StudioDb;
afterEach(() => db?.close());

async function totalRows(target: StudioDb): Promise<number> {
  let total = 0;
  for (const table of syncedTableNames) total += await target[table].count();
  return total;
}

describe('loading and removing the sample workspace', () => {
  const workspace = generateSampleWorkspace({ seed: 7, organisations: 300 });

  it('loads every record in one go, reports progress, and marks the workspace', async () => {
    db = await freshDb();
    const progress: BulkProgress[] = [];
    const loaded = await loadSampleWorkspace(
      db,
      workspace,
      7,
      (p) => progress.push(p),
      new Date('2026-03-14T14:32:00Z'),
    );
    expect(loaded).toBe(countRecords(workspace));
    expect(await totalRows(db)).toBe(loaded);
    expect(await readSetting(db, 'sample')).toEqual({
      seed: 7,
      loadedAt: '2026-03-14T14:32:00.000Z',
    });
    const writing = progress.filter((p) => p.phase === 'writing');
    expect(writing.at(-1)).toEqual({ phase: 'writing', done: loaded, total: loaded });
    expect(writing.map((p) => p.done)).toEqual(
      [...writing.map((p) => p.done)].sort((a, b) => a - b),
    );
  });

  it('local writes after loading sort after every sample clock', async () => {
    db = await freshDb();
    await loadSampleWorkspace(db, workspace, 7);
    const created = await createRepositories(db, () => 0).clusters.create(clusterFields());
    const sampleClock = clockOf(workspace.clusters[0]!, 'name')!;
    expect(parseHlc(sampleClock).node).toBe(SAMPLE_NODE_ID);
    expect(clockOf(created, 'name')! > sampleClock).toBe(true);
  });

  it('removal takes every sample row and keeps the user’s own records', async () => {
    db = await freshDb();
    const own = await createRepositories(db).clusters.create(
      clusterFields({ name: 'My own cluster' }),
    );
    await loadSampleWorkspace(db, workspace, 7);
    const removed = await removeSampleWorkspace(db);
    expect(removed).toEqual({ removed: countRecords(workspace), kept: 0, released: 0 });
    expect(await totalRows(db)).toBe(1);
    expect(await db.clusters.get(own.id)).toEqual(own);
    expect(await readSetting(db, 'sample')).toBeUndefined();
  });

  it('an invalid record anywhere refuses the whole load and writes nothing', async () => {
    db = await freshDb();
    const broken: RecordSet = {
      ...workspace,
      contacts: [
        ...workspace.contacts.slice(0, 10),
        { ...workspace.contacts[10]!, email: 'not-an-email' },
      ],
    };
    const clockBefore = await readSetting(db, 'clock');
    await expect(loadRecords(db, broken)).rejects.toSatisfy(
      (error: unknown) =>
        error instanceof ValidationError && error.problems[0]?.field === 'contacts[10].email',
    );
    expect(await totalRows(db)).toBe(0);
    expect(await readSetting(db, 'clock')).toBe(clockBefore);
  });

  it('a failure in the middle of the write leaves the database as it was', async () => {
    db = await freshDb();
    // Earlier tables are already written when the last chunk holds a row whose key IndexedDB
    // refuses: the transaction aborts, and with it every chunk before.
    const poisoned = {
      ...workspace,
      contacts: [...workspace.contacts, { ...workspace.contacts[0]!, id: undefined }],
    };
    await expect(
      loadRecords(db, poisoned as unknown as RecordSet, { trusted: true, chunkSize: 100 }),
    ).rejects.toThrow();
    expect(await totalRows(db)).toBe(0);
  });
});
