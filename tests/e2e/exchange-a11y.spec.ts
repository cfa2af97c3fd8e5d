/**
 * The exchange screens issue 12 changed, checked with axe-core (no serious or critical
 * violation) in the states a user meets: a package preview from a partner never seen before that
 * lacks records and left some out, the exchange folder with a package waiting for review, and the
 * "Remove the sample data?" dialog. With SHOTS_DIR set, each state is also saved as screenshots at
 * 1366×768 and 1920×1080 (for looking at them, not for comparing pixels).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writePackage } from '../../src-core/exchange';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { folderPartner, importPackage, partner } from './pages/exchange';
import { WelcomeScreen } from './pages/welcome';

const STRANGER = 'cccccccccccccccc';
const T = Date.UTC(2026, 10, 20, 10, 0);
const clock = `${String(T).padStart(18, '0')}-0000-${STRANGER}`;
const id = (n: number) => `0192f0c4-7b1e-7c3a-9d2e-${String(n).padStart(12, '0')}`;

/** A package from a partner never seen: a cluster and two memberships, one organisation absent. */
async function strangersPackage(): Promise<Uint8Array> {
  const meta = (n: number) => ({ id: id(n), deleted: false, clocks: { '*': clock } });
  const organisation = {
    ...meta(2),
    name: 'Frantoio Lucano',
    type: 'sme-micro',
    country: 'IT',
    region: null,
    naceCodes: [],
    segments: [],
    website: null,
    offers: [],
    needs: [],
  };
  const cluster = {
    ...meta(1),
    name: 'Distretto Olivicolo Lucano',
    country: 'IT',
    region: null,
    valueChainIds: [],
    ecosystems: ['agri-food'],
    naceCodes: [],
    managementFte: null,
    website: null,
    hasEnglishWebsite: false,
    label: null,
  };
  const membership = (n: number, organisationId: string) => ({
    ...meta(n),
    organisationId,
    clusterId: cluster.id,
    status: 'member',
    since: null,
    until: null,
  });
  return writePackage({
    source: { nodeId: STRANGER, partnerOrganisation: 'Basilicata Agrifood', facilitator: 'Lucia' },
    scope: { kind: 'workspace' },
    knowledge: { [STRANGER]: clock },
    tables: {
      clusters: [cluster],
      organisations: [organisation],
      memberships: [membership(3, organisation.id), membership(4, id(99))],
    },
    appVersion: '0.1.0',
    createdAt: new Date(T).toISOString(),
    packageId: id(500),
    omitted: [{ table: 'contacts', reason: 'pointsToSample', records: 2 }],
  });
}

test('a preview from a partner never seen, lacking a record and naming what it left out', async ({
  browser,
}) => {
  const marco = await partner(browser, 'Marco Rossi', 'Distretto Agroalimentare di Puglia');
  const dir = mkdtempSync(join(tmpdir(), 'mcs-a11y-'));
  const file = join(dir, 'from-basilicata-agrifood-workspace.mcpkg');
  writeFileSync(file, await strangersPackage());
  await importPackage(marco, file);
  await expect(marco.getByTestId('new-partner')).toContainText(
    'New partner: Basilicata Agrifood has not sent you a package before.',
  );
  await expect(marco.getByTestId('package-missing')).toContainText(
    'Memberships (1): the Organisations they point to are neither in this package nor here. Ask Basilicata Agrifood for them.',
  );
  await expect(marco.getByTestId('package-omitted')).toContainText(
    'Contacts (2): left out, because they use the sender',
  );
  await expectAccessible(marco, 'exchange-preview');
});

test('the exchange folder with a package waiting for review', async ({ browser }) => {
  const { page: marco, close } = await folderPartner(
    browser,
    'Marco Rossi',
    'Distretto Agroalimentare di Puglia',
    { 'cccccccccccccccc-basilicata.mcpkg': await strangersPackage() },
  );
  await marco.goto('./#/exchange');
  await marco.getByRole('button', { name: 'Choose the folder…' }).click();
  await marco.getByRole('button', { name: 'Sync now' }).click();
  await expect(marco.getByTestId('sync-review')).toContainText(
    'comes from Basilicata Agrifood, a partner not seen before',
  );
  await marco.getByTestId('sync-review').scrollIntoViewIfNeeded();
  await expectAccessible(marco, 'exchange-folder-review');
  await close();
});

test('the "Remove the sample data?" dialog says what goes and what stays', async ({ browser }) => {
  const amal = await (await browser.newContext()).newPage();
  const welcome = new WelcomeScreen(amal);
  await welcome.open();
  await welcome.fillIdentity('Amal Haddad', 'Tunisian Olive Oil Cluster');
  await welcome.openSample();
  await expect(amal.locator('main tbody tr[aria-rowindex]').first()).toBeVisible({
    timeout: 60_000,
  });
  // The user changes one sample organisation: the dialog offers to keep it.
  await amal.goto('./#/organisations');
  await amal.locator('main tbody tr[aria-rowindex]').first().click();
  await amal.getByRole('link', { name: 'Edit' }).click();
  await amal.getByLabel(/^Name( \*)?$/).fill('Renamed by Amal');
  await amal.getByRole('button', { name: 'Save' }).click();
  await expect(amal.getByRole('heading', { level: 1 })).toContainText('Renamed by Amal');
  await amal.goto('./#/settings');
  await amal.getByRole('button', { name: 'Remove sample data' }).click();
  const dialog = amal.getByRole('dialog', { name: 'Remove the sample data?' });
  const keepChanged = dialog.getByRole('checkbox', {
    name: 'Also keep the 1 sample records I changed (and what they use)',
  });
  await expect(keepChanged).toBeChecked();
  await expect(dialog.getByTestId('sample-removal-summary')).toContainText(
    /Keeps \d+ sample records as your own/,
  );
  await expectAccessible(amal, 'sample-removal-dialog');
  // Unticked: nothing is kept, everything of the sample goes.
  await keepChanged.uncheck();
  await expect(dialog.getByTestId('sample-removal-summary')).not.toContainText('Keeps');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
});
