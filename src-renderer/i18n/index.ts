/**
 * i18next set-up. Every user-visible string goes through `t()`; dates, numbers and country names
 * go through Intl (see ./format.ts). Translations are bundled: the app never fetches anything.
 */
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { textDirection, uiLanguages, type UiLanguage } from '../../src-core/model/workspace';
import { isPseudoLocaleOn, pseudoTranslation } from './pseudo';
import { english, loadTranslation, resources } from './resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof english };
  }
}

/** Languages read in one the app speaks: Croatian serves Bosnian, Montenegrin and Serbian Latin. */
const READ_AS: Readonly<Record<string, UiLanguage>> = { bs: 'hr', cnr: 'hr', sh: 'hr', sr: 'hr' };

export function guessLanguage(preferred: readonly string[]): UiLanguage {
  for (const tag of preferred) {
    const [base = '', script] = tag.toLowerCase().split('-');
    // Serbian in Cyrillic (sr, sr-Cyrl) is not read in Croatian: only its Latin script is.
    if (base === 'sr' && script !== 'latn') continue;
    const match = uiLanguages.find((lang) => lang === base) ?? READ_AS[base];
    if (match) return match;
  }
  return 'en';
}

/**
 * A value put into a sentence (a name, a number), isolated in a right-to-left language: a Latin
 * name in an Arabic sentence keeps its own direction and does not reorder the words around it
 * (Unicode FSI … PDI, what <bdi> does). Left-to-right languages get the value as it is.
 */
export function isolate(value: string, direction: 'ltr' | 'rtl'): string {
  return direction === 'rtl' ? `\u2068${value}\u2069` : value;
}

/**
 * Plural rules of the variant the app writes, where the bare language's differ: European
 * Portuguese says "0 registos" (Brazilian Portuguese, Intl's "pt", says "0 registo").
 */
const PLURAL_VARIANTS: Readonly<Record<string, string>> = { pt: 'pt-PT' };

interface PluralRuleSource {
  getRule(code: string, options?: object): Intl.PluralRules | undefined;
}

/** Makes an i18next instance choose plural forms by `PLURAL_VARIANTS` (call after init). */
export function applyPluralVariants(instance: I18n): void {
  const resolver = instance.services.pluralResolver as PluralRuleSource;
  const getRule = resolver.getRule.bind(resolver);
  resolver.getRule = (code, options) => getRule(PLURAL_VARIANTS[code] ?? code, options);
}

export async function initI18n(language: UiLanguage): Promise<I18n> {
  if (!i18next.isInitialized) {
    await i18next.use(initReactI18next).init({
      resources,
      lng: 'en',
      fallbackLng: 'en',
      // React escapes; values are only isolated in right-to-left languages (see `isolate`).
      interpolation: {
        escapeValue: true,
        escape: (value: unknown) => isolate(String(value), i18next.dir()),
      },
      returnNull: false,
    });
    applyPluralVariants(i18next);
  }
  try {
    await switchLanguage(language);
  } catch (error) {
    // A language's strings that cannot be loaded must not leave a blank window: English instead.
    console.error(`The ${language} strings could not be loaded`, error);
    await switchLanguage('en');
  }
  return i18next;
}

/** Whether English was replaced by the pseudo-locale (./pseudo.ts). */
let pseudoApplied = false;

/** The language asked for last: a slower earlier switch does not override it when it ends. */
let requested: UiLanguage | null = null;

/**
 * Loads the language's strings when first chosen, switches to it and sets the page's language
 * and direction (Arabic right to left), so the whole UI follows at once.
 */
export async function switchLanguage(language: UiLanguage): Promise<void> {
  requested = language;
  if (!i18next.hasResourceBundle(language, 'translation')) {
    i18next.addResourceBundle(language, 'translation', await loadTranslation(language));
  }
  if (language === 'en' && isPseudoLocaleOn() && !pseudoApplied) {
    pseudoApplied = true;
    i18next.addResourceBundle('en', 'translation', pseudoTranslation(english), true, true);
  }
  if (requested !== language) return;
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
  document.documentElement.dir = textDirection(language);
}
