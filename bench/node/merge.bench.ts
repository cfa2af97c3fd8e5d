/**
 * `npm run bench:node`: times `mcs merge` of two ~100k-record packages in Node, against a baseline
 * measured in the same run: plain `JSON.parse` of every NDJSON line of the same packages (unzipped
 * with fflate). Package B is a copy of A with 10% of the organisations renamed by another node at
 * later clocks. Each side runs once to warm up, then 3 times alternately; medians are printed
 * with records/s and the ratio to the baseline, plus one pass split into read / merge / write.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { strFromU8, unzipSync } from 'fflate';
import { writePackage } from '../../src-core/exchange/write';
import type { PackageRecord } from '../../src-core/exchange/write';
import { SAMPLE_BASE_MILLIS, SAMPLE_NODE_ID, generateSampleWorkspace } from '../../src-core/sample';
import { formatHlc, maxHlc } from '../../src-core/sync/hlc';
import { runMcs } from '../../src-main/cli/mcs';
import { loadPackages, mergePackages, writeMerged } from '../../src-main/cli/mcs-merge';

/** ~100k records per package with the sample's shape (organisations, contacts, memberships…). */
export const BENCH_ORGANISATIONS = 25_000;
export const BENCH_RUNS = 3;
const EDITOR_NODE = 'bbbbbbbbbbbbbbbb';

type Tables = Record<string, readonly PackageRecord[]>;

function highestClock(tables: Tables): string | undefined {
  let highest: string | undefined;
  for (const records of Object.values(tables)) {
    for (const record of records) {
      for (const clock of Object.values(record.clocks as Record<string, string>)) {
        highest = maxHlc(highest, clock);
      }
    }
  }
  return highest;
}

async function packageOf(tables: Tables, nodeId: string, packageId: string): Promise<Uint8Array> {
  const knowledge: Record<string, string> = {};
  for (const record of Object.values(tables).flat()) {
    for (const clock of Object.values(record.clocks as Record<string, string>)) {
      const node = clock.slice(-16);
      const seen = knowledge[node];
      if (seen === undefined || clock > seen) knowledge[node] = clock;
    }
  }
  return writePackage({
    source: { nodeId, partnerOrganisation: `Bench ${nodeId}`, facilitator: 'Bench' },
    scope: { kind: 'workspace' },
    knowledge: Object.fromEntries(Object.entries(knowledge).sort()),
    tables,
    appVersion: '0.1.0',
    createdAt: new Date(SAMPLE_BASE_MILLIS).toISOString(),
    packageId,
  });
}

/** Package B: every tenth organisation renamed by `EDITOR_NODE`, one day after the sample. */
function editedCopy(tables: Tables): Tables {
  const base = SAMPLE_BASE_MILLIS + 86_400_000;
  const organisations = (tables.organisations ?? []).map((record, index) => {
    if (index % 10 !== 0) return record;
    const clock = formatHlc({ millis: base + index, counter: 0, node: EDITOR_NODE });
    const clocks = { ...(record.clocks as Record<string, string>), name: clock };
    return { ...record, name: `${String(record.name)} (renamed)`, clocks };
  });
  return { ...tables, organisations };
}

/** The baseline: unzip and `JSON.parse` every line of every data file. */
function parseOnly(packages: readonly Uint8Array[]): number {
  let records = 0;
  for (const bytes of packages) {
    const files = unzipSync(bytes, { filter: (file) => file.name.endsWith('.ndjson') });
    for (const data of Object.values(files)) {
      for (const line of strFromU8(data).split('\n')) {
        if (line === '') continue;
        JSON.parse(line);
        records++;
      }
    }
  }
  return records;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

async function timed(action: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now();
  await action();
  return performance.now() - start;
}

const perSecond = (records: number, ms: number): string =>
  `${Math.round((records / ms) * 1000).toLocaleString('en')} records/s`;

/** Builds the packages, runs the benchmark, prints the figures. */
export async function benchMerge(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'mcs-bench-'));
  try {
    console.log(`Building two packages from the sample (${BENCH_ORGANISATIONS} organisations)…`);
    const tablesA: Tables = { ...generateSampleWorkspace({ organisations: BENCH_ORGANISATIONS }) };
    const tablesB = editedCopy(tablesA);
    const fileA = join(dir, 'a.mcpkg');
    const fileB = join(dir, 'b.mcpkg');
    const out = join(dir, 'merged.mcpkg');
    await writeFile(
      fileA,
      await packageOf(tablesA, SAMPLE_NODE_ID, '019bc0e2-1280-7000-8000-0000000000a0'),
    );
    await writeFile(
      fileB,
      await packageOf(tablesB, EDITOR_NODE, '019bc0e2-1280-7000-8000-0000000000b0'),
    );
    const bytes = [new Uint8Array(await readFile(fileA)), new Uint8Array(await readFile(fileB))];
    const perPackage = Object.values(tablesA).reduce((sum, records) => sum + records.length, 0);
    const total = perPackage * 2;
    console.log(
      `  ${perPackage.toLocaleString('en')} records per package (highest clock ${highestClock(tablesB)}), ` +
        `${bytes.map((b) => `${(b.length / 1e6).toFixed(1)} MB`).join(' + ')}`,
    );

    const quiet = { out: () => undefined, err: (line: string) => console.error(line) };
    const merge = async (): Promise<void> => {
      const code = await runMcs(['merge', fileA, fileB, '--out', out], quiet);
      if (code !== 0) throw new Error(`mcs merge exited ${code}`);
    };
    const baseline = (): void => {
      if (parseOnly(bytes) !== total) throw new Error('baseline parsed a wrong record count');
    };
    await merge();
    baseline();
    const mergeMs: number[] = [];
    const baselineMs: number[] = [];
    for (let run = 0; run < BENCH_RUNS; run++) {
      mergeMs.push(await timed(merge));
      baselineMs.push(await timed(baseline));
    }

    const loadStart = performance.now();
    const loaded = await loadPackages([fileA, fileB]);
    const mergeStart = performance.now();
    const outcome = await mergePackages(loaded, { appVersion: '0.1.0' });
    const writeStart = performance.now();
    await writeMerged(out, outcome.bytes);
    const end = performance.now();

    const subject = median(mergeMs);
    const reference = median(baselineMs);
    console.log(`\nmcs merge of two packages (${total.toLocaleString('en')} input records)`);
    console.log(
      `  mcs merge: median ${subject.toFixed(0)} ms (${perSecond(total, subject)}); runs ${mergeMs.map((ms) => ms.toFixed(0)).join(', ')}`,
    );
    console.log(
      `  baseline, unzip + JSON.parse of every line: median ${reference.toFixed(0)} ms (${perSecond(total, reference)})`,
    );
    console.log(`  ratio ${(subject / reference).toFixed(1)}×`);
    console.log(
      `  one pass split: read+check ${(mergeStart - loadStart).toFixed(0)} ms, merge+write package ${(writeStart - mergeStart).toFixed(0)} ms, ` +
        `write file ${(end - writeStart).toFixed(0)} ms; ${outcome.conflicts} conflicts, ` +
        `${Object.values(outcome.counts)
          .reduce((sum, n) => sum + (n ?? 0), 0)
          .toLocaleString('en')} records out`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await benchMerge();
