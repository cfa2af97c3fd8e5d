/**
 * Backups protected by a passphrase and the signing key kept by the browser (issue 17), in
 * Chromium with real IndexedDB, OPFS backups and WebCrypto:
 * - a passphrase set in Settings encrypts the next backup (the file starts with the envelope's
 *   magic bytes, no name of the workspace in it); a backup this computer can no longer open by
 *   itself asks for its passphrase, refuses a wrong one with nothing changed, restores with the
 *   right one;
 * - the Partners page says the browser keeps the key, offers no export, imports a key file made
 *   elsewhere (wrong passphrase refused, the key unchanged), and the next package is signed with
 *   the imported key, through the worker, the page and the host.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { writeKeyFile } from '../../src-core/backup/key-file';
import { exportSigningKey, fingerprintOf, generateSigningKey } from '../../src-core/exchange/keys';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { amalPartner, exportPackage, packagesDir } from './pages/exchange';
import { RecordPages } from './pages/records';

/** The first bytes and the text of the user's own backups in OPFS, newest first. */
async function ownBackups(page: Page): Promise<{ name: string; head: string; text: string }[]> {
  return page.evaluate(async () => {
    const root = await navigator.storage.getDirectory();
    const folder = await root.getDirectoryHandle('backups');
    const found: { name: string; head: string; text: string }[] = [];
    for await (const handle of (
      folder as unknown as { values(): AsyncIterable<FileSystemFileHandle> }
    ).values()) {
      if (!handle.name.startsWith('workspace-')) continue;
      const bytes = new Uint8Array(await (await handle.getFile()).arrayBuffer());
      found.push({
        name: handle.name,
        head: String.fromCharCode(...bytes.subarray(0, 7)),
        text: new TextDecoder('latin1').decode(bytes),
      });
    }
    return found.sort((a, b) => b.name.localeCompare(a.name));
  });
}

async function contactCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('meta-cluster-studio');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('contacts').objectStore('contacts').count();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

test('a passphrase encrypts backups; a backup that needs it refuses a wrong one and restores with the right one', async ({
  browser,
}) => {
  const amal = await amalPartner(browser);
  const records = new RecordPages(amal);
  await records.createSharedPerson('Leila', 'Ben Salah', 'leila@sfax-mills.example');

  await amal.goto('./#/settings');
  await expect(amal.getByTestId('backup-protection')).toContainText('Backups are not encrypted');
  await amal.getByRole('button', { name: 'Protect backups with a passphrase…' }).click();
  const protect = amal.getByRole('dialog', { name: 'Protect backups with a passphrase' });
  await protect.getByRole('textbox', { name: 'Passphrase', exact: true }).fill('short');
  await protect.getByRole('button', { name: 'Protect backups' }).click();
  await expect(protect).toContainText('A passphrase needs at least 8 characters.');
  await protect
    .getByRole('textbox', { name: 'Passphrase', exact: true })
    .fill('Mistral over Marseille');
  await protect.getByRole('textbox', { name: 'Passphrase again' }).fill('Mistral over marseille');
  await protect.getByRole('button', { name: 'Protect backups' }).click();
  await expect(protect).toContainText('The two passphrases are not the same.');
  await expectAccessible(amal, 'settings-backup-passphrase');
  await protect.getByRole('textbox', { name: 'Passphrase again' }).fill('Mistral over Marseille');
  await protect.getByRole('button', { name: 'Protect backups' }).click();
  await expect(protect).toBeHidden();
  await expect(amal.getByTestId('backup-protection')).toContainText(
    'Backups and snapshots are encrypted with your passphrase',
  );
  // Changing it later says what becomes of the backups already made.
  await amal.getByRole('button', { name: 'Change the passphrase…' }).click();
  const change = amal.getByRole('dialog', { name: "Change the backups' passphrase" });
  await expect(change).toContainText('Those already made keep the passphrase they were made with');
  await expect(change.getByRole('button', { name: 'Use the new passphrase' })).toBeVisible();
  await expect(change.getByRole('textbox', { name: 'New passphrase', exact: true })).toBeVisible();
  await change.getByRole('button', { name: 'Cancel' }).click();
  await expect(change).toBeHidden();

  await amal.getByRole('button', { name: 'Back up now' }).click();
  await expect(amal.locator('.notices')).toContainText(/Backup workspace-.*\.mcsbackup saved/);
  const [backup] = await ownBackups(amal);
  expect(backup?.head).toBe('MCSENC1');
  expect(backup?.text).not.toContain('leila@sfax-mills.example');
  expect(backup?.text).not.toContain('Ben Salah');

  // Another person, then the passphrase's key forgotten on this computer: the backup is now one
  // this computer cannot open by itself.
  await records.createSharedPerson('Youssef', 'Trabelsi', 'youssef@gabes-dates.example');
  expect(await contactCount(amal)).toBe(2);
  await amal.goto('./#/settings');
  await amal.getByRole('button', { name: 'Stop encrypting backups' }).click();
  await amal
    .getByRole('dialog', { name: 'Stop encrypting backups?' })
    .getByRole('button', { name: 'Stop encrypting backups' })
    .click();
  await expect(amal.getByTestId('backup-protection')).toContainText('Backups are not encrypted');

  const row = amal.getByRole('table', { name: 'Backups' }).getByRole('row', { name: backup!.name });
  await row.getByRole('button', { name: /^Restore / }).click();
  await amal
    .getByRole('dialog', { name: 'Restore this backup?' })
    .getByRole('button', { name: 'Restore' })
    .click();
  const locked = amal.getByRole('dialog', { name: 'Passphrase of the backup' });
  await expect(locked).toContainText(`${backup!.name} is encrypted.`);
  await locked
    .getByRole('textbox', { name: 'Passphrase', exact: true })
    .fill('Mistral over marseille');
  await locked.getByRole('button', { name: 'Restore' }).click();
  await expect(locked).toContainText('That passphrase does not open this backup.');
  expect(await contactCount(amal)).toBe(2);
  await expectAccessible(amal, 'settings-backup-locked');
  await locked
    .getByRole('textbox', { name: 'Passphrase', exact: true })
    .fill('Mistral over Marseille');
  await locked.getByRole('button', { name: 'Restore' }).click();
  await expect(locked).toBeHidden();
  await expect(amal.locator('.notices')).toContainText(`Restored ${backup!.name}`);
  expect(await contactCount(amal)).toBe(1);
});

