/**
 * Trust and transports, in Chromium: packages are signed, a partner's key is trusted on first use
 * and shown on the Partners page, a changed key stops the import with a loud warning until the
 * user confirms; a package dropped anywhere on the window opens its preview; the exchange folder
 * (File System Access API) imports the others' packages and writes this workspace's own.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  amalPartner,
  exportPackage,
  folderPartner,
  importPackage,
  packagesDir,
  twoPartners,
} from './pages/exchange';
import { RecordPages } from './pages/records';
import { WelcomeScreen } from './pages/welcome';
import { reloadWhenSaved } from './pages/shell';

async function ownFingerprint(page: Page): Promise<string> {
  await page.goto('./#/partners');
  const pattern = /([0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4})/;
  const own = page.getByTestId('own-fingerprint');
  await expect(own).toContainText(pattern);
  return pattern.exec(await own.innerText())![1]!;
}

/** Drop a file on the page the way a file manager does (a real DataTransfer with a File). */
async function dropFile(page: Page, file: string, name: string): Promise<void> {
  const bytes = [...readFileSync(file)];
  const transfer = await page.evaluateHandle(
    ({ bytes, name }) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(bytes)], name));
      return data;
    },
    { bytes, name },
  );
  await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
}

/** Forget this workspace's signing key, as a reinstall would: the next export makes a new one. */
async function loseSigningKey(page: Page): Promise<void> {
  // The web host keeps it in its own database (src-renderer/host/browser-keys.ts).
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('mcs-keys');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('keys', 'readwrite');
          tx.objectStore('keys').delete('signing');
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  // As after a reinstall, the app starts afresh (it reads the key it no longer has).
  await reloadWhenSaved(page);
}

test('keys are trusted on first use, shown on the Partners page, and a changed key is loud', async ({
  browser,
}, testInfo) => {
  const { dir, amal, marco } = await twoPartners(browser, testInfo);
  const amalKey = await ownFingerprint(amal);
  await expect(amal.getByText('No package has been saved yet.')).toBeVisible();

  const first = await exportPackage(amal, dir, 'amal-1.mcpkg');
  await amal.goto('./#/partners');
  await expect(amal.getByText(/Last package saved: .*The whole workspace/)).toBeVisible();

  await importPackage(marco, first);
  await expect(marco.getByTestId('package-signature')).toContainText(
    `Signed by a partner not seen before. Key fingerprint: ${amalKey}`,
  );
  await expect(marco.getByTestId('signer-warning')).toHaveCount(0);
  await marco.getByRole('button', { name: 'Apply the package' }).click();
  await expect(marco.locator('.notices')).toContainText('Package applied');

  await marco.goto('./#/partners');
  const row = marco.getByRole('row', { name: /Tunisian Olive Oil Cluster/ });
  await expect(row).toContainText('Amal Haddad');
  await expect(row).toContainText(amalKey);
  const cells = row.getByRole('cell');
  await expect(cells.nth(2)).not.toHaveText('never'); // last package received: just now
  await expect(cells.nth(3)).toHaveText('never'); // nothing addressed to Amal yet

  // Amal reinstalls: a new key. Marco's import stops with a loud warning until he confirms.
  await loseSigningKey(amal);
  const newKey = await ownFingerprint(amal);
  const second = await exportPackage(amal, dir, 'amal-2.mcpkg');
  expect(newKey).not.toBe(amalKey);
  await importPackage(marco, second);
  const warning = marco.getByTestId('signer-warning');
  await expect(warning).toContainText(`signed this package with a NEW key (${newKey})`);
  await expect(warning).toContainText(`not the one you trusted before (${amalKey})`);
  const apply = marco.getByRole('button', { name: 'Apply the package' });
  await expect(apply).toBeDisabled();
  await warning.getByRole('checkbox').check();
  await apply.click();
  await expect(marco.locator('.notices')).toContainText('Package applied');
  await marco.goto('./#/partners');
  await expect(row).toContainText(newKey);
  await expect(row).toContainText(`(was ${amalKey})`);
});

