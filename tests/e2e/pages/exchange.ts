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
