// The desktop's signing key (src-main/services/signing-key.ts) on a real temporary profile folder,
// with a key store that really encrypts and one that offers only plaintext: created on the first
// signature, never in clear on disk when the system encrypts, 0600, never read through a link,
// refused rather than replaced when it cannot be unlocked, adopted from an older version once.
import { readFile, mkdtemp, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fromBase64 } from '../../src-core/exchange/crypto';
import { exportSigningKey, generateSigningKey } from '../../src-core/exchange/keys';
import {
  keyProtectionFrom,
  protectionOffered,
  type KeyProtection,
} from '../../src-main/services/key-protection';
import {
  createSigningKeyService,
  SIGNING_KEY_FILE_MODE,
  signingKeyFileIn,
} from '../../src-main/services/signing-key';
import { catchError } from './helpers';
import {
  containsBytes,
  encryptingProtection,
  exportedPair,
  plaintextProtection,
  verifies,
} from './signing-key-protections';

let userData: string;
let keyFile: string;
const manifest = new TextEncoder().encode('{"entries":[],"knowledge":{}}');
const isPosix = process.platform !== 'win32';

beforeEach(async () => {
  userData = await mkdtemp(path.join(tmpdir(), 'mcs-signing-key-'));
  keyFile = signingKeyFileIn(userData);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(userData, { recursive: true, force: true });
});

/** The stored file, parsed. */
async function storedFile(): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(keyFile, 'utf8')) as Record<string, unknown>;
}

