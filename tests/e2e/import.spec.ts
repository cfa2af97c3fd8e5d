/** Spreadsheet import: column guesses, a preview listing bad rows and duplicates, then the write. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSampleWorkspace } from '../../src-core/sample';
import { expect, startWithSample, test } from './fixtures';
import { ImportWizardPage } from './pages/importer';

// The app's sample workspace is generated from the same seed, so the test knows its records.
const sample = generateSampleWorkspace({ seed: 2026 });
const existing = sample.organisations.find((o) => o.type === 'sme-small' && o.country === 'ES')!;

test('a CSV with bad rows and duplicates is previewed, then only what the user confirms is written', async ({
  page,
  welcome,
  clusters,
}) => {
  await startWithSample(welcome, clusters);
  const wizard = new ImportWizardPage(page);
  // One organisation of the user's own is already in the roster.
  await wizard.open();
  await wizard.chooseFile(
    'Organisations',
    'own.csv',
    'name,country,type\nAceites del Guadalquivir,ES,sme-small\n',
  );
  await wizard.checkRows();
  await wizard.confirmButton().click();
  await expect(page.getByText('1 record added')).toBeVisible();
  await page.getByRole('button', { name: 'Import another file' }).click();
  const csv = [
    'nombre;país;tipo;sitio web',
    'Almazara Nueva de Baena S.L.;ES;sme-small;https://almazara-baena.example',
    'Oleícola sin país;Atlantis;sme-small;',
    'Conservas Mar Menor;ES;sme-micro;no es una web',
    'Aceites del Guadalquivir;ES;sme-small;',
    'Cooperativa Olivarera del Sur;ES;sme-medium;',
    'Cooperativa Olivarera del Sur;ES;sme-medium;',
    // A real organisation the fictional sample happens to name too: never a "duplicate".
    `${existing.name};ES;sme-small;`,
  ].join('\n');
  await wizard.chooseFile('Organisations', 'socios.csv', csv);

  // Headers in Spanish are matched to the fields; the user can still change them.
  await expect(page.getByText('socios.csv: 7 rows, 4 columns.')).toBeVisible();
  await expect(wizard.mappingFor('Name')).toHaveValue('0');
  await expect(wizard.mappingFor('Country')).toHaveValue('1');
  await expect(wizard.mappingFor('Website')).toHaveValue('3');
  await wizard.checkRows();

  await expect(page.getByTestId('count-rows')).toHaveText('7 rows in the file');
  await expect(page.getByTestId('count-invalid')).toContainText('2 rows with problems');
  await expect(wizard.problems()).toHaveCount(2);
  await expect(wizard.problems().nth(0)).toContainText('3');
  await expect(wizard.problems().nth(0)).toContainText('país');
  await expect(wizard.problems().nth(1)).toContainText('4');
  await expect(wizard.problems().nth(1)).toContainText('sitio web');

  // One duplicate of the roster (row 5), one of an earlier row of the file (row 7); the sample's
  // namesake (row 8) is not one.
  await expect(wizard.duplicates()).toHaveCount(2);
  await expect(wizard.duplicates().filter({ hasText: 'Aceites del Guadalquivir' })).toContainText(
    'roster',
  );
  await expect(wizard.duplicates().filter({ hasText: 'row 6' })).toBeVisible();
  await expect(wizard.duplicates().filter({ hasText: existing.name })).toHaveCount(0);
  await page.getByRole('combobox', { name: 'What to do with row 7' }).selectOption('create');
  await expect(wizard.confirmButton()).toHaveText('Import: add 4, update 0');

  // Nothing is written before the confirmation.
  await page.goto('./#/organisations');
  await page.getByRole('searchbox').first().fill('Almazara Nueva de Baena');
  await expect(page.getByText('Almazara Nueva de Baena S.L.')).toHaveCount(0);
  await page.goBack();
  await page.goBack();
  await wizard.open();
  await wizard.chooseFile('Organisations', 'socios.csv', csv);
  await wizard.checkRows();
  await page.getByRole('combobox', { name: 'What to do with row 7' }).selectOption('create');
  await wizard.confirmButton().click();

  await expect(page.getByRole('heading', { name: 'Import finished' })).toBeVisible();
  await expect(page.getByText('4 records added')).toBeVisible();
  await expect(page.getByText('1 row skipped')).toBeVisible();
  await expect(page.getByText('2 rows with problems left out')).toBeVisible();

  await page.getByRole('link', { name: 'Open Organisations' }).click();
  await page.getByRole('searchbox').first().fill('Cooperativa Olivarera del Sur');
  await expect(
    page.getByRole('row').filter({ hasText: 'Cooperativa Olivarera del Sur' }),
  ).toHaveCount(2);
});

test('broken files get a clear message and write nothing', async ({
  page,
  welcome,
  clusters,
}, testInfo) => {
  await startWithSample(welcome, clusters);
  const wizard = new ImportWizardPage(page);
  await wizard.open();

  await wizard.chooseFile(
    'Organisations',
    // An old .xls workbook renamed .csv: binary, not text in any encoding.
    'roster.csv',
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
  );
  await expect(wizard.error()).toContainText('does not hold text');

  await wizard.chooseFile(
    'Organisations',
    'roster.xlsx',
    'name,country\nA,ES\n',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  );
  await expect(wizard.error()).toContainText('is not an Excel workbook');

  await wizard.chooseFile('Organisations', 'empty.csv', '');
  await expect(wizard.error()).toContainText('This file is empty');

  await wizard.chooseFile('Organisations', 'ragged.csv', 'name\nA,1,2\nB,1,2\nC,3,4\nD,5,6\n');
  await expect(wizard.error()).toContainText('The columns do not line up');

  // A real file on disk: large buffers are slow to hand over through the browser protocol.
  const big = join(testInfo.outputDir, 'big.csv');
  mkdirSync(testInfo.outputDir, { recursive: true });
  writeFileSync(big, Buffer.alloc(26 * 1024 * 1024, 0x61));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a file…' }).click();
  await (await chooser).setFiles(big);
  await expect(wizard.error()).toContainText('the import takes files up to 25 MB');

  // Still on the first step: nothing was read into the wizard, nothing written.
  await expect(page.getByRole('button', { name: 'Choose a file…' })).toBeVisible();
});
