/**
 * The workspace's package-signing key on the desktop (issue 17). It lives only here, in the main
 * process: the page asks for a signature (or a passphrase-protected export) and never sees the
 * private key.
 *
 * On disk it is `signing-key.json` in the profile folder, written atomically, 0600 (POSIX), never
 * read through a symbolic link: `{ format, protection, publicKey, data }`, where `data` is the
 * PKCS #8 private key (base64) encrypted by the system's key store through Electron's
 * `safeStorage` (`protection: 'os'`: DPAPI, the macOS Keychain, libsecret or KWallet) — or, where
 * the system offers none (Linux's `basic_text` store, or encryption unavailable), the PKCS #8
 * itself (`'plaintext'`, which the page shows as a warning). A plaintext key is encrypted as soon
 * as the system offers a key store. The public key stays readable, so the status needs no
 * keyring (on macOS a Keychain read may ask the user).
 *
 * In memory the private key is kept only as a non-extractable WebCrypto key, after its first use;
 * an export reads the file again. The key is created on the first signature (or export), never
 * replaced behind the user's back: a file that cannot be unlocked is refused, not overwritten.
 * Nothing here logs key material.
 */
import { Buffer } from 'node:buffer';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import {
  keyPairMatches,
  passphraseRefusal,
  readKeyFile,
  writeKeyFile,
} from '../../src-core/backup/key-file';
import { MIN_PASSPHRASE_LENGTH, PassphraseError } from '../../src-core/backup/passphrase';
import {
  ED25519,
  fromBase64,
  subtle,
  toBase64,
  type CryptoKeyLike,
} from '../../src-core/exchange/crypto';
import {
  exportSigningKey,
  generateSigningKey,
  type ExportedSigningKey,
} from '../../src-core/exchange/keys';
import { HostError, type SigningKeyStatus } from '../../src-core/host/contract';
import { writeFileAtomic } from './atomic-file';
import { errorCode, toHostIoError } from './fs-errors';
import { protectionOffered, type KeyProtection } from './key-protection';
import { readFileNoFollow } from './no-follow';

export const SIGNING_KEY_FILE_NAME = 'signing-key.json';
export const SIGNING_KEY_FILE_MODE = 0o600;
export const STORED_KEY_FORMAT = 'meta-cluster-studio/stored-signing-key/1';
/** An Ed25519 key file is a few hundred bytes; anything far larger is not one. */
const MAX_STORED_BYTES = 64 * 1024;

const base64 = /^[A-Za-z0-9+/]+={0,2}$/;

const storedKeySchema = z
  .object({
    format: z.literal(STORED_KEY_FORMAT),
    protection: z.enum(['os', 'plaintext']),
    publicKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/),
    data: z
      .string()
      .min(1)
      .max(16 * 1024)
      .regex(base64),
  })
  .strict();
type StoredKey = z.infer<typeof storedKeySchema>;

export function signingKeyFileIn(userDataDir: string): string {
  return path.join(userDataDir, SIGNING_KEY_FILE_NAME);
}

function unreadable(why: string): HostError {
  return new HostError(
    'io',
    'signingKeyUnreadable',
    {},
    `The signing key could not be unlocked: ${why}. Import your key file.`,
  );
}

function failed(why: string): HostError {
  return new HostError('io', 'signingKeyFailed', {}, `The signing key could not be used: ${why}.`);
}

/** A passphrase refusal from the key-file code, as the HostError the page words. */
function keyFileDamaged(): HostError {
  return new HostError(
    'invalid-request',
    'keyFileDamaged',
    {},
    'The key does not sign for the public key it names.',
  );
}

/** The private key as the non-extractable WebCrypto key it is kept as in memory. */
type LoadedKey = { readonly privateKey: CryptoKeyLike; readonly publicKey: string };

