/** A fresh fake-IndexedDB workspace per test, with an identity, for data-layer unit tests. */
import 'fake-indexeddb/auto';
import {
  syncedTableNames,
  type ClusterFields,
  type ContactFields,
  type OrganisationFields,
} from '../../../src-core/model/entities';
import { createIdentity } from '../../../src-renderer/db/identity';
import { openStudioDb, type StudioDb } from '../../../src-renderer/db/schema';

let counter = 0;

export async function freshDb(withIdentity = true): Promise<StudioDb> {
  counter += 1;
  const db = openStudioDb(`test-${process.pid}-${counter}-${Math.random().toString(36).slice(2)}`);
  await db.open();
  if (withIdentity)
    await createIdentity(db, {
      facilitatorName: 'Amal Haddad',
      partnerOrganisation: 'Tunis Olive Cluster',
    });
  return db;
}

export function clusterFields(overrides: Partial<ClusterFields> = {}): ClusterFields {
  return {
    name: 'Cluster Oléicole de Sfax',
    country: 'TN',
    region: 'TN-61',
    valueChainIds: [],
    ecosystems: ['agri-food'],
    naceCodes: ['01'],
    managementFte: 1.5,
    website: null,
    hasEnglishWebsite: false,
    label: null,
    ...overrides,
  };
}

export function organisationFields(
  overrides: Partial<OrganisationFields> = {},
): OrganisationFields {
  return {
    name: 'Huilerie Ben Salah',
    type: 'sme-small',
    country: 'TN',
    region: null,
    naceCodes: ['10.41'],
    segments: [],
    website: null,
    offers: [],
    needs: [],
    ...overrides,
  };
}

export function contactFields(
  organisationId: string,
  overrides: Partial<ContactFields> = {},
): ContactFields {
  return {
    organisationId,
    givenName: 'Amal',
    familyName: 'Haddad',
    email: 'amal@example.tn',
    phone: '+216 70 000 000',
    role: 'Director',
    languages: ['ar', 'fr'],
    legalBasis: 'consent',
    consentDate: '2026-03-01',
    shareScope: 'partners',
    doNotContact: false,
    erasedAt: null,
    erasureFingerprints: [],
    ...overrides,
  };
}

const byRowId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : 1);

/** Every synced row of the workspace, per table, sorted by id. */
export async function syncedRecords(db: StudioDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of syncedTableNames) out[table] = (await db[table].toArray()).sort(byRowId);
  return out;
}

/** The whole database: synced rows, settings and the conflict log, sorted. */
export async function databaseSnapshot(db: StudioDb): Promise<unknown> {
  return {
    records: await syncedRecords(db),
    settings: (await db.settings.toArray()).sort((a, b) => (a.key < b.key ? -1 : 1)),
    conflicts: (await db.conflicts.toArray()).sort(byRowId),
  };
}
