import 'fake-indexeddb/auto';
import { defaultRun } from '../../../src-core/model/workshop-run';
import { afterEach, describe, expect, it } from 'vitest';
import { PackageError, readPackage } from '../../../src-core/exchange';
import { erasedContactFields } from '../../../src-core/roster/erasure';
import { generateSampleWorkspace } from '../../../src-core/sample';
import { ClockError } from '../../../src-core/sync/hlc';
import {
  applyPackage,
  exportWorkspacePackage,
  LAST_IMPORT_KEY,
  lastImport,
  previewPackage,
  undoLastImport,
  UndoImportError,
} from '../../../src-renderer/db/exchange';
import { loadSampleWorkspace } from '../../../src-renderer/db/sample';
import type { StudioDb } from '../../../src-renderer/db/schema';
import {
  byRowId,
  clusterFields,
  contactFields,
  openWorkspaces,
  organisationFields,
  syncedRecords,
} from './helpers';

const T0 = Date.parse('2026-03-14T14:32:00Z');
const MINUTE = 60_000;

const { workspace, closeAll } = openWorkspaces(T0);
afterEach(closeAll);

/**
 * The whole database. `afterUndo` leaves out what an undo does not put back on purpose: the
 * workspace clock (it never goes back) and the undo slot (one level of undo).
 */
async function snapshot(db: StudioDb, afterUndo = false): Promise<unknown> {
  const skipped = afterUndo ? ['clock', LAST_IMPORT_KEY] : [];
  const settings = (await db.settings.toArray()).filter((row) => !skipped.includes(row.key));
  return {
    records: await syncedRecords(db),
    settings: settings.sort((a, b) => (a.key < b.key ? -1 : 1)),
    conflicts: (await db.conflicts.toArray()).sort(byRowId),
  };
}

const exportAt = (db: StudioDb, now: number): Promise<Uint8Array> =>
  exportWorkspacePackage(db, { appVersion: '0.1.0-test', now });

