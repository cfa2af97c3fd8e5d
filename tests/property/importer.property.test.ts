/**
 * The exchange guarantees (shared/design/EXCHANGE.md) property-tested through the REAL code paths
 * (issue 12): 3–4 workspaces over fake-indexeddb written through their repositories, packages
 * exported as real zip bytes (`exportPackage`), applied by the shipping importer (`applyPackage`),
 * conflicts resolved as the conflict page does (`resolveConflict`), the sample loaded and removed
 * as the app does. Random commands — creates with references between records (some to sample
 * records), edits (some made at two workspaces at once), deletes, restores, erasures, exports
 * (whole workspace, or changes since a partner's knowledge: current, as recorded here, or stale;
 * one workspace writes packages of a newer minor version), imports from the pool (shuffled,
 * duplicated, stale, own), meetings where everyone syncs, resolutions, sample removal, clock
 * ticks with each workspace ± 6 h off — then everyone removes its sample, exports everything and
 * imports every package. It proves:
 * 1. convergence (identical synced records, no sample row left), and "changes since" cut against
 *    the recipient's own knowledge brings it everything it lacks;
 * 2. idempotence (a package applied twice: `alreadyImported`, database unchanged);
 * 3. own packages (`isOwn`, nothing written, never one's own partner);
 * 4. round trip (a fresh workspace importing a final export holds identical records);
 * 5. erasure wins (blank personal fields everywhere, nothing of theirs in any conflict-log row);
 * 6. keep-current / last resolver wins (a resolution no later write superseded holds everywhere);
 * 7. the sample boundary (no package carries sample rows, sample writes or records that need
 *    them — but an erased person, whose erasure always travels; no dangling required reference
 *    at the end);
 * 8. version skew (a field of a newer minor version reaches everyone and survives re-export).
 * Then fixed scenarios: the three losses of issue 12 (sample + real data, keep current, own
 * package), and the bugs this suite found, each as small as it gets. Node ids, package ids and the
 * wall clock (`Date`) are fixed and the model has no randomness of its own, so a fast-check seed
 * replays a failure exactly.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { contactMayTravel } from '../../src-core/exchange/scope';
import { contactPersonalFields, type ContactRecord } from '../../src-core/model/entities';
import { clockOf } from '../../src-core/model/sync-meta';
import { erasedContactFields } from '../../src-core/roster/erasure';
import { SAMPLE_NODE_ID } from '../../src-core/sample';
import type { Conflict } from '../../src-core/model/workspace';
import type { Knowledge } from '../../src-core/sync/knowledge';
import { resolveConflict } from '../../src-renderer/db/conflicts';
import {
  applyPackage,
  exportPackage,
  leftOutRecords,
  previewPackage,
  readPartners,
  UnknownPartnerError,
  type ApplyResult,
  type ExportScope,
} from '../../src-renderer/db/exchange';
import { ALL_TABLES, localKnowledge, readAllRows } from '../../src-renderer/db/exchange-rows';
import { recordSent, SignerTrustError } from '../../src-renderer/db/partners';
import type { Repositories } from '../../src-renderer/db/repositories';
import { loadSampleWorkspace, removeSampleWorkspace } from '../../src-renderer/db/sample';
import type { StudioDb } from '../../src-renderer/db/schema';
import { readSetting } from '../../src-renderer/db/settings';
import {
  clusterFields,
  contactFields,
  databaseSnapshot,
  openWorkspaces,
  organisationFields,
  signerFor,
} from '../unit/db/helpers';
import {
  asNewerMinor,
  byId,
  danglingRequired,
  heldBackOf,
  FRESH_NODE,
  HOUR,
  isSampleRow,
  MINUTE,
  NEWER_FIELD,
  NODES,
  openPackage,
  openReplica,
  readRows,
  recordsJson,
  SAMPLE,
  SAMPLE_IDS,
  SAMPLE_SEED,
  sampleIdsOf,
  shuffle,
  storeNewerField,
  T0,
  withoutCarriedFields,
  type Row,
  type Rows,
} from './importer-model';

const { database, closeAll } = openWorkspaces(T0);

// A fixed wall clock (only `Date` is faked: fake-indexeddb keeps its real timers). Loading the
// sample folds `Date.now()` into the workspace clock, and UUIDv7 ids read it too.
beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
});
afterAll(() => vi.useRealTimers());
afterEach(closeAll);

// ---------------------------------------------------------------------------------------------
// Commands

type EditTable = 'organisations' | 'clusters' | 'memberships' | 'contacts';
const EDIT_TABLES: readonly EditTable[] = ['organisations', 'clusters', 'memberships', 'contacts'];

interface FieldEdit {
  readonly field: string;
  readonly value: unknown;
  /** The same field edited at another workspace too, before any exchange: a true conflict. */
  readonly also: { readonly r: number; readonly value: unknown } | null;
}

type ExportKind = 'workspace' | 'sinceNow' | 'sincePartner' | 'sinceStale';

type Command =
  | { kind: 'organisation'; r: number; name: string; country: string; segment: number | null }
  | { kind: 'cluster'; r: number; name: string; country: string }
  | { kind: 'membership'; r: number; org: number; cluster: number; status: string }
  | {
      kind: 'contact';
      r: number;
      org: number;
      given: string;
      family: string;
      role: string;
      email: boolean;
      scope: 'partners' | 'public';
    }
  | { kind: 'edit'; r: number; table: EditTable; k: number; change: FieldEdit }
  | {
      kind: 'repoint';
      r: number;
      table: 'contacts' | 'memberships';
      k: number;
      field: 'organisationId' | 'clusterId';
      target: number;
    }
  | { kind: 'delete' | 'restore'; r: number; table: EditTable; k: number }
  | { kind: 'erase'; r: number; k: number }
  | { kind: 'export'; r: number; scope: ExportKind; to: number; tags: number[]; portal: number }
  | { kind: 'exchange'; r: number; to: number; back: boolean; since: boolean }
  | { kind: 'import'; r: number; pkg: number; twice: boolean }
  | { kind: 'resolve'; r: number; k: number; choice: 'keep' | 'take' }
  | { kind: 'removeSample'; r: number }
  | {
      kind: 'meeting';
      seed: number;
      /** Then these workspaces resolve an open conflict each (maybe the same one elsewhere). */
      resolve: { r: number; k: number; choice: 'keep' | 'take' }[];
      /** Then someone whose values are in a conflict log is erased (see `erase` commands). */
      erase: { r: number; k: number } | null;
    }
  | { kind: 'tick'; ms: number };

