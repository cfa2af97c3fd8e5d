/**
 * The date field of the form kit: typed by keyboard in the UI language's order (dd/mm/yyyy in
 * English and Spanish), saved and shown again after a reload; a day that does not exist is refused
 * with nothing saved; a pick in the browser's picker commits at once.
 */
import type { Page } from '@playwright/test';
import { expect, startWithSample, test } from './fixtures';
import { RecordPages } from './pages/records';
import { reloadWhenSaved } from './pages/shell';

/** A membership's stored fields, read straight from IndexedDB. */
async function storedMembership(page: Page, id: string) {
  return page.evaluate(
    (wanted) =>
      new Promise<{ since: string | null; until: string | null }>((resolve, reject) => {
        const request = indexedDB.open('meta-cluster-studio');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const get = db.transaction('memberships').objectStore('memberships').get(wanted);
          get.onerror = () => reject(get.error);
          get.onsuccess = () => {
            db.close();
            resolve(get.result as { since: string | null; until: string | null });
          };
        };
      }),
    id,
  );
}

/** Clicks into a field, clears it and types like a person. */
async function typeInto(page: Page, field: ReturnType<RecordPages['field']>, text: string) {
  await field.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text, { delay: 60 });
}

test('a date typed as dd/mm/yyyy is saved, shown after a reload, and a bad one is refused', async ({
  page,
  welcome,
  clusters,
}) => {
  await startWithSample(welcome, clusters);
  const records = new RecordPages(page);
  await records.createOrganisation({
    name: 'Laboratoire des Dates',
    type: 'University',
    countrySearch: 'fran',
    country: 'FR — France',
  });
  await records.link('Add to cluster').click();
  await expect(records.heading()).toHaveText('New membership');
  await records.pick('Cluster', 'cretan olive', 'Cretan Olive Oil and Agrifood Cluster');

  const since = records.field('Since');
  await expect(since).toHaveAttribute('placeholder', 'dd/mm/yyyy');
  await typeInto(page, since, '15/03/2026');
  await page.keyboard.press('Tab');
  await expect(records.button('Choose date: Since')).toBeFocused();
  await expect(since).toHaveValue('15/03/2026');
  await records.save();
  const id = await records.waitForRecord('memberships');
  await expect(records.detail('Since')).toHaveText('15 Mar 2026');
  expect((await storedMembership(page, id)).since).toBe('2026-03-15');

  await reloadWhenSaved(page);
  await expect(records.detail('Since')).toHaveText('15 Mar 2026');
  await records.link('Edit').click();
  await expect(records.heading()).toHaveText('Edit membership');
  await expect(records.field('Since')).toHaveValue('15/03/2026');

  // 31 February: an inline error, the old value kept, and neither Save nor Enter saves.
  const until = records.field('Until');
  await typeInto(page, until, '31/02/2026');
  await page.keyboard.press('Tab');
  await expect(page.getByText('Not a date: type it as dd/mm/yyyy.')).toBeVisible();
  await expect(until).toHaveAttribute('aria-invalid', 'true');
  await records.save();
  await expect(until).toBeFocused();
  await until.press('Enter');
  await expect(records.heading()).toHaveText('Edit membership');
  expect((await storedMembership(page, id)).until).toBeNull();

  // Short parts are fine; Enter commits the date and then saves the form.
  await typeInto(page, until, '1/4/26');
  await page.keyboard.press('Enter');
  await records.waitForRecord('memberships');
  await expect(records.detail('Until')).toHaveText('1 Apr 2026');
  expect(await storedMembership(page, id)).toMatchObject({
    since: '2026-03-15',
    until: '2026-04-01',
  });
});

test('the picker commits at once, and Spanish types dd/mm/aaaa', async ({
  page,
  welcome,
  shell,
  clusters,
}) => {
  await startWithSample(welcome, clusters);
  await shell.go('Settings');
  await page.getByLabel('Language of the interface').selectOption('es');
  await expect(page.getByRole('heading', { name: 'Ajustes', level: 1 })).toBeVisible();

  const records = new RecordPages(page);
  await records.openNew('memberships');
  await expect(records.heading()).toHaveText('Nueva membresía');
  const since = records.field('Desde');
  await expect(since).toHaveAttribute('placeholder', 'dd/mm/aaaa');
  await expect(records.button('Elegir fecha: Desde')).toBeEnabled();

  // The browser's own picker is not part of the page; a pick reaches its hidden date input.
  const picker = records.form().locator('.field', { has: since }).locator('input[type="date"]');
  await expect(picker).toHaveAttribute('aria-hidden', 'true');
  await picker.fill('2026-04-01', { force: true });
  await expect(since).toHaveValue('01/04/2026');
  // The button opens that picker (no error in the page); Escape closes it with nothing changed.
  await records.button('Elegir fecha: Desde').click();
  await page.keyboard.press('Escape');
  await expect(since).toHaveValue('01/04/2026');

  await typeInto(page, records.field('Hasta'), '31/02/2026');
  await page.keyboard.press('Tab');
  await expect(page.getByText('No es una fecha válida: escríbala como dd/mm/aaaa.')).toBeVisible();
  await expect(since).toHaveValue('01/04/2026');
});
