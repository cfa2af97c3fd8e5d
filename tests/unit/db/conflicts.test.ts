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

  it('keeping the current value changes no record', async () => {
    const { repositories, cluster } = await withConflict();
    const [view] = await queryOpenConflicts(db);
    await resolveConflict(db, repositories, view!.conflict, 'keep');
    expect(await db.clusters.get(cluster.id)).toEqual(cluster);
    expect(await queryOpenConflicts(db)).toEqual([]);
  });
});