test('the browser keeps the key unreadable; a key file made elsewhere is imported and signs the next package', async ({
  browser,
}, testInfo) => {
  const dir = packagesDir(testInfo);
  const amal = await amalPartner(browser);
  await amal.goto('./#/partners');
  const own = amal.getByTestId('own-fingerprint');
  await expect(own).toContainText(/Your key fingerprint: [0-9a-f]{4} /);
  const before = await own.textContent();
  await expect(amal.getByTestId('key-protection')).toContainText(
    'This browser keeps your key so that no one can read it',
  );
  await expect(amal.getByRole('button', { name: 'Export the key…' })).toHaveCount(0);

  // A key file exported from Amal's desktop app (same format, same passphrase envelope).
  const key = await exportSigningKey(await generateSigningKey());
  const file = join(dir, 'amal-signing-key.mcskey');
  writeFileSync(file, await writeKeyFile(key, 'cedar of the Atlas'));
  const expected = await fingerprintOf(key.publicKeyBase64);

  await amal.getByRole('button', { name: 'Import a key file…' }).click();
  const chooser = amal.waitForEvent('filechooser');
  await amal
    .getByRole('dialog', { name: "Replace this workspace's key?" })
    .getByRole('button', { name: 'Choose the key file' })
    .click();
  await (await chooser).setFiles(file);
  const ask = amal.getByRole('dialog', { name: 'Passphrase of the key file' });
  await ask.getByRole('textbox', { name: 'Passphrase', exact: true }).fill('cedar of the atlas');
  await ask.getByRole('button', { name: 'Import the key' }).click();
  await expect(ask).toContainText('That passphrase does not open this file.');
  await expect(own).toHaveText(before ?? '');
  await ask.getByRole('textbox', { name: 'Passphrase', exact: true }).fill('cedar of the Atlas');
  await ask.getByRole('button', { name: 'Import the key' }).click();
  await expect(ask).toBeHidden();
  await expect(amal.locator('.notices')).toContainText('Key imported');
  await expect(own).toContainText(`Your key fingerprint: ${expected}`);
  await expectAccessible(amal, 'partners-key');

  const pkg = unzipSync(new Uint8Array(readFileSync(await exportPackage(amal, dir, 'amal.mcpkg'))));
  const signature = JSON.parse(strFromU8(pkg['signature.json']!)) as { publicKey: string };
  expect(signature.publicKey).toBe(key.publicKeyBase64);
});
