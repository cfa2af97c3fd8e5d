// The desktop app, launched for real: the window opens, runs with secure settings, exposes only
// the HostApi, and cannot be navigated away from the app. Needs `npm run build` beforehand.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  _electron as electron,
  expect,
  test,
  type ElectronApplication,
  type Page,
} from '@playwright/test';
import type { WebPreferences } from 'electron';
import { hostOperationNames } from '../../src-core/host/operations';
import { electronOrSkip, expectBuilt, mainScript, root } from './desktop';

const executablePath = electronOrSkip();
const APP_URL = /^app:\/\/bundle\/index\.html/;

let app: ElectronApplication;
let page: Page;
/** What afterEach must clean up, set only once created (a failed launch leaves it undefined). */
let launched: ElectronApplication | undefined;
let profile: string | undefined;

// Each test gets a fresh profile, so no state (or single-instance lock) leaks between tests.
test.beforeEach(async () => {
  expectBuilt();
  launched = undefined;
  profile = mkdtempSync(path.join(tmpdir(), 'mcs-electron-'));
  app = await electron.launch({
    executablePath: executablePath ?? undefined,
    args: [mainScript],
    cwd: root,
    env: { ...(process.env as Record<string, string>), MCS_USER_DATA_DIR: profile },
  });
  launched = app;
  // Links the app hands to the system browser are recorded instead of opening a browser here,
  // and the question asked first (src-main/external-links.ts) is recorded and answered "Open".
  await app.evaluate(({ dialog, shell }) => {
    const opened: string[] = [];
    const asked: { message: string; defaultId?: number; cancelId?: number }[] = [];
    Object.assign(globalThis, { openedExternally: opened, askedBeforeOpening: asked });
    shell.openExternal = async (url: string) => {
      opened.push(url);
    };
    dialog.showMessageBox = (async (...args: unknown[]) => {
      const options = args.at(-1) as { message: string; defaultId?: number; cancelId?: number };
      asked.push({
        message: options.message,
        defaultId: options.defaultId,
        cancelId: options.cancelId,
      });
      return { response: 1, checkboxChecked: false };
    }) as typeof dialog.showMessageBox;
  });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterEach(async () => {
  await launched?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
  profile = undefined;
});

test('the window opens and shows the app', async () => {
  await expect(page).toHaveTitle(/Meta-Cluster Studio/);
  expect(page.url()).toMatch(APP_URL);
});

test('the window runs with secure settings and exposes only the HostApi', async () => {
  const preferences = await app.evaluate(({ BrowserWindow }) => {
    const [window] = BrowserWindow.getAllWindows();
    // getLastWebPreferences is public at runtime but missing from electron.d.ts.
    const contents = window?.webContents as unknown as { getLastWebPreferences(): WebPreferences };
    const p = contents.getLastWebPreferences();
    return {
      contextIsolation: p.contextIsolation,
      sandbox: p.sandbox,
      nodeIntegration: p.nodeIntegration,
      nodeIntegrationInWorker: p.nodeIntegrationInWorker,
      webSecurity: p.webSecurity,
      webviewTag: p.webviewTag,
    };
  });
  expect(preferences).toEqual({
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    webviewTag: false,
  });

  const globals = await page.evaluate(() => ({
    require: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
    hostKeys: Object.keys(window.mcsHost ?? {}).sort(),
  }));
  expect(globals).toEqual({
    require: 'undefined',
    process: 'undefined',
    hostKeys: [...hostOperationNames].sort(),
  });

  // The CSP (sent by the app:// handler) stops injected inline scripts.
  const inlineRan = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.name = "inline script ran"';
    document.head.append(script);
    return window.name === 'inline script ran';
  });
  expect(inlineRan).toBe(false);
});

test('host calls go through the checked IPC pipeline', async () => {
  const info = await page.evaluate(() => window.mcsHost?.appInfo({}));
  expect(info).toMatchObject({
    ok: true,
    value: { name: 'Meta-Cluster Studio', host: 'electron' },
  });

  const refused = await page.evaluate(() =>
    window.mcsHost?.readBackup({ name: '../../etc/passwd' }),
  );
  expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-request' } });

  const escaping = await page.evaluate(() =>
    window.mcsHost?.writeExchangeFile({ name: '../x.mcpkg', data: new Uint8Array([1]) }),
  );
  expect(escaping).toMatchObject({ ok: false, error: { code: 'invalid-request' } });

  // A fresh profile has no exchange folder yet.
  const status = await page.evaluate(() => window.mcsHost?.exchangeFolderStatus({}));
  expect(status).toEqual({ ok: true, value: { supported: true, folder: null } });
  const listing = await page.evaluate(() => window.mcsHost?.listExchangeFolder({}));
  expect(listing).toMatchObject({ ok: false, error: { code: 'unsupported' } });
});

test('navigation away from the app is blocked', async () => {
  await page.evaluate(() => {
    window.location.href = 'https://example.org/';
  });
  // A permitted navigation would start at once; give a blocked one time to (not) happen.
  await page.waitForTimeout(1000);
  expect(page.url()).toMatch(APP_URL);
  expect(await page.evaluate(() => typeof window.mcsHost)).toBe('object');

  const popups = await page.evaluate(() => [
    window.open('https://example.org/') === null,
    window.open('app://bundle/index.html') === null,
    window.open('file:///etc/passwd') === null,
  ]);
  expect(popups).toEqual([true, true, true]);
  expect(app.windows()).toHaveLength(1);
  // Only the web link was asked about (host shown, Cancel the default), and opened once allowed.
  await expect
    .poll(() =>
      app.evaluate(() => (globalThis as { openedExternally?: string[] }).openedExternally),
    )
    .toEqual(['https://example.org/']);
  const asked = await app.evaluate(
    () => (globalThis as { askedBeforeOpening?: unknown[] }).askedBeforeOpening,
  );
  expect(asked).toEqual([
    { message: expect.stringContaining('example.org'), defaultId: 0, cancelId: 0 },
  ]);
});

test('the presenter view opens as a second app window on the workshop, once', async () => {
  const workshopId = '0192f0c4-7b1e-7c3a-9d2e-00000000b006';
  const second = app.waitForEvent('window');
  const opened = await page.evaluate(
    (id) => window.mcsHost?.openPresenterWindow({ workshopId: id }),
    workshopId,
  );
  expect(opened).toEqual({ ok: true, value: { opened: true } });
  const presenter = await second;
  await presenter.waitForLoadState();
  expect(presenter.url()).toMatch(APP_URL);
  expect(presenter.url()).toContain(`#/workshops/${workshopId}?view=present`);
  // Asked again, the same window comes to the front: still two windows.
  await page.evaluate((id) => window.mcsHost?.openPresenterWindow({ workshopId: id }), workshopId);
  expect(app.windows()).toHaveLength(2);
  // Only a workshop id crosses the bridge: an address is refused.
  const refused = await page.evaluate(() =>
    window.mcsHost?.openPresenterWindow({ workshopId: 'https://example.org/' }),
  );
  expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
});
