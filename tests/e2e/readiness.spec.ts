/** Readiness: each check with its reason, an editable knowledge-share target, the helix chart. */
import { expect, startWithSample, test } from './fixtures';
import { reloadWhenSaved } from './pages/shell';

test('readiness lists every cluster’s checks, follows the target, and charts the helix mix', async ({
  page,
  welcome,
  shell,
  clusters,
}) => {
  const total = await startWithSample(welcome, clusters);
  await shell.go('Readiness');
  const table = page.getByRole('table', { name: 'Readiness' });
  await expect(table.locator('tbody tr')).toHaveCount(total);
  await expect(table.getByRole('columnheader')).toContainText([
    'Cluster',
    'Country',
    'Checks passed',
    'Committed members',
    'Helix types',
    'Knowledge share',
    'Management FTE',
    'English website',
    'Excellence label',
  ]);

  // The sample has clusters weak in knowledge entities: their knowledge-share check fails.
  const knowledgeColumn = 6;
  const knowledgeFails = () =>
    table.locator(`tbody tr td:nth-child(${knowledgeColumn}).check-fail`).count();
  const failingBefore = await knowledgeFails();
  expect(failingBefore).toBeGreaterThanOrEqual(5);

  await page.getByLabel('Target share of knowledge entities among committed members').fill('abc');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByText('Enter a percentage between 0 and 100.')).toBeVisible();

  await page.getByLabel('Target share of knowledge entities among committed members').fill('0');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect.poll(knowledgeFails).toBe(0);
  await reloadWhenSaved(page);
  await expect(
    page.getByLabel('Target share of knowledge entities among committed members'),
  ).toHaveValue('0');

  const chart = page.getByRole('figure', {
    name: 'Helix composition of committed members, per cluster',
  });
  await expect(chart).toBeVisible();
  await expect(chart.locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expect(chart.locator('.recharts-legend-item')).toHaveCount(5);
  await chart.screenshot({ path: test.info().outputPath('helix-chart.png') });
});
