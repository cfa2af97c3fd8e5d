/**
 * Method step 2 in Chromium, on the sample workspace: the value-chain matrix, composing a
 * meta-cluster from a suggested composition (clusters from at least three countries, coverage
 * shown), recording its agreement, and the pilot dashboard.
 */
import { expect, startWithSample, test } from './fixtures';
import { MetaClusterPage } from './pages/metacluster';

test('compose a meta-cluster from the sample, record its agreement, see the dashboard', async ({
  page,
  welcome,
  clusters,
}) => {
  await startWithSample(welcome, clusters);

  // The value chains of the sample, and one's matrix.
  await page.goto('./#/valueChains');
  const olive = page.getByRole('region', { name: 'Olive oil and Mediterranean agrifood' });
  await olive.getByRole('link', { name: 'Open the matrix' }).click();
  const matrix = page.getByRole('table', { name: /Matrix: Olive oil/ });
  await expect(matrix.locator('tbody tr').first()).toBeVisible();
  expect(await matrix.locator('thead th').count()).toBeGreaterThan(4); // segment + countries + notes
  await expect(page.getByTestId('matrix-flags')).toContainText('segments nobody covers');

  // A new meta-cluster on that chain, composed from the first suggestion.
  const meta = new MetaClusterPage(page);
  await meta.create('Mediterranean Olive Meta-Cluster', 'Olive oil and Mediterranean agrifood');
  const coverage = meta.coverage();
  await expect(coverage).toContainText('Covers 0 of');
  await expect(coverage).toContainText('at least 3 countries');

  await meta.useSuggestion(1);
  // The notice comes with the write; the coverage follows with the live read: wait for it.
  await expect(coverage).not.toContainText('at least 3 countries');
  const countries = /with clusters from (\d+) countries/.exec(await coverage.innerText());
  expect(Number(countries?.[1])).toBeGreaterThanOrEqual(3);
  const members = meta.members();
  const memberCount = await members.count();
  expect(memberCount).toBeGreaterThanOrEqual(3);

  // Removing a member updates the coverage at once.
  const before = await coverage.innerText();
  await members.first().getByRole('button', { name: 'Remove' }).click();
  await expect(members).toHaveCount(memberCount - 1);
  await expect(coverage).not.toHaveText(before);

  // Adding a candidate: it leaves the candidates the moment it is listed as a member, while the
  // page says the analyses (computed again in the worker) are catching up.
  const candidates = page.getByRole('table', { name: 'Candidate clusters' });
  const add = candidates.getByRole('button', { name: /^Add / }).first();
  const label = (await add.getAttribute('aria-label')) ?? '';
  const added = label.replace(/^Add /, '');
  await add.click();
  await expect(members.filter({ hasText: added })).toHaveCount(1);
  expect(await candidates.getByRole('button', { name: label, exact: true }).count()).toBe(0);
  const updating = page.getByRole('status').filter({ hasText: 'Updating coverage and candidates' });
  await expect(updating).toBeVisible();
  // The other analyses of the page are marked busy meanwhile (for assistive technology).
  const matching = page.getByRole('region', { name: 'Organisation matching' });
  await expect(matching).toHaveAttribute('aria-busy', 'true');
  await expect(updating).toHaveCount(0);
  await expect(matching).toHaveAttribute('aria-busy', 'false');
  await expect(members).toHaveCount(memberCount);
  await members.filter({ hasText: added }).getByRole('button', { name: 'Remove' }).click();
  await expect(members).toHaveCount(memberCount - 1);

  // Governance and the agreement.
  await page.getByRole('combobox', { name: /^Type/ }).selectOption({ label: 'MoU' });
  await meta.addSignatory('Amal Haddad', 'Tunisian Olive Oil Cluster');
  await page
    .getByRole('combobox', { name: 'Status', exact: true })
    .selectOption({ label: 'signed' });
  await expect(meta.notices()).toContainText('Saved.');

  // The pilot dashboard: two readings of one indicator draw a line.
  await meta.recordKpi('01/03/2026', '4');
  await meta.recordKpi('01/06/2026', '11');
  await expect(page.getByText('2 readings recorded.')).toBeVisible();
  await expect(page.getByRole('figure', { name: 'Pilot indicators over time' })).toBeVisible();
  const coverageMatrix = page.getByRole('table', {
    name: 'Coverage of the value chain by member cluster',
  });
  // One column per member cluster (plus the segment and notes columns).
  await expect(coverageMatrix.locator('thead th')).toHaveCount(memberCount - 1 + 2);
  // Action lines and their progress.
  await meta.addAction(
    'Joint stand at the olive oil fair',
    'Distretto Agroalimentare di Puglia',
    '20 SMEs attend',
  );
  await expect(page.getByText('0 of 1 actions done')).toBeVisible();
  await page
    .getByRole('combobox', { name: /^Status of “Joint stand/ })
    .selectOption({ label: 'done' });
  await expect(page.getByText('1 of 1 actions done')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('meta-cluster.png'), fullPage: true });

  // The list shows its countries and the signed MoU.
  await page.goto('./#/metaClusters');
  await expect(page.getByRole('row', { name: /Mediterranean Olive Meta-Cluster/ })).toContainText(
    'MoU: signed',
  );
});

test('organisations are tagged with a value-chain segment in bulk from the roster, with Undo', async ({
  page,
  welcome,
  clusters,
}) => {
  await startWithSample(welcome, clusters);
  await page.goto('./#/organisations');
  await page.getByRole('searchbox').first().fill('Frantoio');
  const shown = await page.locator('main tbody tr[aria-rowindex]').count();
  expect(shown).toBeGreaterThan(0);
  const tagger = page.getByRole('group', { name: 'Tag the rows shown' });
  await tagger
    .getByRole('combobox')
    .selectOption({ label: 'Olive oil and Mediterranean agrifood › R&D and technology' });
  await tagger.getByRole('button', { name: /^Tag the \d+ rows shown$/ }).click();
  const notice = page.locator('.notices');
  await expect(notice).toContainText(
    /records? tagged with Olive oil and Mediterranean agrifood › R&D and technology/,
  );
  // Tagging again changes nothing: the tags were saved.
  await tagger.getByRole('button', { name: /^Tag the \d+ rows shown$/ }).click();
  await expect(notice).toContainText('0 records tagged');
  // Undo of the first tagging removes them again.
  await notice.getByRole('button', { name: 'Undo' }).first().click();
  await expect(notice).toContainText('removed from');
});
