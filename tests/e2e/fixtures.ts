/** Shared end-to-end fixtures: page models, and a guard that fails a test on any page error. */
import { test as base, expect, type Page } from '@playwright/test';
import { ClustersPage } from './pages/clusters';
import { Shell } from './pages/shell';
import { WelcomeScreen } from './pages/welcome';

interface Fixtures {
  welcome: WelcomeScreen;
  shell: Shell;
  clusters: ClustersPage;
  pageErrors: string[];
}

export const test = base.extend<Fixtures>({
  pageErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await use(errors);
    expect(errors, 'no errors in the page console').toEqual([]);
  },
  welcome: async ({ page, pageErrors: _ }, use) => use(new WelcomeScreen(page)),
  shell: async ({ page }, use) => use(new Shell(page)),
  clusters: async ({ page }, use) => use(new ClustersPage(page)),
});

export { expect };

/** Complete the welcome screen with the sample workspace and wait for the clusters table. */
export async function startWithSample(
  welcome: WelcomeScreen,
  clusters: ClustersPage,
): Promise<number> {
  await welcome.open();
  await welcome.fillIdentity('Amal Haddad', 'Tunisian Olive Oil Cluster');
  await welcome.openSample();
  return clusters.waitForRows(30);
}

/** Opens the sample workshop whose name matches `name` (the first one listed). */
export async function openSampleWorkshop(page: Page, name: RegExp): Promise<void> {
  await page.goto('./#/workshops');
  await page.getByRole('link', { name }).first().click();
  await expect(page).toHaveURL(/#\/workshops\/[0-9a-f-]{36}/);
}

/** Switches the interface language in Settings and waits for the page to speak it. */
export async function switchLanguage(page: Page, language: string): Promise<void> {
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByRole('combobox', { name: 'Language of the interface' }).selectOption(language);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

/** The address of every section link in the sidebar. */
export async function sectionLinks(page: Page): Promise<string[]> {
  return page
    .getByRole('navigation')
    .first()
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
}
