// Referential integrity on the importer's side (issue 12): a record whose required organisation or
// cluster is missing altogether is shown with whom to ask for it — the partner who wrote the
// reference, this workspace itself, or an unknown node by its first 8 characters — while one whose
// target is deleted stays hidden as before. The module, then the roster and record queries.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { MembershipRecord } from '../../../src-core/model/entities';
import type { Partners } from '../../../src-core/model/workspace';
import {
  askWhom,
  checkReferences,
  readWriterDirectory,
  rowsById,
  targetLookup,
  type WriterDirectory,
} from '../../../src-renderer/db/missing-references';
import {
  queryClusterDetail,
  queryContactDetail,
  queryMembershipDetail,
} from '../../../src-renderer/db/record-queries';
import {
  queryClusterViewRows,
  queryContactViewRows,
  queryMembershipViewRows,
} from '../../../src-renderer/db/roster-queries';
import { writeSetting } from '../../../src-renderer/db/settings';
import {
  clusterFields,
  contactFields,
  openWorkspaces,
  organisationFields,
  type Workspace,
} from './helpers';

const T0 = Date.parse('2026-03-14T09:00:00Z');
const PARTNER_NODE = 'bbbbbbbbbbbbbbbb';
const STRANGER_NODE = 'cccccccc11111111';
const PARTNER_CLOCK = `000001741962720000-0000-${PARTNER_NODE}`;
const STRANGER_CLOCK = `000001741962720000-0000-${STRANGER_NODE}`;
/** Ids no record here has. */
const GONE_ORGANISATION = '019bc0e2-1280-7000-8000-00000000a001';
const GONE_CLUSTER = '019bc0e2-1280-7000-8000-00000000c001';

const { workspace, closeAll } = openWorkspaces(T0);
afterEach(closeAll);

const partners: Partners = {
  [PARTNER_NODE]: {
    partnerOrganisation: 'Tunis Olive Cluster',
    facilitator: 'Youssef Ben Ali',
    lastReceivedAt: '2026-03-14T08:00:00.000Z',
  },
};

async function withPartner(ws: Workspace): Promise<void> {
  await writeSetting(ws.db, 'exchange:partners', partners);
}

/** A membership as a partner's package would leave it: written by `clock`'s node, put as is. */
async function putMembership(
  ws: Workspace,
  id: string,
  fields: Pick<MembershipRecord, 'organisationId' | 'clusterId'>,
  clock = PARTNER_CLOCK,
): Promise<void> {
  await ws.db.memberships.put({
    id,
    ...fields,
    status: 'member',
    since: '2025-01-01',
    until: null,
    deleted: false,
    clocks: { '*': clock },
  });
}

/** A cluster with three members of its own, as in the issue: the fourth is added by each test. */
async function clusterWithMembers(ws: Workspace) {
  const cluster = await ws.repos.clusters.create(clusterFields({ name: 'Sfax Olive Cluster' }));
  const organisations = [];
  for (const name of ['Huilerie Ben Salah', 'Sfax Trading', 'Université de Sfax']) {
    const organisation = await ws.repos.organisations.create(organisationFields({ name }));
    organisations.push(organisation);
    await ws.repos.memberships.create({
      organisationId: organisation.id,
      clusterId: cluster.id,
      status: 'member',
      since: null,
      until: null,
    });
  }
  return { cluster, organisations };
}

