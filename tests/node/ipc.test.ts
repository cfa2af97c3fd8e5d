// The IPC handler pipeline (sender check → payload validation → service → response validation),
// driven with event-like objects in plain Node.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HostError, hostContract } from '../../src-core/host/contract';
import { hostChannel, hostOperationNames } from '../../src-core/host/operations';
import {
  createHostHandler,
  isTrustedIpcEvent,
  registerHostHandlers,
  type HostServices,
  type SenderEventLike,
} from '../../src-main/ipc';
import { APP_ENTRY_URL, APP_ORIGIN } from '../../src-main/security';
import { buildAppInfo } from '../../src-main/services/app-info';

const OUR_WINDOW = 7;

function eventFrom(
  url: string,
  options: { iframe?: boolean; contentsId?: number; noFrame?: boolean } = {},
) {
  return {
    senderFrame: options.noFrame ? null : { url, parent: options.iframe ? {} : null },
    sender: { id: options.contentsId ?? OUR_WINDOW },
  } satisfies SenderEventLike;
}

const trusted = (event: SenderEventLike) =>
  isTrustedIpcEvent(event, APP_ORIGIN, (id) => id === OUR_WINDOW);
const appEvent = eventFrom(APP_ENTRY_URL);
const bytes = new Uint8Array([1, 2, 3]);

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

  it.each([
    ['a traversal name', { suggestedName: '../x', data: bytes, filters: [] }],
    ['a folder in the name', { suggestedName: 'reports/x.csv', data: bytes, filters: [] }],
    ['a hidden name', { suggestedName: '.bashrc', data: bytes, filters: [] }],
    ['text instead of bytes', { suggestedName: 'x.csv', data: 'abc', filters: [] }],
    [
      'an unknown extra field',
      { suggestedName: 'x.csv', data: bytes, filters: [], path: '/etc/passwd' },
    ],
    ['no payload', undefined],
  ])('refuses saveFile with %s', async (_label, payload) => {
    const service = vi.fn(async () => ({ saved: true }));
    const reply = await createHostHandler('saveFile', service, trusted)(appEvent, payload);
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.code).toBe('invalid-request');
    expect(service).not.toHaveBeenCalled();
  });

  it.each(['CON.csv', 'nul', 'report.csv.', 'report.csv '])(
    'refuses saveFile of a name Windows would not keep: %j',
    async (suggestedName) => {
      const service = vi.fn(async () => ({ saved: true }));
      const reply = await createHostHandler(
        'saveFile',
        service,
        trusted,
      )(appEvent, {
        suggestedName,
        data: bytes,
        filters: [],
      });
      expect(reply).toEqual({
        ok: false,
        error: {
          code: 'invalid-request',
          reason: 'invalidFileName',
          values: { name: suggestedName },
          message: expect.stringContaining('saveFile'),
        },
      });
      expect(service).not.toHaveBeenCalled();
    },
  );

  it('has no operation that opens links: the page cannot hand the host a URL', () => {
    expect(hostOperationNames).not.toContain('openExternal');
    expect(Object.keys(hostContract)).not.toContain('openExternal');
  });

  it.each([
    ['a traversal name', { name: '../x.mcpkg', data: bytes }],
    ['a folder in the name', { name: 'sub/x.mcpkg', data: bytes }],
    ['another extension', { name: 'x.txt', data: bytes }],
    ['a partial file', { name: 'x.mcpkg.partial', data: bytes }],
    ['a hidden temporary name', { name: '.x.mcpkg', data: bytes }],
    ['no data', { name: 'x.mcpkg' }],
    ['an extra field', { name: 'x.mcpkg', data: bytes, overwrite: true }],
  ])('refuses writeExchangeFile with %s', async (_label, payload) => {
    const service = vi.fn(async () => ({ name: 'x.mcpkg' }));
    const reply = await createHostHandler('writeExchangeFile', service, trusted)(appEvent, payload);
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringContaining('writeExchangeFile') },
    });
    expect(service).not.toHaveBeenCalled();
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

