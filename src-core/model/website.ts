/**
 * A website as people type it, in forms and spreadsheets: "univ-cotedazur.fr" and
 * "www.unibo.it/en" get "https://" in front, "http://…" stays as typed, and an address that
 * carries a user name or password ("https://user:secret@…") is refused, so no credential ends up
 * in the roster (and in every package shared from it). Stored records are checked by
 * `websiteSchema` (entities.ts); this is what turns typing into a value that passes it.
 */
import { z } from 'zod';
import { websiteSchema } from './entities';

export type WebsiteReading =
  | { readonly ok: true; readonly value: string; readonly isSchemeAdded: boolean }
  | { readonly ok: false; readonly reason: 'invalid' | 'credentials' };

/** "https://", "ftp://": the text names its scheme. */
const schemePattern = /^[a-z][a-z0-9+.-]*:\/\//i;
/** "mailto:…", "javascript:…", "data:…": a scheme without "//" (never a website). */
const opaqueSchemePattern = /^(?:mailto|javascript|vbscript|data|tel|file|about|blob):/i;
/** A host with at least one dot (or an IPv6 literal), and maybe a port. */
const hostPattern = /^(?:[^\s.:/?#[\]@]+(?:\.[^\s.:/?#[\]@]+)+\.?|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/** Reads what someone typed as a website (trimmed); see the module comment. */
export function readWebsite(typed: string): WebsiteReading {
  const text = typed.trim();
  if (opaqueSchemePattern.test(text)) return { ok: false, reason: 'invalid' };
  const hasScheme = schemePattern.test(text);
  const candidate = hasScheme ? text : `https://${text.replace(/^\/\//, '')}`;
  const authority = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(candidate)?.[1] ?? '';
  const at = authority.lastIndexOf('@');
  const host = authority.slice(at + 1);
  if (!hostPattern.test(host) || !websiteSchema.safeParse(candidate).success) {
    return { ok: false, reason: 'invalid' };
  }
  if (at >= 0) {
    // "name@example.org" typed alone is an e-mail address, not a website with a user name.
    const isCredential = hasScheme || authority.slice(0, at).includes(':');
    return { ok: false, reason: isCredential ? 'credentials' : 'invalid' };
  }
  return { ok: true, value: candidate, isSchemeAdded: !hasScheme };
}

/** i18n keys of the two refusals, as forms show them. */
export const websiteMessages = {
  invalid: 'validation.website',
  credentials: 'validation.websiteCredentials',
} as const;

/**
 * The website field of a form: typed text in, the value to store out (https:// added to a bare
 * domain); a refusal carries its `validation.*` key.
 */
export const websiteInputSchema = z.string().transform((text, ctx) => {
  const reading = readWebsite(text);
  if (reading.ok) return reading.value;
  ctx.addIssue({ code: 'custom', message: websiteMessages[reading.reason] });
  return z.NEVER;
});
