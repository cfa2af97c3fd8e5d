/**
 * `mcs key` and `mcs merge --key`: a new key file (mode 0600, never overwritten), a merged package
 * signed by the merge's node that verifies, and bad key files refused with nothing written.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprintOf, readPackage } from '../../src-core/exchange';
import { runMcsCaptured as mcs } from './helpers';
import { validPackage } from '../unit/exchange/helpers';

let dir = '';
const path = (name: string) => join(dir, name);

interface KeyFile {
  format: string;
  privateKeyPkcs8Base64: string;
  publicKeyBase64: string;
}

async function keyFile(name: string): Promise<KeyFile> {
  return JSON.parse(await readFile(path(name), 'utf8')) as KeyFile;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mcs-sign-'));
  await writeFile(path('input.mcpkg'), await validPackage());
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('mcs key', () => {
  it('writes a new key file readable by its owner only and prints its fingerprint', async () => {
    const run = await mcs('key', '--out', path('coordinator.key'));
    expect(run.code).toBe(0);
    expect(run.err).toEqual([]);
    const key = await keyFile('coordinator.key');
    expect(key.format).toBe('meta-cluster-studio/key');
    expect(Object.keys(key).sort()).toEqual(['format', 'privateKeyPkcs8Base64', 'publicKeyBase64']);
    const fingerprint = await fingerprintOf(key.publicKeyBase64);
    expect(run.out).toEqual([
      `${path('coordinator.key')}: new signing key, fingerprint ${fingerprint} (keep this file private).`,
    ]);
    if (process.platform !== 'win32') {
      expect((await stat(path('coordinator.key'))).mode & 0o777).toBe(0o600);
    }
  });

  it('never overwrites an existing file', async () => {
    await writeFile(path('taken.key'), 'precious');
    const run = await mcs('key', '--out', path('taken.key'));
    expect(run).toEqual({
      code: 1,
      out: [],
      err: [`${path('taken.key')}: already exists (not overwritten)`],
    });
    expect(await readFile(path('taken.key'), 'utf8')).toBe('precious');
  });

  it('shows usage without --out', async () => {
    expect((await mcs('key')).code).toBe(2);
  });
});

describe('mcs merge --key', () => {
  it('signs the merged package with the key, as the merge node', async () => {
    expect((await mcs('key', '--out', path('sign.key'))).code).toBe(0);
    const key = await keyFile('sign.key');
    const out = path('signed.mcpkg');
    const node = '0123456789abcdef';
    const run = await mcs(
      'merge',
      path('input.mcpkg'),
      '--out',
      out,
      '--key',
      path('sign.key'),
      '--node',
      node,
    );
    expect(run.err).toEqual([]);
    expect(run.code).toBe(0);
    const fingerprint = await fingerprintOf(key.publicKeyBase64);
    expect(run.out[1]).toBe(`${out}: signed by node ${node}, key fingerprint ${fingerprint}.`);
    const bytes = new Uint8Array(await readFile(out));
    const first = await readPackage(bytes);
    expect(first.signature).toBe('valid-unknown');
    expect(first.signerKey).toBe(key.publicKeyBase64);
    expect(first.manifest.source.nodeId).toBe(node);
    const known = await readPackage(bytes, { knownKeys: new Map([[node, key.publicKeyBase64]]) });
    expect(known.signature).toBe('valid-known');
    const inspect = await mcs('inspect', out);
    expect(inspect.out).toContain(`  signature:  valid-unknown, signer fingerprint ${fingerprint}`);
  });

  it('without --node, signs as the node named by the key’s fingerprint, the same every time', async () => {
    expect((await mcs('key', '--out', path('own-node.key'))).code).toBe(0);
    const key = await keyFile('own-node.key');
    const node = (await fingerprintOf(key.publicKeyBase64)).replace(/ /g, '');
    for (const name of ['first.mcpkg', 'second.mcpkg']) {
      const out = path(name);
      const run = await mcs(
        'merge',
        path('input.mcpkg'),
        '--out',
        out,
        '--key',
        path('own-node.key'),
      );
      expect(run.code).toBe(0);
      const read = await readPackage(new Uint8Array(await readFile(out)));
      expect(read.manifest.source.nodeId).toBe(node);
      expect(read.signature).toBe('valid-unknown');
    }
  });

  it('refuses a missing or bad key file in one line, and writes nothing', async () => {
    const good = await keyFile('coordinator.key');
    const other = await keyFile('sign.key');
    const cases: [string, string | null, string][] = [
      ['missing.key', null, 'file not found'],
      ['text.key', 'not a key', 'not a key file (made by "mcs key")'],
      [
        'other-format.key',
        JSON.stringify({ ...good, format: 'x' }),
        'not a key file (made by "mcs key")',
      ],
      [
        'damaged.key',
        JSON.stringify({ ...good, privateKeyPkcs8Base64: 'AAAA' }),
        'the key in the file is damaged',
      ],
      [
        'mixed.key',
        JSON.stringify({ ...good, publicKeyBase64: other.publicKeyBase64 }),
        'the public key does not match the private key',
      ],
    ];
    for (const [name, content, reason] of cases) {
      if (content !== null) await writeFile(path(name), content);
      const out = path(`never-${name}.mcpkg`);
      const run = await mcs('merge', path('input.mcpkg'), '--out', out, '--key', path(name));
      expect(run).toEqual({ code: 1, out: [], err: [`${path(name)}: ${reason}`] });
      expect(existsSync(out)).toBe(false);
    }
  });
});
