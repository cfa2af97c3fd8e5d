/**
 * The web host's package-signing key (issue 17): a non-extractable WebCrypto key, kept in its own
 * IndexedDB database ("mcs-keys", not the workspace's, so no backup or restore ever carries or
 * replaces it). Script on the page can ask it to sign but can never read it; for the same reason
 * it cannot be exported (`signingKeyNotExportable`) — a key file made on the desktop can be
 * imported. Node tests run this module over fake-indexeddb.
 */
import Dexie, { type Table } from 'dexie';
import { keyPairMatches, passphraseRefusal, readKeyFile } from '../../src-core/backup/key-file';
import { ED25519, fromBase64, subtle, toBase64 } from '../../src-core/exchange/crypto';
import { exportPublicKey, type CryptoKeyLike } from '../../src-core/exchange/keys';
import { HostError, type HostApi, type SigningKeyStatus } from '../../src-core/host/contract';

interface StoredKey {
  readonly id: 'signing';
  readonly privateKey: CryptoKeyLike;
  readonly publicKey: string;
}

type KeyDb = Dexie & { keys: Table<StoredKey, string> };

export const KEY_DB_NAME = 'mcs-keys';

function openKeyDb(name: string): KeyDb {
  const db = new Dexie(name) as KeyDb;
  db.version(1).stores({ keys: 'id' });
  return db;
}

export type BrowserKeyOps = Pick<
  HostApi,
  'signingKeyStatus' | 'signManifest' | 'exportSigningKey' | 'importSigningKey' | 'adoptSigningKey'
>;

function status(stored: StoredKey | undefined): SigningKeyStatus {
  return { publicKey: stored?.publicKey ?? null, protection: 'browser' };
}

/** A PKCS #8 key imported so that it can sign and never be read back. */
async function lockedKey(pkcs8Base64: string): Promise<CryptoKeyLike> {
  return subtle().importKey('pkcs8', fromBase64(pkcs8Base64), ED25519, false, ['sign']);
}

function keyRefusal(error: unknown): unknown {
  const refusal = passphraseRefusal(error);
  if (refusal instanceof HostError) return refusal;
  return new HostError('io', 'signingKeyFailed', {}, `The signing key failed: ${String(error)}`);
}

/** The signing-key operations of the web host, over the key database `name`. */
export function createBrowserKeys(name: string = KEY_DB_NAME): BrowserKeyOps {
  let opened: KeyDb | undefined;
  const db = (): KeyDb => (opened ??= openKeyDb(name));

  /** The stored key, or a new one (two tabs may race: the first key stored wins). */
  async function keyForSigning(): Promise<StoredKey> {
    const stored = await db().keys.get('signing');
    if (stored) return stored;
    // WebCrypto work stays outside the IndexedDB transaction (it would end it).
    const pair = await subtle().generateKey(ED25519, false, ['sign', 'verify']);
    const created: StoredKey = {
      id: 'signing',
      privateKey: pair.privateKey,
      publicKey: await exportPublicKey(pair.publicKey),
    };
    return db().transaction('rw', db().keys, async () => {
      const again = await db().keys.get('signing');
      if (again) return again;
      await db().keys.put(created);
      return created;
    });
  }

  return {
    async signingKeyStatus() {
      return status(await db().keys.get('signing'));
    },

    async signManifest({ data }) {
      const key = await keyForSigning();
      try {
        const signature = await subtle().sign(ED25519, key.privateKey, data);
        return { signature: toBase64(new Uint8Array(signature)), publicKey: key.publicKey };
      } catch (error) {
        throw keyRefusal(error);
      }
    },

    async exportSigningKey() {
      throw new HostError(
        'unsupported',
        'signingKeyNotExportable',
        {},
        'The browser keeps the signing key non-extractable: export it from the desktop app.',
      );
    },

    async importSigningKey({ data, passphrase }) {
      let exported;
      try {
        exported = await readKeyFile(data, passphrase);
      } catch (error) {
        throw keyRefusal(error);
      }
      const stored: StoredKey = {
        id: 'signing',
        privateKey: await lockedKey(exported.privateKeyPkcs8Base64),
        publicKey: exported.publicKeyBase64,
      };
      await db().keys.put(stored);
      return status(stored);
    },

    async adoptSigningKey(legacy) {
      const existing = await db().keys.get('signing');
      if (existing) return { adopted: false, status: status(existing) };
      if (!(await keyPairMatches(legacy))) {
        throw new HostError(
          'invalid-request',
          'keyFileDamaged',
          {},
          'The key to adopt does not sign for its public key.',
        );
      }
      const candidate: StoredKey = {
        id: 'signing',
        privateKey: await lockedKey(legacy.privateKeyPkcs8Base64),
        publicKey: legacy.publicKeyBase64,
      };
      return db().transaction('rw', db().keys, async () => {
        const again = await db().keys.get('signing');
        if (again) return { adopted: false, status: status(again) };
        await db().keys.put(candidate);
        return { adopted: true, status: status(candidate) };
      });
    },
  };
}
