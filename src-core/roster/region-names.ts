/**
 * Region names as people type them in spreadsheets, for the regions the app ships
 * (src-core/codes/regions.ts): NUTS and ISO 3166-2 codes (with or without the country prefix:
 * "ES-GA", "GA"), official and Latin-script names, and the other names of
 * assets/codes/region-aliases.json (English exonyms such as "Attica" or "Tuscany", provinces and
 * departments that point at their NUTS 2 region, such as "A Coruña" → Galicia). Names are compared
 * without case, accents, punctuation, articles or words such as "region" and "province", so
 * "Provence Alpes Cote d Azur", "Région Provence-Alpes-Côte d’Azur" and "PACA" are one region.
 */
import aliasesJson from '../../assets/codes/region-aliases.json';
import { findRegion, finestRegionsOf, isRegionOf, nutsPrefixOf, regionsOf } from '../codes';
import { foldText } from './normalise';

export type RegionMatch =
  | { readonly ok: true; readonly code: string }
  /** `otherCountry`: the text is a region code of that country instead. */
  | { readonly ok: false; readonly otherCountry?: string };

type AliasTable = Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
const aliasTables: readonly AliasTable[] = [aliasesJson.aliases, aliasesJson.broader];

/** Words that do not tell regions apart: articles, "and", and kinds of region. */
const ignoredWords = new Set(
  [
    // Articles, prepositions and "and" (English, Romance, Greek and Arabic in Latin letters).
    'the of and y et e i ed kai und ve',
    'de del della delle dei di da do dos das du des la le les el los las l d a o il lo',
    'al ad an ar as ash at az ath',
    // Kinds of region.
    'region regions regione regioni regiao regio province provincia provincie provinces',
    'governorate gouvernorat gobernacion governatorato wilaya wilayat willaya district distrikt',
    'distretto county contea comte zupanija comunidad comunitat community communaute',
    'comunita autonomous autonoma autonome autonomna foral principado department departement',
    'departamento dipartimento periphery perifereia prefecture nomos regional unit',
  ]
    .join(' ')
    .split(' '),
);

/** The comparison key of a name: folded, apostrophes as spaces, ignored words left out. */
function keyOf(text: string): string {
  return foldText(text.replace(/['’ʼ`´]/g, ' '))
    .replace(/ς/g, 'σ')
    .split(' ')
    .filter((word) => word !== '' && !ignoredWords.has(word))
    .join(' ');
}

/** The name and its parts: "Bolzano/Bozen", "Nisia Aigaiou, Kriti", "Centro (ES)" → "Centro". */
function spellingsOf(name: string): string[] {
  const withoutNote = name.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  const parts = name.split(/\s*[/,]\s*/).filter((part) => part !== '');
  return [name, withoutNote, ...(parts.length > 1 ? parts : [])];
}

const isoCodePattern = /^[A-Z]{2}-[0-9A-Z]{1,3}$/;

interface CountryIndex {
  /** Name keys (and the same keys without spaces) → region code. */
  readonly names: Map<string, string>;
  /** ISO 3166-2 codes of subdivisions that are not regions of their own here → region code. */
  readonly codes: Map<string, string>;
}

const indexes = new Map<string, CountryIndex>();

function indexOf(country: string): CountryIndex {
  let index = indexes.get(country);
  if (index !== undefined) return index;
  const names = new Map<string, string>();
  const codes = new Map<string, string>();
  const addName = (name: string, code: string) => {
    for (const spelling of spellingsOf(name)) {
      const key = keyOf(spelling);
      if (key === '') continue;
      // The first region to claim a spelling keeps it: finest regions, then aliases, then the rest.
      if (!names.has(key)) names.set(key, code);
      const squashed = key.replace(/ /g, '');
      if (!names.has(squashed)) names.set(squashed, code);
    }
  };
  for (const region of finestRegionsOf(country)) {
    addName(region.nameLatin, region.code);
    addName(region.name, region.code);
  }
  for (const table of aliasTables) {
    for (const [code, aliases] of Object.entries(table[country] ?? {})) {
      if (!isRegionOf(code, country)) continue;
      for (const alias of aliases) {
        if (isoCodePattern.test(alias)) codes.set(alias, code);
        else addName(alias, code);
      }
    }
  }
  for (const region of regionsOf(country)) {
    addName(region.nameLatin, region.code);
    addName(region.name, region.code);
  }
  index = { names, codes };
  indexes.set(country, index);
  return index;
}

/** A region code as typed: "es 11" → "ES11"; Greece's "GR30" → NUTS "EL30". */
function typedCode(text: string, country: string): string {
  const typed = text.trim().toUpperCase().replace(/\s+/g, '');
  return country === 'GR' && /^GR\d/.test(typed) ? `EL${typed.slice(2)}` : typed;
}

function matchCode(typed: string, country: string, index: CountryIndex): string | undefined {
  if (isRegionOf(typed, country)) return typed;
  // A NUTS 3 code ("ES111") stands in its NUTS 2 region.
  const prefix = nutsPrefixOf(country);
  if (prefix !== null && typed.startsWith(prefix) && /^[A-Z]{2}[0-9A-Z]{3}$/.test(typed)) {
    const parent = typed.slice(0, 4);
    if (isRegionOf(parent, country)) return parent;
  }
  // ISO 3166-2, with or without the country prefix ("ES-GA", "GA", "TN-61", "61").
  const iso = isoCodePattern.test(typed)
    ? typed
    : /^[0-9A-Z]{1,3}$/.test(typed)
      ? `${country}-${typed}`
      : null;
  if (iso === null) return undefined;
  if (isRegionOf(iso, country)) return iso;
  return index.codes.get(iso);
}

/**
 * The region of `country` meant by spreadsheet text (see the module comment), or why not: a
 * region code of another country says which.
 */
export function resolveRegion(text: string, country: string): RegionMatch {
  // "N/A", "n.a.": no region given (not Navarra's "NA"), so not recognised rather than guessed.
  if (/^n\.?\s*\/?\s*a\.?$/i.test(text.trim())) return { ok: false };
  const index = indexOf(country);
  const typed = typedCode(text, country);
  const byCode = matchCode(typed, country, index);
  if (byCode !== undefined) return { ok: true, code: byCode };
  const trimmed = text.trim();
  for (const spelling of [trimmed, trimmed.replace(/\s*\([^)]*\)\s*/g, ' ')]) {
    const key = keyOf(spelling);
    const code = index.names.get(key) ?? index.names.get(key.replace(/ /g, ''));
    if (code !== undefined) return { ok: true, code };
  }
  const elsewhere = findRegion(typed);
  return elsewhere === undefined || elsewhere.country === country
    ? { ok: false }
    : { ok: false, otherCountry: elsewhere.country };
}
