/**
 * Export → import gives back the same records, for every list the importer takes (clusters,
 * organisations, memberships, contacts): a roster of Mediterranean clusters and universities is
 * exported with the real export functions (queryExportRecords and recordSheet, then CSV with a byte-order mark or XLSX,
 * as the app writes them) and imported with the real pipeline (read, column guess, check, plan,
 * write) into an empty workspace on fake IndexedDB. Every row must come back without a problem,
 * a note or a duplicate, and every field must be equal, websites included.
 */
import 'fake-indexeddb/auto';
import i18next from 'i18next';
import writeExcelFile from 'write-excel-file/node';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type {
  ClusterFields,
  ContactFields,
  MembershipFields,
  OrganisationFields,
} from '../../../src-core/model/entities';
import { escapeSpreadsheetCell, type ImportKind } from '../../../src-core/roster';
import { createImportLookups, readCell } from '../../../src-core/roster/import-values';
import { pickFields } from '../../../src-renderer/db/repositories';
import type { StudioDb } from '../../../src-renderer/db/schema';
import { queryExportRecords } from '../../../src-renderer/db/export-records';
import { recordSheet } from '../../../src-renderer/features/rosters/export/record-sheets';
import type { RecordSheetContext } from '../../../src-renderer/features/rosters/export/record-sheets';
import { csvBytes, xlsxSheetData } from '../../../src-renderer/features/rosters/export/sheet-files';
import { resourcesFor } from '../../../src-renderer/i18n/resources';
import {
  applyImport,
  previewImport,
  readImportFile,
} from '../../../src-renderer/workers/import-pipeline';
import { openWorkspaces, type Workspace } from '../db/helpers';

const workspaces = openWorkspaces(Date.UTC(2026, 2, 14, 9));
afterEach(workspaces.closeAll);

beforeAll(async () => {
  await i18next.init({
    resources: await resourcesFor(['en', 'es']),
    lng: 'en',
    interpolation: { escapeValue: false },
  });
});

const clusters: ClusterFields[] = [
  {
    name: 'Pôle Oléicole de Sfax',
    country: 'TN',
    region: 'TN-61',
    valueChainIds: [],
    ecosystems: ['agri-food', 'proximity-social-economy'],
    naceCodes: ['10.41', '01.26'],
    managementFte: 1.5,
    website: 'https://www.pole-oleicole-sfax.tn',
    hasEnglishWebsite: true,
    label: { level: 'silver', expires: '2027-06-30' },
  },
  {
    name: 'Distretto Agroalimentare di Qualità di Puglia',
    country: 'IT',
    region: 'ITF4',
    valueChainIds: [],
    ecosystems: [],
    naceCodes: [],
    managementFte: null,
    website: 'http://www.agripuglia.it',
    hasEnglishWebsite: false,
    label: null,
  },
  {
    name: 'Clúster Marítimo-Marino de Andalucía',
    country: 'ES',
    region: 'ES61',
    valueChainIds: [],
    ecosystems: ['mobility-transport-automotive'],
    naceCodes: ['30.11'],
    managementFte: 3,
    website: null,
    hasEnglishWebsite: false,
    label: { level: 'gold', expires: '2026-12-31' },
  },
  {
    // A NUTS 1 region named like its only NUTS 2 region (FR1 and FR10, "Ile-de-France").
    name: 'Systematic Paris-Region',
    country: 'FR',
    region: 'FR1',
    valueChainIds: [],
    ecosystems: ['digital'],
    naceCodes: [],
    managementFte: 12,
    website: 'https://systematic-paris-region.org',
    hasEnglishWebsite: true,
    label: null,
  },
];

const organisation = (fields: Partial<OrganisationFields>): OrganisationFields => ({
  name: '',
  type: 'university',
  country: 'IT',
  region: null,
  naceCodes: [],
  segments: [],
  website: null,
  offers: [],
  needs: [],
  ...fields,
});

const organisations: OrganisationFields[] = [
  organisation({
    name: 'Université Côte d’Azur',
    country: 'FR',
    naceCodes: ['85.42'],
    website: 'https://univ-cotedazur.fr',
    offers: ['Materials testing', 'PhD placements'],
    needs: ['Industrial partners for theses'],
  }),
  organisation({
    name: 'Alma Mater Studiorum – Università di Bologna',
    region: 'ITH5',
    website: 'https://www.unibo.it/en',
  }),
  organisation({
    name: 'Aristotle University of Thessaloniki',
    country: 'GR',
    region: 'EL52',
    website: 'http://www.auth.gr',
  }),
  // Exported as "Bosnia & Herzegovina" in English, the name the app itself shows.
  organisation({
    name: 'Univerzitet u Sarajevu',
    country: 'BA',
    region: 'BA-BIH',
    website: 'https://www.unsa.ba',
  }),
  organisation({
    name: 'Huilerie Ben Salah',
    type: 'sme-small',
    country: 'TN',
    region: 'TN-61',
    naceCodes: ['10.41', '46.33'],
    offers: ['Extra virgin olive oil, organic'],
  }),
  organisation({
    name: 'Oleificio "Rossi"; Frantoio sociale',
    type: 'sme-micro',
    region: 'ITF4',
    naceCodes: ['10.41'],
    website: 'https://www.oleificiorossi.it/?lang=en#contatti',
  }),
  organisation({
    name: 'Consejería de Agricultura, Pesca y Desarrollo Rural',
    type: 'public-authority',
    country: 'ES',
    region: 'ES61',
    website: 'https://www.juntadeandalucia.es/organismos/agriculturapescaaguaydesarrollorural.html',
  }),
];

