/**
 * The pseudo-locale run (issue 16): every English string 40 % longer and accented (how French,
 * Greek or Croatian run long). Every section of the sample and every stage of the meta-cluster
 * workshop at 1366×768: no control, label, tab or column header cuts its text.
 */
import type { Page } from '@playwright/test';
import { expect, openSampleWorkshop, sectionLinks, startWithSample, test } from './fixtures';
import { reloadWhenSaved } from './pages/shell';

/** Controls and headings whose text does not fit their box (cut, or spilling out of it). */
async function clipped(page: Page, where: string): Promise<string[]> {
  const found = await page.evaluate(() => {
    const selector = [
      'button',
      'a',
      'label',
      'th',
      'th *',
      'legend',
      'summary',
      '[role="tab"]',
      'h1',
      'h2',
      'h3',
      '.badge',
      'dt',
    ].join(',');
    const out: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      if (element.closest('.visually-hidden, [aria-hidden="true"]')) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden') continue;
      const wide = element.scrollWidth > element.clientWidth + 1;
      const tall = element.scrollHeight > element.clientHeight + 1 && style.overflowY !== 'visible';
      if (wide || tall) {
        out.push(
          `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ')[0]}` : ''}: ${element.innerText.trim().slice(0, 50)}`,
        );
      }
    }
    return out;
  });
  return found.map((entry) => `${where} → ${entry}`);
}

test('every page and stage in the pseudo-locale (+40 %): no cut controls', async ({
  page,
  welcome,
  clusters,
  pageErrors: _,
}) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await startWithSample(welcome, clusters);
  await page.evaluate(() => localStorage.setItem('mcs.pseudoLocale', '1'));
  await reloadWhenSaved(page);
  // Pseudo strings are bracketed and accented: the sidebar shows "[Çlüšţéŕš ~~~~]".
  const nav = page.getByRole('navigation').first();
  await expect(nav.getByRole('link').first()).toHaveText(/^\[.+~+\]$/);
  const sections = await sectionLinks(page);
  const found: string[] = [];
  for (const href of sections) {
    await page.goto(href);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    found.push(...(await clipped(page, new URL(href).hash)));
  }
  found.push(...(await clipped(page.locator('header').page(), 'header')));

  await openSampleWorkshop(page, /^Meta-cluster workshop:/);
  for (const tab of await page.getByRole('navigation').nth(1).getByRole('link').all()) {
    await tab.click();
    await page.waitForLoadState('networkidle');
    found.push(...(await clipped(page, `workshop tab ${await tab.innerText()}`)));
  }
  await page.locator('a[href$="view=run"]').click();
  const stages = page.locator('nav.run-steps button');
  await expect(stages.first()).toBeVisible();
  const count = await stages.count();
  for (let index = 0; index < count; index += 1) {
    await stages.nth(index).click();
    await expect(stages.nth(index)).toHaveAttribute('aria-current', 'step');
    await page.waitForLoadState('networkidle');
    found.push(...(await clipped(page, `stage ${index + 1}`)));
  }
  expect([...new Set(found)], 'cut text in the pseudo-locale').toEqual([]);
});
