/**
 * Formats beside the language (issue 16): English writes dates as in Europe unless the user
 * picks a region (the United States: "Sep 15, 2026, 7:45 PM"); Arabic writes Latin digits
 * unless the user picks Arabic-Indic ones. The choice applies at once to every page and is kept.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expectAccessible } from './axe';
import { expect, startWithSample, test } from './fixtures';
import { reloadWhenSaved } from './pages/shell';

const arabic = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('../../src-renderer/i18n/locales/ar/settings.json', import.meta.url)),
    'utf8',
  ),
) as { settings: Record<string, string> };

test('a region and Arabic-Indic digits apply to every page and are kept', async ({
  page,
  welcome,
  clusters,
  pageErrors: _,
}) => {
  test.setTimeout(120_000);
  await startWithSample(welcome, clusters);
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  const region = page.getByRole('combobox', { name: 'Formats of dates and numbers' });
  await expect(region).toHaveValue('');
  await expect(page.getByText(/^For example: 15 Sept? 2026,? 19:45 · 1,234,567\.5$/)).toBeVisible();
  await region.selectOption({ label: 'United States' });
  await expect(
    page.getByText(/^For example: Sep 15, 2026,? 7:45\sPM · 1,234,567\.5$/),
  ).toBeVisible();
  await expectAccessible(page, 'settings-formats');

  // Another page follows: the meta-cluster workshop of 15 September, month first.
  await page.goto('./#/workshops');
  await expect(
    page
      .locator('#main')
      .getByText(/Sep 15, 2026/)
      .first(),
  ).toBeVisible();
  await expect(page.locator('#main').getByText(/15 Sept? 2026/)).toHaveCount(0);

  // Kept on this computer.
  await reloadWhenSaved(page);
  await expect(
    page
      .locator('#main')
      .getByText(/Sep 15, 2026/)
      .first(),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await expect(region).toHaveValue('US');
  await region.selectOption('');
  await expect(page.getByText(/^For example: 15 Sept? 2026,? 19:45/)).toBeVisible();

  // Arabic: Latin digits by default; Arabic-Indic when chosen, on every page.
  await page.getByRole('combobox', { name: 'Language of the interface' }).selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const digits = page.getByRole('combobox', {
    name: arabic.settings.formatDigitsLabel,
    exact: true,
  });
  await expect(digits).toHaveValue('latn');
  await digits.selectOption('arab');
  await expect(page.locator('#main')).toContainText('١٥');
  await page.goto('./#/clusters');
  await expect(page.locator('#main tbody tr').first()).toBeVisible();
  const counts = await page.locator('#main').innerText();
  expect(counts).toMatch(/[\u0660-\u0669]/);
  await reloadWhenSaved(page);
  await expect(page.locator('#main tbody tr').first()).toBeVisible();
  expect(await page.locator('#main').innerText()).toMatch(/[\u0660-\u0669]/);
  await page.goto('./#/settings');
  await page
    .getByRole('combobox', { name: arabic.settings.formatDigitsLabel, exact: true })
    .selectOption('latn');
  await page.goto('./#/clusters');
  await expect(page.locator('#main tbody tr').first()).toBeVisible();
  expect(await page.locator('#main').innerText()).not.toMatch(/[\u0660-\u0669]/);
});
