/**
 * Every language the app speaks, beyond French and Arabic (which languages.spec.ts and
 * languages-stages.spec.ts also check with axe and screenshots): every section of the sample and
 * every stage of its meta-cluster workshop in Spanish, Italian, Greek, Turkish, Portuguese and
 * Croatian show no string of the English catalogue (issue 16).
 */
import { englishOnly, englishShown, text } from './catalogue';
import {
  expect,
  openSampleWorkshop,
  startWithSample,
  test,
  sectionLinks,
  switchLanguage,
} from './fixtures';

for (const language of ['es', 'it', 'el', 'tr', 'pt', 'hr'] as const) {
  test(`every page and stage in ${language} shows no English left`, async ({
    page,
    welcome,
    clusters,
    pageErrors: _,
  }) => {
    test.setTimeout(180_000);
    await startWithSample(welcome, clusters);
    await switchLanguage(page, language);
    const strings = englishOnly(language);
    const found: string[] = [];
    const look = async (where: string) => {
      await page.waitForLoadState('networkidle');
      for (const value of await englishShown(page, strings)) found.push(`${where}: ${value}`);
    };

    const sections = await sectionLinks(page);
    expect(sections.length).toBeGreaterThanOrEqual(12);
    for (const href of sections) {
      await page.goto(href);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await look(new URL(href).hash);
    }

    await openSampleWorkshop(page, /^Meta-cluster workshop:/);
    await page.getByRole('link', { name: text(language, 'runner.tabs.run'), exact: true }).click();
    const stages = page
      .getByRole('navigation', { name: text(language, 'runner.steps') })
      .getByRole('button');
    await expect(stages.first()).toBeVisible();
    const count = await stages.count();
    for (let index = 0; index < count; index += 1) {
      await stages.nth(index).click();
      await expect(stages.nth(index)).toHaveAttribute('aria-current', 'step');
      await look(`stage ${index + 1}`);
    }
    expect(found, `English strings in ${language}`).toEqual([]);
  });
}
