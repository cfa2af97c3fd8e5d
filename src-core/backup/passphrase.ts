/**
 * Passphrase encryption (issue 17), for backups and for an exported signing key: AES-256-GCM with
 * a key derived from the passphrase by PBKDF2-HMAC-SHA-256 at 600,000 iterations (OWASP's figure
 * for PBKDF2-SHA-256, 2023), through WebCrypto, which Node ≥ 20 and every browser provide.
 *
 * An envelope is: the 8 magic bytes "MCSENC1\n", a 4-byte big-endian length, a JSON header
 * {kdf, hash, iterations, salt, iv, kind} and the ciphertext. The header is bound to the
 * ciphertext as AES-GCM's additional data, so changing any of it (iterations lowered, kind
 * swapped) makes decryption fail like a wrong passphrase. A wrong passphrase is a
 * `PassphraseError('wrong')`: AES-GCM's tag says so, nothing is half-decrypted.
 */
import { strToU8 } from 'fflate';
import { fromBase64, strictUtf8Decoder, toBase64 } from '../exchange/crypto';

export const PBKDF2_ITERATIONS = 600_000;
/** Below this a file is refused rather than opened with a weak key (a tampered header). */
const MIN_ITERATIONS = 100_000;
/** Above this a hostile header could stall the app for minutes deriving one key. */
const MAX_ITERATIONS = 2_000_000;
const MAGIC = new Uint8Array([0x4d, 0x43, 0x53, 0x45, 0x4e, 0x43, 0x31, 0x0a]); // "MCSENC1\n"
const MAX_HEADER = 4096;

/** What is inside: a workspace backup, or an exported signing key. */
export type EnvelopeKind = 'backup' | 'signing-key';

export type PassphraseErrorCode = 'wrong' | 'damaged' | 'tooShort';

export class PassphraseError extends Error {
  constructor(readonly code: PassphraseErrorCode) {
    super(
      code === 'wrong'
        ? 'The passphrase is not the one this file was protected with.'
        : code === 'tooShort'
          ? `A passphrase needs at least ${MIN_PASSPHRASE_LENGTH} characters.`
          : 'The protected file is damaged.',
    );
    this.name = 'PassphraseError';
  }
}

export const MIN_PASSPHRASE_LENGTH = 8;

/** An opaque AES key (a WebCrypto CryptoKey: non-extractable where it is kept). */
export interface AesKeyLike {
  readonly type: string;
  readonly extractable: boolean;
}

interface PassphraseSubtle {
  importKey(
    format: 'raw',
    keyData: Uint8Array,
    algorithm: 'PBKDF2',
    extractable: false,
    usages: readonly 'deriveKey'[],
  ): Promise<AesKeyLike>;
  deriveKey(
    algorithm: { name: 'PBKDF2'; hash: 'SHA-256'; salt: Uint8Array; iterations: number },
    baseKey: AesKeyLike,
    derived: { name: 'AES-GCM'; length: 256 },
    extractable: boolean,
    usages: readonly ('encrypt' | 'decrypt')[],
  ): Promise<AesKeyLike>;
  encrypt(
    algorithm: { name: 'AES-GCM'; iv: Uint8Array; additionalData: Uint8Array },
    key: AesKeyLike,
    data: Uint8Array,
  ): Promise<ArrayBuffer>;
  decrypt(
    algorithm: { name: 'AES-GCM'; iv: Uint8Array; additionalData: Uint8Array },
    key: AesKeyLike,
    data: Uint8Array,
  ): Promise<ArrayBuffer>;
}

interface CryptoGlobal {
  subtle: PassphraseSubtle;
  getRandomValues<T extends Uint8Array>(array: T): T;
}

function webCrypto(): CryptoGlobal {
  return (globalThis as unknown as { crypto: CryptoGlobal }).crypto;
}

/** A passphrase-derived key with the salt and iterations it was derived with. */
export interface PassphraseKey {
  readonly key: AesKeyLike;
  readonly salt: string;
  readonly iterations: number;
}

