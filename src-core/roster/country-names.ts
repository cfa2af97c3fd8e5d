/**
 * Country names as people type them in spreadsheets, for every country: ISO 3166-1 alpha-2 and
 * alpha-3 codes, the ISO English short names ("Palestine, State of"), the names
 * Intl.DisplayNames gives in the languages of the UI and of the partnership (so the app's own
 * exports, "Bosnia & Herzegovina", read back), and a short table of official, older and
 * UN / World Bank names. Matched after folding: case, diacritics, punctuation, "and" / "&" / "y"
 * / "et", articles, abbreviations ("Rep." = "Republic") and "X, Y" inversions do not matter, and
 * words such as "Republic of" or "Kingdom of" may be left out ("Egypt, Arab Rep." is Egypt).
 * The UI still names countries with Intl.DisplayNames; this module only reads input.
 */
import { iso31661 } from 'iso-3166';
import { findCountry } from '../codes';
import { foldText } from './normalise';

/** Languages whose country names are read: the UI's, present and planned. */
export const COUNTRY_NAME_LANGUAGES = ['en', 'fr', 'ar', 'es', 'it', 'el', 'tr', 'pt', 'hr'];

/** Kosovo: not in ISO 3166-1, but its user-assigned code is what the EU and Intl use. */
const KOSOVO = { alpha2: 'XK', alpha3: 'XKX' };

/** Every country code a record may hold: ISO 3166-1 plus Kosovo. */
export const allCountryCodes: readonly string[] = [
  ...iso31661.map((c) => c.alpha2),
  KOSOVO.alpha2,
].sort();

/** Codes people write that are not ISO 3166-1: NUTS and UNDP / IMF / World Bank usage. */
const codeAliases: Readonly<Record<string, string>> = {
  EL: 'GR',
  UK: 'GB',
  XKX: 'XK',
  KOS: 'XK',
  UVK: 'XK',
};

/**
 * Names neither ISO nor Intl give in those languages: official long forms, native names, older
 * names still found in lists, and UN / World Bank spellings.
 */
const extraNames: Readonly<Record<string, readonly string[]>> = {
  AL: ['Shqipëria', 'Shqipëri', 'Republika e Shqipërisë'],
  BA: ['Bosnia-Herzegovina', 'Bosnia', 'BiH', 'Босна и Херцеговина'],
  CY: ['Kypros', 'Kıbrıs Cumhuriyeti'],
  DZ: ['Al Jazair', 'République algérienne démocratique et populaire'],
  EG: ['Misr', 'République arabe d’Égypte'],
  ES: ['Espanya', 'Espainia', 'Reino de España'],
  FR: ['French Republic', 'République française', 'Repubblica francese'],
  GB: ['Great Britain', 'Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland'],
  GR: ['Hellenic Republic', 'Ellada', 'Elláda', 'Hellas', 'Ελληνική Δημοκρατία', 'Grecia'],
  IL: ['ישראל', 'Medinat Yisrael'],
  IT: ['Italian Republic', 'Repubblica Italiana', 'République italienne'],
  JO: ['Al Urdun'],
  LB: ['Lebanese Republic', 'République libanaise', 'Al Lubnan'],
  LY: ['Libyan Arab Jamahiriya', 'Great Socialist People’s Libyan Arab Jamahiriya', 'Libye'],
  MA: ['Al Maghrib', 'Royaume du Maroc'],
  ME: ['Crna Gora', 'Црна Гора'],
  MK: [
    'Macedonia',
    'Republic of Macedonia',
    'FYROM',
    'F.Y.R.O.M.',
    'FYR Macedonia',
    'Macedonia, FYR',
    'Former Yugoslav Republic of Macedonia',
    'The former Yugoslav Republic of Macedonia',
    'Macedonia, the former Yugoslav Republic of',
    'Ex-République yougoslave de Macédoine',
    'ARYM',
    'ERYM',
    'Antigua República Yugoslava de Macedonia',
    'Makedonija',
    'Severna Makedonija',
    'Северна Македонија',
    'Македонија',
  ],
  MT: ['Repubblika ta’ Malta'],
  PS: [
    // CLDR names of PS in the UI languages, which newer ICU versions replaced with "Palestine".
    'Palestinian Territories',
    'Territoires palestiniens',
    'Territorios Palestinos',
    'Territori palestinesi',
    'Territórios palestinos',
    'Palestinsko područje',
    'Filistin Bölgeleri',
    'Παλαιστινιακά Εδάφη',
    'الأراضي الفلسطينية',
    'Occupied Palestinian Territory',
    'Occupied Palestinian Territories',
    'Palestinian Territory',
    'Palestinian Territory, Occupied',
    'West Bank and Gaza',
    'West Bank and Gaza Strip',
    'Gaza Strip',
    'West Bank',
    'Palestinian Authority',
    'Palestinian National Authority',
    'Filastin',
  ],
  PT: ['Portuguese Republic', 'República Portuguesa', 'Portogallo'],
  SI: ['Slovenija'],
  SY: ['Souria', 'Syria, Arab Republic of'],
  TN: ['Tunisian Republic', 'République tunisienne', 'Tounes'],
  TR: ['Türkiye', 'Turkey', 'Turkiye', 'Republic of Turkey', 'Türkiye Cumhuriyeti'],
  XK: [
    'Kosovo',
    'Kosova',
    'Κοσσυφοπέδιο',
    'Kosovo*',
    'Kosovo under UNSCR 1244/99',
    'Republika e Kosovës',
  ],
  // Outside the Mediterranean: spellings common in international lists.
  AE: ['UAE', 'Emirates'],
  CD: ['DR Congo', 'DRC', 'Congo, Dem. Rep.', 'Congo-Kinshasa'],
  CG: ['Republic of the Congo', 'Congo, Rep.', 'Congo-Brazzaville'],
  CI: ['Ivory Coast'],
  CZ: ['Czech Republic'],
  KG: ['Kyrgyz Republic'],
  LA: ['Lao PDR', 'Laos'],
  MM: ['Burma'],
  NL: ['Holland'],
  SK: ['Slovak Republic'],
  SZ: ['Swaziland'],
  TL: ['East Timor'],
  US: ['United States of America', 'USA', 'U.S.A.', 'America'],
  VA: ['Holy See', 'Vatican'],
};