const ORG_NAMES = ['Huilerie Ben Salah', 'Olive Lab', 'Argan Coop', 'Dattes du Sud'];
const CLUSTER_NAMES = ['Sfax Olive Cluster', 'Agadir Argan Cluster', 'Jaén Olive Cluster'];
const COUNTRIES = ['TN', 'MA', 'ES', 'IT'];
const GIVEN = ['Amal', 'Youssef', 'Maria'];
const FAMILY = ['Haddad', 'Benali', 'Rossi'];
const ROLES = ['Director', 'Engineer', 'Manager'];
const PORTALS = ['tenders.tn', 'marches.ma', 'licitaciones.es'];
/** The contacts' fields whose values are tagged per person (see `personalise`). */
const TAGGED = new Set(['givenName', 'familyName', 'email', 'phone', 'role']);

/** Values each edited field takes (few, so concurrent edits often collide). */
const fieldValues: Record<EditTable, Record<string, fc.Arbitrary<unknown>>> = {
  organisations: {
    name: fc.constantFrom(...ORG_NAMES),
    country: fc.constantFrom(...COUNTRIES),
    type: fc.constantFrom('sme-small', 'university', 'rto'),
    offers: fc.subarray(['pressing', 'bottling', 'testing']),
    website: fc.constantFrom(null, 'https://olive.example.org'),
  },
  clusters: {
    name: fc.constantFrom(...CLUSTER_NAMES),
    managementFte: fc.constantFrom(1, 2.5, null),
    hasEnglishWebsite: fc.boolean(),
    naceCodes: fc.subarray(['01', '10.41', 'C']),
  },
  memberships: {
    status: fc.constantFrom('prospect', 'engaged', 'member', 'left'),
    since: fc.constantFrom('2025-01-01', '2026-02-01', null),
    until: fc.constantFrom(null, '2026-12-31'),
  },
  contacts: {
    givenName: fc.constantFrom(...GIVEN),
    familyName: fc.constantFrom(...FAMILY),
    email: fc.constantFrom('amal', 'youssef', null),
    phone: fc.constantFrom('70', '71', null),
    role: fc.constantFrom(...ROLES),
    languages: fc.subarray(['ar', 'fr', 'en']),
    // Only scopes and bases under which the contact still travels (see `mayTravel`).
    shareScope: fc.constantFrom('partners', 'public'),
    legalBasis: fc.constantFrom('contract', 'legitimate-interest'),
    doNotContact: fc.boolean(),
  },
};

/** An edit of one field, and maybe a concurrent edit of the same field at another workspace. */
const fieldEdit = (t: EditTable): fc.Arbitrary<FieldEdit> =>
  fc.constantFrom(...Object.keys(fieldValues[t])).chain((field) =>
    fc.record({
      field: fc.constant(field),
      value: fieldValues[t][field] as fc.Arbitrary<unknown>,
      also: fc.option(
        fc.record({ r: fc.nat({ max: 2 }), value: fieldValues[t][field] as fc.Arbitrary<unknown> }),
        { nil: null, freq: 3 },
      ),
    }),
  );

const at = fc.nat({ max: 3 });
const k = fc.nat({ max: 40 });
const table = fc.constantFrom(...EDIT_TABLES);

const commandArb: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('organisation' as const),
      r: at,
      name: fc.constantFrom(...ORG_NAMES),
      country: fc.constantFrom(...COUNTRIES),
      segment: fc.option(k, { nil: null }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('cluster' as const),
      r: at,
      name: fc.constantFrom(...CLUSTER_NAMES),
      country: fc.constantFrom(...COUNTRIES),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('membership' as const),
      r: at,
      org: k,
      cluster: k,
      status: fc.constantFrom('prospect', 'member'),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('contact' as const),
      r: at,
      org: k,
      given: fc.constantFrom(...GIVEN),
      family: fc.constantFrom(...FAMILY),
      role: fc.constantFrom(...ROLES),
      email: fc.boolean(),
      scope: fc.constantFrom('partners' as const, 'public' as const),
    }),
  },
  {
    weight: 14,
    // Contacts twice as often: they carry the personal data (erasure, conflicts of people).
    arbitrary: fc.constantFrom<EditTable>(...EDIT_TABLES, 'contacts').chain((t) =>
      fc.record({
        kind: fc.constant('edit' as const),
        r: at,
        table: fc.constant(t),
        k,
        change: fieldEdit(t),
      }),
    ),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('repoint' as const),
      r: at,
      table: fc.constantFrom('contacts' as const, 'memberships' as const),
      k,
      field: fc.constantFrom('organisationId' as const, 'clusterId' as const),
      target: k,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constantFrom('delete' as const, 'restore' as const),
      r: at,
      table,
      k,
    }),
  },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('erase' as const), r: at, k }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('export' as const),
      r: at,
      scope: fc.constantFrom<ExportKind>('workspace', 'sinceNow', 'sincePartner', 'sinceStale'),
      to: at,
      tags: fc.uniqueArray(fc.nat({ max: 5 }), { maxLength: 3 }),
      portal: fc.nat({ max: PORTALS.length - 1 }),
    }),
  },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('exchange' as const),
      r: at,
      to: at,
      back: fc.boolean(),
      since: fc.boolean(),
    }),
  },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('import' as const),
      r: at,
      pkg: fc.nat(),
      twice: fc.boolean(),
    }),
  },
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('resolve' as const),
      r: at,
      k,
      choice: fc.constantFrom('keep' as const, 'take' as const),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('removeSample' as const), r: at }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('meeting' as const),
      seed: fc.integer(),
      resolve: fc.array(
        fc.record({ r: at, k, choice: fc.constantFrom('keep' as const, 'take' as const) }),
        { maxLength: 4 },
      ),
      erase: fc.option(fc.record({ r: at, k: k.map((n) => n * 2) }), { nil: null }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('tick' as const), ms: fc.nat({ max: HOUR }) }),
  },
);

const scenarioArb = fc.record({
  replicas: fc.integer({ min: 3, max: 4 }),
  /** Which workspaces start with the sample (the welcome screen's choice). */
  withSample: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
  /** The workspace whose packages come from a newer minor version of the format. */
  newer: fc.nat({ max: 3 }),
  /** Each workspace's wall clock is off by up to ± 6 h (within the one-day limit). */
  skews: fc.array(fc.integer({ min: -6 * HOUR, max: 6 * HOUR }), { minLength: 4, maxLength: 4 }),
  commands: fc.array(commandArb, { minLength: 15, maxLength: 35 }),
  seeds: fc.array(fc.integer(), { minLength: 4, maxLength: 4 }),
});
type Scenario = typeof scenarioArb extends fc.Arbitrary<infer S> ? S : never;

// ---------------------------------------------------------------------------------------------
// The world: real workspaces and what the model remembers about them

