/** First run: identity, the sample workspace, the clusters table, and persistence across reloads. */
import { expect, startWithSample, test } from './fixtures';
import { SECTIONS_EN, reloadWhenSaved } from './pages/shell';

test('first run with the sample workspace shows its clusters, and they survive a reload', async ({
  page,
  welcome,
  shell,
  clusters,
}) => {
  const rowCount = await startWithSample(welcome, clusters);
  expect(rowCount).toBeGreaterThanOrEqual(30);
  await expect(clusters.heading()).toHaveText('Clusters');
  await expect(shell.identity()).toHaveText('Amal Haddad · Tunisian Olive Oil Cluster');
  await expect(shell.header()).toContainText('Sample workspace');
  await expect(shell.header().getByText('Sample data')).toBeVisible();
  await shell.expectSections(SECTIONS_EN);
  await expect(clusters.count()).toHaveText(`${rowCount} clusters`);

  // Countries come from Intl in the UI language; at least 12 distinct ones, EU and partner countries.
  const countries = new Set(await clusters.columnValues(1));
  expect(countries.size).toBeGreaterThanOrEqual(12);
  expect(countries).toContain('Tunisia');
  expect(countries).toContain('Spain');
  // Member counts are real numbers, and some clusters have members.
  const members = (await clusters.columnValues(4)).map((text) =>
    Number(text.replace(/[^\d]/g, '')),
  );
  expect(members.some((value) => value >= 15)).toBe(true);

  const firstNames = await clusters.columnValues(0);
  await reloadWhenSaved(page);
  await expect(welcome.heading()).toHaveCount(0);
  await clusters.waitForRows(30);
  expect(await clusters.columnValues(0)).toEqual(firstNames);
  await expect(shell.identity()).toHaveText('Amal Haddad · Tunisian Olive Oil Cluster');
});

test('the welcome screen refuses an empty name and writes nothing', async ({ page, welcome }) => {
  await welcome.open();
  await welcome.fillIdentity('   ', '');
  await welcome.startEmpty();
  await expect(page.getByText('Enter your name.')).toBeVisible();
  await expect(page.getByText('Enter your partner organisation.')).toBeVisible();
  await expect(page.getByLabel('Your name')).toHaveAttribute('aria-invalid', 'true');
  await reloadWhenSaved(page);
  await expect(welcome.heading()).toBeVisible();
});

test('an empty workspace explains what to do next', async ({ page, welcome, shell }) => {
  await welcome.open();
  await welcome.fillIdentity('Marco Rossi', 'Distretto Agroalimentare di Puglia');
  await welcome.startEmpty();
  await expect(page.getByRole('heading', { name: 'No clusters yet' })).toBeVisible();
  await expect(shell.header()).not.toContainText('Sample workspace');
  await page.getByRole('link', { name: 'Go to Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await expect(page.getByText('The sample workspace is not loaded.')).toBeVisible();
});

test('the clusters table sorts and searches', async ({ page, welcome, clusters }) => {
  const total = await startWithSample(welcome, clusters);
  const names = await clusters.columnValues(0);
  const collator = new Intl.Collator('en-GB');
  expect(names).toEqual([...names].sort(collator.compare));

  await clusters.sortBy('Members');
  const members = (await clusters.columnValues(4)).map((text) =>
    Number(text.replace(/[^\d]/g, '')),
  );
  expect(members).toEqual([...members].sort((a, b) => b - a));
  await expect(page.getByRole('columnheader', { name: 'Members' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );

  await clusters.search().fill('Tunisia');
  await expect.poll(() => clusters.rowCount()).toBeLessThan(total);
  const countries = await clusters.columnValues(1);
  expect(countries.length).toBeGreaterThan(0);
  expect(countries.every((country) => country === 'Tunisia')).toBe(true);
  await expect(clusters.count()).toHaveText(`${countries.length} of ${total} clusters`);

  await clusters.search().fill('zzzz-no-such-cluster');
  await expect(page.getByText('No cluster matches “zzzz-no-such-cluster”.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear search' }).click();
  await expect.poll(() => clusters.rowCount()).toBe(total);
});

test('the sample loads on a worker started ahead, and the next one is started after it', async ({
  page,
  welcome,
  clusters,
}) => {
  // Every worker the page starts, when, and when it is first given a task (the page's own
  // Worker, only observed).
  await page.addInitScript(() => {
    const seen: { created: number; firstTask: number | null }[] = [];
    (window as unknown as { workersSeen: typeof seen }).workersSeen = seen;
    const Original = window.Worker;
    window.Worker = class extends Original {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        const entry = { created: performance.now(), firstTask: null as number | null };
        seen.push(entry);
        const post = this.postMessage.bind(this) as (...args: unknown[]) => void;
        this.postMessage = (...args: unknown[]) => {
          entry.firstTask ??= performance.now();
          post(...args);
        };
      }
    };
  });
  type Seen = { created: number; firstTask: number | null }[];
  const workers = () =>
    page.evaluate(() => (window as unknown as { workersSeen: Seen }).workersSeen);
  await welcome.open();
  await welcome.fillIdentity('Amal Haddad', 'Tunisian Olive Oil Cluster');
  // Started while the page was idle, before anything asked for it.
  await expect.poll(async () => (await workers()).length).toBe(1);
  const asked = await page.evaluate(() => performance.now());
  await welcome.openSample();
  await expect(clusters.heading()).toBeVisible();
  await expect(page.getByRole('row').nth(1)).toBeVisible();
  // The sample was loaded on that worker; one more waits for the next task.
  await expect.poll(async () => (await workers()).length).toBe(2);
  const [first, next] = await workers();
  expect(first?.created).toBeLessThan(asked);
  expect(first?.firstTask).toBeGreaterThanOrEqual(asked);
  expect(next?.firstTask).toBeNull();
});
