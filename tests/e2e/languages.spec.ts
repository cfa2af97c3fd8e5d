/**
 * The app's languages (issue 16): the welcome screen speaks the system's language and offers the
 * others, each named in itself; Arabic turns the page right to left and mirrors it; the choice
 * is kept. Every page of the sample in French and in Arabic shows no string of the English
 * catalogue (what a missing translation would show).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { expect, startWithSample, test } from './fixtures';

type Tree = { [key: string]: string | Tree };
const LOCALES = fileURLToPath(new URL('../../src-renderer/i18n/locales', import.meta.url));

/** A language's strings, flattened (the shell and every area file). */
function catalogue(language: string): Map<string, string> {
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
const text = (language: string, key: string) => catalogue(language).get(key) ?? key;

/**
 * English strings that would only be on a page if a translation were missing: whole strings of
 * the English catalogue (no placeholders, long enough not to be a name or a code) that the
 * language translates differently.
 */
function englishOnly(language: string): string[] {
  const translated = new Set(catalogue(language).values());
  return [...new Set(english.values())].filter(
    (value) =>
      value.length >= 14 &&
      !value.includes('{{') &&
      !translated.has(value) &&
      !SAMPLE_DATA.some((data) => data.includes(value)),
  );
}

async function englishShown(page: Page, strings: readonly string[]): Promise<string[]> {
  const shown = await page.locator('#main').innerText();
  return strings.filter((value) => shown.includes(value));
}

test.describe('on a French computer', () => {
  test.use({ locale: 'fr-FR' });

  test('the welcome screen is in French, offers every language in its own name, and Arabic reads right to left', async ({
    page,
    pageErrors: _,
  }) => {
    await page.goto('./');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('fr', 'welcome.title'));
    const picker = page.getByRole('combobox', { name: text('fr', 'settings.languageLabel') });
    await expect(picker).toHaveValue('fr');
    await expect(picker.locator('option')).toHaveText([
      'English',
      'Français',
      'العربية',
      'Español',
      'Italiano',
      'Ελληνικά',
      'Türkçe',
      'Português',
      'Hrvatski',
    ]);
    await expectAccessible(page, 'welcome-fr');

    await picker.selectOption('ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('ar', 'welcome.title'));
    // Mirrored: the picker sits at the card's end (top right in French, top left in Arabic), and
    // the name field's label starts at the right.
    const card = (await page.locator('.welcome-card').boundingBox())!;
    const field = (await page.locator('.welcome-language select').boundingBox())!;
    expect(field.x).toBeLessThan(card.x + card.width / 2);
    const label = page.locator('label', { hasText: text('ar', 'welcome.facilitatorName') });
    const labelBox = (await label.boundingBox())!;
    expect(labelBox.x + labelBox.width).toBeGreaterThan(card.x + card.width * 0.8);
    await expectAccessible(page, 'welcome-ar');

    // The choice is kept.
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('ar', 'welcome.title'));
  });
});

for (const language of ['fr', 'ar'] as const) {
  test(`every page of the sample in ${language} shows no English left`, async ({
    page,
    welcome,
    clusters,
    pageErrors: _,
  }) => {
    test.setTimeout(240_000);
    await startWithSample(welcome, clusters);
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await page.getByRole('combobox', { name: 'Language of the interface' }).selectOption(language);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    const strings = englishOnly(language);
    const sections = await page
      .getByRole('navigation')
      .first()
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    expect(sections.length).toBeGreaterThanOrEqual(12);
    const found: string[] = [];
    for (const href of sections) {
      await page.goto(href);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('networkidle');
      for (const value of await englishShown(page, strings)) found.push(`${href}: ${value}`);
      const name = new URL(href).hash.toLowerCase().replace(/[^a-z-]/g, '') || 'home';
      await expectAccessible(page, `${name}-${language}`);
    }
    expect(found, 'English strings on a translated page').toEqual([]);
    // Values in sentences (names, counts) are isolated in Arabic only (FSI … PDI, as <bdi>).
    await page.goto(sections[0]!);
    await expect(page.locator('#main tbody tr').first()).toBeVisible();
    // textContent: innerText leaves the invisible isolates out.
    const main = (await page.locator('#main').textContent()) ?? '';
    if (language === 'ar') expect(main).toMatch(/\u2068[^\u2069]+\u2069/);
    else expect(main).not.toContain('\u2068');
  });
}
