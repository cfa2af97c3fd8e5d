/** A fresh fake-IndexedDB workspace per test, with an identity, for data-layer unit tests. */
import 'fake-indexeddb/auto';
import {
  syncedTableNames,
  type ClusterFields,
  type ContactFields,
  type OrganisationFields,
} from '../../../src-core/model/entities';
import type { Conflict } from '../../../src-core/model/workspace';
import type { Signer } from '../../../src-core/exchange/keys';
import { createIdentity } from '../../../src-renderer/db/identity';
import { hostSigner } from '../../../src-renderer/db/partners';
import { createBrowserKeys } from '../../../src-renderer/host/browser-keys';
import { createRepositories, type Repositories } from '../../../src-renderer/db/repositories';
import { openStudioDb, type StudioDb } from '../../../src-renderer/db/schema';
import { readSetting } from '../../../src-renderer/db/settings';

let counter = 0;

const keyStores = new WeakMap<StudioDb, ReturnType<typeof createBrowserKeys>>();
let keyStoreCounter = 0;

/**
 * The signing key of a test workspace, kept as the web host keeps it (a non-extractable key in
 * its own IndexedDB database, src-renderer/host/browser-keys.ts): the host operations.
 */
export function keysOf(db: StudioDb): ReturnType<typeof createBrowserKeys> {
  let keys = keyStores.get(db);
  if (!keys) {
    keyStoreCounter += 1;
    keys = createBrowserKeys(`${db.name}:keys:${keyStoreCounter}`);
    keyStores.set(db, keys);
  }
  return keys;
}

/** Signs a test workspace's packages with its key (made on the first signature). */
export function signerFor(db: StudioDb): Signer {
  return hostSigner(keysOf(db));
}

/** As a reinstall: the workspace's key is gone, the next signature makes a new one. */
export function loseSigningKey(db: StudioDb): void {
  keyStores.delete(db);
}

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

/** A fresh workspace whose repositories write on a clock the test controls. */
export interface Workspace {
  db: StudioDb;
  repos: Repositories;
  /** The workspace's node id (from its identity). */
  node: string;
  /** Set the repositories' clock. */
  at: (time: number) => void;
  /** Advance the repositories' clock (by a minute unless told). */
  tick: (by?: number) => void;
}

export interface Workspaces {
  /** A fresh workspace with an identity; its clock starts at the `start` given. */
  workspace: () => Promise<Workspace>;
  /** A fresh database (`freshDb`), closed with the workspaces. */
  database: (withIdentity?: boolean) => Promise<StudioDb>;
  /** Close every database opened so far: `afterEach(closeAll)`. */
  closeAll: () => void;
}

/** Workspaces for one test file, all starting at `start`, closed by `closeAll` after each test. */
export function openWorkspaces(start: number): Workspaces {
  const opened: StudioDb[] = [];
  const database = async (withIdentity = true): Promise<StudioDb> => {
    const db = await freshDb(withIdentity);
    opened.push(db);
    return db;
  };
  return {
    database,
    async workspace() {
      const db = await database();
      let time = start;
      const identity = await readSetting(db, 'identity');
      if (!identity) throw new Error('freshDb creates an identity');
      return {
        db,
        repos: createRepositories(db, () => time),
        node: identity.nodeId,
        at: (t) => (time = t),
        tick: (by = 60_000) => (time += by),
      };
    },
    closeAll: () => {
      for (const db of opened.splice(0)) db.close();
    },
  };
}

/**
 * An open conflict on a cluster's name: this workspace kept "Sfax Olive Cluster", a partner's
 * "Pôle Oléicole de Sfax" (from node bbbbbbbbbbbbbbbb) lost.
 */
export function clusterNameConflict(
  cluster: { id: string; clocks: Record<string, string> },
  row: Pick<Conflict, 'id' | 'packageId' | 'detectedAt'>,
): Conflict {
  return {
    id: row.id,
    table: 'clusters',
    recordId: cluster.id,
    field: 'name',
    keptValue: 'Sfax Olive Cluster',
    keptClock: cluster.clocks['*']!,
    lostValue: 'Pôle Oléicole de Sfax',
    lostClock: '000001741962720000-0000-bbbbbbbbbbbbbbbb',
    detectedAt: row.detectedAt,
    packageId: row.packageId,
    resolvedAt: null,
  };
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

export const byRowId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : 1);

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

/** A workshop as schema version 5 stored it: no run (version 6 added it), no participants. */
export function version5Workshop() {
  return {
    id: '0192f0c4-7b1e-7c3a-9d2e-00000000b006',
    name: 'Valencia workshop',
    kind: 'meta-cluster',
    date: '2026-05-20',
    venue: 'Valencia',
    clusterId: null,
    metaClusterId: null,
    methodId: 'meta-cluster-method',
    methodVersion: '1.0.0',
    facilitators: ['Ana'],
    languages: ['es'],
    startTime: '10:00',
    agenda: [],
    deleted: false,
    clocks: { '*': '000001773498720000-0000-0a0a0a0a0a0a0a0a' },
  };
}
