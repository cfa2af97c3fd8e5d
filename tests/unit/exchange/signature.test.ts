import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { PackageError } from '../../../src-core/exchange/errors';
import {
  exportSigningKey,
  fingerprintOf,
  generateSigningKey,
  importSigningKey,
  signerOf,
} from '../../../src-core/exchange/keys';
import { readPackage } from '../../../src-core/exchange/read';
import { SAMPLE_NODE_ID } from '../../../src-core/sample';
import { manifestOf, setManifest, unzip, validPackage, zip } from './helpers';

describe('package signatures', () => {
  it('reports valid-unknown, valid-known and key-changed', async () => {
    const key = await generateSigningKey();
    const bytes = await validPackage({ signer: signerOf(key) });
    expect(Object.keys(unzip(bytes))).toContain('signature.json');

    expect((await readPackage(bytes)).signature).toBe('valid-unknown');
    const known = new Map([[SAMPLE_NODE_ID, key.publicKeyBase64]]);
    const result = await readPackage(bytes, { knownKeys: known });
    expect(result.signature).toBe('valid-known');
    expect(result.signerKey).toBe(key.publicKeyBase64);

    const other = await generateSigningKey();
    const changed = new Map([[SAMPLE_NODE_ID, other.publicKeyBase64]]);
    expect((await readPackage(bytes, { knownKeys: changed })).signature).toBe('key-changed');
  });

  it('signs deterministically (Ed25519) and survives export/import of the key', async () => {
    const key = await importSigningKey(await exportSigningKey(await generateSigningKey()));
    expect(await validPackage({ signer: signerOf(key) })).toEqual(
      await validPackage({ signer: signerOf(key) }),
    );
  });

  it('badSignature: the manifest was altered after signing', async () => {
    const files = unzip(await validPackage({ signer: signerOf(await generateSigningKey()) }));
    setManifest(files, { ...manifestOf(files), appVersion: '9.9.9' });
    await expect(readPackage(zip(files))).rejects.toMatchObject({
      code: 'badSignature',
      values: { reason: 'the manifest was altered' },
    });
  });

  it('badSignature: signed by a node other than the source, or malformed', async () => {
    const files = unzip(await validPackage({ signer: signerOf(await generateSigningKey()) }));
    const signature = JSON.parse(new TextDecoder().decode(files['signature.json'])) as object;
    files['signature.json'] = strToU8(JSON.stringify({ ...signature, signer: 'ffffffffffffffff' }));
    await expect(readPackage(zip(files))).rejects.toBeInstanceOf(PackageError);
    files['signature.json'] = strToU8('{"algorithm":"RSA"}');
    await expect(readPackage(zip(files))).rejects.toMatchObject({ code: 'badSignature' });
  });

  it('fingerprints a public key as 4 groups of 4 hex digits', async () => {
    const key = await generateSigningKey();
    expect(await fingerprintOf(key.publicKeyBase64)).toMatch(/^[0-9a-f]{4}( [0-9a-f]{4}){3}$/);
    const fixed = 'A'.repeat(43) + '=';
    expect(await fingerprintOf(fixed)).toBe(await fingerprintOf(fixed));
  });
});
