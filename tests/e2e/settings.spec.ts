/** Settings: language switching, identity, removing the sample, backups. */
import { expect, startWithSample, test } from './fixtures';
import { SECTIONS_EN, SECTIONS_ES, reloadWhenSaved } from './pages/shell';

test('switching the language is immediate and remembered', async ({
  page,
  welcome,
  shell,
  clusters,
}) => {
  await startWithSample(welcome, clusters);
  await shell.go('Settings');
  await page.getByLabel('Language of the interface').selectOption('es');
  await expect(page.getByRole('heading', { name: 'Ajustes', level: 1 })).toBeVisible();
  await shell.expectSections(SECTIONS_ES);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');

  await reloadWhenSaved(page);
  await shell.expectSections(SECTIONS_ES);
  await shell.go('Clústeres');
  await clusters.waitForRows(30);
  // Country names follow the UI language through Intl.DisplayNames.
  const countries = new Set(await clusters.columnValues(1));
  expect(countries).toContain('Túnez');
  expect(countries).toContain('España');

  await shell.go('Ajustes');
  await page.getByLabel('Idioma de la interfaz').selectOption('en');
  await shell.expectSections(SECTIONS_EN);
});

test('the identity can be edited, and the node id never changes', async ({
  page,
  welcome,
  shell,
  clusters,
}) => {
  await startWithSample(welcome, clusters);
  await shell.go('Settings');
  const nodeId = await page.getByTestId('node-id').innerText();
  expect(nodeId).toMatch(/^[0-9a-f]{16}$/);
  await page.getByLabel('Your name').fill('');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Enter your name.')).toBeVisible();
  await page.getByLabel('Your name').fill('Nour El Houda');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(shell.identity()).toHaveText('Nour El Houda · Tunisian Olive Oil Cluster');
  await reloadWhenSaved(page);
  await expect(page.getByTestId('node-id')).toHaveText(nodeId);
  await expect(shell.identity()).toHaveText('Nour El Houda · Tunisian Olive Oil Cluster');
});

test('the sample data is removed in one step, and can be loaded again', async ({
  page,
  welcome,
  shell,
  clusters,
}) => {
  await startWithSample(welcome, clusters);
  await shell.go('Settings');
  await page.getByRole('button', { name: 'Remove sample data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove the sample data?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Remove sample data' }).click();
  await expect(shell.notices()).toContainText(/Removed [\d,]+ sample records\./);
  await expect(shell.header()).not.toContainText('Sample workspace');
  await shell.go('Clusters');
  await expect(page.getByRole('heading', { name: 'No clusters yet' })).toBeVisible();

  await shell.go('Settings');
  await page.getByRole('button', { name: 'Load the sample workspace' }).click();
  await expect(shell.notices()).toContainText('Loaded the sample workspace');
  await shell.go('Clusters');
  await clusters.waitForRows(30);
});

test('a backup is listed and restores the workspace, after saving the current state', async ({
  page,
  welcome,
  shell,
  clusters,
}) => {
  const total = await startWithSample(welcome, clusters);
  await shell.go('Settings');
  await expect(page.getByText('No backups yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(shell.notices()).toContainText(/Backup workspace-.*\.mcsbackup saved\./);
  const backupTable = page.getByRole('table', { name: 'Backups' });
  await expect(backupTable.locator('tbody tr')).toHaveCount(1);

  await page.getByRole('button', { name: 'Remove sample data' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove sample data' }).click();
  await expect(page.getByText('The sample workspace is not loaded.')).toBeVisible();

  // Removing the sample took a snapshot first; the user's own backup is restored.
  await expect(backupTable.getByRole('row', { name: /Before removing the sample/ })).toHaveCount(1);
  await backupTable
    .getByRole('row', { name: /Your backup/ })
    .getByRole('button', { name: /^Restore / })
    .click();
  await page
    .getByRole('dialog', { name: 'Restore this backup?' })
    .getByRole('button', { name: 'Restore' })
    .click();
  await expect(shell.notices()).toContainText(
    /Restored workspace-.*The previous state was saved as/,
  );
  // The state the restore replaced was kept as a snapshot: three backups now.
  await expect(backupTable.locator('tbody tr')).toHaveCount(3);
  await expect(backupTable.getByRole('row', { name: /Before a restore/ })).toHaveCount(1);
  await shell.go('Clusters');
  await expect.poll(() => clusters.rowCount()).toBe(total);
});
