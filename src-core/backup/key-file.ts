/**
 * The signing-key file (issue 17): how a workspace's Ed25519 key moves to a new computer. The key
 * (PKCS #8 and its public half) inside a passphrase envelope (passphrase.ts, kind "signing-key");
 * reading it back checks that the private key really signs for the public key it names, so a
 * file cannot make the app claim a key it does not hold.
 */
import { strFromU8, strToU8 } from 'fflate';
import { z } from 'zod';
import { ED25519, subtle } from '../exchange/crypto';
import { importPublicKey, importSigningKey, type ExportedSigningKey } from '../exchange/keys';
import { signingKeySettingSchema } from '../model/workspace';
import { HostError } from '../host/errors';
import {
  decryptEnvelope,
  encryptWithPassphrase,
  MIN_PASSPHRASE_LENGTH,
  PassphraseError,
} from './passphrase';

export const KEY_FILE_FORMAT = 'meta-cluster-studio/signing-key';
export const KEY_FILE_EXTENSION = 'mcskey';

const keyFileSchema = z
  .object({ format: z.literal(KEY_FILE_FORMAT), formatVersion: z.literal(1) })
  .extend(signingKeySettingSchema.shape);

export async function writeKeyFile(
  key: ExportedSigningKey,
  passphrase: string,
): Promise<Uint8Array> {
  const document = { format: KEY_FILE_FORMAT, formatVersion: 1, ...key };
  return encryptWithPassphrase(strToU8(JSON.stringify(document)), passphrase, 'signing-key');
}

/** The key in a key file; `PassphraseError` when the passphrase is wrong or the file damaged. */
export async function readKeyFile(
  bytes: Uint8Array,
  passphrase: string,
): Promise<ExportedSigningKey> {
  const plain = await decryptEnvelope(bytes, 'signing-key', { passphrase });
  let parsed: z.infer<typeof keyFileSchema>;
  try {
    parsed = keyFileSchema.parse(JSON.parse(strFromU8(plain)));
  } catch {
    throw new PassphraseError('damaged');
  }
  const key = {
    privateKeyPkcs8Base64: parsed.privateKeyPkcs8Base64,
    publicKeyBase64: parsed.publicKeyBase64,
  };
  if (!(await keyPairMatches(key))) throw new PassphraseError('damaged');
  return key;
}

/** Whether the private key signs what the public key verifies. */
export async function keyPairMatches(key: ExportedSigningKey): Promise<boolean> {
  try {
    const probe = strToU8('meta-cluster-studio key check');
    const signing = await importSigningKey(key);
    const signature = new Uint8Array(await subtle().sign(ED25519, signing.privateKey, probe));
    return await subtle().verify(
      ED25519,
      await importPublicKey(key.publicKeyBase64),
      signature,
      probe,
    );
  } catch {
    return false;
  }
}

/**
 * A passphrase refusal as the host words it (both hosts: wrong passphrase, damaged file, too
 * short); any other error is returned as it is.
 */
export function passphraseRefusal(error: unknown): unknown {
  if (!(error instanceof PassphraseError)) return error;
  switch (error.code) {
    case 'wrong':
      return new HostError('invalid-request', 'wrongPassphrase', {}, error.message);
    case 'damaged':
      return new HostError('invalid-request', 'keyFileDamaged', {}, error.message);
    case 'tooShort':
      return new HostError(
        'invalid-request',
        'passphraseTooShort',
        { min: MIN_PASSPHRASE_LENGTH },
        error.message,
      );
  }
}
