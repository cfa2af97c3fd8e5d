// Encrypted backups and the signing key kept out of them (issue 17), against real (fake-IndexedDB)
// workspaces and the web host's key store.
import 'fake-indexeddb/auto';
import { gunzipSync, gzipSync, strFromU8, strToU8 } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { decryptEnvelope, isEncrypted } from '../../../src-core/backup/passphrase';
import { ED25519, fromBase64, subtle } from '../../../src-core/exchange/crypto';
import {
  exportSigningKey,
  generateSigningKey,
  importPublicKey,
} from '../../../src-core/exchange/keys';
import { BackupError, createBackup, restoreBackup } from '../../../src-renderer/db/backup';
import { clearBackupPassphrase, setBackupPassphrase } from '../../../src-renderer/db/backup-key';
import { moveLegacySigningKey } from '../../../src-renderer/db/partners';
import { readSetting } from '../../../src-renderer/db/settings';
import { clusterFields, databaseSnapshot, keysOf, openWorkspaces } from './helpers';

const T0 = Date.parse('2026-03-14T14:32:00Z');
const PASSPHRASE = 'Mistral over Marseille';
const { workspace, closeAll } = openWorkspaces(T0);
afterEach(closeAll);

async function backupError(promise: Promise<unknown>): Promise<BackupError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof BackupError) return error;
    throw error;
  }
  throw new Error('expected a BackupError');
}

/** A workspace with a cluster and a contact's e-mail in it. */
async function filled() {
  const w = await workspace();
  await w.repos.clusters.create(clusterFields({ name: 'Sfax Olive Cluster' }));
  return w;
}

describe('encrypted backups', () => {
  it('once a passphrase is set, backups are encrypted and restore elsewhere with it', async () => {
    const { db } = await filled();
    await setBackupPassphrase(db, PASSPHRASE);
    const bytes = await createBackup(db);
    expect(isEncrypted(bytes)).toBe(true);
    expect(Buffer.from(bytes).includes(Buffer.from('Sfax Olive Cluster'))).toBe(false);
    expect(() => gunzipSync(bytes)).toThrow();

    const other = await workspace();
    expect(await restoreBackup(other.db, bytes, { passphrase: PASSPHRASE })).toBeGreaterThan(0);
    expect(await databaseSnapshot(other.db)).toEqual(await databaseSnapshot(db));
  });

  it('on another computer without the passphrase: asked for; a wrong one changes nothing', async () => {
    const { db } = await filled();
    await setBackupPassphrase(db, PASSPHRASE);
    const bytes = await createBackup(db);
    const other = await workspace();
    await other.repos.clusters.create(clusterFields({ name: 'Gabès Date Cluster' }));
    const before = await databaseSnapshot(other.db);
    expect((await backupError(restoreBackup(other.db, bytes))).code).toBe('passphraseNeeded');
    expect(
      (await backupError(restoreBackup(other.db, bytes, { passphrase: 'Mistral over marseille' })))
        .code,
    ).toBe('wrongPassphrase');
    expect(await databaseSnapshot(other.db)).toEqual(before);
  });

  it('on this computer, a backup made with its key restores without asking', async () => {
    const { db, repos } = await filled();
    await setBackupPassphrase(db, PASSPHRASE);
    const before = await databaseSnapshot(db);
    const bytes = await createBackup(db);
    await repos.clusters.create(clusterFields({ name: 'Gabès Date Cluster' }));
    await restoreBackup(db, bytes);
    expect(await databaseSnapshot(db)).toEqual(before);
  });

  it('the key survives a restore (it is this computer’s), and stopping makes backups plain again', async () => {
    const { db } = await filled();
    await setBackupPassphrase(db, PASSPHRASE);
    const encrypted = await createBackup(db);
    await restoreBackup(db, encrypted);
    expect(isEncrypted(await createBackup(db))).toBe(true);
    await clearBackupPassphrase(db);
    const plain = await createBackup(db);
    expect(isEncrypted(plain)).toBe(false);
    // The earlier backup still needs its passphrase.
    expect((await backupError(restoreBackup(db, encrypted))).code).toBe('passphraseNeeded');
    expect(await restoreBackup(db, encrypted, { passphrase: PASSPHRASE })).toBeGreaterThan(0);
  });

  it('a passphrase under 8 characters is refused and nothing is set', async () => {
    const { db } = await filled();
    await expect(setBackupPassphrase(db, 'short')).rejects.toMatchObject({ code: 'tooShort' });
    expect(isEncrypted(await createBackup(db))).toBe(false);
  });
});