describe('exporting and applying packages', () => {
  it('round trip: a fresh workspace of another node ends with identical records', async () => {
    const a = await workspace();
    const cluster = await a.repos.clusters.create(clusterFields());
    const org = await a.repos.organisations.create(organisationFields());
    await a.repos.contacts.create(contactFields(org.id));
    await a.repos.memberships.create({
      organisationId: org.id,
      clusterId: cluster.id,
      status: 'member',
      since: '2025-01-01',
      until: null,
    });
    a.at(T0 + MINUTE);
    await a.repos.organisations.update(org.id, { name: 'Huilerie Ben Salah SARL' });
    const gone = await a.repos.organisations.create(organisationFields({ name: 'Gone' }));
    await a.repos.organisations.remove(gone.id);
    // Step 1 (reinforcement): a pipeline entry, an activity with it, and the cluster's plan.
    const university = await a.repos.organisations.create(
      organisationFields({ name: 'Université de Sfax', type: 'university' }),
    );
    const entry = await a.repos.recruitments.create({
      clusterId: cluster.id,
      organisationId: university.id,
      stage: 'contacted',
      moves: [
        { stage: 'identified', date: '2026-03-01' },
        { stage: 'contacted', date: '2026-03-05' },
      ],
      declineReason: '',
      nextStep: 'Visit the faculty of science',
      nextStepDue: '2026-04-02',
      owner: 'Amal Haddad',
    });
    await a.repos.recruitmentActivities.create({
      recruitmentId: entry.id,
      kind: 'call',
      date: '2026-03-05',
      notes: 'Interested in the olive by-products segment.',
    });
    await a.repos.reinforcementPlans.create({
      clusterId: cluster.id,
      targetKnowledgeEntities: 3,
      targetDate: '2026-12-31',
      actions: [
        { id: 'a1', text: 'Map the regional universities', owner: 'Amal', due: null, done: true },
      ],
    });

    // Step 2 (meta-clusters): a meta-cluster with its agreement, and a pilot KPI reading.
    const meta = await a.repos.metaClusters.create({
      name: 'Olive meta-cluster',
      valueChainId: null,
      status: 'pilot',
      members: [{ clusterId: cluster.id, role: 'lead' }],
      notes: '',
      governance: { leadClusterId: cluster.id, decisionRule: 'Consensus, else two thirds' },
      agreement: {
        type: 'mou',
        status: 'signed',
        signedOn: '2026-05-04',
        signatories: [{ name: 'Amal Haddad', organisation: 'TOOC', signedOn: '2026-05-04' }],
      },
      actions: [
        {
          id: 'a1',
          text: 'Joint stand at the olive oil fair',
          owner: 'Distretto Agroalimentare di Puglia',
          due: '2026-10-01',
          kpi: '20 SMEs attend',
          status: 'in-progress',
        },
      ],
    });
    await a.repos.pilotKpis.create({
      metaClusterId: meta.id,
      kpi: 'joint-projects',
      date: '2026-06-01',
      value: 2,
      note: '',
    });

    // The workshop runner: a running workshop, a walk-in participant and captured entries.
    const workshop = await a.repos.workshops.create({
      name: 'Tunis meta-cluster workshop',
      kind: 'meta-cluster',
      date: '2026-03-14',
      venue: 'Tunis',
      clusterId: null,
      metaClusterId: meta.id,
      methodId: 'meta-cluster-method',
      methodVersion: '1.0.0',
      facilitators: ['Amal Haddad'],
      languages: ['fr', 'en'],
      startTime: '09:00',
      agenda: [],
      run: {
        ...defaultRun(),
        status: 'running',
        currentStageId: 'm6-prioritise',
        timer: { stageId: 'm6-prioritise', runningSince: null, elapsedMs: 125_000 },
        overrides: [
          {
            stageId: 'm5-matchmaking',
            gateId: 'm5-schedule',
            reason: 'Meetings arranged on paper',
            at: '2026-03-14T11:00:00.000Z',
            by: 'Amal Haddad',
          },
        ],
      },
    });
    const participant = await a.repos.workshopParticipants.create({
      workshopId: workshop.id,
      organisationId: org.id,
      contactId: null,
      walkIn: true,
      checkedInAt: '2026-03-14T08:52:00.000Z',
      table: 3,
    });
    const idea = await a.repos.workshopEntries.create({
      workshopId: workshop.id,
      stageId: 'm6-prioritise',
      entry: { kind: 'idea-cards', text: 'Shared pomace lab', theme: 'Circularity' },
    });
    await a.repos.workshopEntries.create({
      workshopId: workshop.id,
      stageId: 'm6-prioritise',
      entry: {
        kind: 'dot-votes',
        ideaId: idea.id,
        dots: 3,
        source: 'proxy',
        voterId: participant.id,
        table: null,
      },
    });

    const bytes = await exportAt(a.db, T0 + 2 * MINUTE);
    const b = await workspace();
    const result = await applyPackage(b.db, bytes, { now: T0 + 3 * MINUTE });
    expect(result.changed).toBe(15);
    expect(result.conflicts).toBe(0);
    expect(await syncedRecords(b.db)).toEqual(await syncedRecords(a.db));
    expect(await b.db.conflicts.count()).toBe(0);
    // Same data, same bytes: B's export carries the same records.
    const again = await readPackage(await exportAt(b.db, T0 + 4 * MINUTE));
    expect(again.tables).toEqual((await readPackage(bytes)).tables);
  });

  it('does not export sample rows, and names the source and the knowledge', async () => {
    const a = await workspace();
    await loadSampleWorkspace(a.db, generateSampleWorkspace({ seed: 3, organisations: 20 }), 3);
    const mine = await a.repos.clusters.create(clusterFields({ name: 'Mine' }));
    const pkg = await readPackage(await exportAt(a.db, T0));
    expect(pkg.tables).toEqual({ clusters: [mine] });
    expect(pkg.manifest.source.partnerOrganisation).toBe('Tunis Olive Cluster');
    expect(pkg.manifest.source.facilitator).toBe('Amal Haddad');
    expect(pkg.manifest.knowledge[pkg.manifest.source.nodeId]).toBe(mine.clocks['*']);
  });

  it('is idempotent: applying the same package twice changes nothing the second time', async () => {
    const a = await workspace();
    await a.repos.organisations.create(organisationFields());
    const bytes = await exportAt(a.db, T0);
    const b = await workspace();
    await b.repos.clusters.create(clusterFields());
    expect((await applyPackage(b.db, bytes, { now: T0 })).changed).toBe(1);
    const before = await snapshot(b.db);
    const second = await applyPackage(b.db, bytes, { now: T0 + MINUTE });
    expect(second.changed).toBe(0);
    expect(second.conflicts).toBe(0);
    expect(await snapshot(b.db)).toEqual(before);
    expect((await previewPackage(b.db, bytes)).alreadyImported).toBe(true);
  });

  it('concurrent edits of one field: both converge and both log the conflict', async () => {
    const a = await workspace();
    const b = await workspace();
    const org = await a.repos.organisations.create(organisationFields());
    await applyPackage(b.db, await exportAt(a.db, T0), { now: T0 });

    a.at(T0 + MINUTE);
    await a.repos.organisations.update(org.id, { name: 'Name from A' });
    b.at(T0 + 2 * MINUTE);
    await b.repos.organisations.update(org.id, { name: 'Name from B' });
    const fromA = await exportAt(a.db, T0 + 3 * MINUTE);
    const fromB = await exportAt(b.db, T0 + 3 * MINUTE);

    expect(await applyPackage(a.db, fromB, { now: T0 + 4 * MINUTE })).toMatchObject({
      changed: 1,
      conflicts: 1,
    });
    expect(await applyPackage(b.db, fromA, { now: T0 + 4 * MINUTE })).toMatchObject({
      changed: 0,
      conflicts: 1,
    });
    expect(await syncedRecords(a.db)).toEqual(await syncedRecords(b.db));
    expect((await a.db.organisations.get(org.id))?.name).toBe('Name from B');
    for (const db of [a.db, b.db]) {
      const conflicts = await db.conflicts.toArray();
      expect(conflicts).toHaveLength(1);
      expect(conflicts[0]).toMatchObject({
        table: 'organisations',
        recordId: org.id,
        field: 'name',
        keptValue: 'Name from B',
        lostValue: 'Name from A',
        resolvedAt: null,
        detectedAt: new Date(T0 + 4 * MINUTE).toISOString(),
      });
    }
    // And a further exchange both ways changes nothing and logs nothing new.
    const a2 = await exportAt(a.db, T0 + 5 * MINUTE);
    const b2 = await exportAt(b.db, T0 + 5 * MINUTE);
    expect(await applyPackage(a.db, b2, { now: T0 + 6 * MINUTE })).toMatchObject({
      changed: 0,
      conflicts: 0,
    });
    expect(await applyPackage(b.db, a2, { now: T0 + 6 * MINUTE })).toMatchObject({
      changed: 0,
      conflicts: 0,
    });
  });

  it('an erased person stays erased when an older package still holds their data', async () => {
    const a = await workspace();
    const org = await a.repos.organisations.create(organisationFields());
    const contact = await a.repos.contacts.create(contactFields(org.id));
    const older = await exportAt(a.db, T0);
    a.at(T0 + MINUTE);
    await a.repos.contacts.update(
      contact.id,
      erasedContactFields(contact, new Date(T0 + MINUTE).toISOString()),
    );
    const erasure = await exportAt(a.db, T0 + MINUTE);

    // At the eraser itself, the older package brings nothing back.
    await applyPackage(a.db, older, { now: T0 + 2 * MINUTE });
    // A partner who receives the erasure first, then the older package.
    const c = await workspace();
    await applyPackage(c.db, erasure, { now: T0 + 2 * MINUTE });
    await applyPackage(c.db, older, { now: T0 + 3 * MINUTE });
    // A partner who had the data and then receives the erasure: erased, and no undo keeps it.
    const b = await workspace();
    await applyPackage(b.db, older, { now: T0 + 2 * MINUTE });
    await applyPackage(b.db, erasure, { now: T0 + 3 * MINUTE });
    expect(await lastImport(b.db)).toMatchObject({ undoable: false });
    expect(await undoLastImport(b.db)).toBe(false);

    for (const db of [a.db, b.db, c.db]) {
      const row = await db.contacts.get(contact.id);
      expect(row).toMatchObject({
        givenName: '',
        familyName: '',
        email: null,
        phone: null,
        role: '',
        languages: [],
        doNotContact: true,
      });
      expect(row?.erasedAt).not.toBeNull();
      const everything = JSON.stringify(await snapshot(db));
      expect(everything).not.toContain('amal@example.tn');
      expect(everything).not.toContain('+216');
    }
  });

  it("an erasure that arrives purges the conflicts that kept the person's old values", async () => {
    const a = await workspace();
    const b = await workspace();
    const org = await a.repos.organisations.create(organisationFields());
    const contact = await a.repos.contacts.create(contactFields(org.id));
    await applyPackage(b.db, await exportAt(a.db, T0), { now: T0 });
    a.at(T0 + MINUTE);
    await a.repos.contacts.update(contact.id, { role: 'Chief Olive Officer' });
    b.at(T0 + 2 * MINUTE);
    await b.repos.contacts.update(contact.id, { role: 'Managing Director' });
    await applyPackage(b.db, await exportAt(a.db, T0 + 3 * MINUTE), { now: T0 + 3 * MINUTE });
    expect(await b.db.conflicts.toArray()).toMatchObject([
      { field: 'role', lostValue: 'Chief Olive Officer' },
    ]);
    a.at(T0 + 4 * MINUTE);
    const current = (await a.db.contacts.get(contact.id))!;
    await a.repos.contacts.update(
      contact.id,
      erasedContactFields(current, new Date(T0 + 4 * MINUTE).toISOString()),
    );
    await applyPackage(b.db, await exportAt(a.db, T0 + 4 * MINUTE), { now: T0 + 5 * MINUTE });
    expect(await b.db.conflicts.count()).toBe(0);
    const everything = JSON.stringify(await snapshot(b.db));
    expect(everything).not.toContain('Chief Olive Officer');
    expect(everything).not.toContain('Managing Director');
    expect(everything).not.toContain('amal@example.tn');
  });

  it('refuses a hostile package with a PackageError and writes nothing', async () => {
    const a = await workspace();
    await a.repos.organisations.create(organisationFields());
    const bytes = await exportAt(a.db, T0);
    const b = await workspace();
    await b.repos.clusters.create(clusterFields());
    const before = await snapshot(b.db);
    const truncated = bytes.slice(0, bytes.length - 40);
    await expect(applyPackage(b.db, truncated, { now: T0 })).rejects.toBeInstanceOf(PackageError);
    await expect(previewPackage(b.db, truncated)).rejects.toBeInstanceOf(PackageError);
    await expect(applyPackage(b.db, new Uint8Array([1, 2, 3]), { now: T0 })).rejects.toMatchObject({
      code: 'notZip',
    });
    expect(await snapshot(b.db)).toEqual(before);
  });

  it('refuses a clock more than a day ahead (ClockError) and writes nothing', async () => {
    const a = await workspace();
    a.at(T0 + 3 * 24 * 60 * MINUTE);
    await a.repos.organisations.create(organisationFields());
    const bytes = await exportAt(a.db, T0);
    const b = await workspace();
    const before = await snapshot(b.db);
    await expect(applyPackage(b.db, bytes, { now: T0 })).rejects.toBeInstanceOf(ClockError);
    expect(await snapshot(b.db)).toEqual(before);
  });

  it('is atomic: a failure while writing one table leaves the database exactly as it was', async () => {
    const a = await workspace();
    const b = await workspace();
    const cluster = await a.repos.clusters.create(clusterFields());
    const org = await a.repos.organisations.create(organisationFields());
    await applyPackage(b.db, await exportAt(a.db, T0), { now: T0 });
    a.at(T0 + MINUTE);
    await a.repos.clusters.update(cluster.id, { name: 'Renamed' });
    await a.repos.organisations.update(org.id, { name: 'Renamed too' });
    await a.repos.organisations.create(organisationFields({ name: 'Brand new' }));
    const bytes = await exportAt(a.db, T0 + MINUTE);

    const before = await snapshot(b.db);
    // A real failure path: IndexedDB refuses one write of the organisations table, which is
    // written after clusters (so the cluster rename was already put when it fails).
    const failing = (): void => {
      throw new Error('disk full');
    };
    b.db.organisations.hook('creating', failing);
    await expect(applyPackage(b.db, bytes, { now: T0 + 2 * MINUTE })).rejects.toThrow(/disk full/);
    expect(await snapshot(b.db)).toEqual(before);
    b.db.organisations.hook('creating').unsubscribe(failing);
    expect(await applyPackage(b.db, bytes, { now: T0 + 2 * MINUTE })).toMatchObject({
      changed: 3,
    });
    expect((await b.db.clusters.get(cluster.id))?.name).toBe('Renamed');
  });

  it('preview counts what apply then does, without writing', async () => {
    const a = await workspace();
    const b = await workspace();
    const cluster = await a.repos.clusters.create(clusterFields());
    const keep = await a.repos.clusters.create(clusterFields({ name: 'Unchanged' }));
    const org = await a.repos.organisations.create(organisationFields());
    await applyPackage(b.db, await exportAt(a.db, T0), { now: T0 });
    a.at(T0 + MINUTE);
    await a.repos.clusters.remove(cluster.id);
    await a.repos.organisations.update(org.id, { name: 'From A' });
    await a.repos.organisations.create(organisationFields({ name: 'Brand new' }));
    b.at(T0 + 2 * MINUTE);
    await b.repos.organisations.update(org.id, { name: 'From B' });
    const bytes = await exportAt(a.db, T0 + 2 * MINUTE);

    const before = await snapshot(b.db);
    const preview = await previewPackage(b.db, bytes);
    expect(await snapshot(b.db)).toEqual(before);
    expect(preview.alreadyImported).toBe(false);
    expect(preview.signature).toBe('unsigned');
    expect(preview.perTable).toEqual([
      { table: 'clusters', new: 0, updated: 0, deleted: 1, unchanged: 1 },
      { table: 'organisations', new: 1, updated: 0, deleted: 0, unchanged: 1 },
    ]);
    expect(preview.conflicts).toBe(1);
    expect(keep.deleted).toBe(false);

    const result = await applyPackage(b.db, bytes, { now: T0 + 3 * MINUTE });
    const changing = preview.perTable.reduce((n, t) => n + t.new + t.updated + t.deleted, 0);
    expect(result).toEqual({
      packageId: preview.manifest.packageId,
      changed: changing,
      conflicts: 1,
      alreadyImported: false,
      isOwn: false,
      knowledge: preview.manifest.knowledge,
    });
    expect((await b.db.organisations.get(org.id))?.name).toBe('From B');
    expect((await b.db.clusters.get(cluster.id))?.deleted).toBe(true);
  });
});

