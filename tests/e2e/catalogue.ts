/**
 * The UI catalogues as the e2e reads them (issue 16): a language's strings flattened, and the
 * English strings that would only be on a page if a translation were missing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';

type Tree = { [key: string]: string | Tree };
const LOCALES = fileURLToPath(new URL('../../src-renderer/i18n/locales', import.meta.url));

/** A language's strings, flattened (the shell and every area file). */
export function catalogue(language: string): Map<string, string> {
  const files = [
    join(LOCALES, `${language}.json`),
    ...readdirSync(join(LOCALES, language)).map((file) => join(LOCALES, language, file)),
  ];
  const flat = new Map<string, string>();
  const walk = (tree: Tree, prefix: string) => {
    for (const [key, value] of Object.entries(tree)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (typeof value === 'string') flat.set(path, value);
      else walk(value, path);
    }
  };
  for (const file of files) walk(JSON.parse(readFileSync(file, 'utf8')) as Tree, '');
  return flat;
}

const english = catalogue('en');

/**
 * Names the sample workspace stores as data, in English like any name a user types (a value chain
 * "Renewable energy", a workshop "Meta-cluster workshop: …"): they are the same in every UI
 * language, so they are not a missing translation even where they equal a catalogue string.
 */
const SAMPLE_DATA = [
  ...Object.values(
    JSON.parse(
      readFileSync(
        fileURLToPath(
          new URL('../../src-core/metacluster/template-names/en.json', import.meta.url),
        ),
        'utf8',
      ),
    ) as Record<string, string>,
  ),
  'Meta-cluster workshop: ',
  'Reinforcement workshop: ',
];
export const text = (language: string, key: string) => catalogue(language).get(key) ?? key;

/**
 * English strings that would only be on a page if a translation were missing: whole strings of
 * the English catalogue (no placeholders, long enough not to be a name or a code) that the
 * language translates differently.
 */
export function englishOnly(language: string): string[] {
  const translated = new Set(catalogue(language).values());
  return [...new Set(english.values())].filter(
    (value) =>
      value.length >= 14 &&
      !value.includes('{{') &&
      !translated.has(value) &&
      !SAMPLE_DATA.some((data) => data.includes(value)),
  );
}

export async function englishShown(page: Page, strings: readonly string[]): Promise<string[]> {
  const shown = await page.locator('#main').innerText();
  return strings.filter((value) => shown.includes(value));
}