interface Replica {
  readonly index: number;
  readonly node: string;
  readonly db: StudioDb;
  readonly repos: Repositories;
  readonly newer: boolean;
  sample: 'none' | 'loaded' | 'removed';
  /** The knowledge of this workspace's last package (for stale "changes since"). */
  lastKnowledge: Knowledge | null;
}

interface Pooled {
  readonly bytes: Uint8Array;
  readonly source: number;
}

/** A conflict resolved: the field's clock and value right after the resolving write. */
interface Resolution {
  readonly table: string;
  readonly recordId: string;
  readonly field: string;
  readonly clock: string;
  readonly value: unknown;
}

const ERASE_FORCED = new Set<string>([
  ...contactPersonalFields,
  'doNotContact',
  'erasedAt',
  'erasureFingerprints',
]);
const PERSONAL_CONFLICT_FIELDS = new Set<string>([...contactPersonalFields, 'doNotContact']);

/** Contacts the commands touch: only those whose data may travel (private data never converges). */
const mayTravel = (row: Row): boolean =>
  contactMayTravel(row as unknown as ContactRecord, 'as-shared');

class World {
  time = T0;
  readonly replicas: Replica[] = [];
  readonly pool: Pooled[] = [];
  readonly resolutions: Resolution[] = [];
  readonly erased = new Set<string>();
  /** Contact id → every tagged personal value written for them (unique to the person). */
  readonly personal = new Map<string, Set<string>>();
  /** Organisation id → the value of the newer version's field it was given. */
  readonly tender = new Map<string, string>();
  private readonly tags = new Map<string, string>();
  private packages = 0;

  constructor(private readonly skews: readonly number[]) {}

  now(r: number): number {
    return this.time + (this.skews[r] ?? 0);
  }

  /** The acting workspace's wall clock becomes the (faked) time. */
  act(replica: Replica): number {
    const now = this.now(replica.index);
    vi.setSystemTime(now);
    return now;
  }

  replica(r: number): Replica {
    return this.replicas[r % this.replicas.length] as Replica;
  }

  other(r: number, to: number): Replica {
    const n = this.replicas.length;
    return this.replica((r + 1 + (to % (n - 1))) % n);
  }

  /** Deterministic, valid, distinct package ids (conflict-log ids contain them). */
  nextPackageId(): string {
    this.packages += 1;
    return `00000000-0000-7000-8000-${this.packages.toString(16).padStart(12, '0')}`;
  }

  /** The tag that makes a person's values unique to them (`k3z`: no tag contains another). */
  tagOf(contactId: string): string {
    let tag = this.tags.get(contactId);
    if (tag === undefined) this.tags.set(contactId, (tag = `k${this.tags.size}z`));
    return tag;
  }

  /** A personal value unique to one person (`Amal k3z`, `amal.k3z@example.org`), remembered. */
  personalise(contactId: string, field: string, value: unknown): unknown {
    if (!TAGGED.has(field) || value === null) return value;
    const tag = this.tagOf(contactId);
    const text =
      field === 'email'
        ? `${String(value)}.${tag}@example.org`
        : field === 'phone'
          ? `+216 ${String(value)} ${tag}`
          : `${String(value)} ${tag}`;
    let values = this.personal.get(contactId);
    if (values === undefined) this.personal.set(contactId, (values = new Set()));
    values.add(text);
    return text;
  }

  /** A contact created with values tagged `provisional`, now known by its id. */
  adoptTag(provisional: string, contactId: string): void {
    this.tags.set(contactId, this.tagOf(provisional));
    this.personal.set(contactId, this.personal.get(provisional) ?? new Set());
    this.personal.delete(provisional);
  }
}

async function held(db: StudioDb, name: EditTable, live = false): Promise<Row[]> {
  const rows = ((await db.table(name).toArray()) as Row[]).sort(byId);
  const usable = name === 'contacts' ? rows.filter(mayTravel) : rows;
  return live ? usable.filter((row) => !row.deleted) : usable;
}

const pick = <T>(items: readonly T[], index: number): T | undefined =>
  items.length === 0 ? undefined : items[index % items.length];

/**
 * A row by `k`: one time in four a sample row (when there are any), else a real one — half of
 * the time one of the three oldest (the shared start), so that edits collide often.
 */
function choose(rows: readonly Row[], k: number): Row | undefined {
  const sample = rows.filter(isSampleRow);
  const real = rows.filter((row) => !isSampleRow(row));
  if ((k % 4 === 3 && sample.length > 0) || real.length === 0) return pick(sample, k >> 2);
  return pick(k % 4 < 2 ? real.slice(0, 3) : real, k >> 2);
}

/** What a recipient has seen right now (as its own export would say). */
async function knowledgeOf(db: StudioDb): Promise<Knowledge> {
  return db.transaction('r', ALL_TABLES, async () => localKnowledge(db, await readAllRows(db)));
}

// ---------------------------------------------------------------------------------------------
// Exports, checked against the sample boundary (property 7)

async function exportFrom(
  world: World,
  replica: Replica,
  scope: ExportScope,
  newer: { tags: readonly number[]; portal: number } = { tags: [0, 2], portal: 0 },
): Promise<Uint8Array | null> {
  const now = world.act(replica);
  const before = await readRows(replica.db);
  let exported;
  try {
    exported = await exportPackage(replica.db, {
      scope,
      appVersion: '0.1.0-test',
      now,
      packageId: world.nextPackageId(),
      ...(replica.newer ? {} : { signer: signerFor(replica.db) }),
    });
  } catch (error) {
    if (error instanceof UnknownPartnerError) return null;
    throw error;
  }
  if (scope.kind === 'changesSince' && scope.knowledge === undefined) {
    await recordSent(replica.db, exported, 'pool');
  }
  checkBoundary(before, exported.bytes, scope.kind === 'workspace', exported.sampleRecords);
  replica.lastKnowledge = exported.knowledge;
  let bytes = exported.bytes;
  if (replica.newer) {
    const edited = asNewerMinor(bytes, (record, index) =>
      newer.tags.includes(index)
        ? `https://${PORTALS[(newer.portal + index) % PORTALS.length] ?? ''}/${record.id.slice(-6)}`
        : null,
    );
    // The newer app holds what it wrote.
    for (const [id, value] of edited.tagged) {
      await storeNewerField(replica.db, id, value);
      world.tender.set(id, value);
    }
    bytes = edited.bytes;
  }
  world.pool.push({ bytes, source: replica.index });
  return bytes;
}

