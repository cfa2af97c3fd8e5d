// Sample data and real data, through the real importer, exporter and sample removal (issue 12:
// "sample data and real data mix"). Each loss the issue names is reproduced here first.
import 'fake-indexeddb/auto';
import { strToU8 } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { readPackage } from '../../../src-core/exchange';
import { findDangling } from '../../../src-core/model/references';
import { syncedTableNames, type SyncedTableName } from '../../../src-core/model/entities';
import { generateSampleWorkspace, SAMPLE_NODE_ID } from '../../../src-core/sample';
import { erasedContactFields } from '../../../src-core/roster/erasure';
import { applyPackage, exportPackage, previewPackage } from '../../../src-renderer/db/exchange';
import {
  loadSampleWorkspace,
  previewSampleRemoval,
  removeSampleWorkspace,
} from '../../../src-renderer/db/sample';
import type { StudioDb } from '../../../src-renderer/db/schema';
import { readSetting } from '../../../src-renderer/db/settings';
import { importSpreadsheet } from '../../../src-renderer/workers/import-pipeline';
import { clusterFields, contactFields, openWorkspaces, organisationFields } from './helpers';

/** The sample's rows of one table (tables it does not fill are absent). */
function sampleRows(table: SyncedTableName): readonly object[] {
  return (sample as Partial<Record<SyncedTableName, readonly object[]>>)[table] ?? [];
}

// Spreadsheet imports stamp with the real time, so the test's clock is today's too.
const T0 = Date.now();
const MINUTE = 60_000;
const APP = '0.1.0-test';
const SEED = 7;
const sample = generateSampleWorkspace({ seed: SEED, organisations: 200 });

const { workspace, closeAll } = openWorkspaces(T0);
afterEach(closeAll);

const exportAll = (db: StudioDb, now: number) =>
  exportPackage(db, { scope: { kind: 'workspace' }, appVersion: APP, now });

type Row = { id: string; origin?: string };

async function rowsOf(db: StudioDb): Promise<Record<SyncedTableName, Row[]>> {
  const out: Partial<Record<SyncedTableName, Row[]>> = {};
  for (const table of syncedTableNames) out[table] = (await db[table].toArray()) as Row[];
  return out as Record<SyncedTableName, Row[]>;
}

/** Ids of the user's own records (no sample mark), by table. */
async function ownIds(db: StudioDb): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const [table, rows] of Object.entries(await rowsOf(db))) {
    const ids = rows.filter((row) => row.origin !== 'sample').map((row) => row.id);
    if (ids.length > 0) out[table] = ids.sort();
  }
  return out;
}

async function danglingIn(db: StudioDb) {
  const rows = await rowsOf(db);
  return findDangling(rows as never).filter((ref) => ref.required);
}

