/**
 * Result packages at scale: exporting a workspace of ~50,000 synced records to a `.mcpkg`, and
 * applying that package to an empty workspace. Each is compared with a bare baseline measured in
 * the same page, alternating runs (harness.ts):
 * - export, target ≤ 1.5×: Dexie `toArray()` of every synced table + `JSON.stringify` of each row
 *   (one per line) + fflate `zipSync` of the same text at level 6;
 * - import, target ≤ 1.3×: a raw Dexie `bulkPut` of the same (already parsed) records, per table,
 *   into another empty workspace.
 * After the comparison, three more passes (outside the timed runs) split the measured side into
 * phases; their medians go to `details`.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import {
  readPackage,
  selectForExport,
  writePackage,
  type PackageRecord,
  type ScopeTables,
} from '../../src-core/exchange';
import { sha256Hex } from '../../src-core/exchange/crypto';
import { canonicalJson } from '../../src-core/exchange/canonical';
import { syncedTableNames, type SyncedTableName } from '../../src-core/model/entities';
import type { SyncMeta } from '../../src-core/model/sync-meta';
import { generateSampleWorkspace } from '../../src-core/sample';
import { knowledgeOf, mergeKnowledge, type Knowledge } from '../../src-core/sync/knowledge';
import { countRecords, loadRecords, type RecordSet } from '../../src-renderer/db/bulk-load';
import { applyPackage, exportWorkspacePackage } from '../../src-renderer/db/exchange';
import { createIdentity } from '../../src-renderer/db/identity';
import { bulkTable, openStudioDb, type StudioDb } from '../../src-renderer/db/schema';
import { compare, median, type Comparison } from './harness';

/** Organisations of the scaled sample: 12,150 give 49,944 synced records (seed 2026). */
const ORGANISATIONS = 12_150;
const SEED = 2026;

// The only two calls into the code under test: when their options change, fix them here.
const exportPackage = (db: StudioDb): Promise<Uint8Array> =>
  exportWorkspacePackage(db, { appVersion: 'bench', now: Date.now() });
const importPackage = (db: StudioDb, bytes: Uint8Array): Promise<unknown> =>
  applyPackage(db, bytes, { now: Date.now() });

type Row = SyncMeta & Record<string, unknown>;
type Tables = Partial<Record<SyncedTableName, Row[]>>;

let counter = 0;

async function freshDb(kind: string): Promise<StudioDb> {
  counter += 1;
  const db = openStudioDb(`bench-${kind}-${counter}`);
  await db.open();
  await createIdentity(db, { facilitatorName: 'Bench', partnerOrganisation: 'Bench partner' });
  return db;
}

async function dropDb(db: StudioDb): Promise<void> {
  db.close();
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(db.name);
    request.onsuccess = request.onerror = () => resolve();
  });
}

/**
 * The scaled sample as the user's own records: without `origin` (sample rows never travel), and
 * with no contact kept private (the sample keeps ~1 in 3 private, which a package leaves out), so
 * the package carries every record of the workspace.
 */
function ownRecords(): RecordSet {
  const workspace = generateSampleWorkspace({ seed: SEED, organisations: ORGANISATIONS });
  const set: Record<string, unknown[]> = {};
  for (const [table, rows] of Object.entries(workspace)) {
    set[table] = (rows as Row[]).map((row) => {
      const own: Record<string, unknown> = { ...row };
      delete own.origin;
      if (table === 'contacts' && own.shareScope === 'private') own.shareScope = 'partners';
      return own;
    });
  }
  return set as RecordSet;
}

/** A workspace holding the ~50k records (loaded once, read-only afterwards). */
let workspace: Promise<{ db: StudioDb; records: number }> | undefined;
function loadedWorkspace(): Promise<{ db: StudioDb; records: number }> {
  workspace ??= (async () => {
    const db = await freshDb('exchange-source');
    const records = await loadRecords(db, ownRecords(), { trusted: true, chunkSize: 10_000 });
    return { db, records };
  })();
  return workspace;
}

function perTable(tables: Tables): string {
  return syncedTableNames
    .filter((table) => (tables[table]?.length ?? 0) > 0)
    .map((table) => `${table} ${tables[table]!.length.toLocaleString('en')}`)
    .join(', ');
}

async function readAll(db: StudioDb): Promise<Tables> {
  return db.transaction('r', syncedTableNames, async () => {
    const tables: Tables = {};
    for (const table of syncedTableNames) {
      tables[table] = (await bulkTable(db, table).toArray()) as Row[];
    }
    return tables;
  });
}

