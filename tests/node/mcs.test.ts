/** The `mcs` tool, in-process: validate (exit codes, one line per bad file), inspect, sample. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMcs } from '../../src-main/cli/mcs';
import { generateSampleWorkspace } from '../../src-core/sample';
import { hostile, rehash, validPackage } from '../unit/exchange/helpers';

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

let dir = '';
const path = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mcs-'));
  await mkdir(path('empty'));
  const good = await validPackage();
  await writeFile(path('good.mcpkg'), good);
  await writeFile(path('cut.mcpkg'), good.slice(0, 200));
  await writeFile(path('text.mcpkg'), strToU8('not a package'));
  await writeFile(
    path('edited.mcpkg'),
    await hostile((files) => {
      files['data/clusters/0000.ndjson'] = strToU8('{"id":"x"}\n');
    }),
  );
  await writeFile(
    path('proto.mcpkg'),
    await hostile((files) => {
      files['data/clusters/0000.ndjson'] = strToU8('{"__proto__":{"x":1}}\n');
      rehash(files);
    }),
  );
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('mcs validate', () => {
  it('exits 0 when every package is valid', async () => {
    const run = await mcs('validate', path('good.mcpkg'), path('good.mcpkg'));
    expect(run).toEqual({ code: 0, out: ['2 packages valid.'], err: [] });
  });

  it('prints exactly one line per bad file, with no stack, and exits 1', async () => {
    const run = await mcs(
      'validate',
      path('good.mcpkg'),
      path('cut.mcpkg'),
      path('text.mcpkg'),
      path('edited.mcpkg'),
      path('proto.mcpkg'),
      path('missing.mcpkg'),
      path('empty'),
    );
    expect(run.code).toBe(1);
    expect(run.err).toEqual([]);
    expect(run.out).toEqual([
      `${path('cut.mcpkg')}: the file is truncated or damaged`,
      `${path('text.mcpkg')}: not a package (not a zip file)`,
      `${path('edited.mcpkg')}: data/clusters/0000.ndjson does not match its SHA-256 in the manifest`,
      `${path('proto.mcpkg')}: data/clusters/0000.ndjson line 1 uses the forbidden key "__proto__"`,
      `${path('missing.mcpkg')}: file not found`,
      `${path('empty')}: no .mcpkg files in this folder`,
    ]);
    expect(run.out.join('\n')).not.toMatch(/\n\s+at |Error:/);
  });

  it('shows usage with exit 2 when given nothing', async () => {
    const run = await mcs('validate');
    expect(run.code).toBe(2);
    expect(run.err[0]).toMatch(/^Usage: mcs/);
  });
});

describe('mcs inspect', () => {
  it('summarises the manifest, the records per table and the signature', async () => {
    const run = await mcs('inspect', path('good.mcpkg'));
    expect(run.code).toBe(0);
    const text = run.out.join('\n');
    expect(text).toContain('Package 019bc0e2-1280-774f-93d3-d0f4f4f4f4f4');
    expect(text).toContain('source:     Clusters Tunisie / Amal (node 5a301e5a301e2026)');
    expect(text).toContain('signature:  unsigned');
    expect(text).toMatch(/organisations +12/);
  });

  it('reports a bad package in one line', async () => {
    const run = await mcs('inspect', path('text.mcpkg'));
    expect(run).toEqual({
      code: 1,
      out: [],
      err: [`${path('text.mcpkg')}: not a package (not a zip file)`],
    });
  });
});

describe('mcs sample', () => {
  it('writes the sample as a package that validates', async () => {
    const out = path('sample.mcpkg');
    const run = await mcs('sample', '--out', out, '--organisations', '500');
    expect(run.code).toBe(0);
    // 500 on the rosters, plus the walk-ins' own organisations at the sample workshops.
    const walkIns = generateSampleWorkspace({ organisations: 500 }).workshopParticipants.filter(
      (participant) => participant.walkIn,
    ).length;
    expect(run.out[0]).toContain(`${500 + walkIns} organisations`);
    expect(await mcs('validate', out)).toEqual({ code: 0, out: ['1 package valid.'], err: [] });
    const inspect = await mcs('inspect', out);
    expect(inspect.out.join('\n')).toMatch(new RegExp(`organisations +${500 + walkIns}\\b`));
  });

  it('refuses a bad organisation count', async () => {
    expect((await mcs('sample', '--out', path('x.mcpkg'), '--organisations', 'many')).code).toBe(2);
  });
});
