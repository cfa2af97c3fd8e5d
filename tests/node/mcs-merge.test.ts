/**
 * `mcs merge` and `mcs diff`, in-process with temp files: last writer wins across packages, the
 * output bytes do not depend on argument order, a refused input writes nothing, and diff compares
 * records (not manifests).
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
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
const NODE_C = 'cccccccccccccccc';
const NODE_D = 'dddddddddddddddd';
const workspace = generateSampleWorkspace({ organisations: 30 });
const target = workspace.organisations[0];
/** The highest clock of the sample: every editor has seen the whole sample. */
function highestSampleClock(): string {
  let highest = '';
  const tables = Object.values(workspace) as readonly { clocks: Record<string, string> }[][];
  for (const record of tables.flat()) {
    for (const clock of Object.values(record.clocks)) if (clock > highest) highest = clock;
  }
  return highest;
}
const sampleClock = highestSampleClock();
const clockAt = (offset: number, node: string): string =>
  formatHlc({ millis: SAMPLE_BASE_MILLIS + 86_400_000 + offset, counter: 0, node });

interface Rename {
  readonly name: string;
  readonly clock: string;
  /** Which organisation (0 when not given). */
  readonly index?: number;
}

/** The sample workspace with organisation 0 (or each `index`) renamed by `node` at `clock`. */
async function edited(
  packageId: string,
  node: string,
  rename?: Rename | readonly Rename[],
): Promise<Uint8Array> {
  const renames: readonly Rename[] =
    rename === undefined ? [] : 'name' in rename ? [rename] : rename;
  const organisations = workspace.organisations.map((record, index) => {
    const change = renames.find((r) => (r.index ?? 0) === index);
    return change
      ? { ...record, name: change.name, clocks: { ...record.clocks, name: change.clock } }
      : record;
  });
  const tables: Record<string, readonly PackageRecord[]> = { ...workspace, organisations };
  const knowledge: Record<string, string> = { [SAMPLE_NODE_ID]: sampleClock };
  for (const change of renames) {
    const seen = knowledge[node];
    if (seen === undefined || change.clock > seen) knowledge[node] = change.clock;
  }
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
  // Two more editors: organisations 0 and 1 renamed concurrently with A.
  await writeFile(
    path('c.mcpkg'),
    await edited('019bc0e2-1280-7000-8000-00000000000c', NODE_C, [
      { index: 1, name: 'C renames 1', clock: clockAt(2_000, NODE_C) },
    ]),
  );
  await writeFile(
    path('d.mcpkg'),
    await edited('019bc0e2-1280-7000-8000-00000000000d', NODE_D, [
      { index: 0, name: 'D renames 0', clock: clockAt(3_000, NODE_D) },
      { index: 1, name: 'D renames 1', clock: clockAt(500, NODE_D) },
    ]),
  );
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
    // The bytes compared hold the conflict.
    expect((await readPackage(outputs[0] ?? new Uint8Array())).conflicts).toHaveLength(1);
  });

  it('keeps the concurrent edit in the package, with both values and clocks', async () => {
    const out = path('kept.mcpkg');
    expect((await mcs('merge', path('b.mcpkg'), path('a.mcpkg'), '--out', out)).code).toBe(0);
    const result = await readPackage(new Uint8Array(await readFile(out)));
    expect(result.conflicts).toEqual([
      {
        table: 'organisations',
        recordId: target?.id,
        field: 'name',
        keptValue: 'Renamed by A (later)',
        keptClock: clockAt(5_000, NODE_A),
        lostValue: 'Renamed by B (earlier)',
        lostClock: clockAt(1_000, NODE_B),
      },
    ]);
    const inspect = await mcs('inspect', out);
    expect(inspect.out).toContain('  conflicts:  1 kept in the package');
    expect(inspect.out.join('\n')).toContain('meta-cluster-studio/package v1.1 ');
    // diff compares records only: the same records without the conflict log are identical.
    const again = path('kept-again.mcpkg');
    expect((await mcs('merge', out, '--out', again)).code).toBe(0);
    expect((await readPackage(new Uint8Array(await readFile(again)))).conflicts).toEqual([]);
    expect(await mcs('diff', out, again)).toEqual({
      code: 0,
      out: ['The packages hold the same records.'],
      err: [],
    });
  });

  it('keeps many conflicts sorted by table, record, field and losing clock, in any order', async () => {
    const second = workspace.organisations[1];
    const files = [path('a.mcpkg'), path('b.mcpkg'), path('c.mcpkg'), path('d.mcpkg')];
    const outputs: Uint8Array[] = [];
    for (const [index, order] of [files, [...files].reverse()].entries()) {
      const out = path(`many-${index}.mcpkg`);
      const run = await mcs('merge', ...order, '--out', out);
      expect(run.out[0]).toMatch(/; 3 conflicts\.$/);
      outputs.push(new Uint8Array(await readFile(out)));
    }
    expect(outputs[1]).toEqual(outputs[0]);
    const { conflicts } = await readPackage(outputs[0] ?? new Uint8Array());
    const key = (c: (typeof conflicts)[number]) => [c.table, c.recordId, c.field, c.lostClock];
    const sorted = [...conflicts].sort((x, y) => (key(x).join('|') < key(y).join('|') ? -1 : 1));
    expect(conflicts.map(key)).toEqual(sorted.map(key));
    expect(new Set(conflicts.map((c) => c.recordId))).toEqual(new Set([target?.id, second?.id]));
    expect(conflicts.map((c) => c.lostValue).sort()).toEqual([
      'D renames 0',
      'D renames 1',
      'Renamed by B (earlier)',
    ]);
  });

  it('keeps no conflict of a contact that ends up erased (its old values must not travel)', async () => {
    const person = workspace.contacts.find((c) => c.email !== null && c.erasedAt === null);
    if (!person) throw new Error('sample changed');
    const write = (packageId: string, node: string, clock: string, contact: PackageRecord) =>
      writePackage({
        source: { nodeId: node, partnerOrganisation: '', facilitator: '' },
        scope: { kind: 'workspace' },
        knowledge: { [node]: clock, [SAMPLE_NODE_ID]: sampleClock },
        tables: { contacts: [contact] },
        appVersion: '0.1.0',
        createdAt: new Date(SAMPLE_BASE_MILLIS).toISOString(),
        packageId,
      });
    const email = (node: string, offset: number, value: string) => {
      const clock = clockAt(offset, node);
      return {
        clock,
        record: { ...person, email: value, clocks: { ...person.clocks, email: clock } },
      };
    };
    const a = email(NODE_A, 2_000, 'a@example.org');
    const b = email(NODE_B, 1_000, 'b@example.org');
    const erasedClock = clockAt(3_000, NODE_C);
    const erased = {
      ...person,
      givenName: '',
      familyName: '',
      email: null,
      phone: null,
      role: '',
      languages: [],
      doNotContact: true,
      erasedAt: new Date(SAMPLE_BASE_MILLIS + 86_400_000).toISOString(),
      erasureFingerprints: [],
      clocks: { '*': erasedClock },
    };
    await writeFile(
      path('email-a.mcpkg'),
      await write('019bc0e2-1280-7000-8000-0000000000e1', NODE_A, a.clock, a.record),
    );
    await writeFile(
      path('email-b.mcpkg'),
      await write('019bc0e2-1280-7000-8000-0000000000e2', NODE_B, b.clock, b.record),
    );
    await writeFile(
      path('erased.mcpkg'),
      await write('019bc0e2-1280-7000-8000-0000000000e3', NODE_C, erasedClock, erased),
    );
    // Without the erasure, the losing e-mail is kept.
    const conflict = path('email-conflict.mcpkg');
    expect(
      (await mcs('merge', path('email-a.mcpkg'), path('email-b.mcpkg'), '--out', conflict)).code,
    ).toBe(0);
    const before = await readPackage(new Uint8Array(await readFile(conflict)));
    expect(before.conflicts.map((c) => c.lostValue)).toEqual(['b@example.org']);
    const out = path('email-erased.mcpkg');
    const files = [path('email-a.mcpkg'), path('email-b.mcpkg'), path('erased.mcpkg')];
    expect((await mcs('merge', ...files, '--out', out)).code).toBe(0);
    const after = await readPackage(new Uint8Array(await readFile(out)));
    expect(after.tables.contacts?.[0]?.email).toBeNull();
    expect(after.conflicts).toEqual([]);
  });

  it('with --skip-bad, merges the good inputs and reports each bad one', async () => {
    const out = path('skipped.mcpkg');
    const run = await mcs(
      'merge',
      path('text.mcpkg'),
      path('a.mcpkg'),
      path('missing.mcpkg'),
      path('b.mcpkg'),
      '--skip-bad',
      '--out',
      out,
    );
    expect(run.code).toBe(0);
    expect(run.err).toEqual([
      `${path('text.mcpkg')}: skipped: not a package (not a zip file)`,
      `${path('missing.mcpkg')}: skipped: file not found`,
    ]);
    expect(run.out).toHaveLength(1);
    expect(run.out[0]).toMatch(/merged 2 packages: .*; 1 conflicts\.$/);
    // Exactly what the good inputs give on their own.
    const good = path('good-only.mcpkg');
    expect((await mcs('merge', path('a.mcpkg'), path('b.mcpkg'), '--out', good)).code).toBe(0);
    expect(new Uint8Array(await readFile(out))).toEqual(new Uint8Array(await readFile(good)));
  });

  it('with --skip-bad, writes nothing and exits 1 when no input is good', async () => {
    const out = path('none.mcpkg');
    const run = await mcs('merge', path('text.mcpkg'), '--skip-bad', '--out', out);
    expect(run.code).toBe(1);
    expect(run.err[0]).toBe(`${path('text.mcpkg')}: skipped: not a package (not a zip file)`);
    expect(run.err).toHaveLength(2);
    expect(existsSync(out)).toBe(false);
  });

  it('takes folders as inputs: every .mcpkg in them, the bad ones skipped', async () => {
    const folder = path('inbox');
    await mkdir(folder);
    await writeFile(join(folder, '1.mcpkg'), await readFile(path('a.mcpkg')));
    await writeFile(join(folder, '2.mcpkg'), await readFile(path('b.mcpkg')));
    await writeFile(join(folder, '3.mcpkg'), strToU8('not a package'));
    await writeFile(join(folder, 'readme.txt'), 'ignored');
    const out = join(folder, 'merged.mcpkg');
    const refused = await mcs('merge', folder, '--out', out);
    expect(refused).toEqual({
      code: 1,
      out: [],
      err: [`${join(folder, '3.mcpkg')}: not a package (not a zip file)`],
    });
    expect(existsSync(out)).toBe(false);
    const run = await mcs('merge', folder, '--out', out, '--skip-bad');
    expect(run.code).toBe(0);
    expect(run.err).toEqual([
      `${join(folder, '3.mcpkg')}: skipped: not a package (not a zip file)`,
    ]);
    const good = path('good-only.mcpkg');
    expect(new Uint8Array(await readFile(out))).toEqual(new Uint8Array(await readFile(good)));
    // Run again into the same folder: the output is not an input.
    const again = await mcs('merge', folder, '--out', out, '--skip-bad');
    expect(again.out[0]).toMatch(/merged 2 packages/);
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

  it('exits 1 with a summary per table and the differing record by name and field', async () => {
    const run = await mcs('diff', path('a.mcpkg'), path('b.mcpkg'));
    expect(run.code).toBe(1);
    expect(run.out).toEqual([
      'organisations: 1 differing, 0 only in a, 0 only in b',
      '  organisations "Renamed by A (later)": name "Renamed by A (later)" → "Renamed by B (earlier)"',
    ]);
  });

  it('lists at most 10 records, then says how many more', async () => {
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
    const header = run.out.findIndex((line) => line.startsWith('organisations: '));
    const counts = /^organisations: \d+ differing, \d+ only in a, (\d+) only in b$/.exec(
      run.out[header] ?? '',
    );
    expect(counts).not.toBeNull();
    const onlyInB = Number(counts?.[1]);
    expect(onlyInB).toBeGreaterThan(10);
    const names = run.out.filter((line) => /^ {2}organisations "[^"]+": only in b$/.test(line));
    expect(names).toHaveLength(10);
    expect(run.out).toContain(`  … and ${onlyInB - 10} more only in b`);
    expect(run.out.some((line) => line.startsWith('valueChains: '))).toBe(true);
  });

  it('names memberships and contacts, and shortens long values', async () => {
    const membership = workspace.memberships[0];
    const contact = workspace.contacts.find((c) => c.givenName !== '' && c.erasedAt === null);
    const organisation = workspace.organisations.find((o) => o.id === membership?.organisationId);
    const cluster = workspace.clusters.find((c) => c.id === membership?.clusterId);
    if (!membership || !contact || !organisation || !cluster) throw new Error('sample changed');
    const longRole = 'Head of international cooperation and business development';
    const write = (packageId: string, tables: Record<string, readonly PackageRecord[]>) =>
      writePackage({
        source: { nodeId: NODE_A, partnerOrganisation: '', facilitator: '' },
        scope: { kind: 'workspace' },
        knowledge: {},
        tables,
        appVersion: '0.1.0',
        createdAt: new Date(SAMPLE_BASE_MILLIS).toISOString(),
        packageId,
      });
    // a holds the clusters, b the organisations: a membership is named from both packages.
    await writeFile(
      path('names-a.mcpkg'),
      await write('019bc0e2-1280-7000-8000-0000000000a1', {
        clusters: workspace.clusters,
        memberships: [membership],
        contacts: [contact],
      }),
    );
    await writeFile(
      path('names-b.mcpkg'),
      await write('019bc0e2-1280-7000-8000-0000000000b1', {
        organisations: workspace.organisations,
        memberships: [{ ...membership, status: 'left', until: '2027-12-31' }],
        contacts: [{ ...contact, role: longRole }],
      }),
    );
    const run = await mcs('diff', path('names-a.mcpkg'), path('names-b.mcpkg'));
    expect(run.code).toBe(1);
    const show = (value: unknown) => JSON.stringify(value);
    expect(run.out).toContain('memberships: 1 differing, 0 only in a, 0 only in b');
    expect(run.out).toContain(
      `  memberships "${organisation.name} in ${cluster.name}": status ${show(membership.status)} → "left"; until ${show(membership.until)} → "2027-12-31"`,
    );
    expect(run.out).toContain(
      `  contacts "${contact.givenName} ${contact.familyName}": role ${show(contact.role)} → "Head of international cooperation and…`,
    );
    expect(run.out).toContain(`  clusters ${show(cluster.name)}: only in a`);
    expect(run.out).toContain(`  organisations ${show(organisation.name)}: only in b`);
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
