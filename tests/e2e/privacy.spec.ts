/** Erasing a person wipes their data, and a later import of the same person is caught. */
import { normaliseName } from '../../src-core/roster/normalise';
import { generateSampleWorkspace } from '../../src-core/sample';
import { expect, startWithSample, test } from './fixtures';
import { ImportWizardPage } from './pages/importer';
import { reloadWhenSaved } from './pages/shell';

const sample = generateSampleWorkspace({ seed: 2026 });
// A person whose organisation's name is unique, so the import can refer to it by name.
const nameCounts = new Map<string, number>();
for (const o of sample.organisations) {
  const key = normaliseName(o.name);
  nameCounts.set(key, (nameCounts.get(key) ?? 0) + 1);
}
const person = sample.contacts.find((c) => {
  const org = sample.organisations.find((o) => o.id === c.organisationId);
  return (
    c.email !== null &&
    c.givenName !== '' &&
    !c.doNotContact &&
    nameCounts.get(normaliseName(org?.name ?? '')) === 1
  );
})!;
const organisation = sample.organisations.find((o) => o.id === person.organisationId)!;

test('erase person wipes the personal fields, and re-importing them is flagged and skipped', async ({
  page,
  welcome,
  clusters,
}) => {
  await startWithSample(welcome, clusters);
  await page.goto(`./#/contacts/${person.id}`);
  const fullName = `${person.givenName} ${person.familyName}`;
  await expect(page.getByRole('heading', { level: 1 })).toContainText(fullName);
  await expect(page.getByText(person.email!)).toBeVisible();

  await page.getByRole('button', { name: 'Erase person' }).click();
  const dialog = page.getByRole('dialog', { name: 'Erase this person for good?' });
  await expect(dialog).toContainText('This cannot be undone.');
  await dialog.getByRole('button', { name: 'Erase person' }).click();
  await expect(page.locator('.notices')).toContainText('The person was erased.');
  await expect(page.getByText(person.email!)).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).not.toContainText(person.familyName);
  await expect(page.getByRole('button', { name: 'Erase person' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Edit' })).toHaveCount(0);

  // The erasure survives a reload (it is saved, not just shown).
  await reloadWhenSaved(page);
  await expect(page.getByText(person.email!)).toHaveCount(0);

  const wizard = new ImportWizardPage(page);
  await wizard.open();
  const csv = [
    'given name,family name,e-mail,organisation',
    `${person.givenName},${person.familyName},${person.email},"${organisation.name}"`,
    `Nadia,Benali,nadia.benali@newcontact.example,"${organisation.name}"`,
  ].join('\n');
  await wizard.chooseFile('Contacts', 'contacts.csv', csv);
  await wizard.checkRows();
  await expect(page.getByTestId('count-erased')).toHaveText('1 person erased before');
  const erasedRow = wizard.duplicates().filter({ hasText: person.email! });
  await expect(erasedRow).toContainText("This person's data was erased at their request.");
  await expect(page.getByRole('combobox', { name: 'What to do with row 2' })).toHaveValue('skip');
  await expect(wizard.confirmButton()).toHaveText('Import: add 1, update 0');
  await wizard.confirmButton().click();
  await expect(page.getByText('1 record added')).toBeVisible();
  await expect(page.getByText('1 row skipped')).toBeVisible();

  await page.goto(`./#/organisations/${organisation.id}`);
  await expect(page.getByText('Nadia Benali')).toBeVisible();
  await expect(page.getByText(fullName)).toHaveCount(0);
});
