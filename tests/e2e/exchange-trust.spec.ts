/**
 * Exchange you can trust (issue 12), with two partners in two independent browser profiles:
 * a workspace that started from the sample and took a real spreadsheet sends every member of its
 * cluster; records that need sample data are left out with a word why until the sample is
 * removed, which keeps every real record and what it uses; "Keep current" survives three
 * exchanges; a workspace's own package is recognised and skipped.
 */
import type { Browser, Page } from '@playwright/test';
import { generateSampleWorkspace } from '../../src-core/sample';
import { expect, test } from './fixtures';
import {
  exportPackage,
  importPackage,
  packagesDir,
  partner,
  renameOrganisation,
  twoPartners,
} from './pages/exchange';
import { ImportWizardPage } from './pages/importer';
import { WelcomeScreen } from './pages/welcome';

/** The sample the welcome screen loads (same seed), to pick names a real file may share. */
const sample = generateSampleWorkspace({ seed: 2026 });
const CLUSTER = 'Cluster Oléicole Réel de Gabès';

async function sampleWorkspace(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  const welcome = new WelcomeScreen(page);
  await welcome.open();
  await welcome.fillIdentity('Amal Haddad', 'Tunisian Olive Oil Cluster');
  await welcome.openSample();
  await expect(page.getByRole('heading', { name: 'Clusters', level: 1 })).toBeVisible();
  await expect(page.locator('main tbody tr[aria-rowindex]').first()).toBeVisible({
    timeout: 60_000,
  });
  return page;
}

async function importCsv(page: Page, kind: string, name: string, csv: string, added: number) {
  const wizard = new ImportWizardPage(page);
  await wizard.open();
  await wizard.chooseFile(kind, name, csv);
  await wizard.checkRows();
  await expect(wizard.problems()).toHaveCount(0);
  await wizard.confirmButton().click();
  await expect(
    page.getByText(`${added} ${added === 1 ? 'record' : 'records'} added`),
  ).toBeVisible();
  // Leave the wizard ready for the next file.
  await page.getByRole('button', { name: 'Import another file' }).click();
}

/** The cluster page's member summary ("4 members, …"). */
async function membersOf(page: Page, cluster: string): Promise<string> {
  await page.goto('./#/clusters');
  await page.getByRole('searchbox').fill(cluster);
  await page
    .getByRole('row', { name: new RegExp(cluster) })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(cluster);
  const summary = page.getByText(/\d+ members?, /);
  await expect(summary).toBeVisible();
  return (await summary.innerText()).split(',')[0] ?? '';
}

async function applyPreviewed(page: Page, changed: RegExp): Promise<void> {
  const apply = page.getByRole('button', { name: 'Apply the package' });
  await apply.click();
  // The preview closes once the apply is written (an earlier notice may still be on screen).
  await expect(apply).toHaveCount(0);
  await expect(page.locator('.notices')).toContainText(changed);
}