describe('a workspace that started from the sample, then took real data', () => {
  it('a real spreadsheet whose names match sample organisations creates real records that travel with their members', async () => {
    const a = await workspace();
    await loadSampleWorkspace(a.db, sample, SEED);
    const cluster = await a.repos.clusters.create(clusterFields({ name: 'Sfax Olive Cluster' }));
    // Three real organisations that the fictional sample happens to name too, and a new one.
    const namesakes = sample.organisations.slice(0, 3);
    const csv = [
      'name,country,type',
      ...namesakes.map((o) => `"${o.name}",${o.country},${o.type}`),
      'Université de Gabès,TN,university',
    ].join('\n');
    const orgs = await importSpreadsheet(a.db, 'organisations', 'orgs.csv', strToU8(csv));
    // Before: three rows were "duplicates" of sample rows and skipped.
    expect(orgs).toMatchObject({ created: 4, skipped: 0 });
    const members = [
      'organisation,cluster',
      ...namesakes.map((o) => `"${o.name}",Sfax Olive Cluster`),
      'Université de Gabès,Sfax Olive Cluster',
    ].join('\n');
    expect(
      await importSpreadsheet(a.db, 'memberships', 'members.csv', strToU8(members)),
    ).toMatchObject({ created: 4, invalid: 0 });
    const memberships = await a.db.memberships.where('clusterId').equals(cluster.id).toArray();
    expect(memberships).toHaveLength(4);
    for (const membership of memberships) {
      const organisation = await a.db.organisations.get(membership.organisationId);
      // Real data points at real data only.
      expect(organisation?.origin).toBeUndefined();
    }

    const exported = await exportAll(a.db, T0 + MINUTE);
    expect(exported.omitted).toEqual([]);
    const b = await workspace();
    const preview = await previewPackage(b.db, exported.bytes);
    expect(preview.missing).toEqual([]);
    await applyPackage(b.db, exported.bytes, { now: T0 + 2 * MINUTE });
    const atB = await b.db.memberships.where('clusterId').equals(cluster.id).toArray();
    expect(atB).toHaveLength(4);
    for (const membership of atB) {
      expect(await b.db.organisations.get(membership.organisationId)).toBeDefined();
    }
    expect(await danglingIn(b.db)).toEqual([]);
  });

  it('records that need sample data are left out and said so; removing the sample keeps them whole and they travel', async () => {
    const a = await workspace();
    await loadSampleWorkspace(a.db, sample, SEED);
    const sampleCluster = sample.clusters[0]!;
    const sampleOrganisation = sample.organisations.find((o) =>
      sample.memberships.some((m) => m.organisationId === o.id),
    )!;
    const own = await a.repos.organisations.create(organisationFields({ name: 'Olive Lab' }));
    const membership = await a.repos.memberships.create({
      organisationId: own.id,
      clusterId: sampleCluster.id,
      status: 'member',
      since: null,
      until: null,
    });
    const person = await a.repos.contacts.create(contactFields(sampleOrganisation.id));

    // Before: the membership travelled without its cluster ("3 members there, 4 here").
    const first = await exportAll(a.db, T0 + MINUTE);
    const read = await readPackage(first.bytes);
    expect(read.tables.memberships).toBeUndefined();
    expect(read.tables.contacts).toBeUndefined();
    expect(read.manifest.omitted).toEqual([
      { table: 'contacts', reason: 'pointsToSample', records: 1 },
      { table: 'memberships', reason: 'pointsToSample', records: 1 },
    ]);
    expect(read.manifest.formatMinor).toBe(1);
    // Sample clocks are no part of what the workspace tells partners it has seen.
    expect(read.manifest.knowledge[SAMPLE_NODE_ID]).toBeUndefined();
    const b = await workspace();
    await applyPackage(b.db, first.bytes, { now: T0 + 2 * MINUTE });
    expect(await danglingIn(b.db)).toEqual([]);

    // The dialog's figures, then the removal: nothing real goes, what it uses stays as its own.
    const realBefore = await ownIds(a.db);
    const preview = await previewSampleRemoval(a.db);
    expect(preview.released).toBe(2);
    expect(preview.keep.clusters).toBe(1);
    expect(preview.keep.organisations).toBeGreaterThanOrEqual(1);
    const removed = await removeSampleWorkspace(a.db, {}, T0 + 3 * MINUTE);
    expect(removed.kept).toBe(preview.keepTotal);
    expect(removed.released).toBe(2);
    expect(removed.removed).toBe(preview.remove);
    const realAfter = await ownIds(a.db);
    for (const [table, ids] of Object.entries(realBefore)) {
      for (const id of ids) expect(realAfter[table]).toContain(id);
    }
    expect(realAfter.clusters).toContain(sampleCluster.id);
    expect(realAfter.organisations).toContain(sampleOrganisation.id);
    const left = await rowsOf(a.db);
    expect(
      Object.values(left)
        .flat()
        .filter((row) => row.origin === 'sample'),
    ).toEqual([]);
    expect(await readSetting(a.db, 'sample')).toBeUndefined();
    expect(await danglingIn(a.db)).toEqual([]);

    // The next package of changes carries the freed records with what they need.
    const changes = await exportPackage(a.db, {
      scope: { kind: 'changesSince', partnerNodeId: b.node, knowledge: first.knowledge },
      appVersion: APP,
      now: T0 + 4 * MINUTE,
    });
    expect(changes.omitted).toEqual([]);
    await applyPackage(b.db, changes.bytes, { now: T0 + 5 * MINUTE });
    expect(await b.db.memberships.get(membership.id)).toBeDefined();
    expect(await b.db.contacts.get(person.id)).toBeDefined();
    expect(await b.db.clusters.get(sampleCluster.id)).toBeDefined();
    expect(await danglingIn(b.db)).toEqual([]);
    expect(await ownIds(b.db)).toEqual(await ownIds(a.db));
  });

  it('a workspace holding only sample data exports nothing, and knows why', async () => {
    const a = await workspace();
    await loadSampleWorkspace(a.db, sample, SEED);
    const exported = await exportAll(a.db, T0);
    expect(exported.records).toBe(0);
    expect(exported.sampleRecords).toBe(
      syncedTableNames.reduce((n, table) => n + sampleRows(table).length, 0),
    );
  });

  it('a partner’s copy of a record this workspace holds as sample makes it real here', async () => {
    const a = await workspace();
    const b = await workspace();
    await loadSampleWorkspace(a.db, sample, SEED);
    await loadSampleWorkspace(b.db, sample, SEED);
    const organisation = sample.organisations[5]!;
    await a.repos.organisations.update(organisation.id, { name: 'Renamed at A' });
    await removeSampleWorkspace(a.db, {}, T0 + MINUTE);
    expect((await a.db.organisations.get(organisation.id))?.origin).toBeUndefined();

    await applyPackage(b.db, (await exportAll(a.db, T0 + 2 * MINUTE)).bytes, {
      now: T0 + 3 * MINUTE,
    });
    const atB = await b.db.organisations.get(organisation.id);
    expect(atB?.name).toBe('Renamed at A');
    expect(atB?.origin).toBeUndefined();
    // B removing its own sample later keeps it: it is real data now.
    await removeSampleWorkspace(b.db, {}, T0 + 4 * MINUTE);
    expect(await b.db.organisations.get(organisation.id)).toEqual(
      await a.db.organisations.get(organisation.id),
    );
  });
});

