#!/usr/bin/env node
// `npm run bench`: runs the benchmarks in a real Chromium (IndexedDB is the browser's) and prints
// each as a ratio to a baseline measured in the same run. Results also go to bench/results/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { createServer } from 'vite';
import { chromiumArgs, chromiumExecutable } from '../tests/e2e/chromium.ts';

const root = resolve(import.meta.dirname, '..');
const only = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));

const server = await createServer({
  root,
  configFile: false,
  logLevel: 'error',
  server: { host: '127.0.0.1', port: 0 },
  define: { __APP_VERSION__: JSON.stringify('bench') },
});
await server.listen();
const address = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });
const results = [];
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(`${address}bench/browser/index.html`);
  await page.waitForFunction(
    () => document.getElementById('status')?.textContent === 'ready',
    null,
    { timeout: 120_000 },
  );
  const names = await page.evaluate(() => window.mcsBench.names);
  for (const name of names.filter((n) => only.length === 0 || only.includes(n))) {
    const result = await page.evaluate((n) => window.mcsBench.run(n), name);
    results.push({ name, ...result });
    const verdict = result.ratio <= result.target ? 'meets' : 'MISSES';
    console.log(
      `\n${result.benchmark}${result.details ? ` (${JSON.stringify(result.details)})` : ''}`,
    );
    console.log(`  ${result.subject.name}: median ${result.subject.median.toFixed(1)} ms`);
    console.log(`  ${result.baseline.name}: median ${result.baseline.median.toFixed(1)} ms`);
    console.log(`  ratio ${result.ratio.toFixed(2)}× (target ≤ ${result.target}×: ${verdict})`);
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
