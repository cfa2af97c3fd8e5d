// What each host operation refuses before its service runs: names that escape, contents of the
// wrong kind or size, fields the contract does not know (src-core/host/contract.ts, checked by
// src-main/ipc.ts). The pipeline itself is in ipc.test.ts.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHostHandler } from '../../src-main/ipc';
import { APP_ENTRY_URL } from '../../src-main/security';
import { appEvent, bytes, eventFrom, PUBLIC_KEY, roomAnswer, trusted } from './ipc-events';

afterEach(() => vi.restoreAllMocks());

describe('createHostHandler: file names and contents', () => {
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
});

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

describe('the signing-key operations', () => {
  const passphrase = 'a long enough passphrase';
  const status = { publicKey: PUBLIC_KEY, protection: 'os' as const };

  it.each([
    ['a passphrase of 3 characters', { passphrase: 'abc' }],
    ['a passphrase of 7 characters', { passphrase: '1234567' }],
    ['an absurdly long passphrase', { passphrase: 'x'.repeat(1025) }],
    ['a passphrase that is not text', { passphrase: 12345678 }],
    ['no passphrase', {}],
    ['a file name of its own', { passphrase, name: '../../key.mcskey' }],
  ])('refuses exportSigningKey with %s', async (_label, payload) => {
    const service = vi.fn(async () => bytes);
    const reply = await createHostHandler('exportSigningKey', service, trusted)(appEvent, payload);
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringContaining('exportSigningKey') },
    });
    expect(service).not.toHaveBeenCalled();
  });

  it.each([
    ['a passphrase of 3 characters', { data: bytes, passphrase: 'abc' }],
    ['a key file over 64 KB', { data: new Uint8Array(64 * 1024 + 1), passphrase }],
    ['text instead of bytes', { data: 'MCSENC1', passphrase }],
    ['an extra field', { data: bytes, passphrase, replace: true }],
  ])('refuses importSigningKey with %s', async (_label, payload) => {
    const service = vi.fn(async () => status);
    const reply = await createHostHandler('importSigningKey', service, trusted)(appEvent, payload);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(service).not.toHaveBeenCalled();
  });

  it('never echoes a refused passphrase', async () => {
    const secret = `my secret ${'words '.repeat(200)}`;
    const service = vi.fn(async () => bytes);
    for (const payload of [{ passphrase: secret }, { passphrase: 'abc' }]) {
      const reply = await createHostHandler(
        'exportSigningKey',
        service,
        trusted,
      )(appEvent, payload);
      expect(reply.ok).toBe(false);
      expect(JSON.stringify(reply)).not.toContain(payload.passphrase);
    }
  });

  it.each([
    ['a manifest over 16 MB', { data: new Uint8Array(16 * 1024 * 1024 + 1) }],
    ['text instead of bytes', { data: 'manifest' }],
    ['a key of its own', { data: bytes, privateKey: 'AAAA' }],
    ['no payload', undefined],
  ])('refuses signManifest with %s', async (_label, payload) => {
    const service = vi.fn(async () => ({ signature: 'AAAA', publicKey: PUBLIC_KEY }));
    const reply = await createHostHandler('signManifest', service, trusted)(appEvent, payload);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(service).not.toHaveBeenCalled();
  });

  it.each([
    [
      'a public key that is not 32 bytes',
      { privateKeyPkcs8Base64: 'AAAA', publicKeyBase64: 'AAAA' },
    ],
    [
      'a private key that is not base64',
      { privateKeyPkcs8Base64: 'not base64!', publicKeyBase64: PUBLIC_KEY },
    ],
    [
      'an oversized private key',
      { privateKeyPkcs8Base64: 'A'.repeat(204), publicKeyBase64: PUBLIC_KEY },
    ],
    ['no private key', { publicKeyBase64: PUBLIC_KEY }],
  ])('refuses adoptSigningKey with %s', async (_label, payload) => {
    const service = vi.fn(async () => ({ adopted: true, status }));
    const reply = await createHostHandler('adoptSigningKey', service, trusted)(appEvent, payload);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(service).not.toHaveBeenCalled();
  });

  it('passes valid requests on, and checks the answers', async () => {
    const sign = vi.fn(async () => ({ signature: `${'s'.repeat(86)}==`, publicKey: PUBLIC_KEY }));
    expect(
      await createHostHandler('signManifest', sign, trusted)(appEvent, { data: bytes }),
    ).toMatchObject({ ok: true, value: { publicKey: PUBLIC_KEY } });
    const importKey = vi.fn(async () => status);
    expect(
      await createHostHandler(
        'importSigningKey',
        importKey,
        trusted,
      )(appEvent, {
        data: bytes,
        passphrase,
      }),
    ).toEqual({ ok: true, value: status });
    expect(importKey).toHaveBeenCalledWith({ data: bytes, passphrase }, appEvent);

    // A host that answered with a private key instead of a status would be refused.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const leaky = vi.fn(async () => ({ ...status, privateKeyPkcs8Base64: 'AAAA' }));
    expect(await createHostHandler('signingKeyStatus', leaky, trusted)(appEvent, {})).toMatchObject(
      { ok: false, error: { code: 'io', reason: 'unexpectedAnswer' } },
    );
  });
});
