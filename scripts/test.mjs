#!/usr/bin/env node
// `npm test`: lint, typecheck, unit/property/Node tests (vitest), a build, end-to-end tests in
// Chromium against the web host (Playwright), then the Electron specs (which skip, saying why,
// where no Electron binary exists). Ends with one line "N passed, N failed[, N skipped]" summing
// every runner; lint and typecheck count as one check each.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const results = resolve(root, 'test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const child = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  console.log(
    `  ${label} finished in ${((Date.now() - started) / 1000).toFixed(1)} s (exit ${child.status})`,
  );
  return child.status === 0;
}

function check(label, command, args) {
  if (run(label, command, args)) totals.passed += 1;
  else {
    totals.failed += 1;
    failures.push(label);
  }
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function countVitest(label, file, ok) {
  const report = readJson(file);
  if (!report) {
    totals.failed += 1;
    failures.push(`${label} (no report)`);
    return;
  }
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  if (!ok && report.numFailedTests === 0) {
    totals.failed += 1;
    failures.push(`${label} (runner error)`);
  } else if (report.numFailedTests > 0) failures.push(label);
}

function countPlaywright(label, file, ok) {
  const report = readJson(file);
  if (!report?.stats) {
    totals.failed += 1;
    failures.push(`${label} (no report)`);
    return;
  }
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
  totals.passed += expected + flaky;
  totals.failed += unexpected;
  totals.skipped += skipped;
  if (unexpected > 0 || (!ok && unexpected === 0 && expected === 0)) failures.push(label);
  if (!ok && unexpected === 0 && expected + skipped === 0) totals.failed += 1;
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

check('lint', 'npm', ['run', '--silent', 'lint']);
check('typecheck', 'npm', ['run', '--silent', 'typecheck']);

const vitestFile = resolve(results, 'vitest.json');
const vitestOk = run('unit, property and Node tests', npx, [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestFile}`,
]);
countVitest('vitest', vitestFile, vitestOk);

check('build', 'npm', ['run', '--silent', 'build']);

if (existsSync(resolve(root, 'dist-web/index.html'))) {
  const e2eFile = resolve(results, 'e2e.json');
  const e2eOk = run(
    'end-to-end (Chromium, web host)',
    npx,
    ['playwright', 'test', '-c', 'playwright.config.ts'],
    {
      PLAYWRIGHT_JSON_OUTPUT_NAME: e2eFile,
    },
  );
  countPlaywright('e2e', e2eFile, e2eOk);

  const electronFile = resolve(results, 'electron.json');
  const electronOk = run(
    'desktop (Electron)',
    npx,
    ['playwright', 'test', '-c', 'playwright.electron.config.ts'],
    {
      PLAYWRIGHT_JSON_OUTPUT_NAME: electronFile,
    },
  );
  countPlaywright('electron', electronFile, electronOk);
}

if (failures.length > 0) console.log(`\nFailed: ${failures.join(', ')}`);
const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed > 0 ? 1 : 0);
