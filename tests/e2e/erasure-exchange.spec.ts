/**
 * Erasure wins across packages (EXCHANGE.md, guarantee 6): a person erased by one partner stays
 * erased when an older package that still holds their data is imported afterwards.
 */
import { expect, test } from './fixtures';
import { exportPackage, importPackage, twoPartners } from './pages/exchange';
import { RecordPages } from './pages/records';

test('an erased contact stays erased after re-importing an older package', async ({
  browser,
}, testInfo) => {
  const { dir, amal, marco } = await twoPartners(browser, testInfo);

  // Amal records a person she may share with partners, and exports twice (same data).
  const contactId = await new RecordPages(amal).createSharedPerson(
    'Leila',
    'Ben Salah',
    'leila@sfax-mills.example',
  );
  const older = await exportPackage(amal, dir, 'amal-older.mcpkg');
  const first = await exportPackage(amal, dir, 'amal-first.mcpkg');

  // Marco imports the first package, and erases the person at their request.
  await importPackage(marco, first);
  await marco.getByRole('button', { name: 'Apply the package' }).click();
  await expect(marco.locator('.notices')).toContainText('Package applied');
  await marco.goto(`./#/contacts/${contactId}`);
  await expect(marco.getByText('leila@sfax-mills.example')).toBeVisible();
  await marco.getByRole('button', { name: 'Erase person' }).click();
  await marco
    .getByRole('dialog', { name: 'Erase this person for good?' })
    .getByRole('button', { name: 'Erase person' })
    .click();
  await expect(marco.locator('.notices')).toContainText('The person was erased.');

  // The older package still carries Leila's data: importing it brings none of it back.
  await importPackage(marco, older);
  await expect(marco.getByTestId('package-source')).toContainText('Tunisian Olive Oil Cluster');
  await marco.getByRole('button', { name: 'Apply the package' }).click();
  await expect(marco.locator('.notices')).toContainText('Package applied');
  await marco.goto(`./#/contacts/${contactId}`);
  await expect(marco.getByText('Erased person')).toBeVisible();
  await expect(marco.getByText('leila@sfax-mills.example')).toHaveCount(0);
  await expect(marco.getByText('Ben Salah')).toHaveCount(0);

  // And the erasure reaches Amal with Marco's next package, even though her copy is newer. Marco
  // never sent her a package before: an erasure from a new partner is applied once she confirms.
  const fromMarco = await exportPackage(marco, dir, 'marco.mcpkg');
  await importPackage(amal, fromMarco);
  const warning = amal.getByTestId('signer-warning');
  await expect(warning).toContainText(
    'Distretto Agroalimentare di Puglia has never sent you a package before, and this one would erase 1 people here for good.',
  );
  await expect(amal.getByRole('button', { name: 'Apply the package' })).toBeDisabled();
  await warning.getByRole('checkbox').check();
  await amal.getByRole('button', { name: 'Apply the package' }).click();
  await expect(amal.locator('.notices')).toContainText('Package applied');
  await amal.goto(`./#/contacts/${contactId}`);
  await expect(amal.getByText('Erased person')).toBeVisible();
  await expect(amal.getByText('leila@sfax-mills.example')).toHaveCount(0);
});
