/**
 * The slice of WebCrypto the exchange uses (SHA-256, Ed25519), typed here so src-core needs no DOM
 * or Node types. Node ≥ 20 and Chromium both provide `globalThis.crypto.subtle`. Also base64 and
 * hex helpers, since `btoa` and `Buffer` are not part of the core's environment.
 */

/** An opaque WebCrypto key. */
export interface CryptoKeyLike {
  readonly type: string;
  readonly extractable: boolean;
}

export interface CryptoKeyPairLike {
  readonly publicKey: CryptoKeyLike;
  readonly privateKey: CryptoKeyLike;
}

type Ed25519 = { readonly name: 'Ed25519' };

export interface SubtleCryptoLike {
  digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>;
  generateKey(
    algorithm: Ed25519,
    extractable: boolean,
    usages: readonly ('sign' | 'verify')[],
  ): Promise<CryptoKeyPairLike>;
  exportKey(format: 'raw' | 'pkcs8', key: CryptoKeyLike): Promise<ArrayBuffer>;
  importKey(
    format: 'raw' | 'pkcs8',
    keyData: Uint8Array,
    algorithm: Ed25519,
    extractable: boolean,
    usages: readonly ('sign' | 'verify')[],
  ): Promise<CryptoKeyLike>;
  sign(algorithm: Ed25519, key: CryptoKeyLike, data: Uint8Array): Promise<ArrayBuffer>;
  verify(
    algorithm: Ed25519,
    key: CryptoKeyLike,
    signature: Uint8Array,
    data: Uint8Array,
  ): Promise<boolean>;
}

export const ED25519: Ed25519 = { name: 'Ed25519' };

export function subtle(): SubtleCryptoLike {
  return (globalThis as unknown as { crypto: { subtle: SubtleCryptoLike } }).crypto.subtle;
}

export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}

export async function sha256Hex(data: Uint8Array): Promise<string> {
  return toHex(new Uint8Array(await subtle().digest('SHA-256', data)));
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const n = (a << 16) | (b << 8) | c;
    out += ALPHABET[(n >> 18) & 63];
    out += ALPHABET[(n >> 12) & 63];
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? ALPHABET[n & 63] : '=';
  }
  return out;
}

/** Strict: throws on anything but canonical padded base64. */
export function fromBase64(text: string): Uint8Array {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) {
    throw new Error('Not base64.');
  }
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - padding);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    let n = 0;
    for (let j = 0; j < 4; j++) {
      const ch = text[i + j] ?? '=';
      n = (n << 6) | (ch === '=' ? 0 : ALPHABET.indexOf(ch));
    }
    if (o < out.length) out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}

interface TextDecoderLike {
  decode(bytes: Uint8Array): string;
}
type TextDecoderConstructor = new (
  label: 'utf-8',
  options: { readonly fatal: boolean },
) => TextDecoderLike;

/** A strict UTF-8 decoder (throws on invalid input); present in Node and every browser. */
export function strictUtf8Decoder(): TextDecoderLike {
  const Decoder = (globalThis as unknown as { TextDecoder: TextDecoderConstructor }).TextDecoder;
  return new Decoder('utf-8', { fatal: true });
}