test('a package dropped anywhere on the window opens its preview', async ({
  browser,
}, testInfo) => {
  const { dir, amal, marco } = await twoPartners(browser, testInfo);
  const file = await exportPackage(amal, dir, 'amal.mcpkg');

  await marco.goto('./#/organisations');
  await dropFile(marco, file, 'amal.mcpkg');
  await expect(marco).toHaveURL(/#\/exchange$/);
  await expect(marco.getByTestId('package-source')).toContainText(
    'From Tunisian Olive Oil Cluster (Amal Haddad)',
  );
});

test('the exchange folder imports partners’ packages and writes this workspace’s own', async ({
  browser,
}, testInfo) => {
  const dir = packagesDir(testInfo);
  const amal = await amalPartner(browser);
  await new RecordPages(amal).createOrganisation({
    name: 'Huilerie Ben Ammar',
    type: 'SME – small (10–49 staff)',
    countrySearch: 'tunis',
    country: 'TN — Tunisia',
  });
  const fromAmal = readFileSync(await exportPackage(amal, dir, 'amal.mcpkg'));

  // Marco's browser: the folder (a real origin-private directory) already holds Amal's package.
  const { page: marco, close } = await folderPartner(
    browser,
    'Marco Rossi',
    'Distretto Agroalimentare di Puglia',
    { 'amal-node-package.mcpkg': fromAmal, 'readme.txt': 'not a package' },
  );

  await marco.goto('./#/exchange');
  await expect(marco.getByTestId('folder-name')).toHaveText('No exchange folder is chosen yet.');
  await marco.getByRole('button', { name: 'Choose the folder…' }).click();
  await expect(marco.getByTestId('folder-name')).toHaveText('Folder: exchange');
  await marco.getByRole('button', { name: 'Sync now' }).click();
  const report = marco.getByTestId('sync-report');
  // Amal has never sent Marco a package: nothing of hers is applied before he reviews it.
  await expect(report).toContainText('Sync finished: 0 packages imported, 0 already had.');
  await expect(marco.getByTestId('sync-review')).toContainText(
    'amal-node-package.mcpkg comes from Tunisian Olive Oil Cluster, a partner not seen before: review it before it is applied.',
  );
  await marco.goto('./#/organisations');
  await expect(marco.getByRole('row', { name: /Huilerie Ben Ammar/ })).toHaveCount(0);
  await marco.goto('./#/exchange');
  await marco.getByRole('button', { name: 'Sync now' }).click();
  await marco.getByTestId('sync-review').getByRole('button', { name: 'Review' }).click();
  await expect(marco.getByTestId('new-partner')).toContainText(
    'New partner: Tunisian Olive Oil Cluster has not sent you a package before.',
  );
  await marco.getByRole('button', { name: 'Apply the package' }).click();
  await expect(marco.locator('.notices')).toContainText('Package applied: 1 records changed');
  await marco.getByRole('button', { name: 'Sync now' }).click();
  await expect(report).toContainText('Sync finished: 0 packages imported, 1 already had.');
  // Nothing of Marco's own yet (he only has Amal's organisation, which the folder already holds).
  await expect(report).toContainText('No new changes of yours to share.');

  await marco.goto('./#/organisations');
  await expect(marco.getByRole('row', { name: /Huilerie Ben Ammar/ })).toBeVisible();
  await marco.getByRole('row', { name: /Huilerie Ben Ammar/ }).click();
  await marco.getByRole('link', { name: 'Edit' }).click();
  await marco.getByLabel(/^Name( \*)?$/).fill('Huilerie Ben Ammar & Fils');
  await marco.getByRole('button', { name: 'Save' }).click();
  await expect(marco.getByRole('heading', { level: 1 })).toContainText('& Fils');

  await marco.goto('./#/exchange');
  await marco.getByRole('button', { name: 'Sync now' }).click();
  await expect(report).toContainText('Sync finished: 0 packages imported, 0 already had.');
  await expect(report).toContainText(/Wrote [0-9a-f]{16}-[0-9a-f-]{36}\.mcpkg \(1 records\)/);
  const files = await marco.evaluate(async () => {
    const folder = await (await navigator.storage.getDirectory()).getDirectoryHandle('exchange');
    const names: string[] = [];
    for await (const name of (folder as unknown as { keys(): AsyncIterable<string> }).keys()) {
      names.push(name);
    }
    return names.sort();
  });
  expect(files.filter((name) => name.endsWith('.mcpkg'))).toHaveLength(2);
  expect(files.some((name) => name.endsWith('.partial'))).toBe(false);

  // A copy of Marco's own package under another name is recognised by its contents and skipped.
  await marco.evaluate(
    async (own) => {
      const folder = await (await navigator.storage.getDirectory()).getDirectoryHandle('exchange');
      const bytes = await (await (await folder.getFileHandle(own)).getFile()).arrayBuffer();
      const writable = await (
        await folder.getFileHandle('copy-of-marco.mcpkg', { create: true })
      ).createWritable();
      await writable.write(bytes);
      await writable.close();
    },
    files.find((name) => name.endsWith('.mcpkg') && name !== 'amal-node-package.mcpkg') ?? '',
  );
  await marco.getByRole('button', { name: 'Sync now' }).click();
  await expect(report).toContainText(
    '1 file in the folder is your own package under another name: skipped.',
  );
  await expect(report).toContainText('Sync finished: 0 packages imported, 0 already had.');
  await close();
});

test('without the File System Access API the exchange folder explains itself', async ({
  browser,
}) => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    delete (window as { showDirectoryPicker?: unknown }).showDirectoryPicker;
  });
  const page = await context.newPage();
  const welcome = new WelcomeScreen(page);
  await welcome.open();
  await welcome.fillIdentity('Marco Rossi', 'Distretto Agroalimentare di Puglia');
  await welcome.startEmpty();
  await page.goto('./#/exchange');
  await expect(page.getByTestId('folder-unsupported')).toContainText(
    'This browser cannot use an exchange folder.',
  );
  await expect(page.getByRole('button', { name: 'Sync now' })).toHaveCount(0);
  await context.close();
});
