/**
 * The backup passphrase (issue 17). Setting one derives an AES-GCM key (PBKDF2, passphrase.ts)
 * and keeps it on this computer as a non-extractable key in the table `localKeys` — never the
 * passphrase, never in a backup, untouched by a restore. From then on every backup and snapshot
 * is encrypted with it; restoring asks for the passphrase unless the file was made with this very
 * key. Clearing it makes later backups plain again (earlier ones stay encrypted).
 */
import {
  derivePassphraseKey,
  MIN_PASSPHRASE_LENGTH,
  PassphraseError,
  type PassphraseKey,
} from '../../src-core/backup/passphrase';
import type { StudioDb } from './schema';

export async function setBackupPassphrase(
  db: StudioDb,
  passphrase: string,
  now: Date = new Date(),
): Promise<void> {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) throw new PassphraseError('tooShort');
  // Derivation is WebCrypto work: outside any IndexedDB transaction.
  const derived = await derivePassphraseKey(passphrase);
  await db.localKeys.put({
    id: 'backup',
    key: derived.key,
    salt: derived.salt,
    iterations: derived.iterations,
    setAt: now.toISOString(),
  });
}

export async function clearBackupPassphrase(db: StudioDb): Promise<void> {
  await db.localKeys.delete('backup');
}

/** The key backups are encrypted with, or undefined when backups are not protected. */
export async function backupKey(db: StudioDb): Promise<PassphraseKey | undefined> {
  // A database opened at a version before the table existed (the snapshot before an upgrade).
  if (!db.tables.some((table) => table.name === 'localKeys')) return undefined;
  const row = await db.localKeys.get('backup');
  return row && { key: row.key, salt: row.salt, iterations: row.iterations };
}
