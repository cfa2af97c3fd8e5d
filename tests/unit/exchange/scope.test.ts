// What an export selects: each scope's closure, "changes since" a partner's knowledge, and the
// personal data the contacts' share scopes (or the user's "no personal data") let travel.
import { describe, expect, it } from 'vitest';
import {
  contactMayTravel,
  ScopeTargetMissingError,
  selectForExport,
  type ScopeTables,
  type Selection,
} from '../../../src-core/exchange';
import {
  syncedTableNames,
  type ClusterRecord,
  type ContactFields,
  type ContactRecord,
  type MembershipRecord,
  type MetaClusterRecord,
  type OrganisationRecord,
  type SyncedTableName,
  type ValueChainRecord,
  type WorkshopRecord,
} from '../../../src-core/model/entities';
import { generateSampleWorkspace } from '../../../src-core/sample';
import { formatHlc } from '../../../src-core/sync/hlc';
import { defaultRun } from '../../../src-core/model/workshop-run';

const NODE_A = 'aaaaaaaaaaaaaaaa';
const NODE_B = 'bbbbbbbbbbbbbbbb';
const clock = (millis: number, node = NODE_A): string => formatHlc({ millis, counter: 0, node });

interface Meta {
  deleted?: boolean;
  clocks?: Record<string, string>;
}

const meta = (id: string, { deleted = false, clocks = { '*': clock(100) } }: Meta = {}) => ({
  id,
  deleted,
  clocks,
});

function valueChain(id: string, m?: Meta): ValueChainRecord {
  return { ...meta(id, m), name: `Chain ${id}`, description: '', segments: [] };
}

function cluster(id: string, valueChainIds: string[], m?: Meta): ClusterRecord {
  return {
    ...meta(id, m),
    name: `Cluster ${id}`,
    country: 'TN',
    region: null,
    valueChainIds,
    ecosystems: ['agri-food'],
    naceCodes: ['01'],
    managementFte: null,
    website: null,
    hasEnglishWebsite: false,
    label: null,
  };
}

function organisation(id: string, m?: Meta): OrganisationRecord {
  return {
    ...meta(id, m),
    name: `Organisation ${id}`,
    type: 'sme-small',
    country: 'TN',
    region: null,
    naceCodes: [],
    segments: [],
    website: null,
    offers: [],
    needs: [],
  };
}

function membership(
  id: string,
  organisationId: string,
  clusterId: string,
  m?: Meta,
): MembershipRecord {
  return {
    ...meta(id, m),
    organisationId,
    clusterId,
    status: 'member',
    since: null,
    until: null,
  };
}

function contact(
  id: string,
  organisationId: string,
  fields: Partial<ContactFields> = {},
  m?: Meta,
): ContactRecord {
  return {
    ...meta(id, m),
    organisationId,
    givenName: 'Amal',
    familyName: `Haddad ${id}`,
    email: `${id}@example.tn`,
    phone: null,
    role: 'Director',
    languages: ['fr'],
    legalBasis: 'legitimate-interest',
    consentDate: null,
    shareScope: 'partners',
    doNotContact: false,
    erasedAt: null,
    erasureFingerprints: [],
    ...fields,
  };
}

function erased(id: string, organisationId: string, fields: Partial<ContactFields> = {}) {
  return contact(id, organisationId, {
    givenName: '',
    familyName: '',
    email: null,
    role: '',
    languages: [],
    doNotContact: true,
    erasedAt: '2026-03-01T10:00:00.000Z',
    erasureFingerprints: ['0123456789abcdef'],
    ...fields,
  });
}

function metaCluster(
  id: string,
  valueChainId: string | null,
  members: string[],
  m?: Meta,
): MetaClusterRecord {
  return {
    ...meta(id, m),
    name: `Meta-cluster ${id}`,
    valueChainId,
    governance: { leadClusterId: null, decisionRule: '' },
    agreement: { type: 'letter-of-interest', status: 'none', signedOn: null, signatories: [] },
    actions: [],
    status: 'forming',
    members: members.map((clusterId, index) => ({
      clusterId,
      role: index === 0 ? 'lead' : 'member',
    })),
    notes: '',
  };
}

