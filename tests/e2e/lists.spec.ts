/**
 * The roster lists on the shared data table, on the sample workspace (2,400 organisations):
 * virtualized rows, sorting, search, filters, columns, opening a record, and exports.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/node';
import { generateSampleWorkspace } from '../../src-core/sample';
import { expect, startWithSample, test } from './fixtures';
import { RecordPages } from './pages/records';
import type { ClustersPage } from './pages/clusters';
import { ListPage } from './pages/lists';
import type { Shell } from './pages/shell';
import type { WelcomeScreen } from './pages/welcome';
import { reloadWhenSaved } from './pages/shell';

// 2,400 on the rosters, plus the walk-ins' own organisations at the sample workshops.
const SAMPLE_ORGANISATIONS = generateSampleWorkspace().organisations.length;
const ALL = SAMPLE_ORGANISATIONS.toLocaleString('en-GB');
const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

async function openOrganisations(
  page: Page,
  welcome: WelcomeScreen,
  shell: Shell,
  clusters: ClustersPage,
): Promise<ListPage> {
  await startWithSample(welcome, clusters);
  await shell.go('Organisations');
  const list = new ListPage(page);
  await expect(list.heading()).toHaveText('Organisations');
  await list.waitForRows(SAMPLE_ORGANISATIONS);
  return list;
}

/** Texts of one column in the rows rendered now (the top of the list). */
async function renderedColumn(list: ListPage, index: number): Promise<string[]> {
  return list
    .bodyRows()
    .locator(`td:nth-child(${index + 1})`)
    .allInnerTexts();
}

/** Renames one sample organisation straight in IndexedDB (test set-up), then reloads. */
async function renameFirstOrganisation(page: Page, name: string): Promise<void> {
  await page.evaluate(async (newName) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('meta-cluster-studio');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const transaction = db.transaction('organisations', 'readwrite');
      const store = transaction.objectStore('organisations');
      const cursor = store.openCursor();
      cursor.onsuccess = () => {
        const current = cursor.result;
        if (current) current.update({ ...(current.value as object), name: newName });
      };
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
    });
    db.close();
  }, name);
  await reloadWhenSaved(page);
}

test('the sample organisations in a virtualized table: never more than 100 rows in the DOM', async ({
  page,
  welcome,
  shell,
  clusters,
}) => {
  const list = await openOrganisations(page, welcome, shell, clusters);
  expect(await list.rowCount()).toBe(SAMPLE_ORGANISATIONS);
  await expect(list.count()).toHaveText(`${ALL} organisations`);
  await expect(list.table()).toHaveAttribute('aria-labelledby', 'organisations-title');
  expect(await page.getByRole('row').count()).toBeLessThanOrEqual(100);
  expect(await page.locator('tr').count()).toBeLessThanOrEqual(100);

  // Scrolled to the end: the last row is there, and still only a window of rows.
  await list.scrollArea().evaluate((area) => {
    area.scrollTop = area.scrollHeight;
  });
  const lastRow = list.table().locator(`tr[aria-rowindex="${SAMPLE_ORGANISATIONS + 1}"]`);
  await expect(lastRow).toBeVisible();
  expect(await page.getByRole('row').count()).toBeLessThanOrEqual(100);
  expect(await page.locator('tr').count()).toBeLessThanOrEqual(100);
});

