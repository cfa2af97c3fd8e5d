// The Participants tab as writes and reads: invite from the rosters (nobody twice), walk-ins at the
// door (organisation + contact + checked-in participant in one transaction, nothing written on a
// refusal), check-in and its undo, table numbers, removal and restore.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src-renderer/db/repositories';
import {
  checkIn,
  inviteParticipants,
  queryInvitable,
  removeParticipant,
  restoreParticipant,
  searchInvitable,
  setTable,
} from '../../../src-renderer/db/workshop-participants';
import { addWalkIn, type WalkIn } from '../../../src-renderer/db/workshop-walk-ins';
import { createWorkshop } from '../../../src-renderer/db/workshops';
import {
  clusterFields,
  contactFields,
  databaseSnapshot,
  openWorkspaces,
  organisationFields,
  syncedRecords,
  type Workspace,
} from './helpers';

const T0 = Date.parse('2026-09-01T09:00:00Z');
const TODAY = '2026-09-01';
const NOW = new Date('2026-09-01T08:45:00Z');

const { workspace, closeAll } = openWorkspaces(T0);
afterEach(closeAll);

interface Scenario extends Workspace {
  workshopId: string;
  pressId: string;
  amalId: string;
  samiId: string;
  traderId: string;
}

/**
 * A reinforcement workshop of the Sfax cluster, whose members are an olive-oil press (contacts
 * Amal and Sami) and a trader without contacts; a prospect organisation is not a member.
 */
async function scenario(): Promise<Scenario> {
  const ws = await workspace();
  const { repos } = ws;
  const cluster = await repos.clusters.create(clusterFields());
  const press = await repos.organisations.create(
    organisationFields({ name: 'Huilerie Ben Salah' }),
  );
  const trader = await repos.organisations.create(organisationFields({ name: 'Sfax Trading' }));
  const prospect = await repos.organisations.create(organisationFields({ name: 'Olivia SA' }));
  for (const [organisation, status] of [
    [press, 'member'],
    [trader, 'member'],
    [prospect, 'prospect'],
  ] as const) {
    await repos.memberships.create({
      organisationId: organisation.id,
      clusterId: cluster.id,
      status,
      since: '2025-01-01',
      until: null,
    });
  }
  const amal = await repos.contacts.create(contactFields(press.id));
  const sami = await repos.contacts.create(
    contactFields(press.id, { givenName: 'Sami', familyName: 'Trabelsi', email: null }),
  );
  await repos.contacts.create(
    contactFields(press.id, { givenName: 'Nour', familyName: 'Ayari', doNotContact: true }),
  );
  const workshop = await createWorkshop(
    repos,
    {
      name: 'Sfax reinforcement',
      kind: 'reinforcement',
      date: TODAY,
      venue: 'Sfax Technopark',
      clusterId: cluster.id,
      metaClusterId: null,
    },
    'Amal Haddad',
  );
  return {
    ...ws,
    workshopId: workshop.id,
    pressId: press.id,
    amalId: amal.id,
    samiId: sami.id,
    traderId: trader.id,
  };
}

async function liveParticipants(ws: Scenario) {
  const rows = await ws.db.workshopParticipants.where('workshopId').equals(ws.workshopId).toArray();
  return rows.filter((row) => !row.deleted);
}

async function tableCounts(ws: Workspace): Promise<Record<string, number>> {
  const records = await syncedRecords(ws.db);
  return Object.fromEntries(Object.entries(records).map(([table, rows]) => [table, rows.length]));
}

const walkIn = (overrides: Partial<WalkIn> = {}): WalkIn => ({
  givenName: 'Leila',
  familyName: 'Mansour',
  email: null,
  organisationId: null,
  newOrganisation: { name: 'Atelier Mansour', type: 'sme-micro', country: 'TN' },
  ...overrides,
});

