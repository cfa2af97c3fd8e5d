/**
 * The `mcs` that ships (package.json "bin"): bundled by esbuild with the options build-main.mjs
 * uses, then run as its own process on real package files — what runs `mcs` in-process
 * (tests/node/mcs.test.ts) cannot see: a bundled dependency that needs `require`, the shebang,
 * output cut short by `| head`.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mcsBuildOptions } from '../../scripts/mcs-build.mjs';
import { validPackage } from '../unit/exchange/helpers';

let dir = '';
let mcs = '';

interface Ran {
  readonly code: number | null;
  readonly out: string;
  readonly err: string;
}

/** Runs the bundle; with `firstChunkOnly`, stops reading after its first output (like `head`). */
function run(args: readonly string[], firstChunkOnly = false): Promise<Ran> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [mcs, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (firstChunkOnly) child.stdout.destroy();
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, out, err }));
  });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mcs-bundle-'));
  mcs = join(dir, 'mcs.mjs');
  await build(mcsBuildOptions(resolve('.'), mcs));
  const good = await validPackage();
  await writeFile(join(dir, 'a.mcpkg'), good);
  await writeFile(join(dir, 'b.mcpkg'), good);
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the bundled mcs', () => {
  it('starts as a script of its own (shebang) and merges real package files', async () => {
    expect((await readFile(mcs, 'utf8')).startsWith('#!/usr/bin/env node\n')).toBe(true);
    const merged = await run([
      'merge',
      join(dir, 'a.mcpkg'),
      join(dir, 'b.mcpkg'),
      '--out',
      join(dir, 'm.mcpkg'),
    ]);
    expect(merged.err).toBe('');
    expect(merged.code).toBe(0);
    expect(merged.out).toMatch(/merged 2 packages: .*clusters \d+/);
    const inspected = await run(['inspect', join(dir, 'm.mcpkg')]);
    expect(inspected.code).toBe(0);
    expect(inspected.out).toMatch(/^Package [0-9a-f-]{36}\n/);
  });

  it('refuses a file that is not a package with its reason, exit code 1', async () => {
    await writeFile(join(dir, 'text.mcpkg'), 'not a package');
    const refused = await run(['validate', join(dir, 'text.mcpkg')]);
    expect(refused.code).toBe(1);
    expect(refused.err + refused.out).toMatch(/text\.mcpkg: .*not a zip/i);
  });

  it('ends quietly when its output is cut short (`mcs inspect … | head -1`)', async () => {
    const files = Array.from({ length: 40 }, () => join(dir, 'a.mcpkg'));
    const cut = await run(['inspect', ...files], true);
    expect(cut.err).not.toMatch(/EPIPE|Error/);
    expect(cut.code).toBe(0);
  });
});