/** Property 7: a package never carries sample rows, sample ids, or records that need them. */
function checkBoundary(
  before: Rows,
  bytes: Uint8Array,
  wholeWorkspace: boolean,
  sampleRecords: number,
): void {
  const sample = sampleIdsOf(before);
  const entangled = heldBackOf(before, sample);
  const pkg = openPackage(bytes);
  let samples = 0;
  for (const ids of sample.values()) samples += ids.size;
  expect(sampleRecords).toBe(samples);
  for (const [name, records] of pkg.tables) {
    for (const record of records) {
      expect(record, 'a package never carries `origin`').not.toHaveProperty('origin');
      // Sample writes never leave the computer: a sample record travels only once adopted, every
      // field written anew by the user's node (src-core/sample/boundary.ts).
      const sampleClocks = Object.values(record.clocks).filter((clock) =>
        clock.endsWith(SAMPLE_NODE_ID),
      );
      expect(sampleClocks, `${name} ${record.id} carries sample writes`).toEqual([]);
      expect(sample.get(name)?.has(record.id), `sample ${name} ${record.id} left`).toBe(false);
      if (SAMPLE_IDS.get(name)?.has(record.id)) {
        // A sample id travels only once adopted: real at the sender.
        const row = before[name].find((r) => r.id === record.id);
        expect(row && !isSampleRow(row)).toBe(true);
      }
      expect(entangled.get(name)?.has(record.id), `${name} ${record.id} needs sample data`).toBe(
        false,
      );
    }
  }
  let entangledCount = 0;
  for (const ids of entangled.values()) entangledCount += ids.size;
  const left = leftOutRecords(pkg.manifest.omitted ?? []);
  if (wholeWorkspace) expect(left).toBe(entangledCount);
  else expect(left).toBeLessThanOrEqual(entangledCount);
}

// ---------------------------------------------------------------------------------------------
// Imports: idempotence (2), own packages (3), and the user's confirmation for new erasers

async function deliver(world: World, replica: Replica, pooled: Pooled, twice: boolean) {
  const now = world.act(replica);
  const before = await databaseSnapshot(replica.db);
  let result: ApplyResult;
  try {
    result = await applyPackage(replica.db, pooled.bytes, { now });
  } catch (error) {
    // A partner never seen before that would erase people waits for the user's confirmation
    // (the preview), and nothing is written meanwhile.
    if (!(error instanceof SignerTrustError) || error.code !== 'newPartnerErasures') throw error;
    expect(await databaseSnapshot(replica.db)).toEqual(before);
    result = await applyPackage(replica.db, pooled.bytes, { now, acceptSigner: true });
  }
  if (pooled.source === replica.index) {
    expect(result).toMatchObject({ isOwn: true, changed: 0, conflicts: 0 });
    expect(await databaseSnapshot(replica.db)).toEqual(before);
  } else {
    expect(result.isOwn).toBe(false);
  }
  if (twice) {
    const after = await databaseSnapshot(replica.db);
    const again = await applyPackage(replica.db, pooled.bytes, { now: now + MINUTE });
    expect(again).toMatchObject(
      pooled.source === replica.index ? { isOwn: true } : { alreadyImported: true },
    );
    expect(again).toMatchObject({ changed: 0, conflicts: 0 });
    expect(await databaseSnapshot(replica.db)).toEqual(after);
  }
}

// ---------------------------------------------------------------------------------------------
// The interpreter

type ContactValues = Pick<
  Extract<Command, { kind: 'contact' }>,
  'given' | 'family' | 'role' | 'email' | 'scope'
>;

/** A contact whose personal values are tagged as theirs (see `World.personalise`). */
async function createContact(
  world: World,
  replica: Replica,
  organisationId: string,
  c: ContactValues,
): Promise<void> {
  const next = `contact-${world.personal.size}`;
  const value = (field: string, base: unknown) => world.personalise(next, field, base);
  const created = await replica.repos.contacts.create(
    contactFields(organisationId, {
      givenName: value('givenName', c.given) as string,
      familyName: value('familyName', c.family) as string,
      email: (c.email ? value('email', 'amal') : null) as string | null,
      phone: null,
      role: value('role', c.role) as string,
      shareScope: c.scope,
    }),
  );
  world.adoptTag(next, created.id);
}

/** Resolve the `k`-th open conflict of a workspace, as the conflict page does; false if none. */
async function resolveAt(
  world: World,
  replica: Replica,
  k: number,
  choice: 'keep' | 'take',
): Promise<boolean> {
  const { db, repos } = replica;
  const now = world.act(replica);
  const open = (await db.conflicts.toArray()).filter((row) => row.resolvedAt === null).sort(byId);
  const conflict = pick(open, k);
  if (!conflict) return false;
  const name = conflict.table as EditTable;
  const current = (await db.table(name).get(conflict.recordId)) as Row;
  await resolveConflict(db, repos, conflict, choice, new Date(now));
  const after = (await db.table(name).get(conflict.recordId)) as Row;
  const clock = clockOf(after, conflict.field) as string;
  // The resolution is a write of this workspace, with its newest clock.
  expect(clock).toBe(await readSetting(db, 'clock'));
  const erased = name === 'contacts' && after.erasedAt !== null;
  if (!(erased && ERASE_FORCED.has(conflict.field))) {
    expect(after[conflict.field]).toEqual(
      choice === 'keep' ? current[conflict.field] : conflict.lostValue,
    );
  }
  const stillOpen = (await db.conflicts.toArray()).filter(
    (row) =>
      row.resolvedAt === null &&
      row.table === conflict.table &&
      row.recordId === conflict.recordId &&
      row.field === conflict.field,
  );
  expect(stillOpen).toEqual([]);
  world.resolutions.push({
    table: conflict.table,
    recordId: conflict.recordId,
    field: conflict.field,
    clock,
    value: after[conflict.field],
  });
  return true;
}

/** Everyone exports everything, and everyone imports everyone's (in a shuffled order). */
async function meeting(world: World, seed: number): Promise<void> {
  const packages: Pooled[] = [];
  for (const replica of world.replicas) {
    await exportFrom(world, replica, { kind: 'workspace' });
    packages.push(world.pool.at(-1) as Pooled);
  }
  for (const replica of world.replicas) {
    for (const [i, pooled] of shuffle(packages, seed + replica.index).entries()) {
      await deliver(world, replica, pooled, i === 0);
    }
  }
}

/**
 * The changes a partner lacks, cut against its own knowledge right now (as the exchange folder
 * does), delivered — after which it holds everything the sender could send it (property 1).
 */
async function sendChanges(world: World, from: Replica, to: Replica): Promise<void> {
  const knowledge = await knowledgeOf(to.db);
  await exportFrom(world, from, { kind: 'changesSince', partnerNodeId: to.node, knowledge });
  await deliver(world, to, world.pool.at(-1) as Pooled, false);
  await checkComplete(from, to);
}

