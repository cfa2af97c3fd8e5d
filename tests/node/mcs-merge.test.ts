/**
 * `mcs merge` and `mcs diff`, in-process with temp files: last writer wins across packages, the
 * output bytes do not depend on argument order, a refused input writes nothing, and diff compares
 * records (not manifests).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPackage, writePackage } from '../../src-core/exchange';
import type { PackageRecord } from '../../src-core/exchange';
import { SAMPLE_BASE_MILLIS, SAMPLE_NODE_ID, generateSampleWorkspace } from '../../src-core/sample';
import { formatHlc } from '../../src-core/sync/hlc';
import { runMcs } from '../../src-main/cli/mcs';

interface Run {
  code: number;
  out: string[];
  err: string[];
}

async function mcs(...argv: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runMcs(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

const NODE_A = 'aaaaaaaaaaaaaaaa';
const NODE_B = 'bbbbbbbbbbbbbbbb';
const workspace = generateSampleWorkspace({ organisations: 30 });
const target = workspace.organisations[0];
const sampleClock = target?.clocks['*'] ?? '';
const clockAt = (offset: number, node: string): string =>
  formatHlc({ millis: SAMPLE_BASE_MILLIS + 86_400_000 + offset, counter: 0, node });

/** The sample workspace with organisation 0 renamed by `node` at `clock` (if given). */
async function edited(
  packageId: string,
  node: string,
  rename?: { name: string; clock: string },
): Promise<Uint8Array> {
  const organisations = workspace.organisations.map((record, index) =>
    index === 0 && rename
      ? { ...record, name: rename.name, clocks: { ...record.clocks, name: rename.clock } }
      : record,
  );
  const tables: Record<string, readonly PackageRecord[]> = { ...workspace, organisations };
  const knowledge: Record<string, string> = { [SAMPLE_NODE_ID]: sampleClock };
  if (rename) knowledge[node] = rename.clock;
  return writePackage({
    source: { nodeId: node, partnerOrganisation: `Partner ${node}`, facilitator: 'Test' },
    scope: { kind: 'workspace' },
    knowledge: Object.fromEntries(Object.entries(knowledge).sort()),
    tables,
    appVersion: '0.1.0',
    createdAt: new Date(SAMPLE_BASE_MILLIS).toISOString(),
    packageId,
  });
}

