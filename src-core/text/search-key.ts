/**
 * Search keys: text folded once (lower case, accents removed) so that typing in a search box only
 * runs `includes` over precomputed strings. "tunez" finds "Túnez", "cote" finds "Côte d’Ivoire".
 */

/**
 * Folds text for searching: every combining mark goes (Latin, Greek, Cyrillic accents …), and
 * letters that only differ by a rule of one language are one: Turkish dotless ı is i (so
 * "diyarbakir" finds "Diyarbakır" and "ısparta" finds "Isparta"; "İzmir" loses its dot with the
 * marks), Greek final ς is σ.
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/ς/g, 'σ');
}

/**
 * One search key for several fields. Fields are joined by a line break, which a search term never
 * contains, so a term cannot match across two fields.
 */
export function searchKeyOf(fields: readonly (string | null | undefined)[]): string {
  let joined = '';
  for (const field of fields) {
    if (field) joined = joined ? `${joined}\n${field}` : field;
  }
  return searchKey(joined);
}

/** The terms of a query; a row matches when its key contains every term. */
export function searchTerms(query: string): string[] {
  return searchKey(query).split(/\s+/).filter(Boolean);
}

export function matchesAllTerms(key: string, terms: readonly string[]): boolean {
  for (const term of terms) {
    if (!key.includes(term)) return false;
  }
  return true;
}
