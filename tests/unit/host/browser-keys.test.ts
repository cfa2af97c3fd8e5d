// The web host's signing key (issue 17): a non-extractable WebCrypto key in its own IndexedDB
// database (fake-indexeddb here; Node's WebCrypto keys clone into it as Chromium's do).
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { writeKeyFile } from '../../../src-core/backup/key-file';
import { ED25519, fromBase64, subtle } from '../../../src-core/exchange/crypto';
import {
  exportSigningKey,
  generateSigningKey,
  importPublicKey,
} from '../../../src-core/exchange/keys';
import { HostError } from '../../../src-core/host/contract';
import { createBrowserKeys } from '../../../src-renderer/host/browser-keys';

let counter = 0;
const fresh = () => {
  counter += 1;
  const name = `keys-${process.pid}-${counter}`;
  return { name, keys: createBrowserKeys(name) };
};

async function hostRefusal(promise: Promise<unknown>): Promise<HostError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof HostError) return error;
    throw error;
  }
  throw new Error('expected a HostError');
}

async function verifies(publicKey: string, signature: string, data: Uint8Array) {
  return subtle().verify(ED25519, await importPublicKey(publicKey), fromBase64(signature), data);
}

describe('the browser key store', () => {
  it('makes the key on the first signature, keeps it non-extractable, and signs with it', async () => {
    const { name, keys } = fresh();
    expect(await keys.signingKeyStatus({})).toEqual({ publicKey: null, protection: 'browser' });
    const data = new Uint8Array([7, 7, 7]);
    const first = await keys.signManifest({ data });
    expect(await verifies(first.publicKey, first.signature, data)).toBe(true);
    expect((await keys.signManifest({ data })).publicKey).toBe(first.publicKey);

    // What IndexedDB holds is a CryptoKey that WebCrypto refuses to export.
    const raw = new Dexie(name);
    await raw.open();
    const stored = (await raw.table('keys').get('signing')) as { privateKey: CryptoKey };
    raw.close();
    expect(stored.privateKey.extractable).toBe(false);
    await expect(subtle().exportKey('pkcs8', stored.privateKey)).rejects.toThrow();
  });

  it('two tabs signing first at once make one key', async () => {
    const { name } = fresh();
    // Two tabs: two key stores over the same database.
    const [one, two] = [createBrowserKeys(name), createBrowserKeys(name)];
    const data = new Uint8Array([1]);
    const [a, b] = await Promise.all([one.signManifest({ data }), two.signManifest({ data })]);
    expect(a.publicKey).toBe(b.publicKey);
    expect((await one.signManifest({ data })).publicKey).toBe(a.publicKey);
    expect((await two.signingKeyStatus({})).publicKey).toBe(a.publicKey);
  });

  it('refuses to export: the key cannot be read', async () => {
    const { keys } = fresh();
    await keys.signManifest({ data: new Uint8Array([1]) });
    expect((await hostRefusal(keys.exportSigningKey({ passphrase: 'long enough' }))).reason).toBe(
      'signingKeyNotExportable',
    );
  });

  it('imports a key file with its passphrase; a wrong passphrase keeps the key it had', async () => {
    const { keys } = fresh();
    const before = (await keys.signManifest({ data: new Uint8Array([1]) })).publicKey;
    const moved = await exportSigningKey(await generateSigningKey());
    const file = await writeKeyFile(moved, 'a passphrase to move');
    const wrong = await hostRefusal(
      keys.importSigningKey({ data: file, passphrase: 'not it at all' }),
    );
    expect(wrong.reason).toBe('wrongPassphrase');
    expect((await keys.signingKeyStatus({})).publicKey).toBe(before);
    const damaged = await hostRefusal(
      keys.importSigningKey({ data: file.subarray(0, 40), passphrase: 'a passphrase to move' }),
    );
    expect(damaged.reason).toBe('keyFileDamaged');

    expect(await keys.importSigningKey({ data: file, passphrase: 'a passphrase to move' })).toEqual(
      {
        publicKey: moved.publicKeyBase64,
        protection: 'browser',
      },
    );
    const data = new Uint8Array([9]);
    const signed = await keys.signManifest({ data });
    expect(signed.publicKey).toBe(moved.publicKeyBase64);
    expect(await verifies(signed.publicKey, signed.signature, data)).toBe(true);
  });

  it('adopts an older version’s key only when it has none, and never a mismatched pair', async () => {
    const { keys } = fresh();
    const one = await exportSigningKey(await generateSigningKey());
    const two = await exportSigningKey(await generateSigningKey());
    const mixed = {
      privateKeyPkcs8Base64: one.privateKeyPkcs8Base64,
      publicKeyBase64: two.publicKeyBase64,
    };
    expect((await hostRefusal(keys.adoptSigningKey(mixed))).reason).toBe('keyFileDamaged');
    expect((await keys.adoptSigningKey(one)).adopted).toBe(true);
    const again = await keys.adoptSigningKey(two);
    expect(again).toEqual({
      adopted: false,
      status: { publicKey: one.publicKeyBase64, protection: 'browser' },
    });
  });
});
