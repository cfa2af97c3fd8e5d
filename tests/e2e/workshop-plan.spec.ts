/**
 * Changing a workshop after it was planned, in Chromium on the sample workspace: its details
 * edited (checked with the schema's messages) and still there after a reload; deleting it (after
 * a confirmation) with Undo; a walk-in's new organisation starting in the workshop's country;
 * the invite lists narrowed by a filter with each cluster's count; and the B2B schedule starting
 * when the agenda plans its stage, its times on a 24-hour clock.
 */
import type { Page } from '@playwright/test';
import { expect, startWithSample, test } from './fixtures';
import { reloadWhenSaved } from './pages/shell';

const SHOTS = process.env.SHOTS_DIR ?? 'test-results/screens';

/** Plans a meta-cluster workshop for the sample meta-cluster and waits for its plan. */
async function planMetaClusterWorkshop(page: Page, name: string, venue: string) {
  await page.goto('./#/workshops');
  await page
    .getByRole('combobox', { name: /^Type/ })
    .selectOption({ label: 'Meta-cluster workshop' });
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  await page.getByRole('textbox', { name: 'Venue', exact: true }).fill(venue);
  await page.getByRole('button', { name: 'Plan', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
}

async function screenshots(page: Page, name: string) {
  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${name} at ${width}px is not wider than the window`).toBeLessThanOrEqual(0);
  }
  await page.setViewportSize({ width: 1366, height: 768 });
}

test('a workshop’s details are edited after planning, and it is deleted with Undo', async ({
  page,
  welcome,
  clusters,
}) => {
  test.setTimeout(180_000);
  await startWithSample(welcome, clusters);
  await planMetaClusterWorkshop(page, 'Tunis partners day', 'Hotel Africa');

  const details = page.getByRole('region', { name: 'Workshop', exact: true });
  const name = details.getByRole('textbox', { name: 'Name' });
  // Typed in the language's order (dd/mm/yyyy in English).
  const date = details.getByRole('textbox', { name: 'Date' });
  const venue = details.getByRole('textbox', { name: 'Venue' });
  const facilitators = details.getByRole('textbox', { name: /^Facilitators/ });
  const languages = details.getByRole('textbox', { name: /^Languages/ });
  const save = details.getByRole('button', { name: 'Save details' });
  await expect(name).toHaveValue('Tunis partners day');
  await expect(venue).toHaveValue('Hotel Africa');
  await expect(facilitators).toHaveValue('Amal Haddad');

  // The schema's own messages, next to their fields; nothing is saved.
  await name.fill('   ');
  await date.fill('');
  await languages.fill('english');
  await save.click();
  await expect(details.getByText('Enter a name.')).toBeVisible();
  await expect(details.getByText('Use a date like 2026-03-14.')).toBeVisible();
  await expect(details.getByText('Use language codes such as en, fr or ar')).toBeVisible();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toBeFocused();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tunis partners day');

  await name.fill('Tunis partners day (revised)');
  await date.fill('20/05/2026');
  await venue.fill('Hotel Africa, Tunis');
  await facilitators.fill('Amal Haddad,  Karim Ben Salah');
  await languages.fill('en, FR, ar');
  await save.click();
  await expect(page.locator('.notices')).toContainText('Workshop details saved.');
  await expect(details.getByText('Enter a name.')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tunis partners day (revised)');
  await screenshots(page, 'plan');

  // Saved through the repository: a reload finds the edited values.
  await reloadWhenSaved(page);
  await expect(name).toHaveValue('Tunis partners day (revised)');
  await expect(date).toHaveValue('20/05/2026');
  await expect(venue).toHaveValue('Hotel Africa, Tunis');
  await expect(facilitators).toHaveValue('Amal Haddad, Karim Ben Salah');
  await expect(languages).toHaveValue('en, fr, ar');
  const workshopUrl = page.url();

  await page.goto('./#/workshops');
  const row = page.getByRole('row', { name: /Tunis partners day \(revised\)/ });
  await expect(row).toContainText('20 May 2026');
  await expect(row).toContainText('Hotel Africa, Tunis');

  // Delete: a confirmation first (Cancel keeps it), then back to the list, with Undo.
  await row.getByRole('link', { name: 'Tunis partners day (revised)' }).click();
  await page.getByRole('button', { name: 'Delete workshop…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete “Tunis partners day (revised)”?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tunis partners day (revised)');

  await page.getByRole('button', { name: 'Delete workshop…' }).click();
  await dialog.getByRole('button', { name: 'Delete workshop' }).click();
  await expect(page).toHaveURL(/#\/workshops$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Workshops');
  await expect(page.getByRole('row', { name: /Tunis partners day/ })).toHaveCount(0);
  const notice = page
    .locator('.notice')
    .filter({ hasText: 'Workshop “Tunis partners day (revised)” deleted.' });
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tunis partners day (revised)');
  await page.goto('./#/workshops');
  await expect(page.getByRole('row', { name: /Tunis partners day/ })).toHaveCount(1);

  // Deleted for good this time: not listed, also after a reload; its page says so.
  await row.getByRole('link', { name: 'Tunis partners day (revised)' }).click();
  await page.getByRole('button', { name: 'Delete workshop…' }).click();
  await dialog.getByRole('button', { name: 'Delete workshop' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Workshops');
  await reloadWhenSaved(page);
  await expect(page.getByRole('table', { name: 'Workshops' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Tunis partners day/ })).toHaveCount(0);
  await page.goto(workshopUrl);
  await expect(page.getByText('This workshop was deleted.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Restore' })).toBeVisible();
});

test('walk-ins start in the workshop’s country; invite lists filter and count', async ({
  page,
  welcome,
  clusters,
}) => {
  test.setTimeout(180_000);
  await startWithSample(welcome, clusters);
  await planMetaClusterWorkshop(page, 'Partners day', 'Conference Centre');
  const planUrl = page.url();

  // No country in the venue: the host's (the meta-cluster's lead cluster's) country.
  await page.getByRole('link', { name: 'Participants', exact: true }).click();
  const country = page.getByRole('combobox', { name: /^Country/ });
  await expect(country).toHaveValue(/Spain/);

  // A venue that names a country wins over the host's.
  await page.goto(planUrl);
  const details = page.getByRole('region', { name: 'Workshop', exact: true });
  await details.getByRole('textbox', { name: 'Venue' }).fill('Centre de congrès, Tunis, Tunisie');
  await details.getByRole('button', { name: 'Save details' }).click();
  await expect(page.locator('.notices')).toContainText('Workshop details saved.');
  await page.getByRole('link', { name: 'Participants', exact: true }).click();
  await expect(country).toHaveValue(/Tunisia/);
  await page.getByLabel('Given name').fill('Salma');
  await page.getByLabel('Family name').fill('Trabelsi');
  await page.getByLabel('New organisation name').fill('Sfax Olive Press Cooperative');
  await page.getByRole('button', { name: 'Add walk-in' }).click();
  const people = page.getByRole('table', { name: 'Participants' });
  await expect(people.getByRole('row', { name: /Salma Trabelsi/ })).toContainText('Tunisia');
  // The next walk-in starts in the same country.
  await expect(country).toHaveValue(/Tunisia/);

  // Every cluster's list counts what it shows and what is ticked.
  const roster = page.getByRole('region', { name: 'Invite from the rosters' });
  const groups = roster.locator('details');
  await expect(groups).toHaveCount(3);
  const counts = roster.getByTestId('invite-group-counts');
  const totals: number[] = [];
  for (const text of await counts.allInnerTexts()) {
    const match = /^(\d+) of (\d+) shown · 0 selected$/.exec(text.trim());
    expect(match, text).not.toBeNull();
    expect(match![1]).toBe(match![2]);
    totals.push(Number(match![2]));
  }
  // Pick someone from the last cluster, by the name on their checkbox ("Invite Name (Org)").
  const last = groups.nth(2);
  if ((await last.getAttribute('open')) === null) await last.locator('summary').click();
  const label = await last
    .getByRole('checkbox', { name: /^Invite / })
    .first()
    .getAttribute('aria-label');
  const [, person, organisation] = /^Invite (.+) \((.+)\)$/.exec(label ?? '') ?? [];
  expect(person && organisation).toBeTruthy();

  const filter = roster.getByRole('textbox', { name: 'Filter by name or organisation' });
  await filter.fill(`${person!} ${organisation!}`);
  await expect(counts.nth(2)).toHaveText(`1 of ${totals[2]!} shown · 0 selected`);
  await expect(counts.nth(0)).toHaveText(`0 of ${totals[0]!} shown · 0 selected`);
  await expect(roster.getByText(/^Nobody in .* matches/).first()).toBeVisible();
  await screenshots(page, 'participants-filtered');
  await last.getByRole('checkbox', { name: `Invite ${person!} (${organisation!})` }).check();
  await expect(counts.nth(2)).toHaveText(`1 of ${totals[2]!} shown · 1 selected`);
  // Clearing the filter shows everyone again; the tick stays.
  await filter.fill('');
  await expect(counts.nth(2)).toHaveText(`${totals[2]!} of ${totals[2]!} shown · 1 selected`);
  await roster.getByRole('button', { name: 'Invite selected' }).click();
  await expect(people.getByRole('row', { name: new RegExp(person!) })).toHaveCount(1);
  await expect(counts.nth(2)).toHaveText(`${totals[2]!} of ${totals[2]!} shown · 0 selected`);
  await screenshots(page, 'participants');
});

test('the B2B schedule starts when the agenda plans its stage, on a 24-hour clock', async ({
  page,
  welcome,
  clusters,
}) => {
  test.setTimeout(180_000);
  await startWithSample(welcome, clusters);
  await planMetaClusterWorkshop(page, 'Afternoon B2B', 'Port Authority');

  // An afternoon start: the matchmaking stage then starts after 13:00.
  await page.getByLabel('Starts at').fill('12:30');
  const agenda = page.getByRole('table', { name: 'Agenda' });
  await expect(agenda.locator('tbody tr').first()).toContainText('12:30–');
  const row = agenda.getByRole('row', { name: /Complementarity and matchmaking/ });
  const planned = /(\d\d:\d\d)–/.exec(await row.locator('td').first().innerText())?.[1];
  expect(planned).toMatch(/^1[3-9]:\d\d$/);

  // Two people from each cluster, so that organisations from several countries are in the room.
  await page.getByRole('link', { name: 'Participants', exact: true }).click();
  const roster = page.getByRole('region', { name: 'Invite from the rosters' });
  await expect(roster.locator('details')).toHaveCount(3);
  for (const details of await roster.locator('details').all()) {
    if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  }
  for (const group of await roster.getByRole('group').all()) {
    const boxes = group.getByRole('checkbox', { name: /^Invite / });
    await boxes.nth(0).check();
    await boxes.nth(1).check();
  }
  await page.getByRole('button', { name: 'Invite selected' }).click();
  await expect(page.getByRole('table', { name: 'Participants' }).locator('tbody tr')).toHaveCount(
    6,
  );

  // Straight to the matchmaking stage.
  await page.getByRole('link', { name: 'Run', exact: true }).click();
  await page.getByRole('button', { name: 'Start the workshop' }).click();
  await page
    .getByRole('navigation', { name: /stages/i })
    .getByRole('button', { name: /Complementarity and matchmaking/ })
    .click();
  await expect(page.locator('#stage-title')).toContainText('Complementarity and matchmaking');
  await expect(page.getByLabel('Start time')).toHaveValue(planned!);
  await expect(page.getByTestId('schedule-planned-start')).toHaveText(
    new RegExp(`^The agenda plans this stage for \\d+ \\w+ \\d{4} at ${planned!}\\.$`),
  );

  const organisation = page.getByRole('combobox', { name: 'Organisation', exact: true });
  const labels = await organisation.locator('option').allTextContents();
  const spanish = labels.find((label) => label.endsWith('(Spain)'));
  const other = labels.find((label) => /\((Morocco|Palestine|Tunisia)\)$/.test(label));
  expect(spanish && other).toBeTruthy();
  await organisation.selectOption({ label: spanish! });
  await page.getByRole('combobox', { name: 'Offer or need' }).selectOption('offer');
  await page.getByLabel('Card text').fill('Pilot line for pomace drying');
  await page.getByRole('button', { name: 'Add card' }).click();
  await organisation.selectOption({ label: other! });
  await page.getByRole('combobox', { name: 'Offer or need' }).selectOption('need');
  await page.getByLabel('Card text').fill('Pomace drying pilot line');
  await page.getByRole('button', { name: 'Add card' }).click();
  await page.getByRole('button', { name: 'Suggest pairs' }).click();
  await page
    .getByRole('button', { name: /^Keep / })
    .first()
    .click();
  await expect(page.getByText('No pairs kept yet.')).toHaveCount(0);
  await page.getByRole('textbox', { name: 'Minutes per slot' }).fill('20');
  await page.getByRole('button', { name: 'Generate schedule' }).click();

  // Slots from the planned start, 24-hour ("13:05–13:25", never "1:05 PM").
  const grid = page.locator('table.stage-grid');
  const [hours, minutes] = planned!.split(':').map(Number);
  const end = hours! * 60 + minutes! + 20;
  const endText = `${String(Math.floor(end / 60)).padStart(2, '0')}:${String(end % 60).padStart(2, '0')}`;
  await expect(grid.locator('thead th').nth(1)).toHaveText(`${planned!}–${endText}`);
  await expect(grid).not.toContainText(/AM|PM/);
  // Saved with the schedule: a reload keeps the start time.
  await reloadWhenSaved(page);
  await expect(page.getByLabel('Start time')).toHaveValue(planned!);
});
