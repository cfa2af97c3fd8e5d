// The package-signing key in the real desktop app (issue 17): the page asks the main process for
// signatures through the sender-checked bridge; the main process keeps the key with Electron's
// safeStorage, so the key file in the profile holds no private key in clear where the system
// encrypts — and says 'plaintext' (which the page shows as a warning) where it cannot, as on Linux
// with the basic password store. Needs `npm run build` beforehand.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { readKeyFile } from '../../src-core/backup/key-file';
import { ED25519, fromBase64, subtle } from '../../src-core/exchange/crypto';
import { importPublicKey } from '../../src-core/exchange/keys';
import { electronOrSkip, expectBuilt, mainScript, root } from './desktop';

const executablePath = electronOrSkip();
const PASSPHRASE = 'correct horse battery staple';
const MANIFEST = '{"entries":[],"knowledge":{}}';

/** What afterEach must clean up, set only once created (a failed launch leaves it undefined). */
let launched: ElectronApplication | undefined;
let profile: string | undefined;

/** The built app on a fresh profile, with extra Chromium switches. */
async function launch(extraArgs: string[] = []) {
  expectBuilt();
  profile = mkdtempSync(path.join(tmpdir(), 'mcs-electron-key-'));
  const app = await electron.launch({
    executablePath: executablePath ?? undefined,
    args: [mainScript, ...extraArgs],
    cwd: root,
    env: { ...(process.env as Record<string, string>), MCS_USER_DATA_DIR: profile },
  });
  launched = app;
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  // What safeStorage offers on this runner decides what the app must report.
  const offered = await app.evaluate(({ safeStorage }) => ({
    available: safeStorage.isEncryptionAvailable(),
    backend: process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : 'system',
  }));
  const expected =
    offered.available && offered.backend !== 'basic_text' && offered.backend !== 'unknown'
      ? ('os' as const)
      : ('plaintext' as const);
  return { app, page, offered, expected, keyFile: path.join(profile, 'signing-key.json') };
}

test.afterEach(async () => {
  await launched?.close();
  launched = undefined;
  if (profile) rmSync(profile, { recursive: true, force: true });
  profile = undefined;
});

async function verifies(publicKey: string, signature: string, data: string): Promise<boolean> {
  const bytes = new TextEncoder().encode(data);
  return subtle().verify(ED25519, await importPublicKey(publicKey), fromBase64(signature), bytes);
}

test('signs through the main process; the key file holds no private key in clear', async () => {
  const { page, expected, keyFile } = await launch();
  expect(await page.evaluate(() => window.mcsHost?.signingKeyStatus({}))).toEqual({
    ok: true,
    value: { publicKey: null, protection: expected },
  });

  const signed = await page.evaluate(
    (text) => window.mcsHost?.signManifest({ data: new TextEncoder().encode(text) }),
    MANIFEST,
  );
  expect(signed).toMatchObject({ ok: true });
  const { signature, publicKey } = (signed as { value: { signature: string; publicKey: string } })
    .value;
  expect(await verifies(publicKey, signature, MANIFEST)).toBe(true);
  expect(await page.evaluate(() => window.mcsHost?.signingKeyStatus({}))).toEqual({
    ok: true,
    value: { publicKey, protection: expected },
  });

  // The private key, as only an export (under a passphrase) can show it.
  const exported = await page.evaluate(async (passphrase) => {
    const reply = (await window.mcsHost?.exportSigningKey({ passphrase })) as
      { ok: true; value: Uint8Array } | { ok: false };
    return reply.ok ? Array.from(reply.value) : null;
  }, PASSPHRASE);
  expect(exported).not.toBeNull();
  const pair = await readKeyFile(new Uint8Array(exported ?? []), PASSPHRASE);
  expect(pair.publicKeyBase64).toBe(publicKey);

  const bytes = readFileSync(keyFile);
  const stored = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
  expect(stored).toMatchObject({ protection: expected, publicKey });
  if (expected === 'os') {
    const pkcs8 = Buffer.from(fromBase64(pair.privateKeyPkcs8Base64));
    expect(bytes.toString('utf8')).not.toContain(pair.privateKeyPkcs8Base64);
    expect(bytes.indexOf(pkcs8)).toBe(-1);
    expect(bytes.indexOf(pkcs8.subarray(pkcs8.length - 32))).toBe(-1);
  } else {
    console.log(
      'This runner offers no system key store: the key is kept in plaintext, as reported.',
    );
  }
  if (process.platform !== 'win32') expect(statSync(keyFile).mode & 0o777).toBe(0o600);

  // A passphrase too short to protect a key file is refused before the main process acts.
  const refused = await page.evaluate(() =>
    window.mcsHost?.exportSigningKey({ passphrase: 'abc' }),
  );
  expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
});

test('with the basic password store the key is kept in plaintext, and the page is told', async () => {
  // A Chromium switch that exists on Linux only (elsewhere the system's store is used anyway).
  const { page, offered, expected, keyFile } = await launch(['--password-store=basic']);
  if (process.platform === 'linux') {
    expect(offered.backend).toBe('basic_text');
    expect(expected).toBe('plaintext');
  }
  const signed = await page.evaluate(
    (text) => window.mcsHost?.signManifest({ data: new TextEncoder().encode(text) }),
    MANIFEST,
  );
  expect(signed).toMatchObject({ ok: true });
  expect(await page.evaluate(() => window.mcsHost?.signingKeyStatus({}))).toMatchObject({
    ok: true,
    value: { protection: expected },
  });
  expect(JSON.parse(readFileSync(keyFile, 'utf8'))).toMatchObject({ protection: expected });
});
