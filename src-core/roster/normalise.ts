/**
 * Normal forms used to recognise the same organisation, person or website across spellings:
 * "Coopérative Oléicole, S.A.R.L." and "cooperative oleicole" are one name; "https://WWW.Foo.tn/"
 * and "foo.tn" one website. Also the folding used to compare spreadsheet headers and code names.
 */

/** Letters NFKD does not decompose into a base letter plus marks. */
const extraFolds: Readonly<Record<string, string>> = {
  ı: 'i',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ł: 'l',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  þ: 'th',
};
const combiningMarks = /\p{M}+/gu;
const letterOrNumber = /^[\p{L}\p{N}]+$/u;
/** Dots and apostrophes join ("S.A.R.L." → "sarl", "L'Oréal" → "loreal"). */
const joiners = new Set(['.', "'", '’', 'ʼ', '`', '´']);

/** How one non-ASCII character folds: letters to base letters, joiners to '', the rest to ' '. */
const foldedChars = new Map<string, string>();
function foldChar(char: string): string {
  let folded = foldedChars.get(char);
  if (folded === undefined) {
    const base = char.normalize('NFKD').replace(combiningMarks, '').toLowerCase();
    const mapped = [...base].map((c) => extraFolds[c] ?? c).join('');
    folded = joiners.has(char) || mapped === '' ? '' : letterOrNumber.test(mapped) ? mapped : ' ';
    foldedChars.set(char, folded);
  }
  return folded;
}

