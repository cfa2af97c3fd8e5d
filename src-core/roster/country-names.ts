/**
 * Country names as people type them in spreadsheets, for the Mediterranean countries the app
 * ships: English, Spanish, French and Italian, plus common native and short forms. Matched after
 * folding (case and diacritics ignored), so "Túnez", "TUNISIE" and "tunisia" are all TN. The UI
 * still names countries with Intl.DisplayNames; this table only reads input.
 */
import { countryOfNutsCode, findCountry, mediterraneanCountries } from '../codes';
import { foldText } from './normalise';

const countryNames: Readonly<Record<string, readonly string[]>> = {
  AL: ['Albania', 'Albanie', 'Shqipëria', 'Shqipëri'],
  BA: [
    'Bosnia and Herzegovina',
    'Bosnia-Herzegovina',
    'Bosnia',
    'Bosnia y Herzegovina',
    'Bosnie-Herzégovine',
    'Bosnia ed Erzegovina',
    'Bosna i Hercegovina',
  ],
  CY: ['Cyprus', 'Chipre', 'Chypre', 'Cipro', 'Κύπρος', 'Kıbrıs'],
  DZ: ['Algeria', 'Argelia', 'Algérie', 'الجزائر'],
  EG: ['Egypt', 'Egipto', 'Égypte', 'Egitto', 'مصر'],
  ES: ['Spain', 'España', 'Espagne', 'Spagna', 'Espanya'],
  FR: ['France', 'Francia'],
  GR: ['Greece', 'Grecia', 'Grèce', 'Ελλάδα', 'Ellada', 'Hellas', 'Hellenic Republic'],
  HR: ['Croatia', 'Croacia', 'Croatie', 'Croazia', 'Hrvatska'],
  IL: ['Israel', 'Israël', 'Israele', 'ישראל'],
  IT: ['Italy', 'Italia', 'Italie'],
  JO: ['Jordan', 'Jordania', 'Jordanie', 'Giordania', 'الأردن'],
  LB: ['Lebanon', 'Líbano', 'Liban', 'Libano', 'لبنان'],
  LY: ['Libya', 'Libia', 'Libye', 'ليبيا'],
  MA: ['Morocco', 'Marruecos', 'Maroc', 'Marocco', 'المغرب'],
  MC: ['Monaco', 'Mónaco'],
  ME: ['Montenegro', 'Monténégro', 'Crna Gora'],
  MT: ['Malta', 'Malte'],
  PS: ['Palestine', 'Palestina', 'State of Palestine', 'Estado de Palestina', 'فلسطين'],
  PT: ['Portugal', 'Portogallo'],
  SI: ['Slovenia', 'Eslovenia', 'Slovénie', 'Slovenija'],
  SY: ['Syria', 'Siria', 'Syrie', 'سوريا'],
  TN: ['Tunisia', 'Túnez', 'Tunez', 'Tunisie', 'تونس'],
  TR: ['Turkey', 'Türkiye', 'Turquía', 'Turquie', 'Turchia'],
};

const byFoldedName = new Map<string, string>();
for (const [alpha2, names] of Object.entries(countryNames)) {
  for (const name of names) byFoldedName.set(foldText(name), alpha2);
}
const byAlpha3 = new Map(mediterraneanCountries.map((c) => [c.alpha3, c.alpha2]));

export interface CountryMatch {
  /** ISO 3166-1 alpha-2. */
  readonly code: string;
  /** False for a two-letter code outside the shipped list (kept: any ISO country may appear). */
  readonly isKnown: boolean;
}

/**
 * The alpha-2 code meant by spreadsheet text: an alpha-2 code ("tn"), an alpha-3 code of a
 * shipped country ("TUN"), the NUTS code "EL" (Greece), or a country name in en/es/fr/it.
 * Undefined when nothing matches.
 */
export function resolveCountry(text: string): CountryMatch | undefined {
  const trimmed = text.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed)) {
    const upper = trimmed.toUpperCase();
    const nutsCountry = upper === 'EL' ? countryOfNutsCode(upper) : undefined;
    const code = nutsCountry ?? upper;
    return { code, isKnown: findCountry(code) !== undefined };
  }
  if (/^[A-Za-z]{3}$/.test(trimmed)) {
    const code = byAlpha3.get(trimmed.toUpperCase());
    if (code !== undefined) return { code, isKnown: true };
  }
  // Names are letters, spaces, hyphens, dots and apostrophes; "Tunisie?" is a question.
  if (!/^[\p{L}\p{M}][\p{L}\p{M}\s'’.-]*$/u.test(trimmed)) return undefined;
  const code = byFoldedName.get(foldText(trimmed));
  return code === undefined ? undefined : { code, isKnown: true };
}