describe('the module', () => {
  const directory: WriterDirectory = { partners, ownNode: 'aaaaaaaaaaaaaaaa' };
  const record = (clock: string) => ({ clocks: { '*': clock } });

  it('names the partner who wrote the reference, from the partners list', () => {
    expect(askWhom(record(PARTNER_CLOCK), 'organisationId', directory)).toEqual({
      kind: 'partner',
      node: PARTNER_NODE,
      partner: 'Tunis Olive Cluster',
    });
  });

  it('falls back to the facilitator when the partner organisation is blank', () => {
    const unnamed: WriterDirectory = {
      ...directory,
      partners: { [PARTNER_NODE]: { ...partners[PARTNER_NODE]!, partnerOrganisation: ' ' } },
    };
    expect(askWhom(record(PARTNER_CLOCK), 'organisationId', unnamed)).toMatchObject({
      kind: 'partner',
      partner: 'Youssef Ben Ali',
    });
  });

  it('says "here" for this workspace and gives an unknown node its first 8 characters', () => {
    const own = `000001741962720000-0000-aaaaaaaaaaaaaaaa`;
    expect(askWhom(record(own), 'organisationId', directory)).toEqual({
      kind: 'here',
      node: 'aaaaaaaaaaaaaaaa',
    });
    expect(askWhom(record(STRANGER_CLOCK), 'organisationId', directory)).toEqual({
      kind: 'unknown',
      node: STRANGER_NODE,
      shortNode: 'cccccccc',
    });
  });

  it('reads the writer of the field itself, and of a dotted field its top-level clock', () => {
    const mixed = { clocks: { '*': PARTNER_CLOCK, entry: STRANGER_CLOCK } };
    expect(askWhom(mixed, 'organisationId', directory).kind).toBe('partner');
    expect(askWhom(mixed, 'entry.organisationId', directory).kind).toBe('unknown');
  });

  it('tells missing from deleted, and checks only the tables it was given', () => {
    const membership = {
      id: '019bc0e2-1280-7000-8000-000000000001',
      organisationId: GONE_ORGANISATION,
      clusterId: GONE_CLUSTER,
      status: 'member' as const,
      since: null,
      until: null,
      deleted: false,
      clocks: { '*': PARTNER_CLOCK },
    };
    const onlyOrganisations = targetLookup({ organisations: rowsById([]) });
    expect(checkReferences('memberships', membership, onlyOrganisations, directory)).toEqual({
      missing: [
        {
          field: 'organisationId',
          table: 'organisations',
          id: GONE_ORGANISATION,
          ask: { kind: 'partner', node: PARTNER_NODE, partner: 'Tunis Olive Cluster' },
        },
      ],
      hasDeletedTarget: false,
    });
    const deletedCluster = targetLookup({
      organisations: rowsById([{ id: GONE_ORGANISATION, deleted: false }]),
      clusters: rowsById([{ id: GONE_CLUSTER, deleted: true }]),
    });
    expect(checkReferences('memberships', membership, deletedCluster, directory)).toEqual({
      missing: [],
      hasDeletedTarget: true,
    });
  });

  it('leaves out references that are not required (a participant without its contact)', () => {
    const participant = {
      id: '019bc0e2-1280-7000-8000-00000000b001',
      workshopId: '019bc0e2-1280-7000-8000-00000000b002',
      organisationId: GONE_ORGANISATION,
      contactId: '019bc0e2-1280-7000-8000-00000000b003',
      walkIn: false,
      checkedInAt: null,
      table: null,
      deleted: false,
      clocks: { '*': PARTNER_CLOCK },
    };
    const lookup = targetLookup({ organisations: rowsById([]), contacts: rowsById([]) });
    const { missing } = checkReferences('workshopParticipants', participant, lookup, directory);
    expect(missing.map((ref) => ref.field)).toEqual(['organisationId']);
  });

  it('reads the partners and this workspace’s node from the settings', async () => {
    const ws = await workspace();
    await withPartner(ws);
    expect(await readWriterDirectory(ws.db)).toEqual({ partners, ownNode: ws.node });
  });
});

