/**
 * The Mediterranean countries the app knows (assets/codes/countries.json, built by
 * scripts/build-codes.mjs). Codes only: the UI names countries with Intl.DisplayNames.
 */
import countriesJson from '../../assets/codes/countries.json';

export interface Country {
  /** ISO 3166-1 alpha-2: the code records store ("GR", never "EL"). */
  readonly alpha2: string;
  readonly alpha3: string;
  readonly isEu: boolean;
  /** Listed among the initiative's eligible countries (PRODUCT.md). */
  readonly isEligible: boolean;
  /** The NUTS country code for EU members ("EL" for Greece); null elsewhere. */
  readonly nutsCode: string | null;
}

export const COUNTRY_LIST_VERSION: string = countriesJson.version;

export const mediterraneanCountries: readonly Country[] = countriesJson.countries;

const byAlpha2 = new Map(mediterraneanCountries.map((c) => [c.alpha2, c]));
const byNutsCode = new Map(
  mediterraneanCountries.flatMap((c) => (c.nutsCode ? [[c.nutsCode, c] as const] : [])),
);

export function findCountry(alpha2: string): Country | undefined {
  return byAlpha2.get(alpha2);
}

export function isMediterraneanCountry(alpha2: string): boolean {
  return byAlpha2.has(alpha2);
}

export function isEuCountry(alpha2: string): boolean {
  return byAlpha2.get(alpha2)?.isEu ?? false;
}

/** The NUTS prefix of an EU country ("GR" → "EL", "ES" → "ES"); null where NUTS does not apply. */
export function nutsPrefixOf(alpha2: string): string | null {
  return byAlpha2.get(alpha2)?.nutsCode ?? null;
}

/** The ISO alpha-2 code of a NUTS code's country ("EL30" → "GR"); undefined if not ours. */
export function countryOfNutsCode(nutsCode: string): string | undefined {
  return byNutsCode.get(nutsCode.slice(0, 2))?.alpha2;
}
