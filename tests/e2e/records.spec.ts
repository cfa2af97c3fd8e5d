/**
 * Record forms and pages: organisations created with the code pickers, inline validation that
 * saves nothing, editing, a cluster's roster by helix, memberships, contacts with consent,
 * deleting with Undo, and code labels in Spanish.
 */
import { expect, startWithSample, test } from './fixtures';
import { RecordPages } from './pages/records';

test('an organisation is created with the pickers, refused while invalid, and edited', async ({
  page,
  welcome,
  clusters,
}) => {
  await startWithSample(welcome, clusters);
  const records = new RecordPages(page);
  await records.openNew('organisations');
  await expect(records.heading()).toHaveText('New organisation');

  await records.field('Name').fill('Instituto Tecnológico del Olivar');
  await records
    .field('Type')
    .selectOption({ label: 'Research & technology organisation / technology centre' });

  // The region list follows the country: Tunisian governorates, then Spanish NUTS 2 regions.
  await expect(records.combobox('Region')).toBeDisabled();
  await records.pick('Country', 'tunis', 'TN — Tunisia');
  await expect(records.combobox('Country')).toHaveValue('TN — Tunisia');
  await records.combobox('Region').click();
  await expect(records.options().first()).toHaveText(/^TN-\d+ — /);
  await expect(records.options().filter({ hasText: 'TN-61 — Sfax' })).toBeVisible();
  await records.combobox('Region').press('Escape');
  await expect(records.options()).toHaveCount(0);

  await records.pick('Country', 'spai', 'ES — Spain');
  await expect(page.getByText('NUTS 2 regions (NUTS 2024).')).toBeVisible();
  await records.combobox('Region').fill('andalu');
  await expect(records.options()).toHaveText(['ES61 — Andalucía']);
  await records.combobox('Region').press('Enter');
  await expect(records.combobox('Region')).toHaveValue('ES61 — Andalucía');

  // NACE search in English by words; keyboard choice; a second code by its number.
  await records.combobox('Economic activities (NACE)').fill('scientific research');
  await expect(records.options().first()).toHaveText('72 — Scientific research and development');
  await records.combobox('Economic activities (NACE)').press('ArrowDown');
  await records.combobox('Economic activities (NACE)').press('ArrowUp');
  await records.combobox('Economic activities (NACE)').press('Enter');
  await records.pick('Economic activities (NACE)', '10', /^10 — Manufacture of food products/);
  await records.combobox('Economic activities (NACE)').press('Escape');
  await expect(records.chips('Economic activities (NACE)')).toHaveText([
    /72 — Scientific research and development/,
    /10 — Manufacture of food products/,
  ]);

  await records.field('What it offers').fill('Olive oil quality testing');
  await records.field('What it offers').press('Enter');

  // A bad web address: shown next to the field, focused, and nothing is written.
  await records.field('Website').fill('olivar');
  await records.save();
  await expect(
    page.getByText('Use a web address such as www.example.org or https://www.example.org.'),
  ).toBeVisible();
  await expect(records.field('Website')).toHaveAttribute('aria-invalid', 'true');
  await expect(records.field('Website')).toBeFocused();
  await expect(page.getByRole('alert')).toHaveText('1 field needs your attention before saving.');
  await expect(page).toHaveURL(/#\/organisations\/new$/);
  expect(await records.countNamed('organisations', 'Instituto Tecnológico del Olivar')).toBe(0);

  await records.field('Website').fill('https://olivar.example');
  await records.save();
  const id = await records.waitForRecord('organisations');
  await expect(records.notices()).toContainText('Saved.');
  await expect(records.heading()).toHaveText('Instituto Tecnológico del Olivar');
  await expect(records.detail('Helix')).toHaveText('Knowledge');
  await expect(records.detail('Region')).toHaveText('ES61 — Andalucía');
  await expect(records.detail('Economic activities (NACE)')).toContainText(
    '72 — Scientific research and development',
  );
  await expect(records.detail('What it offers')).toHaveText('Olive oil quality testing');

  await records.link('Edit').click();
  await expect(records.heading()).toHaveText('Edit Instituto Tecnológico del Olivar');
  await expect(records.field('Name')).toHaveValue('Instituto Tecnológico del Olivar');
  await expect(records.combobox('Region')).toHaveValue('ES61 — Andalucía');
  await records.field('Name').fill('Centro Tecnológico del Olivar');
  await records.save();
  await expect(page).toHaveURL(new RegExp(`#/organisations/${id}$`));
  await expect(records.heading()).toHaveText('Centro Tecnológico del Olivar');
  expect(await records.countNamed('organisations', 'Centro Tecnológico del Olivar')).toBe(1);
});

test('a membership puts an organisation on a cluster roster, grouped by helix', async ({
  page,
  welcome,
  clusters,
}) => {
  await startWithSample(welcome, clusters);
  const records = new RecordPages(page);
  await records.createOrganisation({
    name: 'Universitat de Prova',
    type: 'University',
    countrySearch: 'gree',
    country: 'GR — Greece',
  });

  await records.link('Add to cluster').click();
  await expect(records.heading()).toHaveText('New membership');
  await expect(records.combobox('Organisation')).toHaveValue('Universitat de Prova');
  await records.pick('Cluster', 'cretan olive', 'Cretan Olive Oil and Agrifood Cluster');
  await records.field('Since').fill('14/03/2026');
  await records.save();
  await records.waitForRecord('memberships');
  await expect(records.heading()).toHaveText(
    'Universitat de Prova in Cretan Olive Oil and Agrifood Cluster',
  );

  await records.link('Cretan Olive Oil and Agrifood Cluster').click();
  await records.waitForRecord('clusters');
  await expect(records.heading()).toHaveText('Cretan Olive Oil and Agrifood Cluster');
  const knowledge = page.getByTestId('helix-group-knowledge');
  await expect(knowledge.getByRole('heading')).toHaveText(/^Knowledge \(\d+\)$/);
  await expect(knowledge.getByRole('row', { name: /Universitat de Prova/ })).toContainText(
    'Member',
  );
  await expect(page.getByTestId('helix-group-industry').getByRole('heading')).toHaveText(
    /^Industry \(\d+\)$/,
  );
  // The industry group lists companies only.
  await expect(page.getByTestId('helix-group-industry')).not.toContainText('University');
  await expect(page.getByTestId('helix-count-knowledge')).toHaveText(/Knowledge: \d+/);

  // "Add member" pre-fills the cluster; the same pair is flagged as a duplicate.
  await records.link('Add member').click();
  await expect(records.combobox('Cluster')).toHaveValue('Cretan Olive Oil and Agrifood Cluster');
  await records.pick('Organisation', 'prova', 'Universitat de Prova');
  await expect(page.getByText(/already on this cluster's roster/)).toBeVisible();
  await records.link('Cancel').click();
  await expect(records.heading()).toHaveText('Cretan Olive Oil and Agrifood Cluster');

  await knowledge.getByRole('link', { name: 'Universitat de Prova' }).click();
  await expect(records.heading()).toHaveText('Universitat de Prova');
  await expect(
    page.getByRole('row', { name: /Cretan Olive Oil and Agrifood Cluster/ }),
  ).toContainText('Member');
});

test('a contact with consent needs the consent date; a bad e-mail is shown inline', async ({
  page,
  welcome,
  clusters,
}) => {
  await startWithSample(welcome, clusters);
  const records = new RecordPages(page);
  await records.createOrganisation({
    name: 'Sfax Olive Mills',
    type: 'SME – small (10–49 staff)',
    countrySearch: 'tun',
    country: 'TN — Tunisia',
  });

  await records.link('Add contact').click();
  await expect(records.heading()).toHaveText('New contact');
  await expect(records.combobox('Organisation')).toHaveValue('Sfax Olive Mills');
  await records.field('Given name').fill('Leila');
  await records.field('Family name').fill('Ben Salah');
  await records.field('E-mail').fill('leila@');
  await records.pick('Languages', 'arab', /Arabic/);
  await records.combobox('Languages').press('Escape');
  await records.field('Legal basis for processing').selectOption('consent');
  await records.save();

  await expect(page.getByText('Use an e-mail address like name@example.org.')).toBeVisible();
  await expect(page.getByText('Consent needs the date it was given.')).toBeVisible();
  await expect(records.field('E-mail')).toBeFocused();
  await expect(records.field('Consent given on')).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(/#\/contacts\/new/);

  await records.field('E-mail').fill('leila@sfax-mills.example');
  await records.field('Consent given on').fill('01/03/2026');
  await records.field('Share with').selectOption('partners');
  await records.save();
  await records.waitForRecord('contacts');
  await expect(records.heading()).toHaveText('Leila Ben Salah');
  await expect(records.detail('Legal basis for processing')).toHaveText('Consent');
  await expect(records.detail('Consent given on')).toHaveText('1 Mar 2026');
  await expect(records.detail('Share with')).toHaveText('Partners (shared in result packages)');
  await expect(records.detail('Languages')).toHaveText('Arabic');
  await expect(records.detail('Do not contact')).toHaveText('No');

  await records.link('Sfax Olive Mills').click();
  await expect(records.heading()).toHaveText('Sfax Olive Mills');
  await expect(page.getByRole('row', { name: /Leila Ben Salah/ })).toContainText(
    'leila@sfax-mills.example',
  );
});

test('deleting offers Undo; a deleted record opened by its address can be restored', async ({
  page,
  welcome,
  clusters,
}) => {
  await startWithSample(welcome, clusters);
  const records = new RecordPages(page);
  const id = await records.createOrganisation({
    name: 'Temporary Test Organisation',
    type: 'Public authority',
    countrySearch: 'mal',
    country: 'MT — Malta',
  });

  await records.button('Delete').click();
  await expect(page).toHaveURL(/#\/organisations$/);
  const notice = records.notices().locator('.notice', { hasText: 'Deleted' });
  await expect(notice).toContainText('Deleted “Temporary Test Organisation”.');
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(page).toHaveURL(new RegExp(`#/organisations/${id}$`));
  await expect(records.heading()).toHaveText('Temporary Test Organisation');
  await expect(records.notices()).toContainText('Restored “Temporary Test Organisation”.');

  await records.button('Delete').click();
  await expect(page).toHaveURL(/#\/organisations$/);
  await records.open('organisations', id);
  await expect(page.getByText('This record was deleted.')).toBeVisible();
  await records.button('Restore').click();
  await expect(records.button('Delete')).toBeVisible();
  await expect(records.link('Edit')).toBeVisible();

  await records.open('organisations', '01900000-0000-7000-8000-000000000000');
  await expect(records.heading()).toHaveText('Record not found');
  await records.link('Back to organisations').click();
  await expect(page).toHaveURL(/#\/organisations$/);
});

test('in Spanish, NACE labels and country names are Spanish', async ({
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
  await records.openNew('organisations');
  await expect(records.heading()).toHaveText('Nueva organización');
  await records.pick('País', 'tún', 'TN — Túnez');
  await records.combobox('Actividades económicas (NACE)').fill('alimentaria');
  await expect(records.options().filter({ hasText: '10 — Industria alimentaria' })).toBeVisible();
  await records.combobox('Actividades económicas (NACE)').press('Enter');
  // English words still find the Spanish entry.
  await records.pick('Actividades económicas (NACE)', 'scientific research', /^72 — /);
  await records.combobox('Actividades económicas (NACE)').press('Escape');
  await expect(records.chips('Actividades económicas (NACE)')).toHaveText([
    /10 — Industria alimentaria/,
    /72 — Investigación y desarrollo/,
  ]);
  await expect(page.getByText(/Secciones y divisiones de la NACE Rev\. 2\.1/)).toBeVisible();
});