/** Derives the AES key of a passphrase; a new random salt unless one is given. Non-extractable. */
export async function derivePassphraseKey(
  passphrase: string,
  salt?: string,
  iterations: number = PBKDF2_ITERATIONS,
): Promise<PassphraseKey> {
  const saltBytes =
    salt === undefined ? webCrypto().getRandomValues(new Uint8Array(16)) : fromBase64(salt);
  const subtle = webCrypto().subtle;
  const base = await subtle.importKey(
    'raw',
    strToU8(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  const key = await subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: saltBytes, iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
  return { key, salt: toBase64(saltBytes), iterations };
}

interface EnvelopeHeader {
  readonly kind: EnvelopeKind;
  readonly kdf: 'PBKDF2';
  readonly hash: 'SHA-256';
  readonly iterations: number;
  readonly salt: string;
  readonly iv: string;
}

/** Whether these bytes are a passphrase envelope (checked before trying gzip or zip). */
export function isEncrypted(bytes: Uint8Array): boolean {
  return bytes.length >= MAGIC.length && MAGIC.every((byte, i) => bytes[i] === byte);
}

/** Encrypts `data` under a derived key (the header carries what re-deriving it needs). */
export async function encryptWithKey(
  data: Uint8Array,
  derived: PassphraseKey,
  kind: EnvelopeKind,
): Promise<Uint8Array> {
  const iv = webCrypto().getRandomValues(new Uint8Array(12));
  const header: EnvelopeHeader = {
    kind,
    kdf: 'PBKDF2',
    hash: 'SHA-256',
    iterations: derived.iterations,
    salt: derived.salt,
    iv: toBase64(iv),
  };
  const headerBytes = strToU8(JSON.stringify(header));
  const ciphertext = new Uint8Array(
    await webCrypto().subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: headerBytes },
      derived.key,
      data,
    ),
  );
  const out = new Uint8Array(MAGIC.length + 4 + headerBytes.length + ciphertext.length);
  out.set(MAGIC, 0);
  new DataView(out.buffer).setUint32(MAGIC.length, headerBytes.length);
  out.set(headerBytes, MAGIC.length + 4);
  out.set(ciphertext, MAGIC.length + 4 + headerBytes.length);
  return out;
}

export async function encryptWithPassphrase(
  data: Uint8Array,
  passphrase: string,
  kind: EnvelopeKind,
): Promise<Uint8Array> {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) throw new PassphraseError('tooShort');
  return encryptWithKey(data, await derivePassphraseKey(passphrase), kind);
}

/** Reads an envelope's header; throws `damaged` when it is not a well-formed one. */
export function readEnvelope(bytes: Uint8Array): {
  header: EnvelopeHeader;
  headerBytes: Uint8Array;
  ciphertext: Uint8Array;
} {
  if (!isEncrypted(bytes) || bytes.length < MAGIC.length + 4) throw new PassphraseError('damaged');
  const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(
    MAGIC.length,
  );
  if (length > MAX_HEADER || MAGIC.length + 4 + length > bytes.length) {
    throw new PassphraseError('damaged');
  }
  const headerBytes = bytes.subarray(MAGIC.length + 4, MAGIC.length + 4 + length);
  let header: EnvelopeHeader;
  try {
    header = JSON.parse(strictUtf8Decoder().decode(headerBytes));
  } catch {
    throw new PassphraseError('damaged');
  }
  const valid =
    typeof header === 'object' &&
    header !== null &&
    (header.kind === 'backup' || header.kind === 'signing-key') &&
    header.kdf === 'PBKDF2' &&
    header.hash === 'SHA-256' &&
    Number.isInteger(header.iterations) &&
    header.iterations >= MIN_ITERATIONS &&
    header.iterations <= MAX_ITERATIONS &&
    typeof header.salt === 'string' &&
    typeof header.iv === 'string';
  if (!valid) throw new PassphraseError('damaged');
  return { header, headerBytes, ciphertext: bytes.subarray(MAGIC.length + 4 + length) };
}

/**
 * Decrypts an envelope of `kind` with a passphrase, or with an already derived key when its salt
 * and iterations match the file's (this computer's backup key). Wrong → `PassphraseError('wrong')`.
 */
export async function decryptEnvelope(
  bytes: Uint8Array,
  kind: EnvelopeKind,
  secret: { passphrase: string } | { key: PassphraseKey },
): Promise<Uint8Array> {
  const { header, headerBytes, ciphertext } = readEnvelope(bytes);
  if (header.kind !== kind) throw new PassphraseError('damaged');
  let iv: Uint8Array;
  try {
    iv = fromBase64(header.iv);
    fromBase64(header.salt);
  } catch {
    throw new PassphraseError('damaged');
  }
  let key: AesKeyLike;
  if ('key' in secret) {
    if (secret.key.salt !== header.salt || secret.key.iterations !== header.iterations) {
      throw new PassphraseError('wrong');
    }
    key = secret.key.key;
  } else {
    key = (await derivePassphraseKey(secret.passphrase, header.salt, header.iterations)).key;
  }
  try {
    return new Uint8Array(
      await webCrypto().subtle.decrypt(
        { name: 'AES-GCM', iv, additionalData: headerBytes },
        key,
        ciphertext,
      ),
    );
  } catch {
    throw new PassphraseError('wrong');
  }
}
