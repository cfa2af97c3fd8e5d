/**
 * A pseudo-locale for layout testing: every English string 40 % longer, its letters accented and
 * bracketed ("Save" → "[Šàvé ~~]"), placeholders ({{name}}, $t(key)) kept. Long translations (German,
 * Greek, French run 20–40 % longer than English) and cut text show at once. Turned on per computer
 * with localStorage `mcs.pseudoLocale` = "1" (the e2e does; a translator can too), English only.
 */
import type { Translation } from './resources';

export const PSEUDO_KEY = 'mcs.pseudoLocale';

const ACCENTED: Readonly<Record<string, string>> = {
  a: 'à',
  e: 'é',
  i: 'î',
  o: 'ö',
  u: 'ü',
  c: 'ç',
  n: 'ñ',
  s: 'š',
  y: 'ý',
  z: 'ž',
  A: 'À',
  E: 'É',
  I: 'Î',
  O: 'Ö',
  U: 'Ü',
  C: 'Ç',
  N: 'Ñ',
  S: 'Š',
  Y: 'Ý',
  Z: 'Ž',
};

/** What is not words: interpolations, nestings and tags stay as they are. */
const KEPT = /(\{\{[^}]*\}\}|\$t\([^)]*\)|<[^>]+>)/;

export function pseudoString(text: string): string {
  const parts = text.split(KEPT);
  const accented = parts
    .map((part, index) =>
      index % 2 === 1 ? part : part.replace(/[A-Za-z]/g, (letter) => ACCENTED[letter] ?? letter),
    )
    .join('');
  const words = parts.filter((_, index) => index % 2 === 0).join('');
  const padding = '~'.repeat(Math.ceil(words.length * 0.4));
  return `[${accented}${padding ? ` ${padding}` : ''}]`;
}

export function pseudoTranslation(tree: Translation): Translation {
  const out: Translation = {};
  for (const [key, value] of Object.entries(tree)) {
    out[key] =
      typeof value === 'string'
        ? pseudoString(value)
        : value !== null && typeof value === 'object'
          ? pseudoTranslation(value as Translation)
          : value;
  }
  return out;
}

export function isPseudoLocaleOn(): boolean {
  try {
    return globalThis.localStorage?.getItem(PSEUDO_KEY) === '1';
  } catch {
    return false;
  }
}
