/**
 * The bundled code lists as picker options, named in the UI language: countries through
 * Intl.DisplayNames, regions in Latin script (with the native name searchable), NACE sections
 * with their divisions indented below them.
 */
import { intlFormatter } from '../../../src-core/text/intl-cache';
import {
  finestRegionsOf,
  findRegion,
  mediterraneanCountries,
  naceDivisions,
  naceLabel,
  naceSections,
} from '../../../src-core/codes';
import { countryName } from '../../i18n/format';
import type { CodeOption } from './CodePicker';

const countryCache = new Map<string, readonly CodeOption[]>();

/** The initiative's countries, sorted by their name in `language`. */
export function countryOptions(language: string): readonly CodeOption[] {
  const cached = countryCache.get(language);
  if (cached) return cached;
  const collator = new Intl.Collator(language, { sensitivity: 'base' });
  const options = mediterraneanCountries
    .map((country) => ({
      code: country.alpha2,
      label: countryName(country.alpha2, language),
      // Searchable by the ISO alpha-3 code and the English name too ("Tunisia" in any language).
      keywords: `${country.alpha3} ${countryName(country.alpha2, 'en')}`,
    }))
    .sort((a, b) => collator.compare(a.label, b.label));
  countryCache.set(language, options);
  return options;
}

export function countryOption(code: string, language: string): CodeOption {
  return { code, label: countryName(code, language) };
}

/** A region by code, named in Latin script with its native name alongside. */
export function regionOption(code: string): CodeOption {
  const region = findRegion(code);
  if (!region) return { code, label: code };
  const label =
    region.name === region.nameLatin ? region.name : `${region.nameLatin} (${region.name})`;
  return { code, label, keywords: region.name };
}

/** NUTS 2 regions of an EU country, ISO 3166-2 subdivisions elsewhere. */
export function regionOptions(country: string | null): readonly CodeOption[] {
  if (!country) return [];
  return finestRegionsOf(country).map((region) => regionOption(region.code));
}

const naceCache = new Map<string, readonly CodeOption[]>();

/** Each NACE section followed by its divisions (depth 1), labelled in `language`. */
export function naceOptions(language: string): readonly CodeOption[] {
  const cached = naceCache.get(language);
  if (cached) return cached;
  const options = naceSections().flatMap((section) => [
    naceOption(section.code, language),
    ...naceDivisions(section.code).map((division) => ({
      ...naceOption(division.code, language),
      depth: 1,
    })),
  ]);
  naceCache.set(language, options);
  return options;
}

export function naceOption(code: string, language: string): CodeOption {
  // English labels stay searchable in every language: codes are often looked up in English.
  const english = naceLabel(code, 'en');
  return {
    code,
    label: naceLabel(code, language) ?? code,
    keywords: english ?? '',
  };
}

/** Languages contacts commonly work in around the Mediterranean (BCP 47 base tags). */
export const contactLanguageCodes = [
  'ar',
  'bs',
  'ca',
  'de',
  'el',
  'en',
  'es',
  'eu',
  'fr',
  'gl',
  'he',
  'hr',
  'it',
  'mk',
  'mt',
  'nl',
  'pt',
  'ru',
  'sl',
  'sq',
  'sr',
  'tr',
] as const;

export function languageName(code: string, language: string): string {
  const names = intlFormatter(
    'language-names',
    language,
    (locale) => new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' }),
  );
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

export function languageOptions(language: string): readonly CodeOption[] {
  const collator = new Intl.Collator(language, { sensitivity: 'base' });
  return contactLanguageCodes
    .map((code) => ({ code, label: languageName(code, language) }))
    .sort((a, b) => collator.compare(a.label, b.label));
}