function workshop(
  id: string,
  held: { clusterId?: string; metaClusterId?: string },
  m?: Meta,
): WorkshopRecord {
  return {
    ...meta(id, m),
    name: `Workshop ${id}`,
    kind: held.metaClusterId ? 'meta-cluster' : 'reinforcement',
    date: '2026-03-10',
    venue: 'Sfax',
    clusterId: held.clusterId ?? null,
    metaClusterId: held.metaClusterId ?? null,
    methodId: 'reinforcement',
    methodVersion: '1',
    facilitators: [],
    languages: [],
    startTime: '09:00',
    agenda: [],
    run: defaultRun(),
  };
}

/** The tables that hold records (a selection leaves empty ones out). */
function nonEmpty(all: ScopeTables): Partial<ScopeTables> {
  return Object.fromEntries(Object.entries(all).filter(([, rows]) => rows.length > 0));
}

function tables(partial: Partial<{ [T in SyncedTableName]: ScopeTables[T] }>): ScopeTables {
  return {
    valueChains: [],
    clusters: [],
    organisations: [],
    memberships: [],
    contacts: [],
    metaClusters: [],
    workshops: [],
    recruitments: [],
    recruitmentActivities: [],
    reinforcementPlans: [],
    pilotKpis: [],
    workshopParticipants: [],
    workshopEntries: [],
    ...partial,
  };
}

/**
 * Three clusters: c1 and c2 (sharing organisation o2) form meta-cluster mc1; c3 is alone in mc2.
 * Deleted rows (a contact and a workshop of c1) and an organisation in no cluster.
 */
function fixture(): ScopeTables {
  return tables({
    valueChains: [valueChain('vc-olive'), valueChain('vc-textile'), valueChain('vc-meta')],
    clusters: [cluster('c1', ['vc-olive']), cluster('c2', ['vc-textile']), cluster('c3', [])],
    organisations: [
      organisation('o1'),
      organisation('o2'),
      organisation('o3'),
      organisation('o4'),
      organisation('o5'),
    ],
    memberships: [
      membership('m1', 'o1', 'c1'),
      membership('m2', 'o2', 'c1'),
      membership('m3', 'o2', 'c2'),
      membership('m4', 'o3', 'c2'),
      membership('m5', 'o4', 'c3'),
    ],
    contacts: [
      contact('k1', 'o1'),
      contact('k1-deleted', 'o1', {}, { deleted: true }),
      contact('k2', 'o2'),
      contact('k3', 'o3'),
      contact('k4', 'o4'),
      contact('k5', 'o5'),
    ],
    metaClusters: [metaCluster('mc1', 'vc-meta', ['c1', 'c2']), metaCluster('mc2', null, ['c3'])],
    workshops: [
      workshop('w1', { clusterId: 'c1' }),
      workshop('w1-deleted', { clusterId: 'c1' }, { deleted: true }),
      workshop('w2', { clusterId: 'c2' }),
      workshop('w3', { metaClusterId: 'mc1' }),
      workshop('w4', { clusterId: 'c3' }),
    ],
  });
}

/** The ids selected per table (sorted), tables with nothing selected left out. */
function idsOf(selection: Selection): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const table of syncedTableNames) {
    const rows = selection.tables[table];
    if (rows) out[table] = rows.map((row) => row.id).sort();
  }
  return out;
}

const NO_REDACTION = { personalData: 'as-shared', omittedContacts: 0, reason: '' };