type Seeded = {
  ws: Workspace;
  clusterIds: Map<string, string>;
  organisationIds: Map<string, string>;
};

async function seed(): Promise<Seeded> {
  const ws = await workspaces.workspace();
  const clusterIds = new Map<string, string>();
  const organisationIds = new Map<string, string>();
  for (const fields of clusters)
    clusterIds.set(fields.name, (await ws.repos.clusters.create(fields)).id);
  for (const fields of organisations) {
    organisationIds.set(fields.name, (await ws.repos.organisations.create(fields)).id);
  }
  const id = (map: Map<string, string>, name: string) => map.get(name) ?? name;
  const memberships: MembershipFields[] = [
    ['Huilerie Ben Salah', 'Pôle Oléicole de Sfax', 'member', '2024-01-15', null],
    ['Université Côte d’Azur', 'Pôle Oléicole de Sfax', 'engaged', null, null],
    [
      'Oleificio "Rossi"; Frantoio sociale',
      'Distretto Agroalimentare di Qualità di Puglia',
      'left',
      '2019-05-01',
      '2025-12-31',
    ],
    [
      'Alma Mater Studiorum – Università di Bologna',
      'Distretto Agroalimentare di Qualità di Puglia',
      'prospect',
      null,
      null,
    ],
  ].map(([org, cluster, status, since, until]) => ({
    organisationId: id(organisationIds, org as string),
    clusterId: id(clusterIds, cluster as string),
    status: status as MembershipFields['status'],
    since: since as string | null,
    until: until as string | null,
  }));
  for (const fields of memberships) await ws.repos.memberships.create(fields);
  const contact = (fields: Partial<ContactFields>): ContactFields => ({
    organisationId: id(organisationIds, 'Huilerie Ben Salah'),
    givenName: '',
    familyName: '',
    email: null,
    phone: null,
    role: '',
    languages: [],
    legalBasis: 'legitimate-interest',
    consentDate: null,
    shareScope: 'private',
    doNotContact: false,
    erasedAt: null,
    erasureFingerprints: [],
    ...fields,
  });
  const contacts: ContactFields[] = [
    contact({
      givenName: 'Amal',
      familyName: 'Ben Salah',
      email: 'amal@huilerie-bensalah.tn',
      phone: '+216 74 000 000',
      role: 'Directrice',
      languages: ['ar', 'fr'],
      legalBasis: 'consent',
      consentDate: '2026-03-01',
      shareScope: 'partners',
    }),
    contact({
      organisationId: id(organisationIds, 'Université Côte d’Azur'),
      givenName: 'Jean-Édouard',
      familyName: 'de La Tour-Martin',
      role: 'Chargé de valorisation',
      languages: ['fr', 'en'],
      legalBasis: 'contract',
      doNotContact: true,
    }),
    contact({
      organisationId: id(organisationIds, 'Aristotle University of Thessaloniki'),
      email: 'liaison@auth.gr',
      shareScope: 'public',
    }),
  ];
  for (const fields of contacts) await ws.repos.contacts.create(fields);
  return { ws, clusterIds, organisationIds };
}

const kinds: readonly ImportKind[] = ['clusters', 'organisations', 'memberships', 'contacts'];

async function fieldsOf(db: StudioDb, kind: ImportKind): Promise<object[]> {
  const records = await db.table(kind).toArray();
  return records.map((record) => pickFields(kind, record as never) as object);
}

async function names(db: StudioDb): Promise<RecordSheetContext['names']> {
  const named = async (table: 'organisations' | 'clusters') =>
    new Map((await db[table].toArray()).map((r) => [r.id, r.name] as const));
  return { organisations: await named('organisations'), clusters: await named('clusters') };
}

/** Records with their references as names (ids differ from one workspace to another). */
async function comparable(db: StudioDb, kind: ImportKind): Promise<unknown[]> {
  const { organisations: orgs, clusters: clus } = await names(db);
  return (await fieldsOf(db, kind))
    .map((fields) => {
      const f = fields as Record<string, unknown>;
      return {
        ...f,
        ...('organisationId' in f ? { organisationId: orgs.get(String(f.organisationId)) } : {}),
        ...('clusterId' in f ? { clusterId: clus.get(String(f.clusterId)) } : {}),
      };
    })
    .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
}

