/**
 * Two partners, two independent browser profiles: packages go both ways, a concurrent edit of the
 * same organisation ends identical on both sides with the conflict recorded, the last import can
 * be undone, and a file that is not a package is refused.
 */
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { exportPackage, importPackage, renameOrganisation, twoPartners } from './pages/exchange';
import { ImportWizardPage } from './pages/importer';

async function organisationNames(page: Page): Promise<string[]> {
  await page.goto('./#/organisations');
  await expect(page.getByRole('row').nth(1)).toBeVisible();
  return (await page.locator('main tbody tr[aria-rowindex] td:first-child').allInnerTexts()).sort();
}

test('two partners exchange packages both ways and end identical, with the conflict recorded', async ({
  browser,
}, testInfo) => {
  const { dir, amal, marco } = await twoPartners(browser, testInfo);

  // Amal brings two organisations in from a spreadsheet, and sends them to Marco.
  const wizard = new ImportWizardPage(amal);
  await wizard.open();
  await wizard.chooseFile(
    'Organisations',
    'orgs.csv',
    'name,country,type\nHuilerie Ben Ammar,TN,sme-small\nFrantoio Lucano,IT,sme-micro\n',
  );
  await wizard.checkRows();
  await wizard.confirmButton().click();
  await expect(amal.getByText('2 records added')).toBeVisible();
  const first = await exportPackage(amal, dir, 'amal-1.mcpkg');

  await importPackage(marco, first);
  await expect(marco.getByTestId('package-source')).toContainText(
    'From Tunisian Olive Oil Cluster (Amal Haddad)',
  );
  const preview = marco.getByRole('table', { name: 'What the package would change' });
  await expect(preview.getByRole('row', { name: /Organisations/ })).toContainText('2');
  await marco.getByRole('button', { name: 'Apply the package' }).click();
  await expect(marco.locator('.notices')).toContainText(
    'Package applied: 2 records changed, 0 conflicts recorded.',
  );
  expect(await organisationNames(marco)).toEqual(['Frantoio Lucano', 'Huilerie Ben Ammar']);

  // Importing the same package again changes nothing.
  await importPackage(marco, first);
  await expect(marco.getByText('This package was imported before')).toBeVisible();

  // Both rename the same organisation before hearing from each other: a concurrent edit.
  await renameOrganisation(amal, 'Huilerie Ben Ammar', 'Huilerie Ben Ammar & Fils');
  await renameOrganisation(marco, 'Huilerie Ben Ammar', 'Huilerie Ben Ammar SARL');
  const fromAmal = await exportPackage(amal, dir, 'amal-2.mcpkg');
  const fromMarco = await exportPackage(marco, dir, 'marco-1.mcpkg');

  await importPackage(amal, fromMarco);
  await expect(amal.getByTestId('package-conflicts')).toContainText('1 concurrent edits');
  await amal.getByRole('button', { name: 'Apply the package' }).click();
  await expect(amal.locator('.notices')).toContainText('1 conflicts recorded');
  await importPackage(marco, fromAmal);
  await marco.getByRole('button', { name: 'Apply the package' }).click();
  await expect(marco.locator('.notices')).toContainText('1 conflicts recorded');

  const amalNames = await organisationNames(amal);
  expect(amalNames).toEqual(await organisationNames(marco));
  expect(amalNames).toHaveLength(2);

  // Amal reviews the conflict in human terms and takes her own value back; it travels to Marco.
  await amal.goto('./#/exchange');
  const conflicts = amal.getByRole('table', { name: 'Conflicts to review' });
  await expect(conflicts.locator('tbody tr')).toHaveCount(1);
  // The record is the row header; the first cell is the field, named by the form's label.
  await expect(conflicts.getByRole('cell').first()).toHaveText('Name');
  await expect(conflicts).toContainText('Huilerie Ben Ammar SARL');
  await expect(conflicts).toContainText('Huilerie Ben Ammar & Fils');
  await expect(conflicts).toContainText('Marco Rossi, Distretto Agroalimentare di Puglia');
  await conflicts.getByRole('button', { name: 'Take the other' }).click();
  await expect(
    amal.getByText('No conflicts: every concurrent edit has been reviewed.'),
  ).toBeVisible();
  const resolved = await exportPackage(amal, dir, 'amal-3.mcpkg');
  await importPackage(marco, resolved);
  await expect(marco.getByTestId('package-conflicts')).toContainText('0 concurrent edits');
  await marco.getByRole('button', { name: 'Apply the package' }).click();
  await expect(marco.locator('.notices')).toContainText('0 conflicts recorded');
  const finalNames = await organisationNames(marco);
  expect(finalNames).toEqual(await organisationNames(amal));
  expect(finalNames).toContain('Huilerie Ben Ammar & Fils');

  // Undo the last import on Marco's side: the state before it comes back.
  await marco.goto('./#/exchange');
  await marco.getByRole('button', { name: 'Undo last import' }).click();
  await expect(marco.locator('.notices')).toContainText('The last import was undone.');
  expect(await organisationNames(marco)).toContain('Huilerie Ben Ammar SARL');
});

test('a file that is not a package is refused and nothing changes', async ({
  page,
  welcome,
}, testInfo) => {
  // The package is read in the worker; while its script is held back the page says what it does.
  // (Held from the start: the app starts the next task's worker ahead, when idle.)
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.context().route(/bulk\.worker[^/]*\.js/, async (route) => {
    await held;
    await route.continue();
  });
  await welcome.open();
  await welcome.fillIdentity('Amal Haddad', 'Tunisian Olive Oil Cluster');
  await welcome.startEmpty();
  const file = testInfo.outputPath('fake.mcpkg');
  writeFileSync(file, 'name,country\nA,ES\n');
  await importPackage(page, file);
  const reading = page.getByRole('progressbar', {
    name: 'Reading “fake.mcpkg”: checking its signature and every record…',
  });
  await expect(reading).toBeVisible();
  await expect(reading).not.toHaveAttribute('aria-valuenow');
  await expectAccessible(page, 'exchange-reading');
  release();
  await expect(reading).toHaveCount(0);
  await expect(page.locator('.exchange-error')).toHaveText(
    'This file is not a Meta-Cluster package (it is not a zip file).',
  );
  await expect(page.getByRole('button', { name: 'Apply the package' })).toHaveCount(0);
});
