// Passphrase envelopes and key files (issue 17), through Node's real WebCrypto.
import { describe, expect, it } from 'vitest';
import { keyPairMatches, readKeyFile, writeKeyFile } from '../../../src-core/backup/key-file';
import {
  decryptEnvelope,
  derivePassphraseKey,
  encryptWithKey,
  encryptWithPassphrase,
  isEncrypted,
  PassphraseError,
  PBKDF2_ITERATIONS,
} from '../../../src-core/backup/passphrase';
import { exportSigningKey, generateSigningKey } from '../../../src-core/exchange/keys';

const data = new TextEncoder().encode('{"tables":{"contacts":[{"email":"amal@example.tn"}]}}');
const PASSPHRASE = 'olive groves of Sfax';

async function refusal(promise: Promise<unknown>): Promise<PassphraseError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof PassphraseError) return error;
    throw error;
  }
  throw new Error('expected a PassphraseError');
}

/** The header's JSON, rewritten (its length prefix kept right). */
function withHeader(bytes: Uint8Array, edit: (header: Record<string, unknown>) => void) {
  const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(8);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + length)));
  edit(header);
  const newHeader = new TextEncoder().encode(JSON.stringify(header));
  const out = new Uint8Array(12 + newHeader.length + bytes.length - 12 - length);
  out.set(bytes.subarray(0, 8));
  new DataView(out.buffer).setUint32(8, newHeader.length);
  out.set(newHeader, 12);
  out.set(bytes.subarray(12 + length), 12 + newHeader.length);
  return out;
}

describe('passphrase envelopes', () => {
  it('round-trip with the passphrase; the plain text is nowhere in the bytes', async () => {
    const sealed = await encryptWithPassphrase(data, PASSPHRASE, 'backup');
    expect(isEncrypted(sealed)).toBe(true);
    expect(Buffer.from(sealed).includes(Buffer.from('amal@example.tn'))).toBe(false);
    expect(await decryptEnvelope(sealed, 'backup', { passphrase: PASSPHRASE })).toEqual(data);
    // Two envelopes of the same data differ (new salt and IV each time).
    expect(await encryptWithPassphrase(data, PASSPHRASE, 'backup')).not.toEqual(sealed);
  });

  it('record PBKDF2-SHA-256 at 600,000 iterations in the header', async () => {
    const sealed = await encryptWithPassphrase(data, PASSPHRASE, 'backup');
    withHeader(sealed, (header) => {
      expect(header).toMatchObject({
        kdf: 'PBKDF2',
        hash: 'SHA-256',
        iterations: PBKDF2_ITERATIONS,
      });
    });
  });

  it('refuse a wrong passphrase, and one differing only in case or a space', async () => {
    const sealed = await encryptWithPassphrase(data, PASSPHRASE, 'backup');
    for (const wrong of ['olive groves of sfax', 'olive groves of Sfax ', 'something else']) {
      expect((await refusal(decryptEnvelope(sealed, 'backup', { passphrase: wrong }))).code).toBe(
        'wrong',
      );
    }
  });

  it('refuse a header changed after sealing (fewer iterations, another kind) and a cut file', async () => {
    const sealed = await encryptWithPassphrase(data, PASSPHRASE, 'backup');
    const weakened = withHeader(sealed, (header) => {
      header.iterations = 100_000;
    });
    expect(
      (await refusal(decryptEnvelope(weakened, 'backup', { passphrase: PASSPHRASE }))).code,
    ).toBe('wrong');
    const tooWeak = withHeader(sealed, (header) => {
      header.iterations = 1;
    });
    expect(
      (await refusal(decryptEnvelope(tooWeak, 'backup', { passphrase: PASSPHRASE }))).code,
    ).toBe('damaged');
    // The header is bound to the ciphertext: a backup relabelled as a key file, or any field
    // added to the header, fails as a wrong passphrase would — even with the right one.
    const relabelled = withHeader(sealed, (header) => {
      header.kind = 'signing-key';
    });
    expect(
      (await refusal(decryptEnvelope(relabelled, 'signing-key', { passphrase: PASSPHRASE }))).code,
    ).toBe('wrong');
    const extended = withHeader(sealed, (header) => {
      header.note = 'harmless';
    });
    expect(
      (await refusal(decryptEnvelope(extended, 'backup', { passphrase: PASSPHRASE }))).code,
    ).toBe('wrong');
    // Asked for a key file, a backup is refused before any key is derived.
    expect(
      (await refusal(decryptEnvelope(sealed, 'signing-key', { passphrase: PASSPHRASE }))).code,
    ).toBe('damaged');
    expect(
      (await refusal(decryptEnvelope(sealed.subarray(0, 30), 'backup', { passphrase: PASSPHRASE })))
        .code,
    ).toBe('damaged');
    const flipped = sealed.slice();
    flipped[flipped.length - 1] = (flipped[flipped.length - 1] ?? 0) ^ 1;
    expect(
      (await refusal(decryptEnvelope(flipped, 'backup', { passphrase: PASSPHRASE }))).code,
    ).toBe('wrong');
  });

  it('open with a kept key only when salt and iterations are the file’s', async () => {
    const kept = await derivePassphraseKey(PASSPHRASE);
    expect(kept.key.extractable).toBe(false);
    const sealed = await encryptWithKey(data, kept, 'backup');
    expect(await decryptEnvelope(sealed, 'backup', { key: kept })).toEqual(data);
    const other = await derivePassphraseKey(PASSPHRASE);
    expect((await refusal(decryptEnvelope(sealed, 'backup', { key: other }))).code).toBe('wrong');
    // The passphrase still opens it anywhere.
    expect(await decryptEnvelope(sealed, 'backup', { passphrase: PASSPHRASE })).toEqual(data);
  });

  it('refuse a passphrase under 8 characters', async () => {
    expect((await refusal(encryptWithPassphrase(data, 'short', 'backup'))).code).toBe('tooShort');
  });
});

describe('key files', () => {
  it('carry a key to another computer; the key is not readable without the passphrase', async () => {
    const key = await exportSigningKey(await generateSigningKey());
    const file = await writeKeyFile(key, PASSPHRASE);
    const text = Buffer.from(file).toString('latin1');
    expect(text).not.toContain(key.privateKeyPkcs8Base64);
    expect(text).not.toContain(key.publicKeyBase64);
    expect(await readKeyFile(file, PASSPHRASE)).toEqual(key);
    expect((await refusal(readKeyFile(file, 'not the passphrase'))).code).toBe('wrong');
  });

  it('refuse a file whose private key does not sign for its public key', async () => {
    const one = await exportSigningKey(await generateSigningKey());
    const two = await exportSigningKey(await generateSigningKey());
    const mixed = {
      privateKeyPkcs8Base64: one.privateKeyPkcs8Base64,
      publicKeyBase64: two.publicKeyBase64,
    };
    expect(await keyPairMatches(mixed)).toBe(false);
    expect(await keyPairMatches(one)).toBe(true);
    const file = await writeKeyFile(mixed, PASSPHRASE);
    expect((await refusal(readKeyFile(file, PASSPHRASE))).code).toBe('damaged');
  });
});