describe('queryMembershipViewRows', () => {
  it('lists a membership whose organisation is missing, naming the partner to ask', async () => {
    const ws = await workspace();
    await withPartner(ws);
    const { cluster } = await clusterWithMembers(ws);
    const fourth = '019bc0e2-1280-7000-8000-000000000004';
    await putMembership(ws, fourth, { organisationId: GONE_ORGANISATION, clusterId: cluster.id });

    const rows = await queryMembershipViewRows(ws.db);
    expect(rows).toHaveLength(4);
    const row = rows.find((r) => r.id === fourth);
    expect(row).toMatchObject({ organisationName: '', clusterName: 'Sfax Olive Cluster' });
    expect(row?.missing).toEqual([
      {
        field: 'organisationId',
        table: 'organisations',
        id: GONE_ORGANISATION,
        ask: { kind: 'partner', node: PARTNER_NODE, partner: 'Tunis Olive Cluster' },
      },
    ]);
    expect(rows.filter((r) => r.id !== fourth).every((r) => r.missing.length === 0)).toBe(true);
  });

  it('lists a membership whose cluster is missing, and one whose writer is unknown', async () => {
    const ws = await workspace();
    await withPartner(ws);
    const organisation = await ws.repos.organisations.create(organisationFields());
    const id = '019bc0e2-1280-7000-8000-000000000005';
    await putMembership(
      ws,
      id,
      { organisationId: organisation.id, clusterId: GONE_CLUSTER },
      STRANGER_CLOCK,
    );
    const [row] = await queryMembershipViewRows(ws.db);
    expect(row).toMatchObject({ id, organisationName: 'Huilerie Ben Salah', clusterName: '' });
    expect(row?.missing).toEqual([
      {
        field: 'clusterId',
        table: 'clusters',
        id: GONE_CLUSTER,
        ask: { kind: 'unknown', node: STRANGER_NODE, shortNode: 'cccccccc' },
      },
    ]);
  });

  it('does not list a membership whose organisation is deleted (a deletion is data)', async () => {
    const ws = await workspace();
    await withPartner(ws);
    const { organisations } = await clusterWithMembers(ws);
    await ws.repos.organisations.remove(organisations[0]!.id);
    const rows = await queryMembershipViewRows(ws.db);
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => r.organisationName).sort()).toEqual([
      'Sfax Trading',
      'Université de Sfax',
    ]);
  });

  it('says "here" when this workspace wrote the membership and the organisation is gone', async () => {
    const ws = await workspace();
    const { organisations } = await clusterWithMembers(ws);
    // Rows are never removed by the app; a restore or a hand edit can still take one away.
    await ws.db.organisations.delete(organisations[1]!.id);
    const rows = await queryMembershipViewRows(ws.db);
    const orphan = rows.find((r) => r.organisationId === organisations[1]!.id);
    expect(orphan?.missing[0]?.ask).toEqual({ kind: 'here', node: ws.node });
  });
});

describe('queryContactViewRows', () => {
  it('names the partner to ask for a contact’s missing organisation', async () => {
    const ws = await workspace();
    await withPartner(ws);
    const id = '019bc0e2-1280-7000-8000-00000000d001';
    await ws.db.contacts.put({
      id,
      ...contactFields(GONE_ORGANISATION),
      deleted: false,
      clocks: { '*': PARTNER_CLOCK },
    });
    const [row] = await queryContactViewRows(ws.db);
    expect(row).toMatchObject({ id, name: 'Amal Haddad', organisationName: '' });
    expect(row?.missing).toEqual([
      {
        field: 'organisationId',
        table: 'organisations',
        id: GONE_ORGANISATION,
        ask: { kind: 'partner', node: PARTNER_NODE, partner: 'Tunis Olive Cluster' },
      },
    ]);
  });

  it('keeps a contact of a deleted organisation with no organisation and nothing missing', async () => {
    const ws = await workspace();
    const organisation = await ws.repos.organisations.create(organisationFields());
    await ws.repos.contacts.create(contactFields(organisation.id));
    await ws.repos.organisations.remove(organisation.id);
    const [row] = await queryContactViewRows(ws.db);
    expect(row).toMatchObject({ organisationName: '', missing: [] });
  });
});

