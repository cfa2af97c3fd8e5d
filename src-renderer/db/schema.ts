/**
 * The workspace database (Dexie over IndexedDB). Schema versions are append-only: never edit a
 * shipped version; add a new entry to `schemaHistory` with a named upgrade function and a test
 * that opens the previous version (tests/unit/db/upgrade-*.test.ts).
 */
import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import type { AesKeyLike } from '../../src-core/backup/passphrase';
import type { Conflict } from '../../src-core/model/workspace';
import {
  DEFAULT_AGREEMENT,
  DEFAULT_GOVERNANCE,
  DEFAULT_START_TIME,
  type SyncedRecordOf,
  type SyncedTableName,
} from '../../src-core/model/entities';
import { defaultRun } from '../../src-core/model/workshop-run';
import { pendingWritesMiddleware } from './pending-writes';

export interface SettingRow {
  key: string;
  value: unknown;
}

export interface SchemaVersion {
  readonly version: number;
  readonly stores: Record<string, string | null>;
  /** Named data migration; omitted when the version only adds tables or indexes. */
  readonly upgrade?: (tx: Transaction) => Promise<void>;
}

/**
 * Version 2 only adds tables, which start empty: there is nothing to migrate. Named (and tested
 * in tests/unit/db/upgrade-v2.test.ts) so the history says what each version did.
 */
async function addReinforcementTables(): Promise<void> {
  // New, empty tables; existing rows are untouched.
}

/**
 * Version 3 gives every meta-cluster a governance and an agreement (the defaults: no lead, no
 * agreement yet). The new fields take the record's shared clock (`'*'`), exactly as a v3 app reading
 * an older partner's package does (the schema's defaults), so partners who upgrade separately hold
 * identical records and nothing conflicts.
 */
async function addMetaClusterGovernance(tx: Transaction): Promise<void> {
  await tx
    .table('metaClusters')
    .toCollection()
    .modify((row: Record<string, unknown>) => {
      if (row.governance === undefined) row.governance = { ...DEFAULT_GOVERNANCE };
      if (row.agreement === undefined) row.agreement = { ...DEFAULT_AGREEMENT, signatories: [] };
    });
}

/** Version 4: every stored workshop gets the plan fields' defaults (as the schema gives old packages). */
async function addWorkshopPlan(tx: Transaction): Promise<void> {
  await tx
    .table('workshops')
    .toCollection()
    .modify((row: Record<string, unknown>) => {
      row.facilitators ??= [];
      row.languages ??= [];
      row.startTime ??= DEFAULT_START_TIME;
      row.agenda ??= [];
    });
}

/** Version 5: every stored meta-cluster gets an empty action list (the schema's default). */
async function addMetaClusterActions(tx: Transaction): Promise<void> {
  await tx
    .table('metaClusters')
    .toCollection()
    .modify((row: Record<string, unknown>) => {
      row.actions ??= [];
    });
}

/**
 * Version 6 (the workshop runner): two new tables, and every stored workshop gets the run state's
 * default (planned, no stage yet) — what the schema gives a package from a partner who has not
 * upgraded, so both sides hold identical records.
 */
async function addWorkshopRunner(tx: Transaction): Promise<void> {
  await tx
    .table('workshops')
    .toCollection()
    .modify((row: Record<string, unknown>) => {
      row.run ??= defaultRun();
    });
}

/**
 * Indexes: `origin` is sparse (only sample rows carry it), so "remove the sample" is one indexed
 * delete per table. Booleans cannot be IndexedDB keys, so `deleted` is filtered, not indexed.
 */
export const schemaHistory: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      valueChains: 'id, name, origin',
      clusters: 'id, name, country, origin',
      organisations: 'id, name, country, type, origin',
      memberships: 'id, organisationId, clusterId, status, origin',
      contacts: 'id, organisationId, familyName, origin',
      metaClusters: 'id, name, valueChainId, origin',
      workshops: 'id, date, clusterId, metaClusterId, origin',
      settings: 'key',
      conflicts: 'id, [table+recordId], detectedAt',
    },
  },
  {
    // Method step 1 (reinforcement): the recruitment pipeline, its activities and the plans.
    version: 2,
    stores: {
      recruitments: 'id, clusterId, organisationId, stage, origin',
      recruitmentActivities: 'id, recruitmentId, origin',
      reinforcementPlans: 'id, clusterId, origin',
    },
    upgrade: addReinforcementTables,
  },
  {
    // Method step 2 (meta-clusters): governance and agreement on meta-clusters, pilot KPIs.
    version: 3,
    stores: { pilotKpis: 'id, metaClusterId, kpi, date, origin' },
    upgrade: addMetaClusterGovernance,
  },
  {
    // The workshop runner's plan: facilitators, languages, start time, agenda.
    version: 4,
    stores: {},
    upgrade: addWorkshopPlan,
  },
  {
    // The pilot's action lines on meta-clusters.
    version: 5,
    stores: {},
    upgrade: addMetaClusterActions,
  },
  {
    version: 6,
    stores: {
      workshopParticipants: 'id, workshopId, organisationId, contactId, origin',
      workshopEntries: 'id, workshopId, [workshopId+stageId], origin',
    },
    upgrade: addWorkshopRunner,
  },
  {
    // Keys this computer keeps for the workspace and never exports nor backs up (issue 17): the
    // key backups are encrypted with, derived from the user's passphrase, non-extractable.
    version: 7,
    stores: { localKeys: 'id' },
  },
];

/** The newest schema version (what `openStudioDb` opens). */
export const SCHEMA_VERSION = schemaHistory[schemaHistory.length - 1]?.version ?? 1;

/** A key kept on this computer only (table `localKeys`). */
export interface LocalKeyRow {
  readonly id: 'backup';
  /** AES-GCM, derived by PBKDF2 from the backup passphrase; a non-extractable CryptoKey. */
  readonly key: AesKeyLike;
  readonly salt: string;
  readonly iterations: number;
  readonly setAt: string;
}

export type SyncedTables = { [K in SyncedTableName]: Table<SyncedRecordOf[K], string> };

export type StudioDb = Dexie &
  SyncedTables & {
    settings: EntityTable<SettingRow, 'key'>;
    conflicts: EntityTable<Conflict, 'id'>;
    localKeys: EntityTable<LocalKeyRow, 'id'>;
  };

/** A synced table for bulk work over all tables, where the row type does not matter. */
export function bulkTable(db: StudioDb, name: SyncedTableName): Table<unknown, string> {
  return db.table(name);
}

export const DEFAULT_DB_NAME = 'meta-cluster-studio';

/** Open (and upgrade if needed) a workspace database. `upTo` opens an older version, for tests. */
export function openStudioDb(name: string = DEFAULT_DB_NAME, upTo?: number): StudioDb {
  // Live queries hand out their results without deep-cloning them (no code here mutates a row it
  // read: writes build new objects), which saves seconds on a 100k-organisation roster.
  const db = new Dexie(name, { cache: 'immutable' }) as StudioDb;
  for (const step of schemaHistory) {
    if (upTo !== undefined && step.version > upTo) break;
    const version = db.version(step.version).stores(step.stores);
    if (step.upgrade) version.upgrade(step.upgrade);
  }
  // Read-write transactions are counted until they commit (a reload waits for them).
  db.use(pendingWritesMiddleware);
  return db;
}