describe('the signing key with the system key store', () => {
  it('is created on the first signature, and the signature verifies', async () => {
    const service = createSigningKeyService(userData, encryptingProtection());
    expect(await service.status()).toEqual({ publicKey: null, protection: 'os' });
    await expect(stat(keyFile)).rejects.toMatchObject({ code: 'ENOENT' });

    const signed = await service.sign(manifest);
    expect(await verifies(signed.publicKey, signed.signature, manifest)).toBe(true);
    expect(await service.status()).toEqual({ publicKey: signed.publicKey, protection: 'os' });
    const again = await service.sign(manifest);
    expect(again.publicKey).toBe(signed.publicKey);
    expect(await verifies(signed.publicKey, signed.signature, new Uint8Array([1]))).toBe(false);
  });

  it('keeps the key across restarts of the app', async () => {
    const protection = encryptingProtection();
    const first = await createSigningKeyService(userData, protection).sign(manifest);
    const later = await createSigningKeyService(userData, protection).sign(manifest);
    expect(later.publicKey).toBe(first.publicKey);
    expect(await verifies(first.publicKey, later.signature, manifest)).toBe(true);
  });

  it('stores no private key in clear', async () => {
    const service = createSigningKeyService(userData, encryptingProtection());
    const { publicKey } = await service.sign(manifest);
    const pair = await exportedPair(service);
    expect(pair.publicKeyBase64).toBe(publicKey);
    const pkcs8 = fromBase64(pair.privateKeyPkcs8Base64);

    const bytes = new Uint8Array(await readFile(keyFile));
    const text = new TextDecoder().decode(bytes);
    expect(text).not.toContain(pair.privateKeyPkcs8Base64);
    expect(containsBytes(bytes, pkcs8)).toBe(false);
    // The 32-byte seed, the secret part of an Ed25519 PKCS #8, in any form.
    const seed = pkcs8.subarray(pkcs8.length - 32);
    expect(containsBytes(bytes, seed)).toBe(false);
    expect(text).not.toContain(Buffer.from(seed).toString('base64').slice(0, 40));
    expect(text).not.toContain(Buffer.from(seed).toString('hex'));
    expect(await storedFile()).toMatchObject({ protection: 'os', publicKey });
  });

  it.skipIf(!isPosix)('writes the key file 0600', async () => {
    await createSigningKeyService(userData, encryptingProtection()).sign(manifest);
    expect((await stat(keyFile)).mode & 0o777).toBe(0o600);
    expect(SIGNING_KEY_FILE_MODE).toBe(0o600);
  });

  it('makes one key when two first signatures arrive at once', async () => {
    const service = createSigningKeyService(userData, encryptingProtection());
    const [a, b, c] = await Promise.all([
      service.sign(manifest),
      service.sign(manifest),
      service.exportKey('a long enough passphrase'),
    ]);
    expect(b.publicKey).toBe(a.publicKey);
    expect(c.byteLength).toBeGreaterThan(0);
    expect((await service.status()).publicKey).toBe(a.publicKey);
  });

  it('refuses a key the key store cannot decrypt, and leaves the file as it was', async () => {
    await createSigningKeyService(userData, encryptingProtection()).sign(manifest);
    const before = await readFile(keyFile);
    // Another user account, or a keyring that was reset: a different key store key.
    const service = createSigningKeyService(userData, encryptingProtection());
    const error = await catchError(service.sign(manifest));
    expect(error).toMatchObject({ code: 'io', reason: 'signingKeyUnreadable' });
    expect((await catchError(service.exportKey('a long enough passphrase'))).reason).toBe(
      'signingKeyUnreadable',
    );
    expect(await readFile(keyFile)).toEqual(before);
    // The public key is still shown, so the user knows which key is meant.
    expect((await service.status()).publicKey).toEqual(expect.any(String));
  });

  it('refuses a key when the key store is not available, without replacing it', async () => {
    await createSigningKeyService(userData, encryptingProtection()).sign(manifest);
    const before = await readFile(keyFile);
    const locked: KeyProtection = { ...encryptingProtection(), isEncryptionAvailable: () => false };
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = await catchError(createSigningKeyService(userData, locked).sign(manifest));
    expect(error.reason).toBe('signingKeyUnreadable');
    expect(await readFile(keyFile)).toEqual(before);
  });

  it('refuses a damaged key file or one whose keys do not match, without replacing it', async () => {
    const protection = encryptingProtection();
    await createSigningKeyService(userData, protection).sign(manifest);
    const stored = await storedFile();
    const other = await exportSigningKey(await generateSigningKey());
    const cases = ['{ not json', JSON.stringify({ ...stored, publicKey: other.publicKeyBase64 })];
    for (const contents of cases) {
      await writeFile(keyFile, contents);
      const error = await catchError(createSigningKeyService(userData, protection).sign(manifest));
      expect(error.reason).toBe('signingKeyUnreadable');
      expect(await readFile(keyFile, 'utf8')).toBe(contents);
    }
  });

  it('refuses a signing-key.json that is a link, and never touches what it points at', async () => {
    const outside = await mkdtemp(path.join(tmpdir(), 'mcs-signing-key-outside-'));
    try {
      const donor = path.join(outside, 'profile');
      const protection = encryptingProtection();
      await createSigningKeyService(donor, protection).sign(manifest);
      const target = signingKeyFileIn(donor);
      const before = await readFile(target);
      await symlink(target, keyFile);

      const service = createSigningKeyService(userData, protection);
      for (const attempt of [
        service.status(),
        service.sign(manifest),
        service.exportKey('a long enough passphrase'),
      ]) {
        expect(await catchError(attempt)).toMatchObject({ reason: 'signingKeyUnreadable' });
      }
      const legacy = await exportSigningKey(await generateSigningKey());
      expect((await catchError(service.adopt(legacy))).reason).toBe('signingKeyUnreadable');
      expect(await readFile(target)).toEqual(before);
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });
});

describe('the signing key where the system offers only plaintext', () => {
  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });

  it('says so before and after the key is made, and still signs', async () => {
    const service = createSigningKeyService(userData, plaintextProtection());
    expect(await service.status()).toEqual({ publicKey: null, protection: 'plaintext' });
    const signed = await service.sign(manifest);
    expect(await verifies(signed.publicKey, signed.signature, manifest)).toBe(true);
    expect(await service.status()).toEqual({
      publicKey: signed.publicKey,
      protection: 'plaintext',
    });
    expect(await storedFile()).toMatchObject({ protection: 'plaintext' });
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('unencrypted'));
  });

  it.skipIf(!isPosix)('still writes the file 0600', async () => {
    await createSigningKeyService(userData, plaintextProtection()).sign(manifest);
    expect((await stat(keyFile)).mode & 0o777).toBe(0o600);
  });

  it('encrypts the key once the system offers a key store', async () => {
    const first = await createSigningKeyService(userData, plaintextProtection()).sign(manifest);
    const plain = (await storedFile()).data as string;

    const service = createSigningKeyService(userData, encryptingProtection());
    expect(await service.status()).toEqual({ publicKey: first.publicKey, protection: 'os' });
    expect(await storedFile()).toMatchObject({ protection: 'os', publicKey: first.publicKey });
    expect(await readFile(keyFile, 'utf8')).not.toContain(plain);
    const later = await service.sign(manifest);
    expect(later.publicKey).toBe(first.publicKey);
    expect(await verifies(first.publicKey, later.signature, manifest)).toBe(true);
  });
});

