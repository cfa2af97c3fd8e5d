/**
 * Websites as people type them, in the forms and in a spreadsheet: a bare domain gets https://
 * (and the import preview says so, row by row, before anything is written), http:// stays, and
 * an address holding a user name and password is refused with a message that says why. Importing
 * the same file again with "update" for every duplicate says the records were already up to date.
 */
import { expect, startWithSample, test } from './fixtures';
import { ImportWizardPage } from './pages/importer';
import { RecordPages } from './pages/records';

test('the forms add https:// to a bare domain and refuse a password in the address', async ({
  page,
  welcome,
  clusters,
}) => {
  await startWithSample(welcome, clusters);
  const records = new RecordPages(page);
  await records.openNew('organisations');
  await records.field('Name').fill('Università degli Studi di Cagliari');
  await records.field('Type').selectOption({ label: 'University' });
  await records.pick('Country', 'ital', 'IT — Italy');

  await records.field('Website').fill('https://admin:s3cret@www.unica.it');
  await records.save();
  await expect(
    page.getByText('Leave out the user name and password (the part before “@”)', { exact: false }),
  ).toBeVisible();
  await expect(records.field('Website')).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(/#\/organisations\/new$/);

  await records.field('Website').fill('www.unica.it/en');
  await records.save();
  await records.waitForRecord('organisations');
  await expect(records.detail('Website')).toHaveText('https://www.unica.it/en');

  await records.openNew('clusters');
  await records.field('Name').fill('Cluster Tecnologico Nazionale Blue Italian Growth');
  await records.pick('Country', 'ital', 'IT — Italy');
  await records.field('Website').fill('http://www.clusterbig.it');
  await records.save();
  await records.waitForRecord('clusters');
  await expect(records.detail('Website')).toHaveText('http://www.clusterbig.it');
});

test('the import preview shows the https:// it adds, refuses a password, and a second import is up to date', async ({
  page,
  welcome,
  clusters,
}) => {
  await startWithSample(welcome, clusters);
  const wizard = new ImportWizardPage(page);
  await wizard.open();
  // As a French facilitator's list arrives: semicolons, French headers, bare domains.
  const csv = [
    'Nom;Type;Pays;Site web',
    'Université Côte d’Azur;Université;France;univ-cotedazur.fr',
    'Alma Mater Studiorum – Università di Bologna;Université;Italie;www.unibo.it/en',
    'Aristotle University of Thessaloniki;Université;Grèce;http://www.auth.gr',
    'Intranet Unibo;Université;Italie;https://admin:s3cret@intranet.unibo.it',
  ].join('\r\n');
  await wizard.chooseFile('Organisations', 'universites.csv', csv);
  await wizard.checkRows();

  await expect(page.getByTestId('count-invalid')).toHaveText('1 row with problems (left out)');
  await expect(wizard.problems()).toHaveCount(1);
  await expect(wizard.problems().first()).toContainText('holds a user name or password');

  const notes = page.getByRole('region', { name: 'Worth a look' });
  await expect(notes.getByTestId('note-kinds')).toHaveText('Website: https:// added (2 rows)');
  await notes.getByText('Show the 2 notes').click();
  const noteRows = notes.getByRole('table', { name: 'Worth a look' }).locator('tbody tr');
  await expect(noteRows).toHaveText([
    /2.*Site web.*“univ-cotedazur\.fr” is stored as “https:\/\/univ-cotedazur\.fr”\./,
    /3.*Site web.*“www\.unibo\.it\/en” is stored as “https:\/\/www\.unibo\.it\/en”\./,
  ]);
  await wizard.confirmButton().click();
  await expect(page.getByText('3 records added')).toBeVisible();

  // The same file again, "update" for every duplicate: nothing to change, and it says so.
  await page.getByRole('button', { name: 'Import another file' }).click();
  await wizard.chooseFile('Organisations', 'universites.csv', csv);
  await wizard.checkRows();
  await expect(page.getByTestId('count-duplicates')).toHaveText('3 possible duplicates');
  await expect(wizard.duplicates().filter({ hasText: 'Université Côte d’Azur' })).toContainText(
    'Same name and country as a record in the roster',
  );
  await page.getByRole('button', { name: 'All duplicates: Update the existing record' }).click();
  await expect(wizard.confirmButton()).toHaveText('Import: add 0, update 3');
  await wizard.confirmButton().click();
  await expect(page.getByRole('heading', { name: 'Import finished' })).toBeVisible();
  await expect(
    page.getByText('3 records already up to date (the file holds the same values)'),
  ).toBeVisible();
  await expect(page.getByText('0 rows skipped')).toBeVisible();
});
