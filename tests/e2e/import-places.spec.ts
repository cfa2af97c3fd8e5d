/**
 * Countries and regions as real lists spell them: official and UN / World Bank country names,
 * Kosovo and North Macedonia, the app's own "Bosnia & Herzegovina", regions in English or as
 * provinces. Every row imports; regions not recognised are warnings that keep the row; a country
 * spelled in a way still not recognised is mapped once in the preview for all its rows.
 */
import { expect, startWithSample, test } from './fixtures';
import { ImportWizardPage } from './pages/importer';
import { ListPage } from './pages/lists';

const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

// name, type, country, region: a public list of Mediterranean universities, as received.
const universities: readonly (readonly [string, string, string])[] = [
  ['Athens Polytechnic Test Institute', 'Hellenic Republic', 'Attica'],
  ['Heraklion Test University', 'Greece', 'Crete'],
  ['Thessaloniki Test University', 'Greece', 'Macedonia'],
  ['A Coruña Test University', 'Spain', 'A Coruña'],
  ['Vigo Test University', 'Spain', 'Pontevedra'],
  ['Dijon Test University', 'France', 'Burgundy-Franche-Comté'],
  ['Paris Test University', 'France', 'Île-de-France'],
  ['Barcelona Test University', 'Spain', 'Catalonia'],
  ['Girona Test University', 'Spain', 'Catalunya'],
  ['Tarragona Test University', 'Spain', 'Cataluña'],
  ['Seville Test University', 'Spain', 'Andalusia'],
  ['Milan Test University', 'Italy', 'Lombardy'],
  ['Palermo Test University', 'Italy', 'Sicily'],
  ['Florence Test University', 'Italy', 'Tuscany'],
  ['Marseille Test University', 'France', 'Provence Alpes Cote d Azur'],
  ['Split Test University', 'Croatia', 'Dalmatia'],
  ['Tunis Test University', 'Tunisia', 'Tunis governorate'],
  ['Casablanca Test University', 'Morocco', 'Casablanca-Settat'],
  ['Birzeit Test University', 'Palestine, State of', 'Ramallah'],
  ['Gaza Test University', 'Palestinian Territories', 'Gaza'],
  ['Damascus Test University', 'Syrian Arab Republic', 'Damascus'],
  ['Cairo Test University', 'Egypt, Arab Rep.', 'Giza'],
  ['Tripoli Test University', 'Libyan Arab Jamahiriya', 'Tripoli'],
  ['Sarajevo Test University', 'Bosnia & Herzegovina', 'Sarajevo'],
  ['Skopje Test University', 'North Macedonia', ''],
  ['Prishtina Test University', 'Kosovo', 'Prishtina'],
  ['Sfax Test University', 'Tunisie', 'Sud tunisien'],
  // Still not recognised: the user maps it once in the preview.
  ['Aleppo Test University', 'Syrie arabe', 'Alep'],
  ['Latakia Test University', 'Syrie arabe', 'Lattaquié'],
];

const csv = [
  'Name,Type,Country,State/Province',
  ...universities.map(([name, country, region]) =>
    [name, 'university', country, region].map(quote).join(','),
  ),
].join('\n');

test('country and region spellings import every row, with region warnings and a value mapped once', async ({
  page,
  welcome,
  clusters,
}) => {
  await startWithSample(welcome, clusters);
  const wizard = new ImportWizardPage(page);
  await wizard.open();
  await wizard.chooseFile('Organisations', 'mediterranean-universities.csv', csv);

  // "State/Province" is taken as the region column.
  await expect(wizard.mappingFor('Region')).toHaveValue('3');
  await wizard.checkRows();
  await expect(page.getByTestId('count-rows')).toHaveText(
    `${universities.length} rows in the file`,
  );
  await expect(page.getByTestId('count-invalid')).toContainText('2 rows with problems');

  // Regions not recognised are warnings: those rows are ready to add all the same.
  const kinds = page.getByTestId('note-kinds');
  await expect(kinds).toContainText('Region not recognised: left empty (2 rows)');

  // "Syrie arabe" is listed once, with its two rows, and mapped to Syria for both.
  const values = page.getByRole('table', { name: 'Values not recognised' });
  const syrie = values.getByRole('row').filter({ hasText: 'Syrie arabe' });
  await expect(syrie).toContainText('2 rows');
  await page
    .getByRole('combobox', { name: 'Country meant by “Syrie arabe”' })
    .selectOption({ label: 'Syria' });
  await expect(page.getByTestId('count-invalid')).toContainText('0 rows with problems');
  await expect(page.getByTestId('count-ready')).toHaveText(`${universities.length} ready to add`);
  // The mapping stays listed, so it can be changed; the mapped rows' regions are read too.
  await expect(page.getByRole('combobox', { name: 'Country meant by “Syrie arabe”' })).toHaveValue(
    'SY',
  );
  await expect(kinds).toContainText('Region not recognised: left empty (2 rows)');

  await wizard.confirmButton().click();
  await expect(page.getByText(`${universities.length} records added`)).toBeVisible();

  // The records carry the regions the spellings meant.
  await page.getByRole('link', { name: 'Open Organisations' }).click();
  const list = new ListPage(page);
  const rowOf = (name: string) => list.bodyRows().filter({ hasText: name });
  const expectations: readonly (readonly [string, string, string])[] = [
    ['Athens Polytechnic Test Institute', 'Greece', 'Attiki'],
    ['Thessaloniki Test University', 'Greece', 'Voreia Elláda'],
    ['A Coruña Test University', 'Spain', 'Galicia'],
    ['Vigo Test University', 'Spain', 'Galicia'],
    ['Dijon Test University', 'France', 'Bourgogne-Franche-Comté'],
    ['Marseille Test University', 'France', 'Provence-Alpes-Côte d’Azur'],
    ['Sarajevo Test University', 'Bosnia & Herzegovina', 'Federacija Bosne i Hercegovine'],
    ['Aleppo Test University', 'Syria', 'Ḩalab'],
  ];
  for (const [name, country, region] of expectations) {
    await list.search().first().fill(name);
    await expect(rowOf(name)).toContainText(country);
    await expect(rowOf(name)).toContainText(region);
  }
  await list.search().first().fill('Sfax Test University');
  await expect(rowOf('Sfax Test University')).toContainText('Tunisia');
});