describe('undo last import', () => {
  it('restores exactly the previous state (records, conflicts, bookkeeping)', async () => {
    const a = await workspace();
    const b = await workspace();
    const org = await a.repos.organisations.create(organisationFields());
    const first = await exportAt(a.db, T0);
    await applyPackage(b.db, first, { now: T0 });
    a.at(T0 + MINUTE);
    await a.repos.organisations.update(org.id, { name: 'From A' });
    await a.repos.clusters.create(clusterFields());
    b.at(T0 + 2 * MINUTE);
    await b.repos.organisations.update(org.id, { name: 'From B' });
    const fromA = await exportAt(a.db, T0 + 3 * MINUTE);
    const fromB = await exportAt(b.db, T0 + 3 * MINUTE);
    // A conflict already in B's log, which the undone import must not touch.
    await applyPackage(a.db, fromB, { now: T0 + 4 * MINUTE });
    a.at(T0 + 5 * MINUTE);
    await a.repos.organisations.update(org.id, { offers: ['olive oil'] });
    const later = await exportAt(a.db, T0 + 5 * MINUTE);

    await applyPackage(b.db, fromA, { now: T0 + 6 * MINUTE });
    const before = await snapshot(b.db, true);
    const result = await applyPackage(b.db, later, { now: T0 + 7 * MINUTE });
    expect(result.changed).toBe(1);
    expect(await lastImport(b.db)).toMatchObject({ packageId: result.packageId, undoable: true });

    expect(await undoLastImport(b.db)).toBe(true);
    expect(await snapshot(b.db, true)).toEqual(before);
    expect(await undoLastImport(b.db)).toBe(false);
    // The package is no longer marked imported: it can come again.
    expect((await previewPackage(b.db, later)).alreadyImported).toBe(false);
    expect((await applyPackage(b.db, later, { now: T0 + 8 * MINUTE })).changed).toBe(1);
  });

  it('undoes an import that added records and conflicts', async () => {
    const a = await workspace();
    const b = await workspace();
    const org = await a.repos.organisations.create(organisationFields());
    await applyPackage(b.db, await exportAt(a.db, T0), { now: T0 });
    a.at(T0 + MINUTE);
    await a.repos.organisations.update(org.id, { name: 'From A' });
    await a.repos.clusters.create(clusterFields());
    b.at(T0 + 2 * MINUTE);
    await b.repos.organisations.update(org.id, { name: 'From B' });
    const before = await snapshot(b.db, true);
    const result = await applyPackage(b.db, await exportAt(a.db, T0 + 3 * MINUTE), {
      now: T0 + 4 * MINUTE,
    });
    expect(result).toMatchObject({ changed: 1, conflicts: 1 });
    expect(await undoLastImport(b.db)).toBe(true);
    expect(await snapshot(b.db, true)).toEqual(before);
  });

  it('refuses to undo over a record edited after the import', async () => {
    const a = await workspace();
    const b = await workspace();
    const org = await a.repos.organisations.create(organisationFields());
    await applyPackage(b.db, await exportAt(a.db, T0), { now: T0 });
    b.at(T0 + MINUTE);
    await b.repos.organisations.update(org.id, { name: 'Edited after' });
    const before = await snapshot(b.db);
    await expect(undoLastImport(b.db)).rejects.toBeInstanceOf(UndoImportError);
    expect(await snapshot(b.db)).toEqual(before);
  });
});
