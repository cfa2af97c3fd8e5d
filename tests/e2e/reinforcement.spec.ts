/**
 * Method step 1 in Chromium, on the sample workspace: from the programme view to a cluster with
 * few knowledge members, its gaps, a ranked candidate with its reasons, the pipeline stage by
 * stage to "member" — and the cluster's composition and knowledge share update.
 */
import { expect, startWithSample, test } from './fixtures';
import { ReinforcementPage } from './pages/reinforcement';

test('from a gap to a candidate to the pipeline to a new member', async ({
  page,
  welcome,
  clusters,
}) => {
  await startWithSample(welcome, clusters);
  const step1 = new ReinforcementPage(page);
  await page.goto('./#/reinforcement');
  await expect(step1.programme().locator('tbody tr')).toHaveCount(39);
  // Sorted by knowledge share, lowest first: the cluster that needs reinforcement most.
  const name = await step1.openNeediest();

  const share = step1.share();
  const { knowledge, total } = await step1.knowledgeShare();
  const checks = step1.checks();
  await page.getByText(/^Readiness: \d of 6 checks pass$/).click();
  await expect(checks).toContainText(`${knowledge} of ${total} members are knowledge entities`);

  await expect(page.getByTestId('gaps').locator('li').first()).toContainText('no knowledge member');
  const candidates = step1.candidates();
  const top = candidates.locator('tbody tr').first();
  await expect(top).toContainText(/\+\d+: /); // the score is explained
  const candidate = await step1.addTopCandidate();
  await expect(top).toContainText('Identified');

  const board = step1.board();
  const card = step1.card(candidate);
  await expect(
    board.getByRole('region', { name: 'Identified' }).getByRole('article', { name: candidate }),
  ).toBeVisible();

  // A next step already past its date is flagged.
  await card.locator('summary').click();
  await card.getByLabel('Next step').fill('Visit the rector');
  await card.getByRole('textbox', { name: 'Due', exact: true }).fill('31/01/2020');
  await card.getByRole('button', { name: 'Save next step' }).click();
  await expect(card.getByTestId('next-step')).toContainText('Overdue');
  // Every field and button of the card stays inside it (a 1366 px board column is narrow).
  const overflowing = await card.evaluate((article) => {
    const edge = article.getBoundingClientRect().right;
    return [...article.querySelectorAll('input:not([type="date"]), select, textarea, button')]
      .filter((control) => control.getBoundingClientRect().right > edge + 0.5)
      .map((control) => control.outerHTML.slice(0, 80));
  });
  expect(overflowing).toEqual([]);

  // Declining needs a reason.
  await card.getByRole('combobox', { name: `Move ${candidate} to` }).selectOption('declined');
  await card.getByRole('button', { name: 'Move' }).click();
  // In the user's words only (not the field's internal name).
  await expect(card.getByRole('alert')).toHaveText('Say why they declined.');

  for (const stage of ['Contacted', 'Meeting', 'Committed', 'Member']) {
    await step1.moveTo(candidate, stage);
  }
  await expect(page.locator('.notices')).toContainText(
    `${candidate} is now a member of the cluster.`,
  );

  // The composition counts the new knowledge member; the candidate list no longer offers it.
  await expect(share).toContainText(`(${knowledge + 1} of ${total + 1})`);
  await expect(checks).toContainText(
    `${knowledge + 1} of ${total + 1} members are knowledge entities`,
  );
  await expect(candidates.getByRole('link', { name: candidate, exact: true })).toHaveCount(0);
  await expect(
    page.getByRole('figure', { name: 'Pipeline funnel: entries that reached each stage' }),
  ).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('reinforcement.png'), fullPage: true });

  // The roster shows the membership the pipeline created.
  await page.goto('./#/memberships');
  await page.getByRole('searchbox').first().fill(candidate);
  await expect(
    page.locator('main tbody tr[aria-rowindex]').filter({ hasText: name }),
  ).toContainText('Member');
});
