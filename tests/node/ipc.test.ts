// The IPC handler pipeline (sender check → payload validation → service → response validation),
// driven with event-like objects in plain Node. The payloads each operation refuses are in
// ipc-payloads.test.ts.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HostError, hostContract } from '../../src-core/host/contract';
import { hostChannel, hostOperationNames } from '../../src-core/host/operations';
import { createHostHandler, registerHostHandlers, type HostServices } from '../../src-main/ipc';
import { APP_ENTRY_URL, APP_ORIGIN } from '../../src-main/security';
import { buildAppInfo } from '../../src-main/services/app-info';
import { appEvent, bytes, eventFrom, PUBLIC_KEY, roomAnswer, trusted } from './ipc-events';

afterEach(() => vi.restoreAllMocks());

describe('isTrustedIpcEvent', () => {
  it('trusts the main frame of our window showing the app', () => {
    expect(trusted(appEvent)).toBe(true);
    expect(trusted(eventFrom(`${APP_ORIGIN}/index.html#/settings`))).toBe(true);
  });

  it('refuses foreign origins, iframes, destroyed frames and other windows', () => {
    expect(trusted(eventFrom('https://example.org/'))).toBe(false);
    expect(trusted(eventFrom('file:///home/user/page.html'))).toBe(false);
    expect(trusted(eventFrom('app://evil/index.html'))).toBe(false);
    expect(trusted(eventFrom(APP_ENTRY_URL, { iframe: true }))).toBe(false);
    expect(trusted(eventFrom(APP_ENTRY_URL, { noFrame: true }))).toBe(false);
    expect(trusted(eventFrom(APP_ENTRY_URL, { contentsId: 99 }))).toBe(false);
  });
});

describe('createHostHandler', () => {
  it('refuses a foreign sender before looking at the payload', async () => {
    const service = vi.fn(async () => ({ opened: true }));
    const handler = createHostHandler('openPresenterWindow', service, trusted);
    const reply = await handler(eventFrom('https://evil.example/'), {
      workshopId: '0192f0c4-7b1e-7c3a-9d2e-00000000b006',
    });
    expect(reply).toEqual({
      ok: false,
      error: {
        code: 'untrusted-sender',
        reason: 'untrustedSender',
        values: {},
        message: expect.any(String),
      },
    });
    expect(service).not.toHaveBeenCalled();
  });

  it('has no operation that opens links: the page cannot hand the host a URL', () => {
    expect(hostOperationNames).not.toContain('openExternal');
    expect(Object.keys(hostContract)).not.toContain('openExternal');
  });

  it('refuses to hand the renderer a listed exchange file that is not a package', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const service = async () => [{ name: 'notes.txt', size: 1 }];
    const reply = await createHostHandler('listExchangeFolder', service, trusted)(appEvent, {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'io' } });
  });

  it('passes a valid request to the service and returns its checked answer', async () => {
    const service = vi.fn(async (request: { suggestedName: string }) => ({
      saved: true,
      location: `/home/user/${request.suggestedName}`,
    }));
    const payload = {
      suggestedName: 'roster.csv',
      data: bytes,
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    };
    const reply = await createHostHandler('saveFile', service, trusted)(appEvent, payload);
    expect(reply).toEqual({ ok: true, value: { saved: true, location: '/home/user/roster.csv' } });
    expect(service).toHaveBeenCalledWith(payload, appEvent);
  });

  it('answers appInfo with a value the contract accepts', async () => {
    const service = async () =>
      buildAppInfo({
        name: 'Meta-Cluster Studio',
        version: '0.1.0',
        platform: 'linux',
        arch: 'x64',
        backupsFolder: '/b',
      });
    const reply = await createHostHandler('appInfo', service, trusted)(appEvent, {});
    expect(reply).toEqual({
      ok: true,
      value: {
        name: 'Meta-Cluster Studio',
        version: '0.1.0',
        host: 'electron',
        platform: 'Linux (x64)',
        backupLocation: '/b',
      },
    });
  });

  it('passes a HostError from the service through with its code, reason and message', async () => {
    const service = async () => {
      throw new HostError(
        'io',
        'diskFull',
        {},
        'The disk is full. Free some space on this computer, then try again.',
      );
    };
    const reply = await createHostHandler(
      'writeBackup',
      service,
      trusted,
    )(appEvent, { name: 'b.mcpkg', data: bytes });
    expect(reply).toEqual({
      ok: false,
      error: {
        code: 'io',
        reason: 'diskFull',
        values: {},
        message: 'The disk is full. Free some space on this computer, then try again.',
      },
    });
  });

  it('turns an unexpected failure into a plain message without stack or internals', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const service = async () => {
      throw new TypeError(
        "Cannot read properties of undefined (reading 'x') at /opt/app/dist-main/main.cjs:12:3",
      );
    };
    const reply = await createHostHandler('listBackups', service, trusted)(appEvent, {});
    expect(reply.ok).toBe(false);
    if (!reply.ok) {
      expect(reply.error.code).toBe('io');
      expect(reply.error.reason).toBe('unexpectedFailure');
      expect(reply.error.message).not.toMatch(/main\.cjs|TypeError|\bat\b/);
    }
    expect(JSON.stringify(reply)).not.toContain('stack');
    expect(logged).toHaveBeenCalled();
  });

  it('refuses to hand the renderer an answer that breaks the contract', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const service = async () => [{ name: '../../etc/passwd', size: -1, createdAt: 'yesterday' }];
    const reply = await createHostHandler('listBackups', service, trusted)(appEvent, {});
    expect(reply).toEqual({
      ok: false,
      error: {
        code: 'io',
        reason: 'unexpectedAnswer',
        values: {},
        message: expect.stringContaining('unexpected answer'),
      },
    });
  });
});