test('the organisations list sorts, searches and filters by type', async ({
  page,
  welcome,
  shell,
  clusters,
}) => {
  const list = await openOrganisations(page, welcome, shell, clusters);

  // Sorted by name in the UI language's collation; a click reverses it.
  await expect(list.columnHeader('Name')).toHaveAttribute('aria-sort', 'ascending');
  const names = await renderedColumn(list, 0);
  expect(names.length).toBeGreaterThan(5);
  expect(names).toEqual([...names].sort(collator.compare));
  await list.sortBy('Name');
  await expect(list.columnHeader('Name')).toHaveAttribute('aria-sort', 'descending');
  const reversed = await renderedColumn(list, 0);
  expect(reversed).toEqual([...reversed].sort((a, b) => collator.compare(b, a)));
  await list.columnHeader('Country').getByRole('button').press('Enter');
  await expect(list.columnHeader('Country')).toHaveAttribute('aria-sort', 'ascending');
  await expect(list.columnHeader('Name')).not.toHaveAttribute('aria-sort', /./);
  const countries = await renderedColumn(list, 2);
  expect(countries).toEqual([...countries].sort(collator.compare));

  // Search: a word of some organisation's name.
  const word = names.join(' ').match(/\p{L}{5,}/u)?.[0] ?? 'olive';
  await list.search().fill(word);
  await expect.poll(() => list.rowCount()).toBeLessThan(SAMPLE_ORGANISATIONS);
  const found = await list.rowCount();
  expect(found).toBeGreaterThan(0);
  await expect(list.count()).toHaveText(`${found.toLocaleString('en-GB')} of ${ALL} organisations`);

  // No match, then one click back to everything.
  await list.search().fill('zzzz-no-such-organisation');
  await expect(
    page.getByText('No organisation matches “zzzz-no-such-organisation”.'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Clear search and filters' }).click();
  await expect.poll(() => list.rowCount()).toBe(SAMPLE_ORGANISATIONS);
  await expect(list.search()).toHaveValue('');

  // A type filter: every row left is a university.
  await list.filterBy('Type', 'University');
  await expect.poll(() => list.rowCount()).toBeLessThan(SAMPLE_ORGANISATIONS);
  const universities = await list.rowCount();
  expect(universities).toBeGreaterThan(0);
  await expect(list.count()).toHaveText(`${universities} of ${ALL} organisations`);
  const types = await list.columnValues(1);
  expect(new Set(types)).toEqual(new Set(['University']));
});

test('columns can be hidden and shown, and the choice stays while moving around', async ({
  page,
  welcome,
  shell,
  clusters,
}) => {
  const list = await openOrganisations(page, welcome, shell, clusters);
  await expect(list.columnHeader('Region')).toBeVisible();
  await expect(list.columnHeader('Website')).toHaveCount(0);

  await list.toggleColumn('Region');
  await list.toggleColumn('Website');
  await expect(list.columnHeader('Region')).toHaveCount(0);
  await expect(list.columnHeader('Website')).toBeVisible();
  // The name column cannot be hidden.
  await expect(page.getByRole('checkbox', { name: 'Name', exact: true })).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('checkbox', { name: 'Region', exact: true })).toBeHidden();

  await shell.go('Clusters');
  await clusters.waitForRows(30);
  await shell.go('Organisations');
  await list.waitForRows(SAMPLE_ORGANISATIONS);
  await expect(list.columnHeader('Region')).toHaveCount(0);
  await expect(list.columnHeader('Website')).toBeVisible();
});

test('a click or Enter on a row opens its record', async ({ page, welcome, shell, clusters }) => {
  const list = await openOrganisations(page, welcome, shell, clusters);
  const first = list.bodyRows().first();
  const href = await first.getByRole('link').getAttribute('href');
  expect(href).toMatch(/^#\/organisations\/[0-9a-f-]{36}$/);
  await first.locator('td').nth(2).click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));

  await page.goBack();
  await list.waitForRows(SAMPLE_ORGANISATIONS);
  // Keyboard: the rows are one tab stop; arrows move, Enter opens.
  await list.bodyRows().first().focus();
  await page.keyboard.press('ArrowDown');
  const second = list.bodyRows().nth(1);
  await expect(second).toBeFocused();
  const secondHref = await second.getByRole('link').getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${secondHref}$`));
});

test('exports the rows as filtered and sorted, visible columns only, formulas escaped', async ({
  page,
  welcome,
  shell,
  clusters,
}) => {
  const list = await openOrganisations(page, welcome, shell, clusters);
  await renameFirstOrganisation(page, '=1+2 Olive Formula Growers');
  await list.waitForRows(SAMPLE_ORGANISATIONS);

  await list.search().fill('olive');
  await list.sortBy('Name');
  await list.toggleColumn('Region');
  await page.keyboard.press('Escape');
  await expect.poll(() => list.rowCount()).toBeLessThan(SAMPLE_ORGANISATIONS);
  const shown = await list.rowCount();
  const topNames = await renderedColumn(list, 0);

  const menu = await list.openExportMenu();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    menu
      .getByRole('group', { name: /^As shown/ })
      .getByRole('button', { name: 'CSV (comma-separated)' })
      .click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^organisations-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await readFile(await download.path(), 'utf8');
  expect(text.startsWith('\ufeff')).toBe(true);
  const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
  const [header, ...rows] = parsed.data;
  expect(header).toEqual(['Name', 'Type', 'Country', 'NACE', 'Value-chain segments', 'Member of']);
  expect(rows).toHaveLength(shown);
  expect(rows.slice(0, topNames.length).map((row) => row[0])).toEqual(
    topNames.map((name) => (name.startsWith('=') ? `'${name}` : name)),
  );
  expect(rows.map((row) => row[0])).toContain("'=1+2 Olive Formula Growers");
  expect(rows.map((row) => row[0])).not.toContain('=1+2 Olive Formula Growers');
  await expect(shell.notices()).toContainText(`Exported ${shown} rows to organisations-`);

  const xlsxMenu = await list.openExportMenu();
  const [workbook] = await Promise.all([
    page.waitForEvent('download'),
    xlsxMenu
      .getByRole('group', { name: /^As shown/ })
      .getByRole('button', { name: 'Excel workbook (.xlsx)' })
      .click(),
  ]);
  expect(workbook.suggestedFilename()).toMatch(/^organisations-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const [sheet] = await readXlsxFile(await readFile(await workbook.path()));
  expect(sheet?.data[0]).toEqual(header);
  expect(sheet?.data).toHaveLength(shown + 1);
  expect(sheet?.data.map((row) => row[0])).toContain("'=1+2 Olive Formula Growers");

  // Every record with every field, whatever the view shows: websites and regions travel too.
  // Sample records are left out (imported elsewhere they would become real ones).
  const records = new RecordPages(page);
  await records.openNew('organisations');
  await records.field('Name').fill('Université de Sousse');
  await records.field('Type').selectOption({ label: 'University' });
  await records.pick('Country', 'tunis', 'TN — Tunisia');
  await records.field('Website').fill('www.uc.rnu.tn');
  await records.save();
  await records.waitForRecord('organisations');
  await page.goto('./#/organisations');
  const allMenu = await list.openExportMenu();
  const [everything] = await Promise.all([
    page.waitForEvent('download'),
    allMenu
      .getByRole('group', { name: 'All records, every field' })
      .getByRole('button', { name: 'CSV (comma-separated)' })
      .click(),
  ]);
  const [allHeader, ...allRows] = Papa.parse<string[]>(
    (await readFile(await everything.path(), 'utf8')).slice(1),
    { skipEmptyLines: true },
  ).data;
  expect(allHeader).toEqual(expect.arrayContaining(['Name', 'Country', 'Region', 'Website']));
  const column = (name: string) => allHeader!.indexOf(name);
  expect(
    allRows.map((row) => [row[column('Name')], row[column('Country')], row[column('Website')]]),
  ).toEqual([['Université de Sousse', 'Tunisia', 'https://www.uc.rnu.tn']]);
});

test('the other lists open with their counts, and show their own columns', async ({
  page,
  welcome,
  shell,
  clusters,
}) => {
  await startWithSample(welcome, clusters);
  const list = new ListPage(page);
  for (const [section, noun, firstHeader] of [
    ['Memberships', 'memberships', 'Organisation'],
    ['Contacts', 'contacts', 'Name'],
  ] as const) {
    await shell.go(section);
    await expect(list.heading()).toHaveText(section);
    await list.waitForRows(100);
    const total = await list.rowCount();
    await expect(list.count()).toHaveText(`${total.toLocaleString('en-GB')} ${noun}`);
    await expect(list.columnHeader(firstHeader)).toHaveAttribute('aria-sort', /ascending|none/);
    await expect(page.getByRole('link', { name: `New ${noun.slice(0, -1)}` })).toHaveAttribute(
      'href',
      `#/${noun}/new`,
    );
  }
  await list.filterBy('Legal basis', 'Consent');
  await expect.poll(() => list.rowCount()).toBeGreaterThan(0);
  const bases = await list.columnValues(4);
  expect(new Set(bases)).toEqual(new Set(['Consent']));
});