const roomAnswer = {
  port: 8790,
  pin: '482913',
  hostKey: 'k'.repeat(43),
  server: 'http://127.0.0.1:8790',
  addresses: [{ interfaceName: 'Wi-Fi', address: '192.168.1.24', kind: 'wifi' as const }],
  address: '192.168.1.24',
  joinUrl: 'http://192.168.1.24:8790/',
  qrSvg: '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
};

const workshopId = '0192f3a4-5b6c-7d8e-9f00-112233445566';

describe('the room operations', () => {
  it('passes a valid roomStart request on with its defaults applied', async () => {
    const service = vi.fn(async (_request: unknown) => roomAnswer);
    const handler = createHostHandler('roomStart', service, trusted);
    expect(await handler(appEvent, { workshopId })).toEqual({ ok: true, value: roomAnswer });
    expect(
      await handler(appEvent, {
        workshopId,
        address: '192.168.1.24',
        language: 'es',
        pin: '042917',
      }),
    ).toMatchObject({ ok: true });
    expect(service.mock.calls.map(([request]) => request)).toEqual([
      { workshopId, address: null, language: 'en' },
      { workshopId, address: '192.168.1.24', language: 'es', pin: '042917' },
    ]);
  });

  it.each([
    ['a host name instead of an address', { address: 'evil.example' }],
    ['an IPv6 address', { address: '::1' }],
    ['a short PIN', { pin: '12345' }],
    ['a PIN that is not digits', { pin: 'abcdef' }],
    ['a language that is not a tag', { language: 'en; rm -rf /' }],
    ['a host key of its own', { hostKey: 'k'.repeat(43) }],
    ['a port of its own', { port: 80 }],
    ['no workshop', { workshopId: undefined }],
    ['a workshop id that is not a record id', { workshopId: '../room-state' }],
    ['no payload', undefined],
  ])('refuses roomStart with %s', async (_label, payload) => {
    const service = vi.fn(async () => roomAnswer);
    const request = payload === undefined ? undefined : { workshopId, ...payload };
    const reply = await createHostHandler('roomStart', service, trusted)(appEvent, request);
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringContaining('roomStart') },
    });
    expect(service).not.toHaveBeenCalled();
  });

  it.each([
    ['an extra field', { force: true }],
    ['no payload', undefined],
  ])('refuses roomStop with %s', async (_label, payload) => {
    const service = vi.fn(async () => ({ stopped: true }));
    const reply = await createHostHandler('roomStop', service, trusted)(appEvent, payload);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(service).not.toHaveBeenCalled();
  });

  it('opens and closes the room for the app window only', async () => {
    const start = vi.fn(async () => roomAnswer);
    const stop = vi.fn(async () => ({ stopped: true }));
    const foreign = eventFrom('http://192.168.1.24:8790/');
    const framed = eventFrom(APP_ENTRY_URL, { iframe: true });
    for (const event of [foreign, framed]) {
      expect(
        await createHostHandler('roomStart', start, trusted)(event, { workshopId }),
      ).toMatchObject({
        ok: false,
        error: { code: 'untrusted-sender' },
      });
      expect(await createHostHandler('roomStop', stop, trusted)(event, {})).toMatchObject({
        ok: false,
        error: { code: 'untrusted-sender' },
      });
    }
    expect(start).not.toHaveBeenCalled();
    expect(stop).not.toHaveBeenCalled();
    expect(await createHostHandler('roomStop', stop, trusted)(appEvent, {})).toEqual({
      ok: true,
      value: { stopped: true },
    });
  });

  it('refuses to hand the page a room description that breaks the contract', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const service = async () => ({ ...roomAnswer, hostKey: 'short', qrSvg: '<img>' });
    const reply = await createHostHandler('roomStart', service, trusted)(appEvent, { workshopId });
    expect(reply).toMatchObject({ ok: false, error: { code: 'io' } });
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
});