describe('queryClusterDetail', () => {
  it('counts and lists a member whose organisation is missing, apart from the helix members', async () => {
    const ws = await workspace();
    await withPartner(ws);
    const { cluster } = await clusterWithMembers(ws);
    const fourth = '019bc0e2-1280-7000-8000-000000000004';
    await putMembership(ws, fourth, { organisationId: GONE_ORGANISATION, clusterId: cluster.id });

    const detail = await queryClusterDetail(ws.db, cluster.id);
    expect(detail?.members.map((m) => m.organisation.name)).toEqual([
      'Huilerie Ben Salah',
      'Sfax Trading',
      'Université de Sfax',
    ]);
    expect(detail?.membersMissingOrganisation).toHaveLength(1);
    expect(detail?.membersMissingOrganisation[0]?.membership.id).toBe(fourth);
    expect(detail?.membersMissingOrganisation[0]?.missing).toMatchObject({
      field: 'organisationId',
      id: GONE_ORGANISATION,
      ask: { kind: 'partner', partner: 'Tunis Olive Cluster' },
    });
  });

  it('leaves out a member whose organisation is deleted', async () => {
    const ws = await workspace();
    const { cluster, organisations } = await clusterWithMembers(ws);
    await ws.repos.organisations.remove(organisations[2]!.id);
    const detail = await queryClusterDetail(ws.db, cluster.id);
    expect(detail?.members).toHaveLength(2);
    expect(detail?.membersMissingOrganisation).toEqual([]);
  });
});

describe('record pages', () => {
  it('a membership page names what is missing and whom to ask; a present cluster is not', async () => {
    const ws = await workspace();
    await withPartner(ws);
    const cluster = await ws.repos.clusters.create(clusterFields());
    const id = '019bc0e2-1280-7000-8000-000000000006';
    await putMembership(ws, id, { organisationId: GONE_ORGANISATION, clusterId: cluster.id });
    const detail = await queryMembershipDetail(ws.db, id);
    expect(detail?.organisation).toBeNull();
    expect(detail?.cluster?.id).toBe(cluster.id);
    expect(detail?.missingOrganisation?.ask).toMatchObject({ partner: 'Tunis Olive Cluster' });
    expect(detail?.missingCluster).toBeNull();
  });

  it('a contact page names the missing organisation, and not a deleted one', async () => {
    const ws = await workspace();
    await withPartner(ws);
    const id = '019bc0e2-1280-7000-8000-00000000d002';
    await ws.db.contacts.put({
      id,
      ...contactFields(GONE_ORGANISATION),
      deleted: false,
      clocks: { '*': PARTNER_CLOCK },
    });
    expect((await queryContactDetail(ws.db, id))?.missingOrganisation).toMatchObject({
      table: 'organisations',
      ask: { kind: 'partner', partner: 'Tunis Olive Cluster' },
    });

    const organisation = await ws.repos.organisations.create(organisationFields());
    const contact = await ws.repos.contacts.create(contactFields(organisation.id));
    await ws.repos.organisations.remove(organisation.id);
    const detail = await queryContactDetail(ws.db, contact.id);
    expect(detail?.organisation?.deleted).toBe(true);
    expect(detail?.missingOrganisation).toBeNull();
  });
});

describe('queryClusterViewRows', () => {
  it('counts a member whose organisation is missing, as the cluster page does; not a deleted one', async () => {
    const ws = await workspace();
    await withPartner(ws);
    const { cluster, organisations } = await clusterWithMembers(ws);
    await putMembership(ws, '019bc0e2-1280-7000-8000-000000000004', {
      organisationId: GONE_ORGANISATION,
      clusterId: cluster.id,
    });
    const count = async () =>
      (await queryClusterViewRows(ws.db)).find((row) => row.id === cluster.id)?.memberCount;
    expect(await count()).toBe(4);
    await ws.repos.organisations.remove(organisations[0]!.id);
    expect(await count()).toBe(3);
  });
});
