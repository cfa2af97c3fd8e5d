/**
 * Ed25519 signing keys for packages (WebCrypto): generate, export (raw public key and PKCS #8
 * private key, both base64), import, and a short fingerprint a person can compare by phone.
 */
import type { CryptoKeyLike } from './crypto';
import { ED25519, fromBase64, sha256Hex, subtle, toBase64 } from './crypto';

export type { CryptoKeyLike } from './crypto';

export interface SigningKey {
  readonly privateKey: CryptoKeyLike;
  /** Raw 32-byte Ed25519 public key, base64. */
  readonly publicKeyBase64: string;
}

/**
 * Whatever signs a package's manifest: a key in hand (the CLI, tests) or the host, which keeps
 * the app's key where the page cannot read it (issue 17).
 */
export interface Signer {
  sign(data: Uint8Array): Promise<{ readonly signature: string; readonly publicKey: string }>;
}

/** A signer over a key in hand. */
export function signerOf(key: SigningKey): Signer {
  return {
    async sign(data) {
      const signature = await subtle().sign(ED25519, key.privateKey, data);
      return { signature: toBase64(new Uint8Array(signature)), publicKey: key.publicKeyBase64 };
    },
  };
}

export interface ExportedSigningKey {
  readonly privateKeyPkcs8Base64: string;
  readonly publicKeyBase64: string;
}

/** A new key pair; the private key is extractable so the host can store it. */
export async function generateSigningKey(): Promise<SigningKey> {
  const pair = await subtle().generateKey(ED25519, true, ['sign', 'verify']);
  return { privateKey: pair.privateKey, publicKeyBase64: await exportPublicKey(pair.publicKey) };
}

export async function exportPublicKey(publicKey: CryptoKeyLike): Promise<string> {
  return toBase64(new Uint8Array(await subtle().exportKey('raw', publicKey)));
}

export async function importPublicKey(publicKeyBase64: string): Promise<CryptoKeyLike> {
  return subtle().importKey('raw', fromBase64(publicKeyBase64), ED25519, true, ['verify']);
}

export async function exportSigningKey(key: SigningKey): Promise<ExportedSigningKey> {
  const pkcs8 = new Uint8Array(await subtle().exportKey('pkcs8', key.privateKey));
  return { privateKeyPkcs8Base64: toBase64(pkcs8), publicKeyBase64: key.publicKeyBase64 };
}

export async function importSigningKey(exported: ExportedSigningKey): Promise<SigningKey> {
  const privateKey = await subtle().importKey(
    'pkcs8',
    fromBase64(exported.privateKeyPkcs8Base64),
    ED25519,
    true,
    ['sign'],
  );
  return { privateKey, publicKeyBase64: exported.publicKeyBase64 };
}

/** SHA-256 of the raw public key, first 16 hex digits in groups of 4: "3f2a 9c1b 0d44 e7a2". */
export async function fingerprintOf(publicKeyBase64: string): Promise<string> {
  const hex = (await sha256Hex(fromBase64(publicKeyBase64))).slice(0, 16);
  return (hex.match(/.{4}/g) ?? []).join(' ');
}