describe('adopting an older version’s key', () => {
  it('takes the key over once, and refuses when a key is stored', async () => {
    const service = createSigningKeyService(userData, encryptingProtection());
    const legacy = await exportSigningKey(await generateSigningKey());
    expect(await service.adopt(legacy)).toEqual({
      adopted: true,
      status: { publicKey: legacy.publicKeyBase64, protection: 'os' },
    });
    const signed = await service.sign(manifest);
    expect(signed.publicKey).toBe(legacy.publicKeyBase64);
    expect(await verifies(legacy.publicKeyBase64, signed.signature, manifest)).toBe(true);
    expect(await readFile(keyFile, 'utf8')).not.toContain(legacy.privateKeyPkcs8Base64);

    const another = await exportSigningKey(await generateSigningKey());
    expect(await service.adopt(another)).toEqual({
      adopted: false,
      status: { publicKey: legacy.publicKeyBase64, protection: 'os' },
    });
    expect((await service.sign(manifest)).publicKey).toBe(legacy.publicKeyBase64);
  });

  it('refuses after the first signature made a key', async () => {
    const service = createSigningKeyService(userData, encryptingProtection());
    const { publicKey } = await service.sign(manifest);
    const legacy = await exportSigningKey(await generateSigningKey());
    expect(await service.adopt(legacy)).toMatchObject({ adopted: false, status: { publicKey } });
  });

  it('refuses a pair whose private key does not sign for its public key', async () => {
    const service = createSigningKeyService(userData, encryptingProtection());
    const a = await exportSigningKey(await generateSigningKey());
    const b = await exportSigningKey(await generateSigningKey());
    const mixed = {
      privateKeyPkcs8Base64: a.privateKeyPkcs8Base64,
      publicKeyBase64: b.publicKeyBase64,
    };
    expect(await catchError(service.adopt(mixed))).toMatchObject({
      code: 'invalid-request',
      reason: 'keyFileDamaged',
    });
    expect(await service.status()).toEqual({ publicKey: null, protection: 'os' });
  });
});

describe('the system key store', () => {
  const safeStorage = (available: boolean, backend: string) => ({
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend,
    encryptString: (text: string) => Buffer.from(text),
    decryptString: (encrypted: Buffer) => encrypted.toString(),
  });

  it.each([
    ['linux', true, 'gnome_libsecret', 'os'],
    ['linux', true, 'kwallet6', 'os'],
    ['linux', true, 'basic_text', 'plaintext'],
    ['linux', true, 'unknown', 'plaintext'],
    ['linux', false, 'gnome_libsecret', 'plaintext'],
    ['darwin', true, 'unused', 'os'],
    ['win32', true, 'unused', 'os'],
    ['win32', false, 'unused', 'plaintext'],
  ] as const)(
    'on %s (available: %s, store: %s) protects as %s',
    (platform, ok, store, expected) => {
      expect(protectionOffered(keyProtectionFrom(safeStorage(ok, store), platform))).toBe(expected);
    },
  );

  it('asks Linux only for its store (the call exists only there)', () => {
    const storage = {
      ...safeStorage(true, 'gnome_libsecret'),
      getSelectedStorageBackend: () => {
        throw new TypeError('not a function on this system');
      },
    };
    expect(keyProtectionFrom(storage, 'darwin').backend()).toBe('keychain');
    expect(keyProtectionFrom(storage, 'win32').backend()).toBe('dpapi');
    expect(protectionOffered(keyProtectionFrom(storage, 'linux'))).toBe('plaintext');
  });
});
