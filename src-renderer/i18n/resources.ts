/**
 * Translation resources: the shell's strings (locales/<lang>.json) and one file per feature area
 * (locales/<lang>/<area>.json, each under its own top-level key), merged into one namespace.
 */
import type { UiLanguage } from '../../src-core/model/workspace';
import en from './locales/en.json';
import enCodes from './locales/en/codes.json';
import enExchange from './locales/en/exchange.json';
import enForms from './locales/en/forms.json';
import enImporter from './locales/en/importer.json';
import enLists from './locales/en/lists.json';
import enMetaClusters from './locales/en/metaclusters.json';
import enReadiness from './locales/en/readiness.json';
import enReinforcement from './locales/en/reinforcement.json';
import enWorkshops from './locales/en/workshops.json';
import enRunner from './locales/en/runner.json';
import enParticipants from './locales/en/participants.json';
import enReport from './locales/en/report.json';
import enStages from './locales/en/stages.json';
import enEditors from './locales/en/editors.json';
import enRoom from './locales/en/room.json';
import enHost from './locales/en/host.json';
import enSettings from './locales/en/settings.json';
export const english = {
  ...en,
  ...enCodes,
  ...enExchange,
  ...enForms,
  ...enImporter,
  ...enLists,
  ...enMetaClusters,
  ...enReadiness,
  ...enReinforcement,
  ...enWorkshops,
  ...enRunner,
  ...enParticipants,
  ...enReport,
  ...enStages,
  ...enEditors,
  ...enRoom,
  ...enHost,
  ...enSettings,
};
/** English: bundled, the fallback for anything missing, and the type of every key. */
export const resources = {
  en: { translation: english },
} as const;

export type Translation = Record<string, unknown>;

// Every other language is its own chunk, loaded when chosen (the app never fetches anything:
// the chunks are files of the app). Vite and Vitest resolve these globs at build time.
const shells = import.meta.glob<Translation>(['./locales/*.json', '!./locales/en.json'], {
  import: 'default',
});
const areas = import.meta.glob<Translation>(['./locales/*/*.json', '!./locales/en/*.json'], {
  import: 'default',
});

/** A language's strings: the shell and every area, merged into one namespace as for English. */
export async function loadTranslation(language: UiLanguage): Promise<Translation> {
  if (language === 'en') return english;
  const shell = shells[`./locales/${language}.json`];
  if (shell === undefined) throw new Error(`No translation for ${language}`);
  const parts = Object.entries(areas)
    .filter(([path]) => path.startsWith(`./locales/${language}/`))
    .sort(([x], [y]) => x.localeCompare(y));
  const loaded = await Promise.all([shell(), ...parts.map(([, load]) => load())]);
  return Object.assign({}, ...loaded) as Translation;
}

/** i18next resources holding these languages (tests and tools; the app loads one when chosen). */
export async function resourcesFor(languages: readonly UiLanguage[]) {
  const loaded = await Promise.all(
    languages.map(async (language) => [language, { translation: await loadTranslation(language) }]),
  );
  return Object.fromEntries(loaded) as Record<UiLanguage, { translation: Translation }>;
}
