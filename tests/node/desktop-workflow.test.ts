// The desktop CI workflow (.github/workflows/desktop.yml) for real runners: it parses, runs on
// Linux, Windows and macOS, downloads Electron, runs the desktop specs (under a virtual display
// on Linux) and builds the installers with the fuses.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { asRecord, readYaml, repositoryRoot } from './yaml';

const workflow = asRecord(readYaml('.github/workflows/desktop.yml'));
const job = asRecord(asRecord(workflow?.jobs)?.desktop);
const steps = (Array.isArray(job?.steps) ? job.steps : []).map((step) => asRecord(step) ?? {});
const commands = steps.map((step) => (typeof step.run === 'string' ? step.run : ''));
const uses = steps.map((step) => (typeof step.uses === 'string' ? step.uses : ''));

/** The index of the first step whose command contains `text` (-1 when none). */
const stepRunning = (text: string) => commands.findIndex((command) => command.includes(text));

describe('.github/workflows/desktop.yml', () => {
  it('parses to a workflow with one desktop job', () => {
    expect(workflow?.name).toBe('Desktop');
    expect(job).not.toBeNull();
    expect(steps.length).toBeGreaterThan(5);
  });

  it('runs on Linux, Windows and macOS, each to the end', () => {
    const strategy = asRecord(job?.strategy);
    expect(asRecord(strategy?.matrix)?.os).toEqual([
      'ubuntu-latest',
      'windows-latest',
      'macos-latest',
    ]);
    expect(strategy?.['fail-fast']).toBe(false);
    expect(job?.['runs-on']).toBe('${{ matrix.os }}');
  });

  it('installs with npm ci on a Node that Electron supports, and downloads Electron', () => {
    const setup = steps.find((step) => String(step.uses).startsWith('actions/setup-node@'));
    expect(Number(asRecord(setup?.with)?.['node-version'])).toBeGreaterThanOrEqual(22);
    expect(stepRunning('npm ci')).toBeGreaterThanOrEqual(0);
    expect(stepRunning('node_modules/electron/install.js')).toBeGreaterThan(stepRunning('npm ci'));
  });

  it('runs the desktop specs on the built app, under xvfb on Linux', () => {
    const config = 'playwright.electron.config.ts';
    expect(existsSync(path.join(repositoryRoot, config))).toBe(true);
    const runs = steps.filter((step) => String(step.run).includes(`playwright test -c ${config}`));
    expect(runs.map((step) => step.if).sort()).toEqual([
      "runner.os != 'Linux'",
      "runner.os == 'Linux'",
    ]);
    expect(String(runs.find((step) => step.if === "runner.os == 'Linux'")?.run)).toMatch(
      /^xvfb-run /,
    );
    expect(stepRunning('npm run build')).toBeLessThan(stepRunning(config));
  });

  it('builds the installers with the fuses and checks them in the packaged app', () => {
    const dist = stepRunning('npm run dist');
    expect(dist).toBeGreaterThan(stepRunning('playwright test'));
    expect(commands[dist]).toContain('--publish never');
    expect(stepRunning('electron-fuses read')).toBeGreaterThan(dist);
    for (const fuse of ['RunAsNode', 'OnlyLoadAppFromAsar', 'EnableNodeCliInspectArguments']) {
      expect(commands[stepRunning('electron-fuses read')]).toContain(fuse);
    }
  });

  it('keeps the installers as artifacts', () => {
    const upload = steps.find(
      (step) =>
        String(step.uses).startsWith('actions/upload-artifact@') &&
        String(asRecord(step.with)?.name).startsWith('installers-'),
    );
    const paths = String(asRecord(upload?.with)?.path);
    for (const installer of ['*.AppImage', '*.deb', '*.exe', '*.dmg']) {
      expect(paths).toContain(installer);
    }
    expect(uses.filter((name) => name !== '').every((name) => /@v\d+$/.test(name))).toBe(true);
  });
});
