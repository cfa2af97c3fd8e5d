import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  metaClusterRecordSchema,
  syncedTableNames,
  workshopRecordSchema,
} from '../../../src-core/model/entities';
import { generateSampleWorkspace } from '../../../src-core/sample';
import { openStudioDb, schemaHistory } from '../../../src-renderer/db/schema';
import { version5Workshop } from './helpers';

describe('database schema', () => {
  it('versions are append-only and strictly increasing', () => {
    const versions = schemaHistory.map((step) => step.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(versions[0]).toBe(1);
  });

  it('the current version has every synced table plus settings, the conflict log and the local keys, keyed by id', async () => {
    const db = openStudioDb(`schema-${Math.random()}`);
    await db.open();
    const tables = db.tables.map((table) => table.name).sort();
    expect(tables).toEqual([...syncedTableNames, 'settings', 'conflicts', 'localKeys'].sort());
    for (const table of syncedTableNames) {
      expect(db.table(table).schema.primKey.name).toBe('id');
      expect(db.table(table).schema.indexes.map((index) => index.name)).toContain('origin');
    }
    expect(db.verno).toBe(schemaHistory.at(-1)?.version);
    db.close();
  });

  it('version 2 (addReinforcementTables) adds the step-1 tables and keeps every version-1 row', async () => {
    const name = `schema-upgrade-${Math.random()}`;
    const v1 = openStudioDb(name, 1);
    await v1.open();
    expect(v1.verno).toBe(1);
    const rows = generateSampleWorkspace({ seed: 7, organisations: 40 });
    await v1.organisations.bulkAdd(rows.organisations);
    await v1.settings.put({ key: 'language', value: 'es' });
    v1.close();

    const v2 = openStudioDb(name, 2);
    await v2.open();
    expect(v2.verno).toBe(2);
    expect(await v2.organisations.toArray()).toEqual(
      [...rows.organisations].sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(await v2.settings.get('language')).toEqual({ key: 'language', value: 'es' });
    expect(await v2.recruitments.count()).toBe(0);
    expect(await v2.recruitmentActivities.count()).toBe(0);
    expect(await v2.reinforcementPlans.count()).toBe(0);
    v2.close();
  });

  it('version 3 (addMetaClusterGovernance) gives older meta-clusters the defaults a v3 reader gives old packages', async () => {
    const name = `schema-upgrade-v3-${Math.random()}`;
    const v2 = openStudioDb(name, 2);
    await v2.open();
    const old = {
      id: '0192f0c4-7b1e-7c3a-9d2e-00000000a001',
      name: 'Olive oil meta-cluster',
      valueChainId: null,
      status: 'forming',
      members: [],
      notes: '',
      deleted: false,
      clocks: { '*': '000001773498720000-0000-0a0a0a0a0a0a0a0a' },
    };
    await v2.table('metaClusters').add(old);
    v2.close();

    const v3 = openStudioDb(name, 3);
    await v3.open();
    expect(v3.verno).toBe(3);
    const upgraded = await v3.metaClusters.get(old.id);
    // The same record a v3 app makes of an old partner's package: the schema's defaults.
    expect(upgraded).toEqual({ ...metaClusterRecordSchema.parse(old), actions: undefined });
    expect(upgraded?.governance).toEqual({ leadClusterId: null, decisionRule: '' });
    expect(upgraded?.agreement.status).toBe('none');
    expect(await v3.pilotKpis.count()).toBe(0);
    v3.close();
  });

  it('version 4 (addWorkshopPlan) gives older workshops the plan defaults a v4 reader gives old packages', async () => {
    const name = `schema-upgrade-v4-${Math.random()}`;
    const v3 = openStudioDb(name, 3);
    await v3.open();
    const old = {
      id: '0192f0c4-7b1e-7c3a-9d2e-00000000b001',
      name: 'Tunis workshop',
      kind: 'meta-cluster',
      date: '2026-03-14',
      venue: 'Tunis',
      clusterId: null,
      metaClusterId: null,
      methodId: 'meta-cluster-method',
      methodVersion: '1.0.0',
      deleted: false,
      clocks: { '*': '000001773498720000-0000-0a0a0a0a0a0a0a0a' },
    };
    await v3.table('workshops').add(old);
    v3.close();

    const v4 = openStudioDb(name, 4);
    await v4.open();
    expect(v4.verno).toBe(4);
    const upgraded = await v4.workshops.get(old.id);
    // (`run` comes with version 6; toEqual ignores the undefined key.)
    expect(upgraded).toEqual({ ...workshopRecordSchema.parse(old), run: undefined });
    expect(upgraded).toMatchObject({
      facilitators: [],
      languages: [],
      startTime: '09:00',
      agenda: [],
    });
    v4.close();
  });

  it('version 5 (addMetaClusterActions) gives older meta-clusters an empty action list', async () => {
    const name = `schema-upgrade-v5-${Math.random()}`;
    const v4 = openStudioDb(name, 4);
    await v4.open();
    const old = {
      id: '0192f0c4-7b1e-7c3a-9d2e-00000000a002',
      name: 'Blue economy meta-cluster',
      valueChainId: null,
      status: 'pilot',
      members: [],
      notes: '',
      governance: { leadClusterId: null, decisionRule: '' },
      agreement: { type: 'mou', status: 'draft', signedOn: null, signatories: [] },
      deleted: false,
      clocks: { '*': '000001773498720000-0000-0a0a0a0a0a0a0a0a' },
    };
    await v4.table('metaClusters').add(old);
    v4.close();
    const v5 = openStudioDb(name, 5);
    await v5.open();
    expect(v5.verno).toBe(5);
    const upgraded = await v5.metaClusters.get(old.id);
    expect(upgraded).toEqual(metaClusterRecordSchema.parse(old));
    expect(upgraded?.actions).toEqual([]);
    v5.close();
  });

  it('version 6 (addWorkshopRunner) adds participants and entries, and gives older workshops a planned run', async () => {
    const name = `schema-upgrade-v6-${Math.random()}`;
    const v5 = openStudioDb(name, 5);
    await v5.open();
    const old = version5Workshop();
    await v5.table('workshops').add(old);
    v5.close();
    const v6 = openStudioDb(name, 6);
    await v6.open();
    expect(v6.verno).toBe(6);
    const upgraded = await v6.workshops.get(old.id);
    // What a v6 reader gives the same record from an older partner's package: identical.
    expect(upgraded).toEqual(workshopRecordSchema.parse(old));
    expect(upgraded?.run).toMatchObject({ status: 'planned', currentStageId: null, overrides: [] });
    expect(await v6.workshopParticipants.count()).toBe(0);
    expect(await v6.workshopEntries.where('workshopId').equals(old.id).count()).toBe(0);
    v6.close();
  });
});
