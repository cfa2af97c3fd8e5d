/**
 * The app's languages (issue 16): the welcome screen speaks the system's language and offers the
 * others, each named in itself; Arabic turns the page right to left and mirrors it; the choice
 * is kept. Every page of the sample in French and in Arabic shows no string of the English
 * catalogue (what a missing translation would show); in Arabic the sidebar, table columns and
 * chart axes are mirrored.
 */
import { expectAccessible } from './axe';
import { englishOnly, englishShown, text } from './catalogue';
import { expect, startWithSample, test, sectionLinks, switchLanguage } from './fixtures';
import { reloadWhenSaved } from './pages/shell';

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
    await reloadWhenSaved(page);
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
    await switchLanguage(page, language);
    const strings = englishOnly(language);
    const sections = await sectionLinks(page);
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

    // Mirrored in Arabic: the sidebar on the right, a table's first column on the right, a
    // chart's category axis on the right of its bars (which grow leftwards); as written in French.
    const rtl = language === 'ar';
    const main_ = (await page.locator('#main').boundingBox())!;
    const nav = (await page.getByRole('navigation').first().boundingBox())!;
    expect(nav.x > main_.x, 'sidebar on the right').toBe(rtl);
    const headers = page.locator('#main thead th');
    const first = (await headers.first().boundingBox())!;
    const last = (await headers.last().boundingBox())!;
    expect(first.x > last.x, 'first column on the right').toBe(rtl);
    await page.goto(sections.find((href) => href.endsWith('#/readiness'))!);
    const tick = page.locator('#main .recharts-yAxis-tick-labels text').first();
    await expect(tick).toBeVisible();
    const tickBox = (await tick.boundingBox())!;
    const bar = (await page.locator('#main .recharts-bar-rectangle').first().boundingBox())!;
    expect(tickBox.x >= bar.x + bar.width / 2, 'category axis on the right of the bars').toBe(rtl);
  });
}