export type SigningKeyService = {
  status(): Promise<SigningKeyStatus>;
  /** Signs `data` with the workspace key, created (and stored) on first use. */
  sign(data: Uint8Array): Promise<{ signature: string; publicKey: string }>;
  /** The key in a passphrase-protected key file (created first when there is none yet). */
  exportKey(passphrase: string): Promise<Uint8Array>;
  /** Replaces the key by the one in a key file; the stored key is untouched on any refusal. */
  importKey(data: Uint8Array, passphrase: string): Promise<SigningKeyStatus>;
  /** Takes over an older version's key, only when none is stored. */
  adopt(key: ExportedSigningKey): Promise<{ adopted: boolean; status: SigningKeyStatus }>;
};

export function createSigningKeyService(
  userDataDir: string,
  protection: KeyProtection,
): SigningKeyService {
  const file = signingKeyFileIn(userDataDir);
  let loaded: LoadedKey | undefined;

  // One operation at a time: two first signatures at once must not make two keys.
  let tail: Promise<unknown> = Promise.resolve();
  function exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = tail.then(task);
    tail = run.catch(() => undefined);
    return run;
  }

  function backendName(): string {
    try {
      return protection.backend();
    } catch {
      return 'unknown';
    }
  }

  /** The stored key, null when there is none; a link, a folder or a damaged file is refused. */
  async function readStored(): Promise<StoredKey | null> {
    let read;
    try {
      read = await readFileNoFollow(file, MAX_STORED_BYTES);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null;
      throw toHostIoError(error, `read ${SIGNING_KEY_FILE_NAME}`, 'signingKeyUnreadable', {});
    }
    switch (read.kind) {
      case 'file':
        break;
      case 'link':
        throw unreadable(`${SIGNING_KEY_FILE_NAME} is a link to another file and is not read`);
      case 'notAFile':
        throw unreadable(`${SIGNING_KEY_FILE_NAME} is not a file`);
      case 'tooLarge':
        throw unreadable(`${SIGNING_KEY_FILE_NAME} is too large to hold a key`);
    }
    try {
      return storedKeySchema.parse(JSON.parse(Buffer.from(read.bytes).toString('utf8')));
    } catch {
      throw unreadable(`${SIGNING_KEY_FILE_NAME} is damaged`);
    }
  }

  /** The file's contents for `key`, encrypted when the system offers a key store. */
  function seal(key: ExportedSigningKey): StoredKey {
    const kept = { format: STORED_KEY_FORMAT, publicKey: key.publicKeyBase64 } as const;
    if (protectionOffered(protection) === 'plaintext') {
      return { ...kept, protection: 'plaintext', data: key.privateKeyPkcs8Base64 };
    }
    let encrypted: Buffer;
    try {
      encrypted = protection.encryptString(key.privateKeyPkcs8Base64);
      // Read back before anything is written: a key the store cannot decrypt would be lost.
      if (protection.decryptString(encrypted) !== key.privateKeyPkcs8Base64) throw new Error();
    } catch {
      // Never a silent fallback to plaintext while the system says it encrypts.
      throw failed("the system's key store refused to encrypt it");
    }
    return { ...kept, protection: 'os', data: encrypted.toString('base64') };
  }

  async function write(stored: StoredKey): Promise<void> {
    try {
      await fs.mkdir(userDataDir, { recursive: true });
    } catch (error) {
      throw toHostIoError(error, 'create the profile folder', 'signingKeyFailed', {});
    }
    const bytes = Buffer.from(`${JSON.stringify(stored, null, 2)}\n`, 'utf8');
    await writeFileAtomic(file, bytes, undefined, { mode: SIGNING_KEY_FILE_MODE });
    if (stored.protection === 'plaintext') {
      console.warn(
        `[signing-key] this system offers no encrypted key store (${backendName()}): ` +
          `the signing key is stored unencrypted, readable by this user account`,
      );
    }
  }

  /** A plaintext key is encrypted once the system offers a key store; it stays usable if not. */
  async function upgraded(stored: StoredKey): Promise<StoredKey> {
    if (stored.protection !== 'plaintext' || protectionOffered(protection) !== 'os') return stored;
    try {
      const sealed = seal({
        privateKeyPkcs8Base64: stored.data,
        publicKeyBase64: stored.publicKey,
      });
      await write(sealed);
      return sealed;
    } catch (error) {
      const why = error instanceof HostError ? error.reason : 'error';
      console.warn(`[signing-key] the key stays unencrypted for now (${why})`);
      return stored;
    }
  }

  /** The stored key pair, checked; null when none is stored. */
  async function readPair(): Promise<ExportedSigningKey | null> {
    const found = await readStored();
    if (!found) return null;
    const stored = await upgraded(found);
    let pkcs8 = stored.data;
    if (stored.protection === 'os') {
      if (!protection.isEncryptionAvailable()) {
        throw unreadable("the system's key store is not available");
      }
      try {
        pkcs8 = protection.decryptString(Buffer.from(stored.data, 'base64'));
      } catch {
        throw unreadable("the system's key store could not decrypt it");
      }
    }
    const pair = { privateKeyPkcs8Base64: pkcs8, publicKeyBase64: stored.publicKey };
    if (!base64.test(pkcs8) || !(await keyPairMatches(pair))) {
      throw unreadable('it does not sign for its public key');
    }
    return pair;
  }

  /** Keeps `pair` in memory as a non-extractable key (the only form it is kept in here). */
  async function remember(pair: ExportedSigningKey): Promise<LoadedKey> {
    let privateKey: CryptoKeyLike;
    try {
      privateKey = await subtle().importKey(
        'pkcs8',
        fromBase64(pair.privateKeyPkcs8Base64),
        ED25519,
        false,
        ['sign'],
      );
    } catch {
      throw failed('the key could not be loaded');
    }
    loaded = { privateKey, publicKey: pair.publicKeyBase64 };
    return loaded;
  }

  /** Stores `pair` (replacing any key) and keeps it in memory. */
  async function keep(pair: ExportedSigningKey): Promise<SigningKeyStatus> {
    const stored = seal(pair);
    await write(stored);
    await remember(pair);
    return { publicKey: stored.publicKey, protection: stored.protection };
  }

  /** A new key, stored and kept in memory. */
  async function createPair(): Promise<ExportedSigningKey> {
    let pair: ExportedSigningKey;
    try {
      pair = await exportSigningKey(await generateSigningKey());
    } catch {
      throw failed('a new key could not be made');
    }
    await keep(pair);
    return pair;
  }

  async function loadOrCreate(): Promise<LoadedKey> {
    if (loaded) return loaded;
    const pair = (await readPair()) ?? (await createPair());
    return remember(pair);
  }

  async function currentStatus(): Promise<SigningKeyStatus> {
    const found = await readStored();
    if (!found) return { publicKey: null, protection: protectionOffered(protection) };
    const stored = await upgraded(found);
    return { publicKey: stored.publicKey, protection: stored.protection };
  }

  return {
    status: () => exclusive(currentStatus),

    async sign(data) {
      const key = await exclusive(loadOrCreate);
      let signature: Uint8Array;
      try {
        signature = new Uint8Array(await subtle().sign(ED25519, key.privateKey, data));
      } catch {
        throw failed('signing failed');
      }
      return { signature: toBase64(signature), publicKey: key.publicKey };
    },

    async exportKey(passphrase) {
      if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
        throw passphraseRefusal(new PassphraseError('tooShort'));
      }
      const pair = await exclusive(async () => (await readPair()) ?? (await createPair()));
      try {
        return await writeKeyFile(pair, passphrase);
      } catch (error) {
        throw passphraseRefusal(error);
      }
    },

    async importKey(data, passphrase) {
      let pair: ExportedSigningKey;
      try {
        // Checks the passphrase, the file and that its private key signs for its public key.
        pair = await readKeyFile(data, passphrase);
      } catch (error) {
        throw passphraseRefusal(error);
      }
      return exclusive(() => keep(pair));
    },

    async adopt(key) {
      if (!(await keyPairMatches(key))) throw keyFileDamaged();
      return exclusive(async () => {
        if (await readStored()) {
          return { adopted: false, status: await currentStatus() };
        }
        return { adopted: true, status: await keep(key) };
      });
    },
  };
}
