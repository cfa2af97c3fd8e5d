/**
 * `mcs key --out <file>`: a new Ed25519 coordinator key, written as a small JSON file readable by
 * its owner only (never over an existing file), and `readKeyFile` for `mcs merge --key <file>`,
 * which checks the file before anything is merged or written.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { ED25519, subtle } from '../../src-core/exchange/crypto';
import {
  exportSigningKey,
  fingerprintOf,
  generateSigningKey,
  importPublicKey,
  importSigningKey,
} from '../../src-core/exchange/keys';
import type { ExportedSigningKey, SigningKey } from '../../src-core/exchange/keys';
import { McsInputError, reasonOf } from './mcs-common';
import type { McsIo } from './mcs-common';

export const KEY_FILE_FORMAT = 'meta-cluster-studio/key';

/** A key file is a few hundred bytes; anything much larger is not one. */
const MAX_KEY_FILE_BYTES = 64 * 1024;

/** Writes a new key to `out` (mode 0600, refusing to overwrite); prints its fingerprint. */
export async function writeKeyFile(out: string, io: McsIo): Promise<number> {
  const exported = await exportSigningKey(await generateSigningKey());
  const file = {
    format: KEY_FILE_FORMAT,
    privateKeyPkcs8Base64: exported.privateKeyPkcs8Base64,
    publicKeyBase64: exported.publicKeyBase64,
  };
  try {
    await writeFile(out, `${JSON.stringify(file, null, 2)}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    io.err(`${out}: ${reasonOf(error)}`);
    return 1;
  }
  const fingerprint = await fingerprintOf(exported.publicKeyBase64);
  io.out(`${out}: new signing key, fingerprint ${fingerprint} (keep this file private).`);
  return 0;
}

function parseKeyFile(text: string): ExportedSigningKey {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    raw = undefined;
  }
  const file = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const { format, privateKeyPkcs8Base64, publicKeyBase64 } = file;
  if (
    format !== KEY_FILE_FORMAT ||
    typeof privateKeyPkcs8Base64 !== 'string' ||
    typeof publicKeyBase64 !== 'string'
  ) {
    throw new McsInputError('not a key file (made by "mcs key")');
  }
  return { privateKeyPkcs8Base64, publicKeyBase64 };
}

/** Whether the private key signs what the public key verifies (a mixed-up file would not). */
async function isPair(key: SigningKey): Promise<boolean> {
  const probe = new TextEncoder().encode('meta-cluster-studio key check');
  const signature = new Uint8Array(await subtle().sign(ED25519, key.privateKey, probe));
  const publicKey = await importPublicKey(key.publicKeyBase64);
  return subtle().verify(ED25519, publicKey, signature, probe);
}

/**
 * The signing key in a file written by `mcs key`, checked (format, both keys, a matching pair).
 * Throws an error whose `reasonOf` is one line.
 */
export async function readKeyFile(path: string): Promise<SigningKey> {
  const bytes = await readFile(path);
  if (bytes.length > MAX_KEY_FILE_BYTES) throw new McsInputError('not a key file (too large)');
  const exported = parseKeyFile(new TextDecoder().decode(bytes));
  let key: SigningKey;
  let matches = false;
  try {
    key = await importSigningKey(exported);
    matches = await isPair(key);
  } catch {
    throw new McsInputError('the key in the file is damaged');
  }
  if (!matches) throw new McsInputError('the public key does not match the private key');
  return key;
}