let dir = '';
const path = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mcs-merge-'));
  // A's packageId sorts after B's, so the merge order is not simply the clock order.
  const idA = '019bc0e2-1280-7000-8000-00000000000a';
  const idB = '019bc0e2-1280-7000-8000-000000000001';
  await writeFile(path('base.mcpkg'), await edited('019bc0e2-1280-7000-8000-000000000000', NODE_A));
  await writeFile(
    path('a.mcpkg'),
    await edited(idA, NODE_A, { name: 'Renamed by A (later)', clock: clockAt(5_000, NODE_A) }),
  );
  await writeFile(
    path('b.mcpkg'),
    await edited(idB, NODE_B, { name: 'Renamed by B (earlier)', clock: clockAt(1_000, NODE_B) }),
  );
  await writeFile(path('text.mcpkg'), strToU8('not a package'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function organisationName(file: string, id: string): Promise<unknown> {
  const result = await readPackage(new Uint8Array(await readFile(file)));
  return result.tables.organisations?.find((record) => record.id === id)?.name;
}

describe('mcs merge', () => {
  it('keeps the later of two concurrent edits and counts the conflict', async () => {
    const run = await mcs('merge', path('a.mcpkg'), path('b.mcpkg'), '--out', path('ab.mcpkg'));
    expect(run.err).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.out).toHaveLength(1);
    expect(run.out[0]).toMatch(/merged 2 packages: .*organisations 30.*; 1 conflicts\.$/);
    expect(await organisationName(path('ab.mcpkg'), target?.id ?? '')).toBe('Renamed by A (later)');
    const inspect = await mcs('inspect', path('ab.mcpkg'));
    expect(inspect.out.join('\n')).toContain('Coordinator merge /  (node 0000000000000000)');
  });

  it('writes the same bytes whatever the order of the arguments', async () => {
    const files = [path('a.mcpkg'), path('b.mcpkg'), path('base.mcpkg')];
    const orders = [files, [...files].reverse(), [files[2], files[0], files[1]] as string[]];
    const outputs: Uint8Array[] = [];
    for (const [index, order] of orders.entries()) {
      const out = path(`order-${index}.mcpkg`);
      expect((await mcs('merge', ...order, '--out', out)).code).toBe(0);
      outputs.push(new Uint8Array(await readFile(out)));
    }
    expect(outputs[1]).toEqual(outputs[0]);
    expect(outputs[2]).toEqual(outputs[0]);
  });

  it('names the source from the options', async () => {
    const out = path('named.mcpkg');
    const run = await mcs(
      'merge',
      path('a.mcpkg'),
      '--out',
      out,
      '--partner',
      'MedClusters',
      '--facilitator',
      'Amal',
      '--node',
      '0123456789abcdef',
    );
    expect(run.code).toBe(0);
    const inspect = await mcs('inspect', out);
    expect(inspect.out.join('\n')).toContain('MedClusters / Amal (node 0123456789abcdef)');
  });

  it('refuses a bad input in one line and writes nothing', async () => {
    const out = path('never.mcpkg');
    const run = await mcs('merge', path('a.mcpkg'), path('text.mcpkg'), '--out', out);
    expect(run).toEqual({
      code: 1,
      out: [],
      err: [`${path('text.mcpkg')}: not a package (not a zip file)`],
    });
    expect(existsSync(out)).toBe(false);
  });

  it('shows usage without --out, or with a bad node id', async () => {
    expect((await mcs('merge', path('a.mcpkg'))).code).toBe(2);
    const bad = await mcs('merge', path('a.mcpkg'), '--out', path('x.mcpkg'), '--node', 'xyz');
    expect(bad.code).toBe(2);
  });
});

describe('mcs diff', () => {
  it('exits 0 for packages with the same records, whatever their manifests', async () => {
    const run = await mcs('diff', path('base.mcpkg'), path('base.mcpkg'));
    expect(run).toEqual({ code: 0, out: ['The packages hold the same records.'], err: [] });
  });

  it('exits 1 with a summary per table when records differ', async () => {
    const run = await mcs('diff', path('a.mcpkg'), path('b.mcpkg'));
    expect(run.code).toBe(1);
    expect(run.out).toEqual([
      'organisations:',
      '  only in a 0',
      '  only in b 0',
      `  differing 1: ${target?.id}`,
    ]);
  });

  it('lists at most 10 ids, then says how many more', async () => {
    const small = generateSampleWorkspace({ organisations: 12 });
    const bytes = await writePackage({
      source: { nodeId: NODE_A, partnerOrganisation: '', facilitator: '' },
      scope: { kind: 'workspace' },
      knowledge: {},
      tables: { organisations: small.organisations },
      appVersion: '0.1.0',
      createdAt: new Date(SAMPLE_BASE_MILLIS).toISOString(),
      packageId: '019bc0e2-1280-7000-8000-0000000000ff',
    });
    await writeFile(path('small.mcpkg'), bytes);
    const run = await mcs('diff', path('small.mcpkg'), path('base.mcpkg'));
    expect(run.code).toBe(1);
    expect(run.out).toContain('organisations:');
    const line = run.out[run.out.indexOf('organisations:') + 2] ?? '';
    const match = /^ {2}only in b (\d+): (?:[^\s,]+, ){9}[^\s,]+ … and (\d+) more$/.exec(line);
    expect(match).not.toBeNull();
    expect(Number(match?.[1]) - Number(match?.[2])).toBe(10);
    expect(run.out).toContain('valueChains:');
  });

  it('finds a package merged with itself identical to the original', async () => {
    const out = path('self.mcpkg');
    expect((await mcs('merge', path('a.mcpkg'), path('a.mcpkg'), '--out', out)).code).toBe(0);
    expect((await mcs('diff', out, path('a.mcpkg'))).code).toBe(0);
    expect((await mcs('diff', path('a.mcpkg'), out)).code).toBe(0);
  });

  it('reports an unreadable input in one line', async () => {
    const run = await mcs('diff', path('a.mcpkg'), path('missing.mcpkg'));
    expect(run).toEqual({ code: 1, out: [], err: [`${path('missing.mcpkg')}: file not found`] });
  });
});