/** The export baseline: read every synced table, one JSON line per row, zip at level 6. */
async function bareExport(db: StudioDb): Promise<Uint8Array> {
  const tables = await readAll(db);
  const zippable: Zippable = {};
  for (const table of syncedTableNames) {
    const rows = tables[table] ?? [];
    if (rows.length === 0) continue;
    let text = '';
    for (const row of rows) text += JSON.stringify(row) + '\n';
    zippable[`data/${table}.jsonl`] = [strToU8(text), { level: 6 }];
  }
  return zipSync(zippable);
}

const round = (ms: number): number => Math.round(ms);

/**
 * One pass through what `exportWorkspacePackage` does, phase by phase (same library calls, same
 * order): read the rows, read them again for the knowledge and compute it, select what the scope
 * and the contacts' share scopes let travel, then `writePackage`,
 * itself split into canonical JSON, SHA-256 and zip by repeating those steps on their own.
 */
async function exportPhases(db: StudioDb): Promise<Record<string, number>> {
  let t = performance.now();
  const lap = (): number => {
    const now = performance.now();
    const elapsed = now - t;
    t = now;
    return round(elapsed);
  };
  const tables = await readAll(db);
  const readMs = lap();
  const again = await readAll(db);
  const rereadMs = lap();
  let knowledge: Knowledge = {};
  for (const table of syncedTableNames) {
    knowledge = mergeKnowledge(knowledge, knowledgeOf(again[table] ?? []));
  }
  const knowledgeMs = lap();
  const selection = selectForExport(
    tables as unknown as ScopeTables,
    { kind: 'workspace' },
    'as-shared',
  );
  const selectMs = lap();
  const packageTables = selection.tables as Record<string, PackageRecord[]>;
  await writePackage({
    source: { nodeId: 'bench', partnerOrganisation: 'Bench', facilitator: 'Bench' },
    scope: { kind: 'workspace' },
    knowledge,
    tables: packageTables,
    appVersion: 'bench',
    createdAt: new Date().toISOString(),
    packageId: '00000000-0000-7000-8000-000000000000',
  });
  const writePackageMs = lap();
  // writePackage's own parts, repeated separately.
  const texts: Uint8Array[] = [];
  for (const table of syncedTableNames) {
    const rows = [...(tables[table] ?? [])].sort((a, b) => (a.id < b.id ? -1 : 1));
    let text = '';
    for (const row of rows) text += canonicalJson(row) + '\n';
    if (text) texts.push(strToU8(text));
  }
  const canonicalJsonMs = lap();
  for (const table of syncedTableNames) {
    let text = '';
    for (const row of tables[table] ?? []) text += JSON.stringify(row) + '\n';
    strToU8(text);
  }
  const plainStringifyMs = lap();
  for (const bytes of texts) await sha256Hex(bytes);
  const sha256Ms = lap();
  const zippable: Zippable = {};
  texts.forEach((bytes, i) => (zippable[`f${i}`] = [bytes, { level: 6 }]));
  zipSync(zippable);
  const zipMs = lap();
  return {
    readMs,
    rereadForKnowledgeMs: rereadMs,
    knowledgeMs,
    selectForExportMs: selectMs,
    writePackageMs,
    'writePackage.canonicalJsonMs': canonicalJsonMs,
    'writePackage.sha256Ms': sha256Ms,
    plainJsonStringifyMs: plainStringifyMs,
    'writePackage.zipMs': zipMs,
  };
}

let exported: Uint8Array | undefined;

/** The package of the loaded workspace (made by the export benchmark or on demand). */
async function packageBytes(): Promise<Uint8Array> {
  exported ??= await exportPackage((await loadedWorkspace()).db);
  return exported;
}

export async function benchExportPackage(iterations = 5): Promise<Comparison> {
  const { db, records } = await loadedWorkspace();
  const tables = await readAll(db);
  let bytes = 0;
  let bareBytes = 0;
  const result = await compare({
    benchmark: `Export a ${records.toLocaleString('en')}-record workspace as a package`,
    target: 1.5,
    iterations,
    prepare: async () => db,
    subject: {
      name: 'exportWorkspacePackage (read, knowledge, canonical JSON, SHA-256, zip)',
      run: async (source) => {
        exported = await exportPackage(source);
        bytes = exported.byteLength;
      },
    },
    baseline: {
      name: 'Dexie toArray of every synced table + JSON.stringify per row + zipSync level 6',
      run: async (source) => {
        bareBytes = (await bareExport(source)).byteLength;
      },
    },
  });
  const phases = await medianPhases(3, () => exportPhases(db));
  return {
    ...result,
    details: { records, tables: perTable(tables), bytes, baselineBytes: bareBytes, ...phases },
  };
}