describe('scope closures', () => {
  it('a cluster brings its memberships, their organisations and contacts, chains and workshops', () => {
    const selection = selectForExport(fixture(), { kind: 'cluster', clusterId: 'c1' }, 'as-shared');
    expect(idsOf(selection)).toEqual({
      valueChains: ['vc-olive'],
      clusters: ['c1'],
      // m3 is o2's membership of c2: not part of c1 even though o2 travels.
      organisations: ['o1', 'o2'],
      memberships: ['m1', 'm2'],
      contacts: ['k1', 'k1-deleted', 'k2'],
      workshops: ['w1', 'w1-deleted'],
    });
    expect(selection.records).toBe(11);
    expect(selection.redaction).toEqual(NO_REDACTION);
  });

  it('selects the records themselves, unchanged', () => {
    const all = fixture();
    const selection = selectForExport(all, { kind: 'cluster', clusterId: 'c3' }, 'as-shared');
    expect(selection.tables).toEqual({
      clusters: [all.clusters[2]],
      organisations: [all.organisations[3]],
      memberships: [all.memberships[4]],
      contacts: [all.contacts[4]],
      workshops: [all.workshops[4]],
    });
    expect(selection.tables.clusters?.[0]).toBe(all.clusters[2]);
  });

  it('a meta-cluster brings its value chain, its workshops and each member cluster closure', () => {
    const selection = selectForExport(
      fixture(),
      { kind: 'metaCluster', metaClusterId: 'mc1' },
      'as-shared',
    );
    expect(idsOf(selection)).toEqual({
      valueChains: ['vc-meta', 'vc-olive', 'vc-textile'],
      clusters: ['c1', 'c2'],
      organisations: ['o1', 'o2', 'o3'],
      memberships: ['m1', 'm2', 'm3', 'm4'],
      contacts: ['k1', 'k1-deleted', 'k2', 'k3'],
      metaClusters: ['mc1'],
      workshops: ['w1', 'w1-deleted', 'w2', 'w3'],
    });
    expect(selection.records).toBe(21);
  });

  it('a meta-cluster without a value chain brings only its members', () => {
    const selection = selectForExport(
      fixture(),
      { kind: 'metaCluster', metaClusterId: 'mc2' },
      'as-shared',
    );
    expect(idsOf(selection)).toEqual({
      clusters: ['c3'],
      organisations: ['o4'],
      memberships: ['m5'],
      contacts: ['k4'],
      metaClusters: ['mc2'],
      workshops: ['w4'],
    });
  });

  it('a workshop held for a cluster brings that cluster closure', () => {
    const selection = selectForExport(
      fixture(),
      { kind: 'workshop', workshopId: 'w2' },
      'as-shared',
    );
    expect(idsOf(selection)).toEqual({
      valueChains: ['vc-textile'],
      clusters: ['c2'],
      organisations: ['o2', 'o3'],
      memberships: ['m3', 'm4'],
      contacts: ['k2', 'k3'],
      workshops: ['w2'],
    });
  });

  it('a workshop held for a meta-cluster brings that meta-cluster closure', () => {
    const selection = selectForExport(
      fixture(),
      { kind: 'workshop', workshopId: 'w3' },
      'as-shared',
    );
    expect(idsOf(selection)).toEqual(
      idsOf(selectForExport(fixture(), { kind: 'metaCluster', metaClusterId: 'mc1' }, 'as-shared')),
    );
    expect(idsOf(selection).workshops).toContain('w3');
  });

  it('a workshop brings its participants (their organisations and contacts) and its entries', () => {
    const base = fixture();
    const all: ScopeTables = {
      ...base,
      workshopParticipants: [
        {
          ...meta('p1'),
          workshopId: 'w3',
          organisationId: 'o5',
          contactId: 'k5',
          walkIn: true,
          checkedInAt: '2026-03-10T08:55:00.000Z',
          table: 2,
        },
        {
          ...meta('p2'),
          workshopId: 'w4',
          organisationId: 'o4',
          contactId: null,
          walkIn: false,
          checkedInAt: null,
          table: null,
        },
      ],
      workshopEntries: [
        {
          ...meta('e1'),
          workshopId: 'w3',
          stageId: 's6-prioritise',
          entry: { kind: 'idea-cards', text: 'Shared olive-pomace lab', theme: 'Circularity' },
        },
        {
          ...meta('e2'),
          workshopId: 'w4',
          stageId: 'r1-readiness',
          entry: { kind: 'scoping-note', text: 'Only c3' },
        },
      ],
    };
    const ids = idsOf(selectForExport(all, { kind: 'workshop', workshopId: 'w3' }, 'as-shared'));
    expect(ids.workshopParticipants).toEqual(['p1']);
    expect(ids.workshopEntries).toEqual(['e1']);
    // The walk-in's organisation (in no cluster) and contact travel with the workshop.
    expect(ids.organisations).toContain('o5');
    expect(ids.contacts).toContain('k5');
    // The meta-cluster scope brings its workshops the same way; another cluster's scope does not.
    const ofMeta = idsOf(
      selectForExport(all, { kind: 'metaCluster', metaClusterId: 'mc1' }, 'as-shared'),
    );
    expect(ofMeta.workshopEntries).toEqual(['e1']);
    const ofC3 = idsOf(selectForExport(all, { kind: 'cluster', clusterId: 'c3' }, 'as-shared'));
    expect(ofC3.workshopParticipants).toEqual(['p2']);
    expect(ofC3.workshopEntries).toEqual(['e2']);
    expect(ofC3.organisations).toEqual(['o4']);
  });

  it('a deleted workshop, and a deleted cluster, are selected like live ones', () => {
    const all = fixture();
    const deletedCluster = cluster('c-gone', [], { deleted: true });
    const withDeleted = tables({
      ...all,
      clusters: [...all.clusters, deletedCluster],
      memberships: [...all.memberships, membership('m-gone', 'o5', 'c-gone', { deleted: true })],
    });
    expect(
      idsOf(selectForExport(withDeleted, { kind: 'cluster', clusterId: 'c-gone' }, 'as-shared')),
    ).toEqual({
      clusters: ['c-gone'],
      memberships: ['m-gone'],
      organisations: ['o5'],
      contacts: ['k5'],
    });
    expect(
      idsOf(selectForExport(all, { kind: 'workshop', workshopId: 'w1-deleted' }, 'as-shared')),
    ).toEqual(idsOf(selectForExport(all, { kind: 'cluster', clusterId: 'c1' }, 'as-shared')));
  });

  it('a missing target throws ScopeTargetMissingError naming the kind and the id', () => {
    const all = fixture();
    const cases = [
      [{ kind: 'cluster', clusterId: 'nope' }, 'cluster'],
      [{ kind: 'metaCluster', metaClusterId: 'nope' }, 'metaCluster'],
      [{ kind: 'workshop', workshopId: 'nope' }, 'workshop'],
    ] as const;
    for (const [scope, kind] of cases) {
      let caught: unknown;
      try {
        selectForExport(all, scope, 'as-shared');
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(ScopeTargetMissingError);
      expect(caught).toMatchObject({ kind, id: 'nope', name: 'ScopeTargetMissingError' });
    }
  });

  it('the whole workspace selects everything, leaving empty tables out', () => {
    const all = fixture();
    const selection = selectForExport(all, { kind: 'workspace' }, 'as-shared');
    expect(selection.tables).toEqual(nonEmpty(all));
    expect(selection.records).toBe(3 + 3 + 5 + 5 + 6 + 2 + 5);
    const empty = selectForExport(tables({}), { kind: 'workspace' }, 'as-shared');
    expect(empty.tables).toEqual({});
    expect(empty.records).toBe(0);
  });

  it('on the sample workspace, a cluster closure holds nothing of another cluster', () => {
    // The sample's shape as if it were the user's own data (sample rows never travel).
    const sample = ownData(generateSampleWorkspace({ seed: 11, organisations: 120 }));
    const all = tables(sample);
    const target = sample.clusters[1];
    if (!target) throw new Error('the sample has clusters');
    const selection = selectForExport(all, { kind: 'cluster', clusterId: target.id }, 'as-shared');
    const memberships = sample.memberships.filter((m) => m.clusterId === target.id);
    expect(memberships.length).toBeGreaterThan(0);
    const organisationIds = new Set(memberships.map((m) => m.organisationId));
    expect(idsOf(selection).clusters).toEqual([target.id]);
    expect(idsOf(selection).memberships).toEqual(memberships.map((m) => m.id).sort());
    expect(idsOf(selection).organisations).toEqual([...organisationIds].sort());
    expect(idsOf(selection).valueChains).toEqual([...target.valueChainIds].sort());
    const contacts = sample.contacts.filter((c) => organisationIds.has(c.organisationId));
    const travelling = contacts.filter((c) => contactMayTravel(c, 'as-shared'));
    expect(idsOf(selection).contacts ?? []).toEqual(travelling.map((c) => c.id).sort());
    expect(selection.redaction.omittedContacts).toBe(contacts.length - travelling.length);
    // Fewer records than the whole sample: other clusters stay home.
    expect(selection.records).toBeLessThan(
      selectForExport(all, { kind: 'workspace' }, 'as-shared').records,
    );
  });
});

/** Records of the sample generator without their sample mark: the user's own data. */
function ownData<T extends object>(workspace: T): T {
  const out: Record<string, unknown[]> = {};
  for (const [table, rows] of Object.entries(workspace) as [string, object[]][]) {
    out[table] = rows.map((row) => {
      const copy: Record<string, unknown> = { ...row };
      delete copy.origin;
      return copy;
    });
  }
  return out as unknown as T;
}

describe('changes since', () => {
  const seen = { [NODE_A]: clock(200) };

  it('selects only records with a clock the knowledge has not seen', () => {
    const old = organisation('old', { clocks: { '*': clock(150) } });
    const exactlySeen = organisation('seen', { clocks: { '*': clock(200) } });
    const newer = organisation('newer', { clocks: { '*': clock(250) } });
    const fromB = organisation('from-b', { clocks: { '*': clock(10, NODE_B) } });
    const selection = selectForExport(
      tables({ organisations: [old, exactlySeen, newer, fromB] }),
      { kind: 'changesSince', partnerNodeId: NODE_A, knowledge: seen },
      'as-shared',
    );
    expect(selection.tables).toEqual({ organisations: [newer, fromB] });
    expect(selection.records).toBe(2);
  });

  it('a record with one newer field travels whole', () => {
    const edited = cluster('c1', ['vc-olive'], {
      clocks: { '*': clock(100), name: clock(300) },
    });
    const editedByB = cluster('c2', [], { clocks: { '*': clock(100), label: clock(5, NODE_B) } });
    const untouched = cluster('c3', [], { clocks: { '*': clock(100), name: clock(180) } });
    const selection = selectForExport(
      tables({ clusters: [edited, editedByB, untouched] }),
      { kind: 'changesSince', partnerNodeId: NODE_A, knowledge: seen },
      'as-shared',
    );
    expect(selection.tables).toEqual({ clusters: [edited, editedByB] });
    expect(selection.tables.clusters?.[0]).toBe(edited);
  });

  it('empty knowledge selects everything; knowledge that covers all selects nothing', () => {
    const all = fixture();
    expect(
      selectForExport(
        all,
        { kind: 'changesSince', partnerNodeId: NODE_B, knowledge: {} },
        'as-shared',
      ).tables,
    ).toEqual(nonEmpty(all));
    const none = selectForExport(
      all,
      { kind: 'changesSince', partnerNodeId: NODE_A, knowledge: { [NODE_A]: clock(100) } },
      'as-shared',
    );
    expect(none.tables).toEqual({});
    expect(none.records).toBe(0);
    expect(none.redaction).toEqual(NO_REDACTION);
  });

  it('deleted records travel when their deletion is new', () => {
    const removed = workshop(
      'w',
      { clusterId: 'c1' },
      {
        deleted: true,
        clocks: { '*': clock(100), deleted: clock(220) },
      },
    );
    const selection = selectForExport(
      tables({ workshops: [removed] }),
      { kind: 'changesSince', partnerNodeId: NODE_A, knowledge: seen },
      'none',
    );
    expect(selection.tables).toEqual({ workshops: [removed] });
  });
});

describe('personal data', () => {
  const base = contact('x', 'o1');

  it('an erased contact always travels, even without personal data', () => {
    const gone = erased('gone', 'o1', {
      shareScope: 'private',
      legalBasis: 'consent',
      consentDate: null,
    });
    expect(contactMayTravel(gone, 'none')).toBe(true);
    expect(contactMayTravel(gone, 'as-shared')).toBe(true);
  });

  it("with 'none' no other contact travels, whatever its share scope", () => {
    for (const shareScope of ['private', 'partners', 'public'] as const) {
      expect(contactMayTravel({ ...base, shareScope }, 'none')).toBe(false);
    }
  });

  it("with 'as-shared' only partners or public contacts travel", () => {
    expect(contactMayTravel({ ...base, shareScope: 'private' }, 'as-shared')).toBe(false);
    expect(contactMayTravel({ ...base, shareScope: 'partners' }, 'as-shared')).toBe(true);
    expect(contactMayTravel({ ...base, shareScope: 'public' }, 'as-shared')).toBe(true);
  });

  it("with 'as-shared' a consent-based contact travels only with a consent date", () => {
    const consent = { ...base, legalBasis: 'consent' as const };
    expect(contactMayTravel({ ...consent, consentDate: null }, 'as-shared')).toBe(false);
    expect(contactMayTravel({ ...consent, consentDate: '2026-01-02' }, 'as-shared')).toBe(true);
    expect(
      contactMayTravel(
        { ...consent, consentDate: '2026-01-02', shareScope: 'private' },
        'as-shared',
      ),
    ).toBe(false);
    // Other legal bases need no consent date.
    for (const legalBasis of ['legitimate-interest', 'contract'] as const) {
      expect(contactMayTravel({ ...base, legalBasis, consentDate: null }, 'as-shared')).toBe(true);
    }
  });

  const people = tables({
    organisations: [organisation('o1')],
    contacts: [
      contact('shared', 'o1', { shareScope: 'partners' }),
      contact('public', 'o1', { shareScope: 'public', legalBasis: 'contract' }),
      contact('private', 'o1', { shareScope: 'private' }),
      contact('no-consent-date', 'o1', { legalBasis: 'consent', consentDate: null }),
      contact('consented', 'o1', { legalBasis: 'consent', consentDate: '2026-02-01' }),
      erased('erased', 'o1', { shareScope: 'private' }),
    ],
  });

  it("'as-shared' leaves out and counts what the share scopes keep home, with a reason", () => {
    const selection = selectForExport(people, { kind: 'workspace' }, 'as-shared');
    expect(idsOf(selection).contacts).toEqual(['consented', 'erased', 'public', 'shared']);
    expect(selection.redaction.personalData).toBe('as-shared');
    expect(selection.redaction.omittedContacts).toBe(2);
    expect(selection.redaction.reason).not.toBe('');
    expect(selection.records).toBe(1 + 4);
  });

  it("'none' leaves out every contact but the erased, and counts them, with a reason", () => {
    const selection = selectForExport(people, { kind: 'workspace' }, 'none');
    expect(idsOf(selection)).toEqual({ organisations: ['o1'], contacts: ['erased'] });
    expect(selection.redaction.personalData).toBe('none');
    expect(selection.redaction.omittedContacts).toBe(5);
    expect(selection.redaction.reason).not.toBe('');
    expect(selection.records).toBe(2);
  });

  it('when every contact is left out there is no contacts table at all', () => {
    const noErased = tables({ ...people, contacts: people.contacts.slice(0, 5) });
    const selection = selectForExport(noErased, { kind: 'workspace' }, 'none');
    expect(selection.tables).toEqual({ organisations: people.organisations });
    expect('contacts' in selection.tables).toBe(false);
    expect(selection.redaction.omittedContacts).toBe(5);
  });

  it('nothing left out: zero and no reason, for either choice', () => {
    const onlyErased = tables({ contacts: [erased('e', 'o1')] });
    for (const choice of ['none', 'as-shared'] as const) {
      const selection = selectForExport(onlyErased, { kind: 'workspace' }, choice);
      expect(selection.redaction).toEqual({ personalData: choice, omittedContacts: 0, reason: '' });
      expect(selection.tables.contacts).toHaveLength(1);
    }
  });

  it('counts only the contacts of the scope, not those of other clusters', () => {
    const selection = selectForExport(fixture(), { kind: 'cluster', clusterId: 'c1' }, 'none');
    expect(idsOf(selection).contacts).toBeUndefined();
    expect(selection.redaction.omittedContacts).toBe(3);
    expect(selection.records).toBe(11 - 3);
  });
});

/** A sample row (`origin: 'sample'`): never leaves the computer. */
const asSample = <T extends object>(row: T): T => ({ ...row, origin: 'sample' as const });

describe('referential integrity of a selection', () => {
  it('a record brings what it points at, whatever the scope', () => {
    // A membership of c1 whose organisation is in no other scope of the selection.
    const all = tables({
      valueChains: [valueChain('vc-olive')],
      clusters: [cluster('c1', ['vc-olive'])],
      organisations: [organisation('o1'), organisation('o2')],
      memberships: [membership('m1', 'o1', 'c1')],
      contacts: [contact('k2', 'o2')],
    });
    // "Changes since" knowledge covering everything but the contact: its organisation comes too.
    const selection = selectForExport(
      all,
      { kind: 'changesSince', partnerNodeId: NODE_B, knowledge: {} },
      'as-shared',
    );
    expect(idsOf(selection).organisations).toEqual(['o1', 'o2']);
    const onlyContact = selectForExport(
      tables({
        ...all,
        organisations: [organisation('o2', { clocks: { '*': clock(50) } })],
        contacts: [contact('k2', 'o2', {}, { clocks: { '*': clock(300) } })],
      }),
      { kind: 'changesSince', partnerNodeId: NODE_B, knowledge: { [NODE_A]: clock(200) } },
      'as-shared',
    );
    // The partner has seen the organisation (clock 50 ≤ 200): it is not sent again.
    expect(idsOf(onlyContact).contacts).toEqual(['k2']);
    expect(idsOf(onlyContact).organisations).toBeUndefined();
    expect(onlyContact.omitted).toEqual([]);
  });

  it('sample rows never travel; a record that needs one is left out, and so is what needs it', () => {
    const all = tables({
      clusters: [asSample(cluster('c-sample', [])), cluster('c-own', [])],
      organisations: [asSample(organisation('o-sample')), organisation('o-own')],
      memberships: [
        membership('m-own-in-sample', 'o-own', 'c-sample'),
        membership('m-sample-org', 'o-sample', 'c-own'),
        membership('m-own', 'o-own', 'c-own'),
      ],
      contacts: [contact('k-at-sample', 'o-sample'), contact('k-own', 'o-own')],
      workshops: [workshop('w-own', { clusterId: 'c-own' })],
      workshopParticipants: [
        {
          ...meta('p-sample-person'),
          workshopId: 'w-own',
          organisationId: 'o-own',
          contactId: 'k-at-sample',
          walkIn: false,
          checkedInAt: null,
          table: null,
        },
      ],
    });
    const selection = selectForExport(all, { kind: 'workspace' }, 'as-shared');
    expect(idsOf(selection)).toEqual({
      clusters: ['c-own'],
      organisations: ['o-own'],
      memberships: ['m-own'],
      contacts: ['k-own'],
      workshops: ['w-own'],
      // The participant only mentions the left-out person: it travels.
      workshopParticipants: ['p-sample-person'],
    });
    expect(selection.omitted).toEqual([
      { table: 'contacts', reason: 'pointsToSample', records: 1 },
      { table: 'memberships', reason: 'pointsToSample', records: 2 },
    ]);
    expect(selection.sampleRecords).toBe(2);
    expect(JSON.stringify(selection.tables)).not.toContain('origin');
  });

  it('what only mentions sample data travels, and the package says so', () => {
    const all = tables({
      valueChains: [asSample(valueChain('vc-sample'))],
      clusters: [cluster('c-own', ['vc-sample'])],
    });
    const selection = selectForExport(all, { kind: 'workspace' }, 'as-shared');
    expect(idsOf(selection)).toEqual({ clusters: ['c-own'] });
    expect(selection.omitted).toEqual([
      { table: 'clusters', reason: 'mentionsSample', field: 'valueChainIds', records: 1 },
    ]);
  });

  it('a reference to a record this workspace does not hold travels, counted as missing', () => {
    const all = tables({
      clusters: [cluster('c1', [])],
      memberships: [membership('m1', 'o-nowhere', 'c1')],
    });
    const selection = selectForExport(all, { kind: 'workspace' }, 'as-shared');
    expect(idsOf(selection).memberships).toEqual(['m1']);
    expect(selection.omitted).toEqual([
      { table: 'memberships', reason: 'targetMissing', field: 'organisationId', records: 1 },
    ]);
  });

  it('a workspace of sample data only selects nothing, and says how much sample it holds', () => {
    const all = tables({
      clusters: [asSample(cluster('c1', []))],
      organisations: [asSample(organisation('o1'))],
      memberships: [asSample(membership('m1', 'o1', 'c1'))],
    });
    const selection = selectForExport(all, { kind: 'workspace' }, 'as-shared');
    expect(selection.records).toBe(0);
    expect(selection.sampleRecords).toBe(3);
    expect(selection.omitted).toEqual([]);
  });
});

describe('erasures and sample data', () => {
  it('an erased person travels even when their organisation is sample data', () => {
    const all = tables({
      organisations: [asSample(organisation('o-sample'))],
      contacts: [erased('k-erased', 'o-sample'), contact('k-live', 'o-sample')],
    });
    const selection = selectForExport(all, { kind: 'workspace' }, 'as-shared');
    expect(idsOf(selection)).toEqual({ contacts: ['k-erased'] });
    expect(selection.omitted).toEqual([
      { table: 'contacts', reason: 'mentionsSample', field: 'organisationId', records: 1 },
      { table: 'contacts', reason: 'pointsToSample', records: 1 },
    ]);
  });
});