test('sample + a real spreadsheet + export: the partner sees every member; removing the sample keeps every real record', async ({
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  const dir = packagesDir(testInfo);
  const amal = await sampleWorkspace(browser);
  const marco = await partner(browser, 'Marco Rossi', 'Distretto Agroalimentare di Puglia');

  // Real organisations, three of which the fictional sample happens to name too.
  const namesakes = sample.organisations.filter((o) => o.country === 'TN').slice(0, 3);
  const sampleCluster = sample.clusters.find((c) => c.country === 'TN')!;
  await importCsv(amal, 'Clusters', 'clusters.csv', `name,country\n${CLUSTER},TN\n`, 1);
  await importCsv(
    amal,
    'Organisations',
    'members.csv',
    [
      'name,country,type',
      ...namesakes.map((o) => `"${o.name}",TN,${o.type}`),
      'Université de Gabès,TN,university',
    ].join('\n'),
    4,
  );
  await importCsv(
    amal,
    'Memberships',
    'memberships.csv',
    [
      'organisation,cluster',
      ...namesakes.map((o) => `"${o.name}",${CLUSTER}`),
      `Université de Gabès,${CLUSTER}`,
      // A real membership in a sample cluster: it needs sample data.
      `Université de Gabès,"${sampleCluster.name}"`,
    ].join('\n'),
    5,
  );
  expect(await membersOf(amal, CLUSTER)).toBe('4 members');

  // The export leaves out (and says so) the one record that needs sample data.
  await amal.goto('./#/exchange');
  const first = await exportPackage(amal, dir, 'amal-1.mcpkg');
  await expect(amal.locator('.notices')).toContainText(
    '1 of your records were left out because they use sample data',
  );

  await importPackage(marco, first);
  await expect(marco.getByTestId('package-omitted')).toContainText(
    'Memberships (1): left out, because they use the sender',
  );
  await expect(marco.getByTestId('package-missing')).toHaveCount(0);
  await applyPreviewed(marco, /Package applied/);
  expect(await membersOf(marco, CLUSTER)).toBe('4 members');

  // Remove the sample: the dialog says what stays; nothing real goes.
  await amal.goto('./#/settings');
  await amal.getByRole('button', { name: 'Remove sample data' }).click();
  const dialog = amal.getByRole('dialog', { name: 'Remove the sample data?' });
  await expect(dialog.getByTestId('sample-removal-summary')).toContainText(
    /Keeps \d+ sample records as your own: .*\(.*Clusters 1/,
  );
  await dialog.getByRole('button', { name: 'Remove sample data' }).click();
  await expect(amal.locator('.notices')).toContainText(/became your own/);
  expect(await membersOf(amal, CLUSTER)).toBe('4 members');
  expect(await membersOf(amal, sampleCluster.name)).toMatch(/^\d+ members$/);
  await amal.goto('./#/memberships');
  await expect(amal.getByTestId('row-count')).toHaveText('5 memberships');

  // The freed membership now travels, with the cluster it needs.
  const second = await exportPackage(amal, dir, 'amal-2.mcpkg');
  await importPackage(marco, second);
  await expect(marco.getByTestId('package-omitted')).toHaveCount(0);
  await applyPreviewed(marco, /Package applied/);
  expect(await membersOf(marco, sampleCluster.name)).toBe('1 members');
  await marco.goto('./#/memberships');
  await expect(marco.getByTestId('row-count')).toHaveText('5 memberships');
});

test('a sample-only workspace says why it has nothing to send', async ({ browser }) => {
  const amal = await sampleWorkspace(browser);
  await amal.goto('./#/exchange');
  await amal.getByRole('button', { name: 'Export a package' }).click();
  await expect(amal.locator('.notices')).toContainText(
    'Nothing to send yet: this workspace holds only sample data, which never leaves this computer.',
  );
});

async function organisationName(page: Page): Promise<string> {
  await page.goto('./#/organisations');
  const cell = page.locator('main tbody tr[aria-rowindex] td:first-child');
  await expect(cell).toHaveCount(1);
  return cell.innerText();
}

async function resolve(page: Page, choice: 'Keep current' | 'Take the other'): Promise<void> {
  await page.goto('./#/exchange');
  const conflicts = page.getByRole('table', { name: 'Conflicts to review' });
  await expect(conflicts.locator('tbody tr')).toHaveCount(1);
  await conflicts.getByRole('button', { name: choice }).click();
  await expect(
    page.getByText('No conflicts: every concurrent edit has been reviewed.'),
  ).toBeVisible();
}

/** Both export the whole workspace and import the other's package. */
async function exchange(amal: Page, marco: Page, dir: string, round: number): Promise<void> {
  const fromAmal = await exportPackage(amal, dir, `amal-${round}.mcpkg`);
  const fromMarco = await exportPackage(marco, dir, `marco-${round}.mcpkg`);
  await importPackage(amal, fromMarco);
  await applyPreviewed(amal, /Package applied/);
  await importPackage(marco, fromAmal);
  await applyPreviewed(marco, /Package applied/);
}

test('"Keep current" is a decision that travels: the last resolver’s value survives three exchanges', async ({
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  const { dir, amal, marco } = await twoPartners(browser, testInfo);
  await importCsv(
    amal,
    'Organisations',
    'orgs.csv',
    'name,country,type\nHuilerie Ben Ammar,TN,sme-small\n',
    1,
  );
  await importPackage(marco, await exportPackage(amal, dir, 'amal-0.mcpkg'));
  await applyPreviewed(marco, /Package applied/);

  // A concurrent edit: Marco's comes later, so it wins by clock on both sides.
  await renameOrganisation(amal, 'Huilerie Ben Ammar', 'Huilerie Ben Ammar & Fils');
  await renameOrganisation(marco, 'Huilerie Ben Ammar', 'Huilerie Ben Ammar SARL');
  await exchange(amal, marco, dir, 1);
  expect(await organisationName(amal)).toBe('Huilerie Ben Ammar SARL');
  expect(await organisationName(marco)).toBe('Huilerie Ben Ammar SARL');

  // Marco takes Amal's value; then Amal — the last to decide — keeps the current one.
  await resolve(marco, 'Take the other');
  await resolve(amal, 'Keep current');

  for (const round of [2, 3, 4]) {
    await exchange(amal, marco, dir, round);
    expect(await organisationName(amal)).toBe('Huilerie Ben Ammar SARL');
    expect(await organisationName(marco)).toBe('Huilerie Ben Ammar SARL');
  }
});

test('a workspace’s own package is recognised, not imported, and never makes it its own partner', async ({
  browser,
}, testInfo) => {
  const dir = packagesDir(testInfo);
  const amal = await partner(browser, 'Amal Haddad', 'Tunisian Olive Oil Cluster');
  await importCsv(
    amal,
    'Organisations',
    'orgs.csv',
    'name,country,type\nHuilerie Ben Ammar,TN,sme-small\n',
    1,
  );
  const own = await exportPackage(amal, dir, 'amal.mcpkg');
  await importPackage(amal, own);
  await expect(amal.getByTestId('own-package')).toHaveText(
    'This is your own package (made by this workspace): there is nothing to import from it.',
  );
  await expect(amal.getByRole('button', { name: 'Apply the package' })).toHaveCount(0);
  await amal.getByRole('button', { name: 'Close' }).click();
  await amal.goto('./#/partners');
  await expect(amal.getByText('No partners yet.')).toBeVisible();
});