describe('the signing key and backups', () => {
  it('a key an older version kept in the settings is never written into a backup', async () => {
    const { db } = await filled();
    const legacy = await exportSigningKey(await generateSigningKey());
    await db.settings.put({ key: 'exchange:signingKey', value: legacy });
    const text = strFromU8(gunzipSync(await createBackup(db)));
    expect(text).not.toContain(legacy.privateKeyPkcs8Base64);
    expect(text).not.toContain('exchange:signingKey');
    // Nor in its raw bytes (the PKCS #8 DER).
    const der = Buffer.from(fromBase64(legacy.privateKeyPkcs8Base64));
    expect(Buffer.from(await createBackup(db)).includes(der)).toBe(false);
  });

  it('the key the host keeps is in no backup, encrypted or not', async () => {
    const { db } = await filled();
    const keys = keysOf(db);
    const legacy = await exportSigningKey(await generateSigningKey());
    await db.settings.put({ key: 'exchange:signingKey', value: legacy });
    expect(await moveLegacySigningKey(db, keys)).toBe(true);
    const der = Buffer.from(fromBase64(legacy.privateKeyPkcs8Base64));
    const plain = await createBackup(db);
    expect(strFromU8(gunzipSync(plain))).not.toContain(legacy.privateKeyPkcs8Base64);
    expect(Buffer.from(plain).includes(der)).toBe(false);
    // Encrypted: decrypted with the passphrase, the key is not inside either.
    await setBackupPassphrase(db, PASSPHRASE);
    const sealed = await createBackup(db);
    const opened = strFromU8(
      gunzipSync(await decryptEnvelope(sealed, 'backup', { passphrase: PASSPHRASE })),
    );
    expect(opened).toContain('Sfax Olive Cluster');
    expect(opened).not.toContain(legacy.privateKeyPkcs8Base64);
    expect(opened).not.toContain('exchange:signingKey');
  });

  it('moves an older version’s key to the host once: same public key, signatures verify, setting gone', async () => {
    const { db } = await workspace();
    const keys = keysOf(db);
    const legacy = await exportSigningKey(await generateSigningKey());
    await db.settings.put({ key: 'exchange:signingKey', value: legacy });
    expect(await moveLegacySigningKey(db, keys)).toBe(true);
    expect(await readSetting(db, 'exchange:signingKey')).toBeUndefined();
    expect(await keys.signingKeyStatus({})).toEqual({
      publicKey: legacy.publicKeyBase64,
      protection: 'browser',
    });
    const message = new Uint8Array([1, 2, 3]);
    const { signature, publicKey } = await keys.signManifest({ data: message });
    expect(publicKey).toBe(legacy.publicKeyBase64);
    expect(
      await subtle().verify(
        ED25519,
        await importPublicKey(publicKey),
        fromBase64(signature),
        message,
      ),
    ).toBe(true);
    expect(await moveLegacySigningKey(db, keys)).toBe(false);
  });

  it('when the host already signs with another key, the older key is kept, not destroyed', async () => {
    const { db } = await workspace();
    const keys = keysOf(db);
    const current = (await keys.signManifest({ data: new Uint8Array([1]) })).publicKey;
    const old = await exportSigningKey(await generateSigningKey());
    await db.settings.put({ key: 'exchange:signingKey', value: old });
    expect(await moveLegacySigningKey(db, keys)).toBe(false);
    expect((await keys.signingKeyStatus({})).publicKey).toBe(current);
    // Kept where it was (no backup writes it), so the key partners trusted is not lost.
    expect(await readSetting(db, 'exchange:signingKey')).toEqual(old);
    expect(strFromU8(gunzipSync(await createBackup(db)))).not.toContain(old.privateKeyPkcs8Base64);
  });

  it('restoring an old backup that carried a key does not bring the key back', async () => {
    const { db } = await filled();
    const legacy = await exportSigningKey(await generateSigningKey());
    // A backup as an older version wrote it: the key among the settings.
    const document = JSON.parse(strFromU8(gunzipSync(await createBackup(db)))) as {
      settings: { key: string; value: unknown }[];
    };
    document.settings.push({ key: 'exchange:signingKey', value: legacy });
    const old = gzipSync(strToU8(JSON.stringify(document)));
    const other = await workspace();
    await restoreBackup(other.db, old);
    expect(await readSetting(other.db, 'exchange:signingKey')).toBeUndefined();
    expect((await other.db.clusters.toArray()).map((c) => c.name)).toContain('Sfax Olive Cluster');
  });
});
