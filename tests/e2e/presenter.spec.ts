/**
 * The presenter view read from the back of a 15 m room (issue 16), at 1920×1080 on the sample's
 * meta-cluster workshop with twelve long idea cards added: at every stage the smallest text is at
 * least 40 px and chart labels at least 32 px, nothing is cut or needs scrolling (cards that do not
 * fit are shown page by page), offers and needs are labelled, the governance stage shows its lead
 * and rule, and every text reaches 7:1 contrast (axe's enhanced contrast rule).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openSampleWorkshop, startWithSample, test } from './fixtures';
import { reloadWhenSaved } from './pages/shell';

test.describe.configure({ timeout: 300_000 });

/** What a back-row reader could not read or would not see, on the presenter page as drawn. */
async function unreadable(presenter: Page) {
  return presenter.evaluate(() => {
    const visible = (element: Element) => {
      if (element.closest('.visually-hidden, [data-overflow="true"], [aria-hidden="true"] title'))
        return false;
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0;
    };
    const small: string[] = [];
    for (const element of document.querySelectorAll('main *')) {
      const ownText = [...element.childNodes].some(
        (node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim(),
      );
      if (!ownText || !visible(element)) continue;
      const size = parseFloat(getComputedStyle(element).fontSize);
      const isChart = element.closest('svg, .recharts-legend-wrapper') !== null;
      if (size < (isChart ? 32 : 40))
        small.push(`${size}px: ${element.textContent?.trim().slice(0, 40)}`);
    }
    const main = document.querySelector('main')!;
    const cut = [...main.querySelectorAll('li, p, h1, h2, dd')]
      .filter((element) => visible(element) && element.scrollWidth > element.clientWidth + 1)
      .map((element) => `cut: ${element.textContent?.trim().slice(0, 40)}`);
    const clipped = [...main.querySelectorAll('.presenter-cards > li')]
      .filter(
        (card) =>
          visible(card) &&
          card.getBoundingClientRect().bottom >
            card.parentElement!.getBoundingClientRect().bottom + 1,
      )
      .map((card) => `card cut by the wall: ${card.textContent?.trim().slice(0, 40)}`);
    const scrolls = document.documentElement.scrollHeight > window.innerHeight + 1;
    const below = [...main.querySelectorAll('li, p, h1, h2, figure')]
      .filter(
        (element) =>
          visible(element) && element.getBoundingClientRect().bottom > window.innerHeight + 1,
      )
      .map((element) => `below the screen: ${element.textContent?.trim().slice(0, 40)}`);
    return [...small, ...cut, ...clipped, ...below, ...(scrolls ? ['the page scrolls'] : [])];
  });
}

async function lowContrast(presenter: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page: presenter })
    .withRules(['color-contrast-enhanced'])
    .analyze();
  return results.violations.flatMap((v) => v.nodes.map((node) => node.target.join(' ')));
}

