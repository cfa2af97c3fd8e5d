/**
 * i18next set-up. Every user-visible string goes through `t()`; dates, numbers and country names
 * go through Intl (see ./format.ts). Translations are bundled: the app never fetches anything.
 */
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { uiLanguages, type UiLanguage } from '../../src-core/model/workspace';
import type { english } from './resources';
import { resources } from './resources';

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
      lng: language,
      fallbackLng: 'en',
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  } else {
    await i18next.changeLanguage(language);
  }
  document.documentElement.lang = language;
  return i18next;
}

export async function switchLanguage(language: UiLanguage): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