describe('inviting from the rosters', () => {
  it('lists the committed members’ contacts, or the organisation when it has none', async () => {
    const ws = await scenario();
    const [group] = await queryInvitable(ws.db, ws.workshopId, TODAY);
    expect(group?.cluster).toBe('Cluster Oléicole de Sfax');
    expect(group?.people.map((p) => [p.organisation, p.person, p.invited])).toEqual([
      ['Huilerie Ben Salah', 'Amal Haddad', false],
      ['Huilerie Ben Salah', 'Sami Trabelsi', false],
      ['Sfax Trading', '', false],
    ]);
  });

  it('takes the organisations the page has read, and reads the others', async () => {
    const ws = await scenario();
    const press = await ws.db.organisations.get(ws.pressId);
    if (!press) throw new Error('the scenario has the press');
    // The page's copy (its run data) — marked, to see that it is the one used.
    const known = new Map([[press.id, { ...press, name: 'Huilerie Ben Salah (as read)' }]]);
    const [group] = await queryInvitable(ws.db, ws.workshopId, TODAY, known);
    expect(group?.people.map((p) => [p.organisation, p.person])).toEqual([
      ['Huilerie Ben Salah (as read)', 'Amal Haddad'],
      ['Huilerie Ben Salah (as read)', 'Sami Trabelsi'],
      ['Sfax Trading', ''],
    ]);
    // Everything read by the query itself gives the same list, names as stored.
    const [stored] = await queryInvitable(ws.db, ws.workshopId, TODAY, new Map());
    expect(stored?.people.map((p) => p.organisation)).toEqual([
      'Huilerie Ben Salah',
      'Huilerie Ben Salah',
      'Sfax Trading',
    ]);
  });

  it('invites in one go and skips people already on the list', async () => {
    const ws = await scenario();
    const amal = { organisationId: ws.pressId, contactId: ws.amalId };
    const first = await inviteParticipants(ws.db, ws.repos, ws.workshopId, [amal, amal]);
    expect(first).toHaveLength(1);
    const second = await inviteParticipants(ws.db, ws.repos, ws.workshopId, [
      amal,
      { organisationId: ws.pressId, contactId: ws.samiId },
      { organisationId: ws.traderId, contactId: null },
    ]);
    expect(second).toHaveLength(2);
    const rows = await liveParticipants(ws);
    expect(rows).toHaveLength(3);
    expect(rows.every((row) => !row.walkIn && row.checkedInAt === null)).toBe(true);
    const [group] = await queryInvitable(ws.db, ws.workshopId, TODAY);
    expect(group?.people.every((p) => p.invited)).toBe(true);
  });

  it('restores a removed participant rather than adding them twice', async () => {
    const ws = await scenario();
    const amal = { organisationId: ws.pressId, contactId: ws.amalId };
    const [row] = await inviteParticipants(ws.db, ws.repos, ws.workshopId, [amal]);
    await removeParticipant(ws.repos, row!.id);
    expect(await liveParticipants(ws)).toHaveLength(0);
    const again = await inviteParticipants(ws.db, ws.repos, ws.workshopId, [amal]);
    expect(again.map((r) => r.id)).toEqual([row!.id]);
    expect(await ws.db.workshopParticipants.count()).toBe(1);
  });

  it('finds anyone in the workspace by name, leaving out who asked not to be contacted', async () => {
    const ws = await scenario();
    const hits = await searchInvitable(ws.db, ws.workshopId, 'sami');
    expect(hits.map((hit) => hit.person)).toEqual(['Sami Trabelsi']);
    expect(await searchInvitable(ws.db, ws.workshopId, 'nour')).toEqual([]);
    const organisations = await searchInvitable(ws.db, ws.workshopId, 'olivia');
    expect(organisations.map((hit) => [hit.organisation, hit.contactId])).toEqual([
      ['Olivia SA', null],
    ]);
  });
});