describe('editing sample records', () => {
  it('an edited sample record stays sample data: never exported, offered to keep on removal', async () => {
    const a = await workspace();
    await loadSampleWorkspace(a.db, sample, SEED);
    const organisation = sample.organisations[0]!;
    const edited = await a.repos.organisations.update(organisation.id, { name: 'Renamed by Amal' });
    expect(edited.origin).toBe('sample');
    expect((await a.db.organisations.get(organisation.id))?.origin).toBe('sample');
    expect((await exportAll(a.db, T0)).records).toBe(0);
    const keep = await previewSampleRemoval(a.db);
    expect(keep.changed).toBe(1);
    expect(keep.keep.organisations).toBe(1);
    const drop = await previewSampleRemoval(a.db, { keepChanged: false });
    expect(drop.keepTotal).toBe(0);
    await removeSampleWorkspace(a.db, { keepChanged: false }, T0 + MINUTE);
    expect(await a.db.organisations.get(organisation.id)).toBeUndefined();
  });
});

describe('an erased person', () => {
  it('is still caught when a spreadsheet brings them back, even if they were sample data', async () => {
    const a = await workspace();
    await loadSampleWorkspace(a.db, sample, SEED);
    const person = sample.contacts.find((c) => c.email !== null && c.givenName !== '')!;
    const organisation = sample.organisations.find((o) => o.id === person.organisationId)!;
    await a.repos.contacts.update(
      person.id,
      erasedContactFields(person, new Date(T0).toISOString()),
    );
    const csv = [
      'given name,family name,e-mail,organisation id',
      `${person.givenName},${person.familyName},${person.email},${organisation.id}`,
    ].join('\n');
    const summary = await importSpreadsheet(a.db, 'contacts', 'contacts.csv', strToU8(csv));
    // Skipped by default: the erasure wins over a spreadsheet.
    expect(summary).toMatchObject({ created: 0, skipped: 1 });
  });
});
