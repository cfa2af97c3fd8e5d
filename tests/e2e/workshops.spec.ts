/**
 * Planning a workshop from the method in Chromium: the agenda from the built-in Meta-Cluster
 * method v1 with planned times, shortened, reordered and a stage skipped (which asks why), totals
 * recomputed, a break added and removed — and all of it still there after a reload.
 */
import { expect, startWithSample, test } from './fixtures';
import { reloadWhenSaved } from './pages/shell';

test('a reinforcement workshop is planned from the method; its agenda is adapted and saved', async ({
  page,
  welcome,
  clusters,
}) => {
  await startWithSample(welcome, clusters);
  await page.goto('./#/workshops');
  await page
    .getByRole('combobox', { name: /^Type/ })
    .selectOption({ label: 'Reinforcement workshop' });
  await page.getByLabel('Name', { exact: true }).fill('Sfax reinforcement workshop');
  await page.getByLabel('Venue', { exact: true }).fill('Sfax Technopark');
  await page.getByRole('button', { name: 'Plan', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sfax reinforcement workshop');
  await expect(page.getByText('Method: Meta-Cluster method')).toContainText('version 1.0.0');

  const agenda = page.getByRole('table', { name: 'Agenda' });
  const total = page.getByTestId('agenda-total');
  // R1–R5 as the method designs them: 30 + 40 + 45 + 30 + 35 minutes from 09:00.
  await expect(agenda.locator('tbody tr')).toHaveCount(5);
  await expect(agenda.locator('tbody tr').first()).toContainText('09:00–09:30');
  await expect(total).toContainText('from 09:00 to 12:00');

  // Shorten R2, skip R4 (it asks why), move R5 before R4.
  await page.getByLabel('Minutes for R2 Knowledge-gap analysis').fill('30');
  await page.getByLabel('Minutes for R2 Knowledge-gap analysis').press('Enter');
  await expect(total).toContainText('to 11:50');
  await page.getByRole('checkbox', { name: 'Skip R4 Engagement offer' }).check();
  await expect(page.getByRole('alert')).toHaveText('Stage R4 is skipped: say why.');
  await expect(total).toContainText('to 11:20');
  await page.getByLabel('Why skip R4 Engagement offer?').fill('Offer agreed by the board already');
  await page.getByLabel('Why skip R4 Engagement offer?').blur();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByRole('button', { name: 'Move R5 Recruitment plan earlier' }).click();
  await expect(agenda.locator('tbody tr').nth(3)).toContainText('R5 Recruitment plan');
  await expect(page.getByText('4 of 5 stages will run.')).toBeVisible();

  // Everything was saved the moment it was made.
  await reloadWhenSaved(page);
  await expect(total).toContainText('from 09:00 to 11:20');
  await expect(agenda.locator('tbody tr').nth(3)).toContainText('R5 Recruitment plan');
  await expect(agenda.locator('tbody tr').nth(4)).toContainText('skipped');
  await expect(page.getByLabel('Why skip R4 Engagement offer?')).toHaveValue(
    'Offer agreed by the board already',
  );

  // A coffee break after R1: it takes its 15 minutes on the day, survives a reload, and goes.
  await page.getByRole('button', { name: /^Break after R1 / }).click();
  await expect(agenda.locator('tbody tr').nth(1)).toContainText('Break');
  await expect(agenda.locator('tbody tr').nth(1)).toContainText('09:30–09:45');
  await expect(total).toContainText('from 09:00 to 11:35');
  await reloadWhenSaved(page);
  await expect(total).toContainText('from 09:00 to 11:35');
  await page.getByRole('button', { name: 'Remove break' }).click();
  await expect(total).toContainText('from 09:00 to 11:20');
  await expect(page.getByText('4 of 5 stages will run.')).toBeVisible();

  await page.goto('./#/workshops');
  await expect(page.getByRole('row', { name: /Sfax reinforcement workshop/ })).toContainText(
    'Sfax Technopark',
  );
});
