import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { queryOpenConflicts, resolveConflict } from '../../../src-renderer/db/conflicts';
import type { StudioDb } from '../../../src-renderer/db/schema';
import { defaultRun } from '../../../src-core/model/workshop-run';
import { clusterFields, clusterNameConflict, openWorkspaces } from './helpers';

const { workspace, closeAll } = openWorkspaces(Date.parse('2026-03-14T14:32:00Z'));
afterEach(closeAll);

let db: StudioDb;

async function withConflict() {
  const { db: opened, repos: repositories } = await workspace();
  db = opened;
  const cluster = await repositories.clusters.create(clusterFields({ name: 'Sfax Olive Cluster' }));
  await db.conflicts.put(
    clusterNameConflict(cluster, {
      id: 'p1:clusters:x:name',
      detectedAt: '2026-03-14T14:32:00.000Z',
      packageId: 'p1',
    }),
  );
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

  it('a conflict on a workshop entry names the workshop it was captured at', async () => {
    const { repositories } = await withConflict();
    const workshop = await repositories.workshops.create({
      name: 'Jaén meta-cluster workshop',
      kind: 'meta-cluster',
      date: '2026-09-15',
      venue: 'Jaén',
      clusterId: null,
      metaClusterId: null,
      methodId: 'meta-cluster-method',
      methodVersion: '1.0.0',
      facilitators: [],
      languages: [],
      startTime: '09:00',
      agenda: [],
      run: defaultRun(),
    });
    const idea = await repositories.workshopEntries.create({
      workshopId: workshop.id,
      stageId: 's5-prioritisation',
      entry: { kind: 'idea-cards', text: 'Shared pomace lab', theme: 'Circularity' },
    });
    await db.conflicts.put({
      ...clusterNameConflict(idea, {
        id: 'p2:workshopEntries:x:entry',
        detectedAt: '2026-09-15T15:00:00.000Z',
        packageId: 'p2',
      }),
      table: 'workshopEntries',
      field: 'entry',
      keptValue: idea.entry,
      lostValue: { ...idea.entry, theme: 'Research' },
    });
    const views = await queryOpenConflicts(db);
    const view = views.find((v) => v.table === 'workshopEntries');
    expect(view).toMatchObject({
      recordName: 'Shared pomace lab',
      workshop: 'Jaén meta-cluster workshop',
    });
    // Roster records were not captured at a workshop.
    expect(views.find((v) => v.table === 'clusters')?.workshop).toBeNull();
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

  it('keeping the current value is a write: the same value, a new clock, the conflict closed', async () => {
    const { repositories, cluster } = await withConflict();
    const [view] = await queryOpenConflicts(db);
    expect(view?.currentValue).toBe('Sfax Olive Cluster');
    await resolveConflict(db, repositories, view!.conflict, 'keep');
    const after = await db.clusters.get(cluster.id);
    expect(after?.name).toBe('Sfax Olive Cluster');
    // A new clock on the kept field (and only there), so the choice travels and wins.
    expect(after!.clocks.name! > cluster.clocks['*']!).toBe(true);
    expect(after!.clocks['*']).toBe(cluster.clocks['*']);
    expect(await queryOpenConflicts(db)).toEqual([]);
  });

  it('keeping writes the value the record holds now, not the one the conflict recorded', async () => {
    const { repositories, cluster } = await withConflict();
    await repositories.clusters.update(cluster.id, { name: 'Sfax Olive Oil Cluster' });
    const [view] = await queryOpenConflicts(db);
    expect(view?.conflict.keptValue).toBe('Sfax Olive Cluster');
    expect(view?.currentValue).toBe('Sfax Olive Oil Cluster');
    await resolveConflict(db, repositories, view!.conflict, 'keep');
    expect((await db.clusters.get(cluster.id))?.name).toBe('Sfax Olive Oil Cluster');
  });

  it('a resolution closes every open conflict of that field', async () => {
    const { repositories, cluster } = await withConflict();
    await db.conflicts.put(
      clusterNameConflict(cluster, {
        id: 'p9:clusters:x:name',
        detectedAt: '2026-03-16T10:00:00.000Z',
        packageId: 'p9',
      }),
    );
    expect(await queryOpenConflicts(db)).toHaveLength(2);
    const [view] = await queryOpenConflicts(db);
    await resolveConflict(db, repositories, view!.conflict, 'take');
    expect(await queryOpenConflicts(db)).toEqual([]);
  });
});