describe('walk-ins', () => {
  it('creates the organisation, a private consented contact and a checked-in participant', async () => {
    const ws = await scenario();
    const result = await addWalkIn(
      ws.db,
      ws.repos,
      ws.workshopId,
      walkIn({ email: ' leila@example.tn ' }),
      NOW,
    );
    expect(result.organisation).toMatchObject({
      name: 'Atelier Mansour',
      type: 'sme-micro',
      country: 'TN',
      region: null,
    });
    expect(result.contact).toMatchObject({
      organisationId: result.organisation!.id,
      givenName: 'Leila',
      familyName: 'Mansour',
      email: 'leila@example.tn',
      phone: null,
      role: '',
      languages: [],
      legalBasis: 'consent',
      consentDate: '2026-09-01',
      shareScope: 'private',
      doNotContact: false,
    });
    expect(result.participant).toMatchObject({
      workshopId: ws.workshopId,
      organisationId: result.organisation!.id,
      contactId: result.contact.id,
      walkIn: true,
      checkedInAt: NOW.toISOString(),
      table: null,
    });
  });

  it('can join an existing organisation', async () => {
    const ws = await scenario();
    const before = await tableCounts(ws);
    const result = await addWalkIn(
      ws.db,
      ws.repos,
      ws.workshopId,
      walkIn({ organisationId: ws.traderId, newOrganisation: null }),
      NOW,
    );
    expect(result.organisation).toBeNull();
    expect(result.contact.organisationId).toBe(ws.traderId);
    const after = await tableCounts(ws);
    expect(after.organisations).toBe(before.organisations);
    expect(after.contacts).toBe(before.contacts! + 1);
  });

  it.each([
    ['an invalid e-mail', walkIn({ email: 'leila-at-example' }), 'email'],
    [
      'an empty organisation name',
      walkIn({ newOrganisation: { name: '  ', type: 'sme-micro', country: 'TN' } }),
      'organisation.name',
    ],
    [
      'no organisation type',
      walkIn({ newOrganisation: { name: 'Atelier', type: null, country: 'TN' } }),
      'organisation.type',
    ],
    ['no name at all', walkIn({ givenName: ' ', familyName: '' }), 'givenName'],
    ['no organisation', walkIn({ newOrganisation: null }), 'organisation'],
    [
      'an organisation that does not exist',
      walkIn({ organisationId: '01890000-0000-7000-8000-000000000000', newOrganisation: null }),
      'organisation',
    ],
  ])('refuses %s and writes nothing', async (_case, input, field) => {
    const ws = await scenario();
    const before = await databaseSnapshot(ws.db);
    const counts = await tableCounts(ws);
    const error = await addWalkIn(ws.db, ws.repos, ws.workshopId, input, NOW).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).problems.map((p) => p.field)).toContain(field);
    expect(await tableCounts(ws)).toEqual(counts);
    expect(await databaseSnapshot(ws.db)).toEqual(before);
  });
});

describe('check-in and tables', () => {
  it('checks in with the time and undoes it', async () => {
    const ws = await scenario();
    const [row] = await inviteParticipants(ws.db, ws.repos, ws.workshopId, [
      { organisationId: ws.pressId, contactId: ws.amalId },
    ]);
    const checked = await checkIn(ws.repos, row!.id, NOW);
    expect(checked.checkedInAt).toBe('2026-09-01T08:45:00.000Z');
    const undone = await checkIn(ws.repos, row!.id, null);
    expect(undone.checkedInAt).toBeNull();
  });

  it('seats someone at a table and refuses numbers outside 1–100, writing nothing', async () => {
    const ws = await scenario();
    const [row] = await inviteParticipants(ws.db, ws.repos, ws.workshopId, [
      { organisationId: ws.pressId, contactId: ws.amalId },
    ]);
    expect((await setTable(ws.repos, row!.id, 3)).table).toBe(3);
    for (const bad of [0, 101, 2.5]) {
      const before = await databaseSnapshot(ws.db);
      await expect(setTable(ws.repos, row!.id, bad)).rejects.toBeInstanceOf(ValidationError);
      expect(await databaseSnapshot(ws.db)).toEqual(before);
    }
    expect((await setTable(ws.repos, row!.id, null)).table).toBeNull();
  });

  it('removes and restores a participant', async () => {
    const ws = await scenario();
    const [row] = await inviteParticipants(ws.db, ws.repos, ws.workshopId, [
      { organisationId: ws.traderId, contactId: null },
    ]);
    expect((await removeParticipant(ws.repos, row!.id)).deleted).toBe(true);
    expect((await restoreParticipant(ws.repos, row!.id)).deleted).toBe(false);
    expect(await liveParticipants(ws)).toHaveLength(1);
  });
});