describe('registerHostHandlers', () => {
  function fakeIpcMain() {
    const handlers = new Map<
      string,
      (event: IpcMainInvokeEvent, payload: unknown) => Promise<unknown>
    >();
    const ipcMain = {
      handle: (
        channel: string,
        handler: (event: IpcMainInvokeEvent, payload: unknown) => Promise<unknown>,
      ) => {
        if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
        handlers.set(channel, handler);
      },
    };
    return { ipcMain: ipcMain as unknown as IpcMain, handlers };
  }

  const sampleAnswers: Record<(typeof hostOperationNames)[number], unknown> = {
    appInfo: { name: 'n', version: 'v', host: 'electron', platform: 'p', backupLocation: 'b' },
    saveFile: { saved: false },
    openFiles: [],
    writeBackup: { name: 'b', size: 1, createdAt: new Date(0).toISOString() },
    listBackups: [],
    readBackup: bytes,
    deleteBackup: { deleted: true },
    printToPdf: { saved: false },
    exchangeFolderStatus: { supported: true, folder: null },
    chooseExchangeFolder: { folder: '/home/user/Sync/med-mci' },
    listExchangeFolder: [{ name: 'partner-a.mcpkg', size: 3 }],
    readExchangeFile: bytes,
    writeExchangeFile: { name: 'mine.mcpkg' },
    openPresenterWindow: { opened: true },
    takeOpenedPackages: [{ name: 'from-email.mcpkg', data: bytes }],
    roomStart: roomAnswer,
    roomStop: { stopped: true },
    signingKeyStatus: { publicKey: null, protection: 'os' },
    signManifest: { signature: `${'s'.repeat(86)}==`, publicKey: PUBLIC_KEY },
    exportSigningKey: bytes,
    importSigningKey: { publicKey: PUBLIC_KEY, protection: 'plaintext' },
    adoptSigningKey: { adopted: false, status: { publicKey: PUBLIC_KEY, protection: 'os' } },
  };

  const services = Object.fromEntries(
    hostOperationNames.map((name) => [
      name,
      vi.fn(async () => hostContract[name].response.parse(sampleAnswers[name])),
    ]),
  ) as unknown as HostServices<IpcMainInvokeEvent>;

  it('registers exactly one channel per operation', () => {
    const fake = fakeIpcMain();
    registerHostHandlers(fake.ipcMain, services, trusted);
    expect([...fake.handlers.keys()].sort()).toEqual(hostOperationNames.map(hostChannel).sort());
  });

  it('applies the sender check to the registered handlers', async () => {
    const fake = fakeIpcMain();
    registerHostHandlers(fake.ipcMain, services, trusted);
    const handler = fake.handlers.get(hostChannel('listBackups'));
    const foreign = eventFrom('https://example.org/') as unknown as IpcMainInvokeEvent;
    const ours = appEvent as unknown as IpcMainInvokeEvent;
    expect(await handler?.(foreign, {})).toMatchObject({
      ok: false,
      error: { code: 'untrusted-sender' },
    });
    expect(await handler?.(ours, {})).toEqual({ ok: true, value: [] });
  });

  it('applies the sender check to the signing-key operations', async () => {
    const fake = fakeIpcMain();
    registerHostHandlers(fake.ipcMain, services, trusted);
    const requests = {
      signingKeyStatus: {},
      signManifest: { data: bytes },
      exportSigningKey: { passphrase: 'a long enough passphrase' },
      importSigningKey: { data: bytes, passphrase: 'a long enough passphrase' },
      adoptSigningKey: { privateKeyPkcs8Base64: 'AAAA', publicKeyBase64: PUBLIC_KEY },
    };
    const untrusted = [
      eventFrom('https://example.org/'),
      eventFrom(APP_ENTRY_URL, { iframe: true }),
      eventFrom(APP_ENTRY_URL, { contentsId: 99 }),
    ] as unknown as IpcMainInvokeEvent[];
    for (const [name, request] of Object.entries(requests)) {
      const handler = fake.handlers.get(hostChannel(name as keyof typeof requests));
      for (const event of untrusted) {
        expect(await handler?.(event, request)).toMatchObject({
          ok: false,
          error: { code: 'untrusted-sender' },
        });
      }
      const ours = appEvent as unknown as IpcMainInvokeEvent;
      expect(await handler?.(ours, request)).toMatchObject({ ok: true });
    }
    for (const name of Object.keys(requests)) {
      const service = services[name as keyof typeof requests];
      // Called once each, by the app's own window only.
      expect(service).toHaveBeenCalledTimes(1);
    }
  });
});
