/** Key stores for the signing-key tests: one that really encrypts, one that offers only plaintext. */
import { Buffer } from 'node:buffer';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { readKeyFile } from '../../src-core/backup/key-file';
import { ED25519, fromBase64, subtle } from '../../src-core/exchange/crypto';
import { importPublicKey, type ExportedSigningKey } from '../../src-core/exchange/keys';
import type { KeyProtection } from '../../src-main/services/key-protection';
import type { SigningKeyService } from '../../src-main/services/signing-key';

/** Like a system key store: AES-256-GCM under a random key that never leaves this object. */
export function encryptingProtection(backend = 'gnome_libsecret'): KeyProtection {
  const key = randomBytes(32);
  return {
    isEncryptionAvailable: () => true,
    backend: () => backend,
    encryptString(text) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decryptString(encrypted) {
      const decipher = createDecipheriv('aes-256-gcm', key, encrypted.subarray(0, 12));
      decipher.setAuthTag(encrypted.subarray(12, 28));
      return Buffer.concat([decipher.update(encrypted.subarray(28)), decipher.final()]).toString(
        'utf8',
      );
    },
  };
}

/** Linux without a keyring: Chromium's 'basic_text' store, which is as good as plaintext. */
export function plaintextProtection(): KeyProtection {
  return {
    isEncryptionAvailable: () => true,
    backend: () => 'basic_text',
    encryptString: (text) => Buffer.from(text, 'utf8'),
    decryptString: (encrypted) => encrypted.toString('utf8'),
  };
}

export const PASSPHRASE = 'correct horse battery staple';

/** The service's private key, read back through an export (the only way out). */
export async function exportedPair(service: SigningKeyService): Promise<ExportedSigningKey> {
  return readKeyFile(await service.exportKey(PASSPHRASE), PASSPHRASE);
}

export async function verifies(
  publicKey: string,
  signature: string,
  data: Uint8Array,
): Promise<boolean> {
  return subtle().verify(ED25519, await importPublicKey(publicKey), fromBase64(signature), data);
}

/** Whether `haystack` holds `needle` byte for byte anywhere. */
export function containsBytes(haystack: Uint8Array, needle: Uint8Array): boolean {
  return Buffer.from(haystack).indexOf(Buffer.from(needle)) !== -1;
}