type Format = 'csv' | 'xlsx';

/** The export of a whole list, as the Export of complete records builds it. */
async function exportSheet(db: StudioDb, kind: ImportKind, language: string) {
  const { records, names } = await queryExportRecords(db, kind);
  return recordSheet(kind, records as never[], { t: i18next.getFixedT(language), language, names });
}

async function fileOf(
  db: StudioDb,
  kind: ImportKind,
  format: Format,
  language = 'en',
): Promise<{ name: string; bytes: Uint8Array }> {
  const sheet = await exportSheet(db, kind, language);
  if (format === 'csv') return { name: `${kind}.csv`, bytes: csvBytes(sheet) };
  const buffer = await writeExcelFile(xlsxSheetData(sheet)).toBuffer();
  return { name: `${kind}.xlsx`, bytes: new Uint8Array(buffer) };
}

describe.each<[Format, string]>([
  ['csv', 'en'],
  ['xlsx', 'en'],
  ['csv', 'es'],
])('a %s export in “%s” imported into an empty workspace', (format, language) => {
  it('gives back every cluster, organisation, membership and contact, field for field', async () => {
    const { ws: source } = await seed();
    const target = await workspaces.workspace();
    for (const kind of kinds) {
      const { name, bytes } = await fileOf(source.db, kind, format, language);
      const { sheet, mapping } = await readImportFile(kind, name, bytes);
      const preview = await previewImport(target.db, kind, sheet, mapping);
      expect(preview.problems, kind).toEqual([]);
      expect(preview.notes, kind).toEqual([]);
      expect(preview.plan.duplicates, kind).toEqual([]);
      const summary = await applyImport(target.db, preview.plan, new Map());
      expect(summary.created, kind).toBe(preview.rowCount);
      expect(await comparable(target.db, kind), kind).toEqual(await comparable(source.db, kind));
    }
  });
});

describe('importing an export again', () => {
  it('finds every row a duplicate of its record and, updated, changes nothing', async () => {
    const { ws } = await seed();
    for (const kind of kinds) {
      const { name, bytes } = await fileOf(ws.db, kind, 'csv');
      const { sheet, mapping } = await readImportFile(kind, name, bytes);
      const preview = await previewImport(ws.db, kind, sheet, mapping);
      expect(preview.plan.create, kind).toEqual([]);
      const choices = new Map(
        preview.plan.duplicates.map((row) => [row.rowNumber, 'update' as const]),
      );
      const before = await comparable(ws.db, kind);
      const summary = await applyImport(ws.db, preview.plan, choices);
      expect(summary.updated, kind).toBe(0);
      expect(await comparable(ws.db, kind), kind).toEqual(before);
    }
  });
});

describe('what the export leaves out', () => {
  it('leaves out deleted records and erased people, and names a shared name by its id', async () => {
    const { ws, organisationIds } = await seed();
    await ws.repos.organisations.remove(
      organisationIds.get('Aristotle University of Thessaloniki')!,
    );
    const erased = (await ws.db.contacts.toArray()).find((c) => c.givenName === 'Amal')!;
    await ws.repos.contacts.update(erased.id, {
      givenName: '',
      familyName: '',
      email: null,
      phone: null,
      erasedAt: '2026-03-14T10:00:00.000Z',
    });
    const twin = await ws.repos.organisations.create({
      ...organisations[0]!,
      country: 'MC',
      website: null,
    });
    const sheetOf = (kind: ImportKind) => exportSheet(ws.db, kind, 'en');

    const orgNames = (await sheetOf('organisations')).rows.map((row) => row[0]);
    expect(orgNames).not.toContain('Aristotle University of Thessaloniki');
    expect(orgNames).toHaveLength(organisations.length);

    const contacts = (await sheetOf('contacts')).rows;
    expect(contacts.map((row) => row[1])).toEqual(['Jean-Édouard', '']);
    // Two organisations are called "Université Côte d’Azur": the contact names it by id.
    expect(contacts[0]?.[0]).toBe(organisationIds.get('Université Côte d’Azur'));
    expect(contacts[1]?.[0]).toBe('Aristotle University of Thessaloniki');
    expect(twin.name).toBe('Université Côte d’Azur');
  });
});

describe('cells the export escaped against formulas', () => {
  const lookups = createImportLookups({ organisations: [], clusters: [] });
  const text = (cell: string) =>
    readCell(cell, { kind: 'text', max: 200 }, { lookups, country: null });

  it('read back as they were typed, and only those', () => {
    for (const typed of ['+216 74 000 000', '-Olive Lab-', '@unibo', '=Sfax']) {
      expect(text(escapeSpreadsheetCell(typed))).toEqual({ ok: true, value: typed });
    }
    expect(text("'Ayn al-Zaytun")).toEqual({ ok: true, value: "'Ayn al-Zaytun" });
  });
});
