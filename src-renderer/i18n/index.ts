/**
 * i18next set-up. Every user-visible string goes through `t()`; dates, numbers and country names
 * go through Intl (see ./format.ts). Translations are bundled: the app never fetches anything.
 */
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { textDirection, uiLanguages, type UiLanguage } from '../../src-core/model/workspace';
import type { english } from './resources';
import { loadTranslation, resources } from './resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof english };
  }
}

export function guessLanguage(preferred: readonly string[]): UiLanguage {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    const match = uiLanguages.find((lang) => lang === base);
    if (match) return match;
  }
  return 'en';
}

export async function initI18n(language: UiLanguage): Promise<I18n> {
  if (!i18next.isInitialized) {
    await i18next.use(initReactI18next).init({
      resources,
      lng: 'en',
      fallbackLng: 'en',
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }
  await switchLanguage(language);
  return i18next;
}

/**
 * Loads the language's strings when first chosen, switches to it and sets the page's language
 * and direction (Arabic right to left), so the whole UI follows at once.
 */
export async function switchLanguage(language: UiLanguage): Promise<void> {
  if (!i18next.hasResourceBundle(language, 'translation')) {
    i18next.addResourceBundle(language, 'translation', await loadTranslation(language));
  }
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
  document.documentElement.dir = textDirection(language);
}