test('every stage on a 1920×1080 projector: 40 px text, no cut or hidden content, 7:1 contrast', async ({
  page,
  welcome,
  clusters,
}) => {
  await startWithSample(welcome, clusters);
  await openSampleWorkshop(page, /^Meta-cluster workshop:/);
  await page.getByRole('link', { name: 'Run', exact: true }).click();
  const reopen = page.getByRole('button', { name: 'Reopen the last stage' });
  await expect(page.locator('#stage-title').or(reopen)).toBeVisible();
  if (await reopen.isVisible()) await reopen.click();

  // Twelve long idea cards on the prioritisation stage, its results hidden so the wall shows them.
  const stages = page.getByRole('navigation', { name: 'Stages' }).getByRole('button');
  await stages.filter({ hasText: 'Opportunities and prioritisation' }).click();
  const hide = page.getByRole('button', { name: 'Hide results' });
  if (await hide.isVisible()) await hide.click();
  for (let n = 1; n <= 12; n += 1) {
    await page
      .getByRole('textbox', { name: 'Idea', exact: true })
      .fill(
        `Idea ${n}: a shared pilot line where the mills of the three regions test pomace drying, with the universities measuring energy use over two harvests`,
      );
    await page.getByRole('button', { name: 'Add idea' }).click();
  }

  const opened = page.context().waitForEvent('page');
  await page.getByRole('button', { name: 'Open presenter view' }).click();
  const presenter = await opened;
  await presenter.setViewportSize({ width: 1920, height: 1080 });
  await expect(presenter.getByRole('heading', { level: 1 })).toBeVisible();

  const count = await stages.count();
  for (let index = 0; index < count; index += 1) {
    const stage = stages.nth(index);
    const title = (await stage.innerText()).replace(/\s+/g, ' ').trim().replace(/^\S+ /, '');
    if ((await stage.getAttribute('aria-current')) !== 'step') await stage.click();
    await expect(presenter.getByRole('heading', { level: 1 })).toContainText(title);
    await presenter.waitForTimeout(300);
    expect(await unreadable(presenter), `${title}`).toEqual([]);
    expect(await lowContrast(presenter), `${title}: 7:1 contrast`).toEqual([]);
    if (/Opportunities and prioritisation/.test(title)) {
      // Twelve long cards do not fit at once: they come page by page, and say so.
      await expect(presenter.getByText(/^Cards 1–\d+ of \d+$/)).toBeVisible();
      await presenter.screenshot({ path: test.info().outputPath('presenter-cards-1920.png') });
    }
    if (/matchmaking/i.test(title)) {
      await expect(presenter.locator('.presenter-card-label').first()).toHaveText(/^(Offer|Need)$/);
    }
    if (/governance/i.test(title)) {
      await expect(presenter.getByText('Lead cluster', { exact: true })).toBeVisible();
    }
  }
  // A participant's dots, then the results revealed: the ranking's labels are chart text of at
  // least 32 px, the values written on the bars.
  await stages.filter({ hasText: 'Opportunities and prioritisation' }).click();
  await page.getByRole('button', { name: 'Participant vote' }).click();
  await page.getByRole('combobox', { name: 'Participant', exact: true }).selectOption({ index: 1 });
  for (const n of [1, 2, 3]) {
    await page.getByRole('button', { name: new RegExp(`Add a dot to Idea ${n}:`) }).click();
  }
  await page.getByRole('button', { name: 'Reveal results' }).click();
  await expect(presenter.getByRole('heading', { name: 'Vote results' })).toBeVisible();
  await expect(
    presenter
      .locator('svg text')
      .filter({ hasText: /^1\. Idea/ })
      .first(),
  ).toBeVisible();
  expect(await unreadable(presenter), 'results').toEqual([]);
  await presenter.screenshot({ path: test.info().outputPath('presenter-results-1920.png') });
});

test('the room size set in the run view scales the presenter at once, and + and − answer back', async ({
  page,
  welcome,
  clusters,
}) => {
  await startWithSample(welcome, clusters);
  await openSampleWorkshop(page, /^Meta-cluster workshop:/);
  await page.getByRole('link', { name: 'Run', exact: true }).click();
  const reopen = page.getByRole('button', { name: 'Reopen the last stage' });
  await expect(page.locator('#stage-title').or(reopen)).toBeVisible();
  if (await reopen.isVisible()) await reopen.click();
  const opened = page.context().waitForEvent('page');
  await page.getByRole('button', { name: 'Open presenter view' }).click();
  const presenter = await opened;
  await presenter.setViewportSize({ width: 1920, height: 1080 });
  const purpose = presenter.locator('.presenter-purpose');
  await expect(purpose).toBeVisible();
  const fontSize = () =>
    purpose.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  const base = await fontSize();
  expect(base).toBeGreaterThanOrEqual(40);

  const size = page.getByRole('combobox', { name: 'Room size in the presenter view' });
  await expect(size).toHaveValue('1');
  await size.selectOption({ label: '150%' });
  await expect.poll(fontSize).toBeCloseTo(base * 1.5, 0);
  expect(await unreadable(presenter), 'at 150 %').toEqual([]);
  await presenter.screenshot({ path: test.info().outputPath('presenter-150-1920.png') });

  // − on the presenter screen steps down, and the run view shows it.
  await presenter.keyboard.press('-');
  await expect.poll(fontSize).toBeCloseTo(base * 1.3, 0);
  await expect(size).toHaveValue('1.3');
  // Kept for the next workshop.
  await reloadWhenSaved(page);
  await expect(page.getByRole('combobox', { name: 'Room size in the presenter view' })).toHaveValue(
    '1.3',
  );
});
