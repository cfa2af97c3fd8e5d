/** Exchange page model: partners in their own browser profiles, exporting and importing packages. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Browser, type Page, type TestInfo } from '@playwright/test';
import { WelcomeScreen } from './welcome';

/** A partner with an empty workspace in a browser profile of their own. */
export async function partner(browser: Browser, name: string, organisation: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  const welcome = new WelcomeScreen(page);
  await welcome.open();
  await welcome.fillIdentity(name, organisation);
  await welcome.startEmpty();
  await expect(page.getByRole('heading', { name: 'Clusters', level: 1 })).toBeVisible();
  return page;
}

/** The test's own folder for the packages partners save and pick up. */
export function packagesDir(testInfo: TestInfo): string {
  const dir = testInfo.outputPath('packages');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Amal (Tunisia), in an empty workspace of her own. */
export const amalPartner = (browser: Browser): Promise<Page> =>
  partner(browser, 'Amal Haddad', 'Tunisian Olive Oil Cluster');

/** Amal and Marco (Italy), each in a browser profile of their own, and a folder for packages. */
export async function twoPartners(
  browser: Browser,
  testInfo: TestInfo,
): Promise<{ dir: string; amal: Page; marco: Page }> {
  const dir = packagesDir(testInfo);
  const amal = await amalPartner(browser);
  const marco = await partner(browser, 'Marco Rossi', 'Distretto Agroalimentare di Puglia');
  return { dir, amal, marco };
}

/** Export with the page's current choices (the whole workspace by default); returns the file. */
export async function exportPackage(page: Page, dir: string, name: string): Promise<string> {
  await page.goto('./#/exchange');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export a package' }).click();
  const file = join(dir, name);
  await (await download).saveAs(file);
  return file;
}

export async function importPackage(page: Page, file: string): Promise<void> {
  await page.goto('./#/exchange');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a package…' }).click();
  await (await chooser).setFiles(file);
}

/**
 * A partner whose browser's folder picker returns a real directory of the origin-private file
 * system ("exchange"), already holding `files` (the native picker cannot be driven by a test).
 */
export async function folderPartner(
  browser: Browser,
  name: string,
  organisation: string,
  files: Readonly<Record<string, Uint8Array | string>>,
): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(window, 'showDirectoryPicker', {
      value: async () =>
        (await navigator.storage.getDirectory()).getDirectoryHandle('exchange', { create: true }),
    });
  });
  const page = await context.newPage();
  const welcome = new WelcomeScreen(page);
  await welcome.open();
  await welcome.fillIdentity(name, organisation);
  await welcome.startEmpty();
  await expect(page.getByRole('heading', { name: 'Clusters', level: 1 })).toBeVisible();
  const entries = Object.entries(files).map(([file, data]) => [
    file,
    typeof data === 'string' ? data : [...data],
  ]);
  await page.evaluate(async (list) => {
    const folder = await (
      await navigator.storage.getDirectory()
    ).getDirectoryHandle('exchange', { create: true });
    for (const [file, data] of list as [string, string | number[]][]) {
      const writable = await (await folder.getFileHandle(file, { create: true })).createWritable();
      await writable.write(typeof data === 'string' ? data : new Uint8Array(data));
      await writable.close();
    }
  }, entries);
  return { page, close: () => context.close() };
}

/** Rename an organisation through its form (list → record → Edit → Save). */
export async function renameOrganisation(page: Page, from: string, to: string): Promise<void> {
  await page.goto('./#/organisations');
  await page.getByRole('row').filter({ hasText: from }).first().click();
  await page.getByRole('link', { name: 'Edit' }).click();
  await page.getByLabel(/^Name( \*)?$/).fill(to);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(to);
}