/** After a package, the recipient holds every field the sender's package could carry, as new. */
async function checkComplete(from: Replica, to: Replica): Promise<void> {
  const sender = await readRows(from.db);
  const recipient = await readRows(to.db);
  const entangled = heldBackOf(sender, sampleIdsOf(sender));
  for (const name of Object.keys(sender) as (keyof Rows)[]) {
    const theirs = new Map(recipient[name].map((row) => [row.id, row]));
    for (const row of sender[name]) {
      if (isSampleRow(row) || entangled.get(name)?.has(row.id)) continue;
      const copy = theirs.get(row.id);
      expect(copy, `${name} ${row.id} did not arrive`).toBeDefined();
      // An erased copy keeps its erasure whatever the clocks (erasure wins, not the later write).
      const isErasedCopy = name === 'contacts' && Boolean((copy as Row).erasedAt);
      for (const field of Object.keys(row)) {
        if (['id', 'clocks', 'origin', NEWER_FIELD].includes(field)) continue;
        if (isErasedCopy && ERASE_FORCED.has(field)) continue;
        const mine = clockOf(row, field) as string;
        const their = clockOf(copy as Row, field) as string;
        expect(their >= mine, `${name} ${row.id} ${field} is older at the recipient`).toBe(true);
      }
    }
  }
}

/** "Erase person", as the contact page does it. */
async function erase(world: World, replica: Replica, row: Row): Promise<void> {
  const now = world.act(replica);
  const contact = row as unknown as ContactRecord;
  await replica.repos.contacts.update(
    contact.id,
    erasedContactFields(contact, new Date(now).toISOString()),
  );
  world.erased.add(contact.id);
}