/** Abbreviations in official and World Bank names. */
const abbreviations: Readonly<Record<string, string>> = {
  rep: 'republic',
  dem: 'democratic',
  fed: 'federal',
  sts: 'states',
  st: 'saint',
  ste: 'sainte',
  is: 'islands',
};

/** Articles, prepositions and "and" in the languages read. */
const ignoredWords = new Set(
  'the of and y et e ed i und ve de del des du di da do dos das la le les el los las il lo l d'.split(
    ' ',
  ),
);

/** Words naming the form of a state, left out when matching loosely ("Kingdom of Morocco"). */
const stateWords = new Set(
  [
    'republic republique republica repubblica republika repubblika cumhuriyeti',
    'kingdom royaume reino regno state states etat estado stato federation',
    'principality principaute principado principato grand duchy',
    'federal federated democratic democratique democratica democratico peoples popular',
    'populaire popolare socialist hashemite hachemite plurinational bolivarian',
    'commonwealth sultanate rb',
  ]
    .join(' ')
    .split(' '),
);
/** Words left out only next to a state word: "Arab Republic of Egypt", but not "Syrie arabe". */
const stateAdjectives = new Set('arab arabe araba islamic islamique islamica islamico'.split(' '));

function wordsOf(text: string): string[] {
  // Greek final sigma: "ΚΥΠΡΟΣ" folds letter by letter to "κυπροσ", "Κύπρος" to "κυπρος".
  return foldText(text.replace(/&/g, ' and '))
    .replace(/ς/g, 'σ')
    .split(' ')
    .filter((word) => word !== '')
    .map((word) => abbreviations[word] ?? word)
    .filter((word) => !ignoredWords.has(word));
}

/** The exact key: folded words without articles. */
const exactKey = (words: readonly string[]): string => words.join(' ');

/** The loose key: also without the words for the form of a state. */
function looseKey(words: readonly string[]): string {
  const hasStateWord = words.some((word) => stateWords.has(word));
  if (!hasStateWord) return words.join(' ');
  return words.filter((word) => !stateWords.has(word) && !stateAdjectives.has(word)).join(' ');
}

/** The head and qualifier of "Korea, Republic of" or "Iran (Islamic Republic of)"; null otherwise. */
function invertedParts(text: string): readonly [head: string, qualifier: string] | null {
  const inverted = /^([^,()]+),([^,()]+)$/.exec(text) ?? /^([^()]+)\(([^()]+)\)$/.exec(text);
  return inverted?.[1] !== undefined && inverted[2] !== undefined
    ? [inverted[1], inverted[2]]
    : null;
}

/** The text and its inversions: "Korea, Republic of" is also "Republic of Korea", then "Korea". */
function spellingsOf(text: string): string[] {
  const parts = invertedParts(text);
  return parts === null ? [text] : [text, `${parts[1]} ${parts[0]}`, parts[0]];
}

/** Names to codes; loose keys shared by two countries ("Congo", "Korea") map to null. */
interface NameTier {
  readonly exact: Map<string, string>;
  readonly loose: Map<string, string | null>;
}

