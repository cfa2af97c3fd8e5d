/**
 * The files partners really send, through the Import page: French Excel's Windows-1252 CSV (the
 * encoding notice confirmed after checking the accents, another encoding tried), and a workbook
 * whose list is on its second sheet under a merged title and an empty row (the sheet chosen, the
 * header row found, then moved and moved back). Every valid row ends up in the roster.
 */
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { ImportWizardPage } from './pages/importer';
import { frenchUniversitiesCsv, partnerWorkbook } from '../unit/importer/import-fixtures';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

test.beforeEach(async ({ page, welcome }) => {
  await welcome.open();
  await welcome.fillIdentity('Amal Haddad', 'Tunisian Olive Oil Cluster');
  await welcome.startEmpty();
  await expect(page.getByRole('heading', { name: 'No clusters yet' })).toBeVisible();
});

async function findOrganisation(page: ImportWizardPage['page'], name: string) {
  await page.goto('./#/organisations');
  await page.getByRole('searchbox').first().fill(name);
  return page.getByRole('row').filter({ hasText: name });
}

test('a French Windows-1252 CSV: the accents are checked, then every row is imported', async ({
  page,
}) => {
  const wizard = new ImportWizardPage(page);
  await wizard.open();
  await wizard.chooseFile('Organisations', 'universites.csv', Buffer.from(frenchUniversitiesCsv()));

  await expect(
    page.getByText('This file looks like Western European (Windows-1252); check the accents'),
  ).toBeVisible();
  const firstRows = page.getByRole('table', { name: 'First rows of the file' });
  await expect(firstRows).toContainText('Université Côte d’Azur');
  await expect(firstRows).toContainText('Universitat Politècnica de València');
  // Nothing is checked before the user confirms the accents.
  const check = page.getByRole('button', { name: 'Check the rows' });
  await expect(check).toBeDisabled();
  await expect(page.getByText('Confirm that the accents look right')).toBeVisible();
  await expectAccessible(page, 'import-encoding-notice');

  // Read as Greek, the accents go wrong; back to Windows-1252 they are right again.
  const encoding = page.getByRole('combobox', { name: 'Text encoding' });
  await encoding.selectOption({ label: 'Greek (Windows-1253)' });
  await expect(firstRows).not.toContainText('Université Côte d’Azur');
  await encoding.selectOption({ label: 'Western European (Windows-1252)' });
  await expect(firstRows).toContainText('Université Côte d’Azur');

  await expect(wizard.mappingFor('Name')).toHaveValue('0');
  await expect(wizard.mappingFor('Country')).toHaveValue('2');
  await expect(wizard.mappingFor('Website')).toHaveValue('4');
  await page.getByRole('checkbox', { name: 'The accents look right' }).check();
  await wizard.checkRows();
  await expect(page.getByTestId('count-rows')).toHaveText('5 rows in the file');
  await expect(wizard.problems()).toHaveCount(0);
  await wizard.confirmButton().click();
  await expect(page.getByText('5 records added')).toBeVisible();

  for (const name of [
    'Université Côte d’Azur',
    'École Centrale Méditerranée',
    'Università di Bologna',
  ]) {
    await expect(await findOrganisation(page, name)).toHaveCount(1);
  }
});

test('a workbook: the second sheet is chosen, its header row found below the title', async ({
  page,
}) => {
  const wizard = new ImportWizardPage(page);
  await wizard.open();
  await wizard.chooseFile(
    'Organisations',
    'partenaires.xlsx',
    Buffer.from(partnerWorkbook()),
    XLSX_TYPE,
  );

  const sheet = page.getByRole('combobox', { name: 'Sheet', exact: true });
  await expect(sheet).toHaveValue('Entreprises');
  await expect(page.getByText('The workbook has 2 sheets')).toBeVisible();
  await sheet.selectOption('Universités');

  // Row 1 is a merged title and row 2 is empty: the column names are on row 3.
  const headerRow = page.getByRole('textbox', { name: 'Header is on row' });
  await expect(headerRow).toHaveValue('3');
  await expect(page.getByText('The column names were found on row 3')).toBeVisible();
  const firstRows = page.getByRole('table', { name: 'First rows of the file' });
  await expect(firstRows.getByRole('row').nth(1)).toContainText('4');
  await expect(firstRows).toContainText('Universidad de Málaga');
  // "Site officiel" links are read as their web address.
  await expect(firstRows).toContainText('https://www.uma.es');
  await expect(wizard.mappingFor('Website')).toHaveValue('3');
  await expectAccessible(page, 'import-sheet-and-header-row');

  // The user can move the header; moved back, the columns are guessed again.
  await headerRow.fill('4');
  await headerRow.press('Enter');
  await expect(page.getByText('The column names are read from row 4, as you chose')).toBeVisible();
  await expect(wizard.mappingFor('Country')).toHaveValue('');
  await headerRow.fill('3');
  await headerRow.press('Enter');
  await expect(page.getByText('The column names are read from row 3, as you chose')).toBeVisible();
  await expect(wizard.mappingFor('Website')).toHaveValue('3');

  await wizard.checkRows();
  await expect(page.getByTestId('count-rows')).toHaveText('5 rows in the file');
  // The refused row is named by its row in the sheet.
  await expect(wizard.problems()).toHaveCount(1);
  await expect(wizard.problems().first()).toContainText('8');
  await expect(wizard.problems().first()).toContainText('Atlantide');
  await wizard.confirmButton().click();
  await expect(page.getByText('4 records added')).toBeVisible();
  await expect(page.getByText('1 row with problems left out')).toBeVisible();

  for (const name of ['Universidad de Málaga', 'Università degli Studi di Palermo']) {
    await expect(await findOrganisation(page, name)).toHaveCount(1);
  }
});