async function run(world: World, c: Command): Promise<void> {
  if (c.kind === 'tick') {
    world.time += c.ms;
    return;
  }
  if (c.kind === 'meeting') {
    await meeting(world, c.seed);
    for (const { r, k, choice } of c.resolve) await resolveAt(world, world.replica(r), k, choice);
    if (c.erase !== null) await run(world, { kind: 'erase', ...c.erase });
    return;
  }
  const replica = world.replica(c.r);
  const { db, repos } = replica;
  const now = world.act(replica);
  switch (c.kind) {
    case 'organisation': {
      const chain = pick(((await db.valueChains.toArray()) as Row[]).sort(byId), c.segment ?? 0);
      const segment = (chain?.segments as { key: string }[] | undefined)?.[0]?.key;
      await repos.organisations.create(
        organisationFields({
          name: c.name,
          country: c.country,
          segments: c.segment !== null && chain && segment ? [`${chain.id}/${segment}`] : [],
        }),
      );
      return;
    }
    case 'cluster':
      await repos.clusters.create(clusterFields({ name: c.name, country: c.country }));
      return;
    case 'membership': {
      const org = choose(await held(db, 'organisations', true), c.org);
      const cluster = choose(await held(db, 'clusters', true), c.cluster);
      if (!org || !cluster) return;
      await repos.memberships.create({
        organisationId: org.id,
        clusterId: cluster.id,
        status: c.status as 'member',
        since: '2025-01-01',
        until: null,
      });
      return;
    }
    case 'contact': {
      const org = choose(await held(db, 'organisations', true), c.org);
      if (org) await createContact(world, replica, org.id, c);
      return;
    }
    case 'edit': {
      const row = choose(await held(db, c.table), c.k);
      if (!row) return;
      const { field, also } = c.change;
      const value = (v: unknown) =>
        c.table === 'contacts' ? world.personalise(row.id, field, v) : v;
      await repos[c.table].update(row.id, { [field]: value(c.change.value) } as never);
      if (also === null) return;
      const second = world.other(c.r, also.r);
      const there = (await held(second.db, c.table)).find((other) => other.id === row.id);
      if (!there) return;
      world.act(second);
      await second.repos[c.table].update(row.id, { [field]: value(also.value) } as never);
      return;
    }
    case 'repoint': {
      const row = choose(await held(db, c.table), c.k);
      const field = c.table === 'contacts' ? 'organisationId' : c.field;
      const targets = await held(db, field === 'clusterId' ? 'clusters' : 'organisations', true);
      const target = choose(targets, c.target);
      if (!row || !target) return;
      await repos[c.table].update(row.id, { [field]: target.id } as never);
      return;
    }
    case 'delete':
    case 'restore': {
      const row = choose(await held(db, c.table), c.k);
      if (!row) return;
      if (c.kind === 'delete') await repos[c.table].remove(row.id);
      else await repos[c.table].restore(row.id);
      return;
    }
    case 'erase': {
      // Half of the time someone whose values are in a conflict log (here, or at the next
      // workspace that has one), else anyone.
      if (c.k % 2 === 0) {
        for (let i = 0; i < world.replicas.length; i++) {
          const at = world.replica(c.r + i);
          const logged = new Set(
            (await at.db.conflicts.toArray())
              .filter((row) => row.table === 'contacts' && PERSONAL_CONFLICT_FIELDS.has(row.field))
              .map((row) => row.recordId),
          );
          const contacts = (await held(at.db, 'contacts')).filter(
            (row) => row.erasedAt === null && logged.has(row.id),
          );
          const row = pick(contacts, c.k >> 1);
          if (row) return erase(world, at, row);
        }
      }
      const row = choose(
        (await held(db, 'contacts')).filter((contact) => contact.erasedAt === null),
        c.k,
      );
      if (row) await erase(world, replica, row);
      return;
    }
    case 'export': {
      const to = world.other(c.r, c.to);
      let scope: ExportScope;
      if (c.scope === 'workspace') scope = { kind: 'workspace' };
      else if (c.scope === 'sincePartner') scope = { kind: 'changesSince', partnerNodeId: to.node };
      else {
        const knowledge = c.scope === 'sinceNow' ? await knowledgeOf(to.db) : to.lastKnowledge;
        if (knowledge === null) return;
        scope = { kind: 'changesSince', partnerNodeId: to.node, knowledge };
      }
      await exportFrom(world, replica, scope, c);
      return;
    }
    case 'exchange': {
      // Hand a package straight to a partner (and maybe one back): the whole workspace, or the
      // changes since what the partner holds right now (as the exchange folder does).
      const pairs = c.back
        ? [
            [replica, world.other(c.r, c.to)],
            [world.other(c.r, c.to), replica],
          ]
        : [[replica, world.other(c.r, c.to)]];
      for (const [from, to] of pairs as [Replica, Replica][]) {
        if (c.since) {
          await sendChanges(world, from, to);
        } else {
          await exportFrom(world, from, { kind: 'workspace' });
          await deliver(world, to, world.pool.at(-1) as Pooled, false);
        }
      }
      return;
    }
    case 'import': {
      const pooled = pick(world.pool, c.pkg);
      if (pooled) await deliver(world, replica, pooled, c.twice);
      return;
    }
    case 'resolve': {
      // At the first workspace from `r` on with an open conflict.
      for (let i = 0; i < world.replicas.length; i++) {
        if (await resolveAt(world, world.replica(c.r + i), c.k, c.choice)) return;
      }
      return;
    }
    case 'removeSample': {
      if (replica.sample !== 'loaded') return;
      await removeSampleWorkspace(db, {}, now);
      replica.sample = 'removed';
      const left = [...sampleIdsOf(await readRows(db)).values()].reduce(
        (n, ids) => n + ids.size,
        0,
      );
      expect(left).toBe(0);
      return;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// A whole run: the commands, then the final phase, then every property

async function play(scenario: Scenario): Promise<World> {
  const n = scenario.replicas;
  const world = new World(scenario.skews);
  for (let r = 0; r < n; r++) {
    const node = NODES[r] as string;
    const { db, repos } = await openReplica(database, node, () => world.now(r));
    const replica: Replica = {
      index: r,
      node,
      db,
      repos,
      newer: scenario.newer % n === r,
      sample: 'none',
      lastKnowledge: null,
    };
    world.replicas.push(replica);
    if (scenario.withSample[r]) {
      const now = world.act(replica);
      await loadSampleWorkspace(db, SAMPLE, SAMPLE_SEED, undefined, new Date(now));
      replica.sample = 'loaded';
    }
  }
  // A shared start: the first workspace's small roster reaches everyone, so that edits of the
  // same records can be concurrent from the first command on.
  const founder = world.replicas[0] as Replica;
  world.act(founder);
  const { repos } = founder;
  const organisations = [
    await repos.organisations.create(organisationFields({ name: 'Huilerie Ben Salah' })),
    await repos.organisations.create(organisationFields({ name: 'Olive Lab', type: 'rto' })),
  ];
  const cluster = await repos.clusters.create(clusterFields({ name: 'Sfax Olive Cluster' }));
  await repos.clusters.create(clusterFields({ name: 'Agadir Argan Cluster', country: 'MA' }));
  await repos.memberships.create({
    organisationId: organisations[0]!.id,
    clusterId: cluster.id,
    status: 'member',
    since: '2025-01-01',
    until: null,
  });
  for (const [i, organisation] of organisations.entries()) {
    await createContact(world, founder, organisation.id, {
      given: GIVEN[i] as string,
      family: FAMILY[i] as string,
      role: ROLES[i] as string,
      email: true,
      scope: 'partners',
    });
  }
  await exportFrom(world, founder, { kind: 'workspace' });
  const roster = world.pool.at(-1) as Pooled;
  for (const replica of world.replicas.slice(1)) await deliver(world, replica, roster, false);

  for (const command of scenario.commands) await run(world, command);

  // Final phase: every workspace removes its sample; each sends each other one the changes it
  // lacks, as an exchange folder would (checked complete); then everyone exports everything and
  // imports every package (old and new, in its own shuffled order, some twice).
  world.time += MINUTE;
  for (const replica of world.replicas) {
    if (replica.sample !== 'loaded') continue;
    await removeSampleWorkspace(replica.db, {}, world.act(replica));
    replica.sample = 'removed';
  }
  for (const from of world.replicas) {
    for (const to of world.replicas) if (from !== to) await sendChanges(world, from, to);
  }
  world.time += MINUTE;
  for (const replica of world.replicas) await exportFrom(world, replica, { kind: 'workspace' });
  world.time += MINUTE;
  const all = [...world.pool];
  for (const replica of world.replicas) {
    const seed = scenario.seeds[replica.index] ?? 0;
    for (const [i, pooled] of shuffle(all, seed).entries()) {
      await deliver(world, replica, pooled, (i + seed) % 7 === 0);
    }
  }
  return world;
}

async function checkAll(world: World): Promise<void> {
  const replicas = world.replicas;
  const rows = await Promise.all(replicas.map((replica) => readRows(replica.db)));
  const first = rows[0] as Rows;

  // 1. Convergence: identical synced records, compared whole. Nothing is ignored: the only
  //    local-only key of a synced row, `origin`, must be gone (no sample row remains). Local
  //    tables (settings: identity, clock, keys, bookkeeping; the conflict log) are not compared.
  //    Commands touch only contacts whose data may travel: private data never converges.
  for (const [r, mine] of rows.entries()) {
    expect(recordsJson(mine), `replica ${r} converged`).toBe(recordsJson(first));
    expect(await readSetting(replicas[r]!.db, 'sample')).toBeUndefined();
  }
  for (const table of Object.values(first)) {
    for (const row of table) expect(row).not.toHaveProperty('origin');
  }

  // 3. Own packages: a workspace is never its own partner.
  for (const replica of replicas) {
    expect(Object.keys(await readPartners(replica.db))).not.toContain(replica.node);
    const raw = (await readSetting(replica.db, 'exchange:partners')) ?? {};
    expect(Object.keys(raw)).not.toContain(replica.node);
  }

  // 4. Round trip, and 8. the newer field re-exported by a workspace that does not know it.
  const relay = replicas.find((replica) => !replica.newer) as Replica;
  const bytes = (await exportFrom(world, relay, { kind: 'workspace' })) as Uint8Array;
  const fresh = await openReplica(database, FRESH_NODE, () => world.time);
  await applyPackage(fresh.db, bytes, { now: world.time });
  expect(recordsJson(await readRows(fresh.db)), 'round trip').toBe(recordsJson(first));
  // 2. Idempotence, once more on the final state.
  const other = replicas.find((replica) => replica !== relay) as Replica;
  await deliver(world, other, world.pool.at(-1) as Pooled, true);

  const relayed = openPackage(bytes);
  if (world.tender.size > 0) {
    expect(relayed.manifest.carriedFields?.organisations).toContain(NEWER_FIELD);
  }
  const relayedOrganisations = new Map(
    (relayed.tables.get('organisations') ?? []).map((row) => [row.id, row]),
  );
  for (const [id, value] of world.tender) {
    // 8. Version skew: present, with the same value, everywhere.
    for (const mine of rows) {
      expect(mine.organisations.find((row) => row.id === id)?.[NEWER_FIELD]).toBe(value);
    }
    expect(relayedOrganisations.get(id)?.[NEWER_FIELD]).toBe(value);
  }
  if (world.tender.size > 0) {
    // … and a 1.1 package that carries the field without saying so is refused, writing nothing.
    const before = await databaseSnapshot(fresh.db);
    await expect(
      applyPackage(fresh.db, withoutCarriedFields(bytes), { now: world.time }),
    ).rejects.toMatchObject({ code: 'schemaInvalid' });
    expect(await databaseSnapshot(fresh.db)).toEqual(before);
  }

  // 5. Erasure wins: blank personal fields everywhere, and no value of theirs in any conflict-log
  //    row (their personal values are tagged as theirs alone, see `World.personalise`).
  for (const [r, replica] of replicas.entries()) {
    const conflicts = await replica.db.conflicts.toArray();
    const log = JSON.stringify(conflicts);
    for (const id of world.erased) {
      const contact = rows[r]!.contacts.find((row) => row.id === id);
      expect(contact?.erasedAt).toEqual(expect.any(String));
      expect(contact).toMatchObject({
        givenName: '',
        familyName: '',
        email: null,
        phone: null,
        role: '',
        languages: [],
        doNotContact: true,
      });
      const personal = conflicts.filter(
        (row) =>
          row.table === 'contacts' &&
          row.recordId === id &&
          PERSONAL_CONFLICT_FIELDS.has(row.field),
      );
      expect(personal, `replica ${r} keeps personal conflicts of erased ${id}`).toEqual([]);
      for (const value of world.personal.get(id) ?? []) {
        expect(log, `replica ${r} keeps "${value}" of an erased person`).not.toContain(value);
      }
    }
  }

  // 6. Keep-current / last resolver wins: unless a later write of that field happened somewhere
  //    (its final clock is later), everyone holds the value the resolver wrote.
  for (const resolution of world.resolutions) {
    for (const mine of rows) {
      const record = mine[resolution.table as EditTable].find(
        (row) => row.id === resolution.recordId,
      ) as Row;
      const clock = clockOf(record, resolution.field) as string;
      expect(clock >= resolution.clock, 'a resolution was lost').toBe(true);
      const forced = resolution.table === 'contacts' && record.erasedAt !== null;
      if (clock === resolution.clock && !(forced && ERASE_FORCED.has(resolution.field))) {
        expect(record[resolution.field]).toEqual(resolution.value);
      }
    }
  }

  // 7. No dangling required reference anywhere at the end.
  for (const mine of rows) expect(danglingRequired(mine)).toEqual([]);
}

/**
 * The property's time budget. Runs (and shrinks) that start after it pass at once, so a slow
 * machine makes fewer runs and a failure reports the smallest counterexample found in time.
 * (fast-check's own `interruptAfterTimeLimit` leaves the interrupted run going in the background,
 * where it would close the next test's databases.) `performance` is not faked, `Date` is.
 */
const BUDGET_MS = 40_000;

describe('the exchange guarantees through the real importer', () => {
  it('convergence, idempotence, own packages, round trip, erasure, resolutions, sample boundary, version skew', async () => {
    const started = performance.now();
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (scenario) => {
        if (performance.now() - started > BUDGET_MS) return;
        try {
          await checkAll(await play(scenario));
        } finally {
          closeAll();
        }
      }),
      // ~0.7 s a run on a quiet 2-core machine.
      { numRuns: 40 },
    );
  }, 150_000);
});

// ---------------------------------------------------------------------------------------------
// Fixed scenarios

/** Two or three workspaces on one clock the test moves, for the fixed scenarios. */
async function fixedWorkspaces(count: number) {
  const clock = { now: T0 };
  const tick = (): number => {
    clock.now += MINUTE;
    vi.setSystemTime(clock.now);
    return clock.now;
  };
  vi.setSystemTime(clock.now);
  const workspaces = [];
  for (const node of NODES.slice(0, count)) {
    workspaces.push({ node, ...(await openReplica(database, node, () => clock.now)) });
  }
  let packages = 0;
  const exportAs = (db: StudioDb, scope: ExportScope = { kind: 'workspace' }) =>
    exportPackage(db, {
      scope,
      appVersion: '0.1.0-test',
      now: clock.now,
      packageId: `00000000-0000-7000-8000-${(++packages).toString(16).padStart(12, '0')}`,
    });
  const apply = (db: StudioDb, bytes: Uint8Array) =>
    applyPackage(db, bytes, { now: clock.now, acceptSigner: true });
  return { workspaces, tick, exportAs, apply, clock };
}

describe('the three losses of issue 12, through the real importer', () => {
  it('sample + real data, keep current, own package', async () => {
    const { workspaces, tick, exportAs, apply } = await fixedWorkspaces(2);
    const [a, b] = workspaces as [(typeof workspaces)[0], (typeof workspaces)[0]];

    // (a) A real membership of a sample organisation used to reach a partner as a "missing
    // organisation", with no word. Now it is left out, and said so, until the sample is removed;
    // then it travels with its organisation (adopted: written anew). A sample record the user
    // only edited stays sample until then too.
    await loadSampleWorkspace(a.db, SAMPLE, SAMPLE_SEED, undefined, new Date(T0));
    const sampleOrganisation = SAMPLE.organisations[0]!;
    const edited = SAMPLE.organisations[1]!;
    const cluster = await a.repos.clusters.create(clusterFields());
    const membership = await a.repos.memberships.create({
      organisationId: sampleOrganisation.id,
      clusterId: cluster.id,
      status: 'member',
      since: '2025-01-01',
      until: null,
    });
    await a.repos.organisations.update(edited.id, { name: 'Renamed at A' });
    expect((await a.db.organisations.get(edited.id))?.origin).toBe('sample');
    const before = await exportAs(a.db);
    expect(before.omitted).toEqual([
      { table: 'memberships', reason: 'pointsToSample', records: 1 },
    ]);
    expect(leftOutRecords(before.omitted)).toBe(1);
    expect([...openPackage(before.bytes).tables.keys()]).toEqual(['clusters']);
    const preview = await previewPackage(b.db, before.bytes, {}, T0);
    expect(preview.omitted).toEqual(before.omitted);
    expect(preview.missing).toEqual([]);
    await apply(b.db, before.bytes);
    expect(await b.db.memberships.get(membership.id)).toBeUndefined();
    expect(danglingRequired(await readRows(b.db))).toEqual([]);

    const removed = await removeSampleWorkspace(a.db, {}, tick());
    expect(removed.released).toBe(1);
    const adopted = await a.db.organisations.get(sampleOrganisation.id);
    expect(adopted?.origin).toBeUndefined();
    expect(Object.values(adopted?.clocks ?? {}).every((c) => c.endsWith(a.node))).toBe(true);
    const after = await exportAs(a.db, {
      kind: 'changesSince',
      partnerNodeId: b.node,
      knowledge: await knowledgeOf(b.db),
    });
    expect(after.omitted).toEqual([]);
    await apply(b.db, after.bytes);
    for (const [table, id] of [
      ['memberships', membership.id],
      ['organisations', sampleOrganisation.id],
      ['organisations', edited.id],
    ] as const) {
      expect(await b.db.table(table).get(id)).toEqual(await a.db.table(table).get(id));
    }
    expect((await b.db.organisations.get(edited.id))?.name).toBe('Renamed at A');
    expect(danglingRequired(await readRows(b.db))).toEqual([]);

    // (b) "Keep current" used to write nothing, so the other side's value came back with the next
    // exchange. Now it is a write: B keeps its value after A took the other one (earlier), and the
    // last resolver's choice survives three exchanges.
    const organisation = await a.repos.organisations.create(organisationFields({ name: 'Start' }));
    await apply(b.db, (await exportAs(a.db)).bytes);
    tick();
    await a.repos.organisations.update(organisation.id, { name: 'From A' });
    tick();
    await b.repos.organisations.update(organisation.id, { name: 'From B' });
    tick();
    const [fromA, fromB] = [await exportAs(a.db), await exportAs(b.db)];
    await apply(a.db, fromB.bytes);
    await apply(b.db, fromA.bytes);
    const conflictAt = async (db: StudioDb) =>
      (await db.conflicts.toArray()).find(
        (row) => row.recordId === organisation.id && row.resolvedAt === null,
      ) as Conflict;
    expect(await conflictAt(a.db)).toMatchObject({ keptValue: 'From B', lostValue: 'From A' });
    expect(await conflictAt(b.db)).toMatchObject({ keptValue: 'From B', lostValue: 'From A' });
    await resolveConflict(a.db, a.repos, await conflictAt(a.db), 'take', new Date(tick()));
    expect((await a.db.organisations.get(organisation.id))?.name).toBe('From A');
    await resolveConflict(b.db, b.repos, await conflictAt(b.db), 'keep', new Date(tick()));
    const kept = (await b.db.organisations.get(organisation.id)) as Row;
    expect(clockOf(kept, 'name')).toBe(await readSetting(b.db, 'clock'));
    for (let round = 1; round <= 3; round++) {
      tick();
      await apply(a.db, (await exportAs(b.db)).bytes);
      await apply(b.db, (await exportAs(a.db)).bytes);
      for (const { db } of [a, b]) {
        expect((await db.organisations.get(organisation.id))?.name, `round ${round}`).toBe(
          'From B',
        );
      }
    }

    // (c) A workspace imported its own package and listed itself as a partner.
    const own = await exportAs(a.db);
    const snapshot = await databaseSnapshot(a.db);
    expect((await previewPackage(a.db, own.bytes, {}, T0)).isOwn).toBe(true);
    expect(await applyPackage(a.db, own.bytes, { now: tick() })).toMatchObject({
      isOwn: true,
      changed: 0,
      conflicts: 0,
    });
    expect(await databaseSnapshot(a.db)).toEqual(snapshot);
    expect(Object.keys(await readPartners(a.db))).toEqual([b.node]);
    expect(Object.keys((await readSetting(a.db, 'exchange:partners')) ?? {})).toEqual([b.node]);
  });
});

describe('losses the suite found (fixed)', () => {
  it('erasing a person here leaves nothing of theirs in the conflict log or the undo slot', async () => {
    const { workspaces, tick, exportAs, apply } = await fixedWorkspaces(2);
    const [a, b] = workspaces as [(typeof workspaces)[0], (typeof workspaces)[0]];
    const organisation = await a.repos.organisations.create(organisationFields());
    const person = await a.repos.contacts.create(contactFields(organisation.id));
    await apply(b.db, (await exportAs(a.db)).bytes);
    tick();
    await a.repos.contacts.update(person.id, { role: 'Chief Olive Officer', phone: '+216 71 1' });
    tick();
    await b.repos.contacts.update(person.id, { role: 'Managing Director' });
    // The import changes the person here (the phone) and logs the concurrent role.
    await apply(b.db, (await exportAs(a.db)).bytes);
    expect(await b.db.conflicts.toArray()).toMatchObject([
      { field: 'role', keptValue: 'Managing Director', lostValue: 'Chief Olive Officer' },
    ]);
    // "Erase person" at B, as the contact page does it.
    const current = (await b.db.contacts.get(person.id)) as ContactRecord;
    await b.repos.contacts.update(
      person.id,
      erasedContactFields(current, new Date(tick()).toISOString()),
    );
    const log = JSON.stringify(await b.db.conflicts.toArray());
    expect.soft(log).not.toContain('Chief Olive Officer');
    expect.soft(log).not.toContain('Managing Director');
    const undo = JSON.stringify(await readSetting(b.db, 'exchange:lastImport'));
    expect.soft(undo).not.toContain('amal@example.tn');
    expect.soft(undo).not.toContain('Haddad');
  });

  it('"changes since" brings a record once the sample data it needed became real', async () => {
    const { workspaces, tick, exportAs, apply } = await fixedWorkspaces(3);
    const [a, b, c] = workspaces as [
      (typeof workspaces)[0],
      (typeof workspaces)[0],
      (typeof workspaces)[0],
    ];
    await loadSampleWorkspace(a.db, SAMPLE, SAMPLE_SEED, undefined, new Date(T0));
    await loadSampleWorkspace(c.db, SAMPLE, SAMPLE_SEED, undefined, new Date(T0));
    const sampleOrganisation = SAMPLE.organisations[0]!;
    // A: a real membership of a sample organisation, left out of A's package to B (rightly).
    const cluster = await a.repos.clusters.create(clusterFields());
    const membership = await a.repos.memberships.create({
      organisationId: sampleOrganisation.id,
      clusterId: cluster.id,
      status: 'member',
      since: '2025-01-01',
      until: null,
    });
    const first = await exportAs(a.db);
    expect(leftOutRecords(first.omitted)).toBe(1);
    await apply(b.db, first.bytes);
    // C keeps that sample organisation as its own (it edited it) and sends it around.
    tick();
    await c.repos.organisations.update(sampleOrganisation.id, { name: 'Kept by C' });
    await removeSampleWorkspace(c.db, {}, tick());
    const fromC = await exportAs(c.db);
    await apply(a.db, fromC.bytes);
    await apply(b.db, fromC.bytes);
    // The organisation is real at A now: nothing holds the membership back any more. A sends B
    // the changes B lacks, as the exchange folder does (B's own knowledge), before and after
    // removing its sample.
    for (const removeFirst of [false, true]) {
      tick();
      if (removeFirst) await removeSampleWorkspace(a.db, {}, tick());
      const changes = await exportAs(a.db, {
        kind: 'changesSince',
        partnerNodeId: b.node,
        knowledge: await knowledgeOf(b.db),
      });
      expect(changes.omitted).toEqual([]);
      await apply(b.db, changes.bytes);
    }
    expect(await b.db.memberships.get(membership.id)).toEqual(
      await a.db.memberships.get(membership.id),
    );
  });
});
