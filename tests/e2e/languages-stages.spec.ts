/**
 * Every stage of both sample workshops — the meta-cluster workshop and the reinforcement
 * workshop — in French and in Arabic (issue 16): no string of the English catalogue, no serious
 * axe violation, and in Arabic the stage moves mirrored (Ctrl+← is the next stage). With
 * SHOTS_DIR set, every stage is saved as screenshots (docs/screenshots/stage-*).
 */
import { expectAccessible } from './axe';
import { englishOnly, englishShown, text } from './catalogue';
import { expect, openSampleWorkshop, startWithSample, test } from './fixtures';

const WORKSHOPS = [
  { kind: 'metacluster', name: /^Meta-cluster workshop:/ },
  { kind: 'reinforcement', name: /^Reinforcement workshop:/ },
] as const;

for (const language of ['fr', 'ar'] as const) {
  test(`every stage of both workshops in ${language} shows no English left`, async ({
    page,
    welcome,
    clusters,
    pageErrors: _,
  }) => {
    test.setTimeout(420_000);
    await startWithSample(welcome, clusters);
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await page.getByRole('combobox', { name: 'Language of the interface' }).selectOption(language);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    const strings = englishOnly(language);
    const found: string[] = [];

    for (const workshop of WORKSHOPS) {
      await openSampleWorkshop(page, workshop.name);
      await page
        .getByRole('link', { name: text(language, 'runner.tabs.run'), exact: true })
        .click();
      const reopen = page.getByRole('button', { name: text(language, 'runner.done.reopen') });
      await expect(page.locator('#stage-title').or(reopen)).toBeVisible();
      if (await reopen.isVisible()) await reopen.click();
      const stages = page
        .getByRole('navigation', { name: text(language, 'runner.steps') })
        .getByRole('button');
      await expect(stages.first()).toBeVisible();
      const count = await stages.count();
      expect(count, workshop.kind).toBeGreaterThanOrEqual(5);
      for (let index = 0; index < count; index += 1) {
        const stage = stages.nth(index);
        if ((await stage.getAttribute('aria-current')) !== 'step') await stage.click();
        await expect(stage).toHaveAttribute('aria-current', 'step');
        await expect(page.locator('#stage-title')).toBeVisible();
        await page.waitForLoadState('networkidle');
        for (const value of await englishShown(page, strings)) {
          found.push(`${workshop.kind} stage ${index + 1}: ${value}`);
        }
        await expectAccessible(page, `stage-${workshop.kind}-${index + 1}-${language}`);
      }

      if (language === 'ar') {
        // Right to left, the next stage is on the left: Ctrl+← moves forward, Ctrl+→ back.
        await stages.first().click();
        await expect(stages.first()).toHaveAttribute('aria-current', 'step');
        await page.locator('#stage-title').click();
        await page.keyboard.press('Control+ArrowLeft');
        await expect(stages.nth(1)).toHaveAttribute('aria-current', 'step');
        await page.keyboard.press('Control+ArrowRight');
        await expect(stages.first()).toHaveAttribute('aria-current', 'step');
        const next = page.locator('[aria-keyshortcuts="PageDown Control+ArrowLeft"]');
        await expect(next).toHaveCount(1);
        const first = (await stages.first().boundingBox())!;
        const second = (await stages.nth(1).boundingBox())!;
        expect(second.x, 'the stages run right to left').toBeLessThan(first.x);
      }
    }
    expect(found, 'English strings on a translated stage').toEqual([]);
  });
}