function buildTier(fill: (add: (name: string, code: string) => void) => void): NameTier {
  const exact = new Map<string, string>();
  const loose = new Map<string, string | null>();
  fill((name, code) => {
    spellingsOf(name).forEach((spelling, order) => {
      const words = wordsOf(spelling);
      const key = exactKey(words);
      if (key === '') return;
      // The name and its inversion exactly; its head alone ("Korea") only loosely.
      if (order < 2 && !exact.has(key)) exact.set(key, code);
      const loosened = looseKey(words);
      if (loosened === '') return;
      const held = loose.get(loosened);
      if (held === undefined) loose.set(loosened, code);
      else if (held !== code) loose.set(loosened, null);
    });
  });
  return { exact, loose };
}

const countries = [...iso31661, KOSOVO];

function addDisplayNames(language: string, add: (name: string, code: string) => void): void {
  for (const style of ['long', 'short'] as const) {
    const names = new Intl.DisplayNames([language], { type: 'region', style, fallback: 'none' });
    for (const { alpha2 } of countries) {
      const name = names.of(alpha2);
      // Two-letter short forms ("UK", Spanish "RU") are codes, read as such.
      if (name !== undefined && name.length > 2) add(name, alpha2);
    }
  }
}

/**
 * Built on first use, in two tiers so that an English list never pays for the rest: ISO and
 * English names with the table above, then the other languages. A name the first tier knows
 * is never taken by a second-tier name of another country.
 */
const tierBuilders: readonly (() => NameTier)[] = [
  () =>
    buildTier((add) => {
      for (const country of iso31661) add(country.name, country.alpha2);
      addDisplayNames('en', add);
      for (const [code, names] of Object.entries(extraNames))
        for (const name of names) add(name, code);
    }),
  () =>
    buildTier((add) => {
      for (const language of COUNTRY_NAME_LANGUAGES.slice(1)) addDisplayNames(language, add);
    }),
];
const builtTiers: NameTier[] = [];

const byAlpha3 = new Map<string, string>(countries.map((c) => [c.alpha3, c.alpha2]));

/** The first code any tier gives one of these spellings. */
function lookUpWords(group: readonly (readonly string[])[]): string | undefined {
  for (const [tier, build] of tierBuilders.entries()) {
    const names = (builtTiers[tier] ??= build());
    for (const words of group) {
      const code = names.exact.get(exactKey(words)) ?? names.loose.get(looseKey(words));
      if (code !== undefined && code !== null) return code;
    }
  }
  return undefined;
}

/**
 * The whole text (or its inversion) in any tier before its head alone ("Saint-Martin (…)"); a
 * head whose qualifier names another country is no match ("Macedonia (Greece)" is not MK).
 */
function lookUpName(text: string): string | undefined {
  const spellings = spellingsOf(text).map(wordsOf);
  const whole = lookUpWords(spellings.slice(0, 2));
  if (whole !== undefined || spellings.length < 3) return whole;
  const head = lookUpWords(spellings.slice(2));
  const qualifier = invertedParts(text)?.[1] ?? '';
  const other = lookUpWords([wordsOf(qualifier)]);
  return other !== undefined && other !== head ? undefined : head;
}

const isoAlpha2 = new Set(allCountryCodes);

export interface CountryMatch {
  /** ISO 3166-1 alpha-2 (XK for Kosovo). */
  readonly code: string;
  /** False for a country outside the shipped list (kept: any country may appear). */
  readonly isKnown: boolean;
}

const matchOf = (code: string): CountryMatch => ({
  code,
  isKnown: findCountry(code) !== undefined,
});

/** Characters no country name has: "Tunisie?" is a question, "12" a number. */
const notAName = /[?!@#$%^=+<>[\]{}|\\"~;:_]|^[\d\s.,/-]+$/;

/** Answers by text: a file repeats a few spellings thousands of times. */
const resolved = new Map<string, CountryMatch | undefined>();

/**
 * The alpha-2 code meant by spreadsheet text (see the module comment); undefined when nothing
 * matches.
 */
export function resolveCountry(text: string): CountryMatch | undefined {
  const trimmed = text.trim();
  const cached = resolved.get(trimmed);
  if (cached !== undefined || resolved.has(trimmed)) return cached;
  const match = resolveUncached(trimmed);
  // The cap only guards against odd files.
  if (resolved.size < 5000) resolved.set(trimmed, match);
  return match;
}

function resolveUncached(trimmed: string): CountryMatch | undefined {
  const upper = trimmed.toUpperCase();
  const aliased = codeAliases[upper];
  if (aliased !== undefined) return matchOf(aliased);
  if (/^[A-Za-z]{2}$/.test(trimmed)) return isoAlpha2.has(upper) ? matchOf(upper) : undefined;
  if (/^[A-Za-z]{3}$/.test(trimmed)) {
    const code = byAlpha3.get(upper);
    if (code !== undefined) return matchOf(code);
  }
  if (trimmed === '' || notAName.test(trimmed)) return undefined;
  const code = lookUpName(trimmed);
  return code === undefined ? undefined : matchOf(code);
}
