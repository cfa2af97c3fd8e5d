/**
 * `mcs validate` and `mcs inspect` of folders (every `*.mcpkg` directly in them), dangling
 * references (within one package, across a set, `--allow-dangling`), and the format 1.1 fields
 * `inspect` shows. Real files in a temp folder.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PackageRecord } from '../../src-core/exchange';
import { runMcsCaptured as mcs } from './helpers';
import {
  addUnknownTable,
  hostile,
  manifestOf,
  sampleTables,
  setManifest,
  validPackage,
} from '../unit/exchange/helpers';

let dir = '';
const path = (...names: string[]) => join(dir, ...names);

const tables = sampleTables();
const memberships = tables.memberships ?? [];
const PACKAGE_IDS = {
  memberships: '019bc0e2-1280-7000-8000-000000000101',
  organisations: '019bc0e2-1280-7000-8000-000000000102',
  chains: '019bc0e2-1280-7000-8000-000000000103',
};

/** A package holding only `held` tables of the sample. */
function packageOf(packageId: string, held: Record<string, readonly PackageRecord[]>) {
  return validPackage({ packageId, tables: held });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mcs-folder-'));
  const good = await validPackage();
  // One good package, one corrupt, one file that is not a package, a folder named like one.
  await mkdir(path('mixed'));
  await mkdir(path('mixed', 'inner.mcpkg'));
  await writeFile(path('mixed', 'good.mcpkg'), good);
  await writeFile(path('mixed', 'corrupt.mcpkg'), good.slice(0, 300));
  await writeFile(path('mixed', 'notes.txt'), 'not a package, ignored');
  // Memberships without their organisations, and the organisations in another package.
  const withoutOrganisations = await packageOf(PACKAGE_IDS.memberships, {
    clusters: tables.clusters ?? [],
    memberships,
  });
  const organisations = await packageOf(PACKAGE_IDS.organisations, {
    organisations: tables.organisations ?? [],
  });
  const chains = await packageOf(PACKAGE_IDS.chains, { valueChains: tables.valueChains ?? [] });
  await writeFile(path('dangling.mcpkg'), withoutOrganisations);
  await mkdir(path('set'));
  await writeFile(path('set', 'a-memberships.mcpkg'), withoutOrganisations);
  await writeFile(path('set', 'b-organisations.mcpkg'), organisations);
  await mkdir(path('unresolved'));
  await writeFile(path('unresolved', 'a-memberships.mcpkg'), withoutOrganisations);
  await writeFile(path('unresolved', 'b-chains.mcpkg'), chains);
  await mkdir(path('empty'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('mcs validate of a folder', () => {
  it('checks every .mcpkg file in it and reports the corrupt one only', async () => {
    const run = await mcs('validate', path('mixed'));
    expect(run).toEqual({
      code: 1,
      out: [`${path('mixed', 'corrupt.mcpkg')}: the file is truncated or damaged`],
      err: [],
    });
  });

  it('exits 0 on a folder of valid packages, counting them', async () => {
    const run = await mcs('validate', path('set'));
    expect(run).toEqual({ code: 0, out: ['2 packages valid.'], err: [] });
  });

  it('reports an empty folder in one line', async () => {
    const run = await mcs('validate', path('empty'));
    expect(run).toEqual({
      code: 1,
      out: [`${path('empty')}: no .mcpkg files in this folder`],
      err: [],
    });
  });
});

describe('mcs validate: dangling references', () => {
  it('reports memberships whose organisation is not in the package, and exits 1', async () => {
    expect(memberships.length).toBeGreaterThan(1);
    const run = await mcs('validate', path('dangling.mcpkg'));
    expect(run).toEqual({
      code: 1,
      out: [
        `${path('dangling.mcpkg')}: ${memberships.length} memberships point to organisations not in the package (field organisationId)`,
      ],
      err: [],
    });
  });

  it('accepts them when another package of the set holds the organisations', async () => {
    const run = await mcs('validate', path('set'));
    expect(run.code).toBe(0);
    // The same two packages given as files are checked together too.
    const files = await mcs(
      'validate',
      path('dangling.mcpkg'),
      path('set', 'b-organisations.mcpkg'),
    );
    expect(files).toEqual({ code: 0, out: ['2 packages valid.'], err: [] });
  });

  it('reports what no package of the set holds', async () => {
    const run = await mcs('validate', path('unresolved'));
    expect(run).toEqual({
      code: 1,
      out: [
        `${path('unresolved', 'a-memberships.mcpkg')}: ${memberships.length} memberships point to organisations in none of the 2 packages (field organisationId)`,
      ],
      err: [],
    });
  });

  it('only warns with --allow-dangling', async () => {
    const run = await mcs('validate', '--allow-dangling', path('dangling.mcpkg'));
    expect(run).toEqual({
      code: 0,
      out: [
        `${path('dangling.mcpkg')}: warning: ${memberships.length} memberships point to organisations not in the package (field organisationId)`,
        '1 package valid.',
      ],
      err: [],
    });
    // A refused package still fails.
    const mixed = await mcs('validate', path('mixed'), '--allow-dangling');
    expect(mixed.code).toBe(1);
  });

  it('shows usage for an unknown option', async () => {
    expect((await mcs('validate', path('set'), '--allow-everything')).code).toBe(2);
  });
});

describe('mcs inspect of a folder', () => {
  it('inspects each package in turn, a blank line between', async () => {
    const run = await mcs('inspect', path('set'));
    expect(run.code).toBe(0);
    expect(run.err).toEqual([]);
    const blocks = run.out.join('\n').split('\n\n');
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toContain(`Package ${PACKAGE_IDS.memberships}`);
    expect(blocks[0]).toContain(`file:       ${path('set', 'a-memberships.mcpkg')}`);
    expect(blocks[0]).toMatch(/memberships +\d+/);
    expect(blocks[1]).toContain(`Package ${PACKAGE_IDS.organisations}`);
    expect(blocks[1]).toMatch(/organisations +12/);
  });

  it('reports a bad package of the folder on stderr, shows the rest, and exits 1', async () => {
    const run = await mcs('inspect', path('mixed'));
    expect(run.code).toBe(1);
    expect(run.err).toEqual([
      `${path('mixed', 'corrupt.mcpkg')}: the file is truncated or damaged`,
    ]);
    expect(run.out.filter((line) => line.startsWith('Package '))).toHaveLength(1);
    expect(run.out).not.toContain('');
  });

  it('shows the 1.1 fields of a newer package: format minor, omissions and what a newer version carried', async () => {
    const organisations = (tables.organisations ?? []).map((record, index) =>
      index === 0 ? { ...record, futureField: 'kept' } : record,
    );
    const bytes = await hostile(
      (files) => {
        const manifest = manifestOf(files);
        manifest.formatMinor = 3;
        setManifest(files, manifest);
        addUnknownTable(files);
      },
      {
        tables: { ...tables, organisations },
        omitted: [
          { table: 'memberships', reason: 'pointsToSample', field: 'clusterId', records: 3 },
          { table: 'contacts', reason: 'targetMissing', records: 1 },
        ],
      },
    );
    await writeFile(path('future.mcpkg'), bytes);
    const run = await mcs('inspect', path('future.mcpkg'));
    expect(run.err).toEqual([]);
    expect(run.code).toBe(0);
    const text = run.out.join('\n');
    expect(text).toContain('format:     meta-cluster-studio/package v1.3 (app 0.1.0)');
    expect(run.out).toContain('  omitted:');
    expect(run.out).toContain(
      '    memberships    3 records left out: they need sample data (field clusterId)',
    );
    expect(run.out).toContain(
      '    contacts       1 record sent: they point to records the sender does not hold',
    );
    expect(run.out).toContain('  from a newer version:');
    expect(run.out).toContain(
      '    organisations  fields this version does not know, kept: futureField',
    );
    expect(run.out).toContain(
      '    secrets        table this version does not know, skipped: 1 record',
    );
    expect(text).not.toContain('conflicts:');
  });

  it('says nothing of 1.1 for a 1.0 package', async () => {
    await writeFile(path('plain.mcpkg'), await validPackage());
    const run = await mcs('inspect', path('plain.mcpkg'));
    expect(run.out).toContain('  format:     meta-cluster-studio/package v1 (app 0.1.0)');
    expect(run.out.join('\n')).not.toMatch(/omitted:|conflicts:|newer version/);
  });

  it('reports a file that is not a package in one line', async () => {
    await writeFile(path('text.mcpkg'), strToU8('not a package'));
    const run = await mcs('inspect', path('text.mcpkg'));
    expect(run).toEqual({
      code: 1,
      out: [],
      err: [`${path('text.mcpkg')}: not a package (not a zip file)`],
    });
  });
});
