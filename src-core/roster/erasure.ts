/**
 * Erasure of a contact (GDPR art. 17) without forgetting that it happened: the personal fields are
 * wiped and replaced by one-way fingerprints of the e-mail and of name + organisation, so a later
 * spreadsheet import of the same person is recognised and the user asked before re-creating them.
 *
 * The fingerprint is a 64-bit FNV-1a hash of the normalised text (no synchronous SHA-256 in core).
 * It does not keep the data readable, but anyone who already knows an address can test it: that
 * is the point, and why fingerprints travel only with the (already erased) record.
 */
import type { ContactFields } from '../model/entities';
import { normaliseEmail, normalisePersonName } from './normalise';

/** What a fingerprint is computed from. */
export interface ErasureIdentity {
  readonly email: string | null;
  readonly givenName: string;
  readonly familyName: string;
  readonly organisationId: string;
}

/** The contact schema allows at most this many fingerprints per record. */
export const MAX_ERASURE_FINGERPRINTS = 4;

/** UTF-8 bytes of a string (core has no TextEncoder in its type library). */
function utf8Bytes(text: string): number[] {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) bytes.push(code);
    else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f));
    else if (code < 0x10000) {
      bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    } else {
      bytes.push(
        0xf0 | (code >> 18),
        0x80 | ((code >> 12) & 0x3f),
        0x80 | ((code >> 6) & 0x3f),
        0x80 | (code & 0x3f),
      );
    }
  }
  return bytes;
}

const hex4 = (limb: number): string => limb.toString(16).padStart(4, '0');

/**
 * FNV-1a 64 of the UTF-8 bytes of `text`, as 16 hex digits. Computed in four 16-bit limbs
 * (multiplying by the FNV prime 2^40 + 0x1b3 is a multiply by 0x1b3 plus a shift), which is much
 * faster than BigInt when a whole import file is fingerprinted.
 */
export function fnv1a64(text: string): string {
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (const byte of utf8Bytes(text)) {
    h0 ^= byte;
    let t0 = h0 * 0x1b3;
    let t1 = h1 * 0x1b3;
    let t2 = h2 * 0x1b3 + (h0 << 8);
    const t3 = h3 * 0x1b3 + (h1 << 8);
    t1 += t0 >>> 16;
    t0 &= 0xffff;
    t2 += t1 >>> 16;
    t1 &= 0xffff;
    h3 = (t3 + (t2 >>> 16)) & 0xffff;
    h2 = t2 & 0xffff;
    h1 = t1;
    h0 = t0;
  }
  return hex4(h3) + hex4(h2) + hex4(h1) + hex4(h0);
}

/**
 * Fingerprints of a person: `e:<hash>` of the normalised e-mail and `n:<hash>` of the normalised
 * name with the organisation id. Blank parts give no fingerprint.
 */
export function erasureFingerprint(contact: ErasureIdentity): string[] {
  const fingerprints: string[] = [];
  const email = contact.email === null ? '' : normaliseEmail(contact.email);
  if (email !== '') fingerprints.push(`e:${fnv1a64(email)}`);
  const name = normalisePersonName(contact.givenName, contact.familyName);
  if (name !== '') fingerprints.push(`n:${fnv1a64(`${name}|${contact.organisationId}`)}`);
  return fingerprints;
}

/** The patch that erases a contact: personal fields blank, fingerprints kept, never contacted. */
export type ErasurePatch = Pick<
  ContactFields,
  | 'givenName'
  | 'familyName'
  | 'email'
  | 'phone'
  | 'role'
  | 'languages'
  | 'doNotContact'
  | 'erasedAt'
  | 'erasureFingerprints'
>;

/**
 * The patch that erases `contact` at `nowIso`. Erasing an already erased contact keeps its
 * earlier fingerprints (its personal fields are blank by then).
 */
export function erasedContactFields(
  contact: ErasureIdentity & { readonly erasureFingerprints?: readonly string[] },
  nowIso: string,
): ErasurePatch {
  const fingerprints = [
    ...new Set([...(contact.erasureFingerprints ?? []), ...erasureFingerprint(contact)]),
  ].slice(0, MAX_ERASURE_FINGERPRINTS);
  return {
    givenName: '',
    familyName: '',
    email: null,
    phone: null,
    role: '',
    languages: [],
    doNotContact: true,
    erasedAt: nowIso,
    erasureFingerprints: fingerprints,
  };
}

/** Erased contacts by fingerprint, to check a whole import file in one pass. */
export function indexErasureFingerprints(
  contacts: readonly { readonly id: string; readonly erasureFingerprints: readonly string[] }[],
): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const contact of contacts) {
    for (const fingerprint of contact.erasureFingerprints) {
      const ids = index.get(fingerprint);
      if (ids === undefined) index.set(fingerprint, [contact.id]);
      else if (!ids.includes(contact.id)) ids.push(contact.id);
    }
  }
  return index;
}