const hasNonAscii = /[\u0080-\uffff]/;
const nonAscii = /[\u0080-\u{10ffff}]/gu;
const asciiJoiners = /[.'`]/g;
/** ASCII punctuation and spaces; other characters are letters or digits by now. */
const asciiSeparators = /[^a-z0-9\u0080-\uffff]+/g;

/**
 * Lowercase, without diacritics, punctuation turned into single spaces and trimmed. Dots and
 * apostrophes vanish rather than separate, so abbreviations keep together. Non-ASCII characters
 * are folded one by one through a cache, the rest with native string operations: duplicate
 * detection folds every name of a 100k-record roster.
 */
export function foldText(text: string): string {
  const ascii = hasNonAscii.test(text) ? text.replace(nonAscii, foldChar) : text;
  return ascii.toLowerCase().replace(asciiJoiners, '').replace(asciiSeparators, ' ').trim();
}

/**
 * Legal forms across the Mediterranean, as folded token sequences (dots removed, so "s.r.l." is
 * "srl" and "Ltd. Şti." is "ltd sti"). Greek forms are listed in Greek and in Latin letters.
 */
const legalForms: readonly string[] = [
  // Spain, Portugal
  'sl',
  'slu',
  'sll',
  'slne',
  'sa',
  'sau',
  'sal',
  'scoop',
  's coop',
  'sc',
  'lda',
  'unipessoal lda',
  // France, Monaco, Maghreb
  'sarl',
  'sarlau',
  'sarl au',
  'suarl',
  'sas',
  'sasu',
  'eurl',
  'snc',
  'sca',
  'scop',
  'sae',
  // Italy
  'srl',
  'srls',
  'spa',
  'sapa',
  'scarl',
  'scrl',
  'soc coop',
  // Slovenia, Croatia, Bosnia and Herzegovina, Montenegro, Albania
  'doo',
  'jdoo',
  'dd',
  'sp',
  'shpk',
  'sha',
  // Turkey
  'as',
  'ltd sti',
  'ltd sirketi',
  'limited sirketi',
  'anonim sirketi',
  // Greece, Cyprus
  'ae',
  'epe',
  'oe',
  'ee',
  'ike',
  'αε',
  'επε',
  'οε',
  'εε',
  'ικε',
  // English-speaking and general
  'ltd',
  'limited',
  'llc',
  'plc',
  'inc',
  'corp',
  'gmbh',
  'ag',
  'bv',
  'nv',
];
/** Forms also stripped at the start of a name ("SARL Olivia"); short ambiguous ones are not. */
const legalPrefixes: readonly string[] = ['sarl', 'sarlau', 'sarl au', 'suarl', 'sasu', 'eurl'];

/** Legal forms by their last word, longest first ("sarl au" is tried before "au"-less forms). */
const formsByLastWord = new Map<string, string[]>();
for (const form of legalForms) {
  const last = form.slice(form.lastIndexOf(' ') + 1);
  const list = formsByLastWord.get(last) ?? [];
  list.push(form);
  list.sort((a, b) => b.length - a.length);
  formsByLastWord.set(last, list);
}
const prefixesByFirstWord = new Map<string, string[]>();
for (const form of legalPrefixes) {
  const first = form.split(' ')[0] ?? form;
  const list = prefixesByFirstWord.get(first) ?? [];
  list.push(form);
  list.sort((a, b) => b.length - a.length);
  prefixesByFirstWord.set(first, list);
}

/** `name` without a trailing legal form (a whole word, never the whole name); null if none. */
function withoutSuffix(name: string): string | null {
  const lastSpace = name.lastIndexOf(' ');
  if (lastSpace < 0) return null;
  for (const form of formsByLastWord.get(name.slice(lastSpace + 1)) ?? []) {
    const cut = name.length - form.length - 1;
    if (cut > 0 && name.charCodeAt(cut) === 32 && name.endsWith(form)) return name.slice(0, cut);
  }
  return null;
}

function withoutPrefix(name: string): string | null {
  const firstSpace = name.indexOf(' ');
  if (firstSpace < 0) return null;
  for (const form of prefixesByFirstWord.get(name.slice(0, firstSpace)) ?? []) {
    const cut = form.length;
    if (cut < name.length && name.charCodeAt(cut) === 32 && name.startsWith(form)) {
      return name.slice(cut + 1);
    }
  }
  return null;
}

/**
 * The comparable form of an organisation or cluster name: folded, and without legal-form
 * suffixes (and a few prefixes). A name made only of a legal form is kept as it is.
 */
export function normaliseName(name: string): string {
  let result = foldText(name);
  for (let next = withoutSuffix(result); next !== null; next = withoutSuffix(result)) result = next;
  for (let next = withoutPrefix(result); next !== null; next = withoutPrefix(result)) result = next;
  return result;
}

/** The comparable form of a person's name: folded given and family names (no legal forms). */
export function normalisePersonName(givenName: string, familyName: string): string {
  return foldText(`${givenName} ${familyName}`);
}

/** The comparable form of an e-mail address: trimmed and lowercase. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

const urlPattern = /^(?:([a-z][a-z0-9+.-]*):\/\/)?([^/?#\s]+)(?:[/?#]\S*)?$/i;
const asciiHost =
  /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z](?:[a-z0-9-]*[a-z0-9])?$/;
const unicodeHost =
  /^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)*\.\p{L}(?:[\p{L}\p{N}-]*[\p{L}\p{N}])?$/u;

/**
 * The host of a web address, lowercase and without "www." ("https://www.Foo.tn/en" → "foo.tn");
 * null when the text is not an http(s) address or a bare domain (an e-mail address is not).
 */
export function websiteDomain(url: string): string | null {
  const match = urlPattern.exec(url.trim());
  if (!match) return null;
  const scheme = match[1]?.toLowerCase();
  let authority = match[2] ?? '';
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') return null;
  const at = authority.lastIndexOf('@');
  if (at >= 0) {
    if (scheme === undefined) return null;
    authority = authority.slice(at + 1);
  }
  let host = authority.toLowerCase();
  const colon = host.lastIndexOf(':');
  if (colon >= 0 && /^\d*$/.test(host.slice(colon + 1))) host = host.slice(0, colon);
  if (host.endsWith('.')) host = host.slice(0, -1);
  if (host.startsWith('www.')) host = host.slice(4);
  return asciiHost.test(host) || unicodeHost.test(host) ? host : null;
}
