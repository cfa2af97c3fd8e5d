import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { queryOpenConflicts, resolveConflict } from '../../../src-renderer/db/conflicts';
import { createRepositories } from '../../../src-renderer/db/repositories';
import type { StudioDb } from '../../../src-renderer/db/schema';
import { clusterFields, freshDb } from './helpers';

let db: StudioDb;
afterEach(() => db?.close());

const OTHER = '000001741962720000-0000-bbbbbbbbbbbbbbbb';

async function withConflict() {
  db = await freshDb();
  const repositories = createRepositories(db);
  const cluster = await repositories.clusters.create(clusterFields({ name: 'Sfax Olive Cluster' }));
  await db.conflicts.put({
    id: 'p1:clusters:x:name',
    table: 'clusters',
    recordId: cluster.id,
    field: 'name',
    keptValue: 'Sfax Olive Cluster',
    keptClock: cluster.clocks['*']!,
    lostValue: 'Pôle Oléicole de Sfax',
    lostClock: OTHER,
    detectedAt: '2026-03-14T14:32:00.000Z',
    packageId: 'p1',
    resolvedAt: null,
  });
  return { repositories, cluster };
}

describe('reviewing conflicts', () => {
  it('lists open conflicts with the record name and who wrote each value', async () => {
    await withConflict();
    const [view] = await queryOpenConflicts(db);
    expect(view?.recordName).toBe('Sfax Olive Cluster');
    expect(view?.kept.kind).toBe('you');
    expect(view?.lost).toMatchObject({ kind: 'unknown', nodeId: 'bbbbbbbbbbbbbbbb' });
  });

  it('taking the other value writes it as a new edit and closes the conflict', async () => {
    const { repositories, cluster } = await withConflict();
    const [view] = await queryOpenConflicts(db);
    await resolveConflict(
      db,
      repositories,
      view!.conflict,
      'take',
      new Date('2026-03-15T09:00:00Z'),
    );
    const after = await db.clusters.get(cluster.id);
    expect(after?.name).toBe('Pôle Oléicole de Sfax');
    expect(after!.clocks.name! > cluster.clocks['*']!).toBe(true);
    expect((await db.conflicts.get('p1:clusters:x:name'))?.resolvedAt).toBe(
      '2026-03-15T09:00:00.000Z',
    );
    expect(await queryOpenConflicts(db)).toEqual([]);
  });

  it('keeping the current value changes no record', async () => {
    const { repositories, cluster } = await withConflict();
    const [view] = await queryOpenConflicts(db);
    await resolveConflict(db, repositories, view!.conflict, 'keep');
    expect(await db.clusters.get(cluster.id)).toEqual(cluster);
    expect(await queryOpenConflicts(db)).toEqual([]);
  });
});
