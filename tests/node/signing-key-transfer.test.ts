// Moving the desktop's signing key to a new computer (src-main/services/signing-key.ts): exported
// in a passphrase-protected key file, imported into another profile with the same public key; a
// wrong passphrase or a damaged file refused with the stored key unchanged, byte for byte.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readKeyFile, writeKeyFile } from '../../src-core/backup/key-file';
import { fromBase64 } from '../../src-core/exchange/crypto';
import { encryptWithPassphrase } from '../../src-core/backup/passphrase';
import { exportSigningKey, generateSigningKey } from '../../src-core/exchange/keys';
import { createSigningKeyService, signingKeyFileIn } from '../../src-main/services/signing-key';
import { catchError } from './helpers';
import {
  containsBytes,
  encryptingProtection,
  PASSPHRASE,
  verifies,
} from './signing-key-protections';

let root: string;
let oldLaptop: string;
let newLaptop: string;
const manifest = new TextEncoder().encode('{"entries":[],"knowledge":{}}');

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'mcs-signing-key-transfer-'));
  oldLaptop = path.join(root, 'old');
  newLaptop = path.join(root, 'new');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('exporting and importing the signing key', () => {
  it('moves the key: the same public key, and its signatures verify', async () => {
    const old = createSigningKeyService(oldLaptop, encryptingProtection());
    const before = await old.sign(manifest);
    const keyFile = await old.exportKey(PASSPHRASE);
    // The key file is encrypted with the passphrase: no private key in it.
    const { privateKeyPkcs8Base64 } = await readKeyFile(keyFile, PASSPHRASE);
    expect(new TextDecoder().decode(keyFile)).not.toContain(privateKeyPkcs8Base64);
    expect(containsBytes(keyFile, fromBase64(privateKeyPkcs8Base64))).toBe(false);

    const fresh = createSigningKeyService(newLaptop, encryptingProtection());
    expect(await fresh.importKey(keyFile, PASSPHRASE)).toEqual({
      publicKey: before.publicKey,
      protection: 'os',
    });
    expect(await fresh.status()).toEqual({ publicKey: before.publicKey, protection: 'os' });
    const after = await fresh.sign(manifest);
    expect(after.publicKey).toBe(before.publicKey);
    expect(await verifies(before.publicKey, after.signature, manifest)).toBe(true);
  });

  it('replaces a key already there (the page asked the user first)', async () => {
    const keyFile = await createSigningKeyService(oldLaptop, encryptingProtection()).exportKey(
      PASSPHRASE,
    );
    const fresh = createSigningKeyService(newLaptop, encryptingProtection());
    const own = await fresh.sign(manifest);
    const { publicKey } = await fresh.importKey(keyFile, PASSPHRASE);
    expect(publicKey).not.toBe(own.publicKey);
    expect((await fresh.sign(manifest)).publicKey).toBe(publicKey);
  });

  it('refuses a wrong passphrase and leaves the stored key exactly as it was', async () => {
    const keyFile = await createSigningKeyService(oldLaptop, encryptingProtection()).exportKey(
      PASSPHRASE,
    );
    const fresh = createSigningKeyService(newLaptop, encryptingProtection());
    const own = await fresh.sign(manifest);
    const before = await readFile(signingKeyFileIn(newLaptop));

    const error = await catchError(fresh.importKey(keyFile, 'correct horse battery stapler'));
    expect(error).toMatchObject({ code: 'invalid-request', reason: 'wrongPassphrase' });
    expect(await readFile(signingKeyFileIn(newLaptop))).toEqual(before);
    expect((await fresh.sign(manifest)).publicKey).toBe(own.publicKey);
  });

  it('refuses damaged and foreign files, leaving the stored key as it was', async () => {
    const keyFile = await createSigningKeyService(oldLaptop, encryptingProtection()).exportKey(
      PASSPHRASE,
    );
    const a = await exportSigningKey(await generateSigningKey());
    const b = await exportSigningKey(await generateSigningKey());
    const mismatched = {
      privateKeyPkcs8Base64: a.privateKeyPkcs8Base64,
      publicKeyBase64: b.publicKeyBase64,
    };
    const damaged: [string, Uint8Array][] = [
      ['not a key file', new TextEncoder().encode('{"privateKeyPkcs8Base64":"…"}')],
      ['cut short', keyFile.subarray(0, 10)],
      [
        'a backup, not a key',
        await encryptWithPassphrase(new Uint8Array([1]), PASSPHRASE, 'backup'),
      ],
      ['keys that do not match', await writeKeyFile(mismatched, PASSPHRASE)],
    ];
    const fresh = createSigningKeyService(newLaptop, encryptingProtection());
    const own = await fresh.sign(manifest);
    const before = await readFile(signingKeyFileIn(newLaptop));
    for (const [label, bytes] of damaged) {
      const error = await catchError(fresh.importKey(bytes, PASSPHRASE));
      expect({ label, code: error.code, reason: error.reason }).toEqual({
        label,
        code: 'invalid-request',
        reason: 'keyFileDamaged',
      });
    }
    expect(await readFile(signingKeyFileIn(newLaptop))).toEqual(before);
    expect((await fresh.status()).publicKey).toBe(own.publicKey);
  });

  it('refuses to export under a passphrase that is too short', async () => {
    const service = createSigningKeyService(oldLaptop, encryptingProtection());
    expect(await catchError(service.exportKey('short'))).toMatchObject({
      code: 'invalid-request',
      reason: 'passphraseTooShort',
      values: { min: 8 },
    });
    // Refused before anything else: no key was made for it.
    expect(await service.status()).toEqual({ publicKey: null, protection: 'os' });
  });
});
