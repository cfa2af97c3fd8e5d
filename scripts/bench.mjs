#!/usr/bin/env node
// `npm run bench [name…]`: builds the app and the benchmark page together (production build, one
// origin), runs each benchmark in headless Chromium and prints it as a ratio to a baseline measured
// in the same run. Results also go to bench/results/ (not committed).
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { chromiumArgs, chromiumExecutable } from '../tests/e2e/chromium.ts';
import { benchOrganisationsPage } from '../bench/ui.ts';
import { benchPages, printPages } from '../bench/pages.ts';

const root = resolve(import.meta.dirname, '..');
const only = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const wanted = (name) => only.length === 0 || only.includes(name);

console.log('Building the app and the benchmark page…');
const build = spawnSync('npx', ['vite', 'build', '--config', 'bench/vite.config.ts'], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

const server = await preview({
  root,
  configFile: resolve(root, 'bench/vite.config.ts'),
  preview: { host: '127.0.0.1', port: 0, strictPort: false },
  logLevel: 'error',
});
const address = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });
const results = [];

function printComparison(result) {
  const verdict = result.ratio <= result.target ? 'meets' : 'MISSES';
  console.log(
    `\n${result.benchmark}${result.details ? ` (${JSON.stringify(result.details)})` : ''}`,
  );
  console.log(`  ${result.subject.name}: median ${result.subject.median.toFixed(1)} ms`);
  console.log(`  ${result.baseline.name}: median ${result.baseline.median.toFixed(1)} ms`);
  console.log(`  ratio ${result.ratio.toFixed(2)}× (target ≤ ${result.target}×: ${verdict})`);
}

try {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(`${address}bench/browser/index.html`);
  await page.waitForFunction(
    () => document.getElementById('status')?.textContent === 'ready',
    null,
    {
      timeout: 120_000,
    },
  );
  const names = await page.evaluate(() => window.mcsBench.names);
  for (const name of names.filter(wanted)) {
    const result = await page.evaluate((n) => window.mcsBench.run(n), name);
    results.push({ name, ...result });
    printComparison(result);
  }

  if (wanted('organisations-page')) {
    console.log('\nSeeding the app database with 100,000 organisations…');
    const seeded = await page.evaluate(() => window.mcsBench.seed(100_000));
    console.log(`  ${seeded.toLocaleString('en')} records`);
    const figures = await benchOrganisationsPage(page, `${address}src-renderer/index.html`);
    results.push({ name: 'organisations-page', ...figures });
    const verdict =
      figures.filterMedianMs <= figures.targetMs && figures.maxRowElements <= 110
        ? 'meets'
        : 'MISSES';
    console.log(`\n${figures.benchmark}`);
    console.log(`  open the page to first rows: ${figures.openMs} ms`);
    console.log(
      `  one typed search character to updated rows: median ${figures.filterMedianMs.toFixed(1)} ms`,
    );
    console.log(
      `  baseline, Array.filter + includes over 100k strings: median ${figures.baselineMedianMs.toFixed(1)} ms`,
    );
    console.log(
      `  ratio ${figures.ratio.toFixed(1)}×; row elements in the DOM at most ${figures.maxRowElements}`,
    );
    console.log(`  target: ≤ ${figures.targetMs} ms median and ≤ ~100 rows in the DOM: ${verdict}`);
  }
  if (wanted('pages')) {
    // Every page on the sample-sized workspace, then on 100,000 organisations (issue 18).
    console.log('\nPages: seeding the sample-sized workspace (2,400 organisations)…');
    const small = await benchPages(page, `${address}src-renderer/index.html`, 2_400);
    console.log(
      `Pages: seeding 100,000 organisations (${Math.round(small.seedMs / 1000)} s for the sample)…`,
    );
    const large = await benchPages(page, `${address}src-renderer/index.html`, 100_000);
    console.log(
      `  seeded ${large.records.toLocaleString('en')} records in ${Math.round(large.seedMs / 1000)} s`,
    );
    results.push({ name: 'pages', small, large });
    printPages(small, large);
  }
} finally {
  await browser.close();
  await server.close();
}
mkdirSync(resolve(root, 'bench/results'), { recursive: true });
const file = resolve(
  root,
  'bench/results',
  `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
);
writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), results }, null, 2)}\n`);
console.log(`\nResults written to ${file}`);