/**
 * One instrumented run of the real `applyPackage` on an empty workspace: `readPackage` timed on
 * its own first, then the Dexie table calls `applyPackage` makes timed by wrapping them on this
 * database's Table prototype (toArray: the knowledge scan; bulkGet: the plan's look-up of every
 * incoming id; put: settings rows, the undo row with every record among them; bulkPut: the
 * records). What is left is JavaScript work (merge, planning) and the commit.
 */
async function importPhases(bytes: Uint8Array): Promise<Record<string, number>> {
  const readStarted = performance.now();
  await readPackage(bytes);
  const readPackageMs = performance.now() - readStarted;
  const db = await freshDb('exchange-phases');
  const proto = Object.getPrototypeOf(db.table('settings')) as Record<string, unknown>;
  const methods = ['toArray', 'get', 'bulkGet', 'put', 'bulkPut'] as const;
  const totals: Record<string, number> = {};
  const originals = new Map<string, unknown>();
  for (const method of methods) {
    const original = proto[method] as (...args: unknown[]) => PromiseLike<unknown>;
    originals.set(method, original);
    proto[method] = function (this: unknown, ...args: unknown[]) {
      const started = performance.now();
      return original.apply(this, args).then((value) => {
        totals[method] = (totals[method] ?? 0) + performance.now() - started;
        return value;
      });
    };
  }
  try {
    const started = performance.now();
    await importPackage(db, bytes);
    const totalMs = performance.now() - started;
    const dexieMs = methods.reduce((sum, method) => sum + (totals[method] ?? 0), 0);
    const out: Record<string, number> = { totalMs, readPackageMs };
    for (const method of methods) out[`${method}Ms`] = totals[method] ?? 0;
    out.otherMs = totalMs - readPackageMs - dexieMs;
    return out;
  } finally {
    for (const [method, original] of originals) proto[method] = original;
    await dropDb(db);
  }
}

/** Phase figures of a few passes, each the median over the passes. */
async function medianPhases(
  passes: number,
  pass: () => Promise<Record<string, number>>,
): Promise<Record<string, number>> {
  const runs: Record<string, number>[] = [];
  for (let i = 0; i < passes; i += 1) runs.push(await pass());
  const phases: Record<string, number> = {};
  for (const key of Object.keys(runs[0] ?? {})) {
    phases[key] = round(median(runs.map((run) => run[key] ?? 0)));
  }
  return phases;
}

export async function benchImportPackage(iterations = 5): Promise<Comparison> {
  const bytes = await packageBytes();
  // The baseline's input: the package's records, parsed once outside the timed runs.
  const parseStarted = performance.now();
  const pkg = await readPackage(bytes);
  const readPackageOnceMs = round(performance.now() - parseStarted);
  const tables = pkg.tables as Tables;
  const records = countRecords(pkg.tables as RecordSet);
  let changed = 0;
  const result = await compare({
    benchmark: `Import a ${records.toLocaleString('en')}-record package into an empty workspace`,
    target: 1.3,
    iterations,
    prepare: () => freshDb('exchange-import'),
    subject: {
      name: 'applyPackage (read + check, plan, undo data, one-transaction write)',
      run: async (db) => {
        const applied = (await importPackage(db, bytes)) as { changed?: number };
        changed = applied.changed ?? 0;
      },
    },
    baseline: {
      name: 'raw Dexie bulkPut of the parsed records per table, one transaction',
      run: async (db) => {
        await db.transaction('rw', syncedTableNames, async () => {
          for (const table of syncedTableNames) {
            const rows = tables[table] ?? [];
            if (rows.length > 0) await bulkTable(db, table).bulkPut(rows);
          }
        });
      },
    },
    cleanup: dropDb,
  });
  const phases = await medianPhases(3, () => importPhases(bytes));
  return {
    ...result,
    details: {
      records,
      tables: perTable(tables),
      bytes: bytes.byteLength,
      changed,
      readPackageOnceMs,
      ...phases,
    },
  };
}
