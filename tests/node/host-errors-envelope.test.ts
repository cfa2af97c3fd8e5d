// A refusal's way from a main-process service to the words on screen: the service throws a
// HostError, ipc.ts puts its code, reason, values and English message in the reply envelope, the
// envelope is cloned across (structuredClone, as Electron's IPC does), and the renderer's electron
// host rebuilds the HostError that errorText words in the user's language. A hostile or foreign
// envelope is reduced to the generic reason of its code.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import i18next, { type i18n as I18n } from 'i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { HostError, type HostApi } from '../../src-core/host/contract';
import { hostOperationNames, type HostOperationName } from '../../src-core/host/operations';
import {
  createHostHandler,
  isTrustedIpcEvent,
  type HostService,
  type SenderEventLike,
} from '../../src-main/ipc';
import { APP_ENTRY_URL, APP_ORIGIN } from '../../src-main/security';
import { backupsFolderIn, readBackup } from '../../src-main/services/backups';
import { readExchangeFile, writeExchangeFile } from '../../src-main/services/exchange-folder';
import { resourcesFor } from '../../src-renderer/i18n/resources';
import { createElectronHost, type ElectronHostBridge } from '../../src-renderer/host/electron';
import { errorText } from '../../src-renderer/ui/errors';

const OUR_WINDOW = 7;
const appEvent = {
  senderFrame: { url: APP_ENTRY_URL, parent: null },
  sender: { id: OUR_WINDOW },
} satisfies SenderEventLike;
const trusted = (event: SenderEventLike) =>
  isTrustedIpcEvent(event, APP_ORIGIN, (id) => id === OUR_WINDOW);

/** A bridge whose every operation answers `answer` (or refuses when none is given). */
function bridgeAnswering(answer: (name: HostOperationName, request: unknown) => Promise<unknown>) {
  return Object.fromEntries(
    hostOperationNames.map((name) => [name, (request: unknown) => answer(name, request)]),
  ) as Record<
    HostOperationName,
    (request: unknown) => Promise<unknown>
  > satisfies ElectronHostBridge;
}

/** The renderer's host in front of one main-process service, through the real handler. */
function hostWith<K extends HostOperationName>(name: K, service: HostService<K, SenderEventLike>) {
  const handler = createHostHandler(name, service, trusted);
  return createElectronHost(
    bridgeAnswering(async (called, request) => {
      if (called !== name) throw new Error(`unexpected call of ${called}`);
      return structuredClone(await handler(appEvent, request));
    }),
  );
}

/** The renderer's host in front of a main process that answers every call with `envelope`. */
function hostAnswering(envelope: unknown): HostApi {
  return createElectronHost(bridgeAnswering(async () => structuredClone(envelope)));
}

async function rejection(promise: Promise<unknown>): Promise<HostError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof HostError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

let french: I18n;
let folder: string;

beforeAll(async () => {
  french = i18next.createInstance();
  await french.init({
    resources: await resourcesFor(['en', 'fr']),
    lng: 'fr',
    interpolation: { escapeValue: false },
  });
});
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'mcs-host-errors-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('a refusal from a main-process service', () => {
  it('reaches the renderer with its reason and values, and is shown in French', async () => {
    const backups = backupsFolderIn(folder);
    const host = hostWith('readBackup', ({ name }) => readBackup(backups, name));
    const error = await rejection(host.readBackup({ name: 'backup-2026-03-14.mcsbackup' }));
    expect(error).toMatchObject({
      code: 'io',
      reason: 'backupNotFound',
      values: { name: 'backup-2026-03-14.mcsbackup' },
      message: 'The backup backup-2026-03-14.mcsbackup was not found.',
    });
    expect(errorText(french.t, error)).toBe(
      'La sauvegarde backup-2026-03-14.mcsbackup est introuvable\u202f; elle a peut-être été supprimée. Choisissez une autre sauvegarde dans la liste.',
    );
  });

  it('carries the exchange folder and package names it names', async () => {
    await writeFile(path.join(folder, 'partner-a.mcpkg'), 'package');
    const write = hostWith('writeExchangeFile', ({ name, data }) =>
      writeExchangeFile(folder, name, data),
    );
    const exists = await rejection(
      write.writeExchangeFile({ name: 'partner-a.mcpkg', data: new Uint8Array([1]) }),
    );
    expect(exists).toMatchObject({ reason: 'packageExists', values: { name: 'partner-a.mcpkg' } });
    expect(errorText(french.t, exists)).toMatch(/^Un paquet nommé partner-a\.mcpkg se trouve déjà/);

    const gone = path.join(folder, 'unplugged');
    const read = hostWith('readExchangeFile', ({ name }) => readExchangeFile(gone, name));
    const error = await rejection(read.readExchangeFile({ name: 'partner-a.mcpkg' }));
    expect(error).toMatchObject({ reason: 'exchangeFolderGone', values: { folder: gone } });
    expect(errorText(french.t, error)).toContain(`Le dossier d’échange ${gone} est introuvable`);
  });

  it('words a refused request and an unexpected failure without internals', async () => {
    const host = hostWith('readBackup', async () => {
      throw new TypeError('boom at /opt/app/dist-main/main.cjs:12:3');
    });
    const refused = await rejection(host.readBackup({ name: '../../etc/passwd' }));
    expect(refused).toMatchObject({
      code: 'invalid-request',
      reason: 'invalidBackupName',
      values: { name: '../../etc/passwd' },
    });
    const original = console.error;
    console.error = () => undefined;
    try {
      const failed = await rejection(host.readBackup({ name: 'b.mcpkg' }));
      expect(failed).toMatchObject({ code: 'io', reason: 'unexpectedFailure', values: {} });
      expect(errorText(french.t, failed)).not.toMatch(/main\.cjs|boom/);
    } finally {
      console.error = original;
    }
  });
});

describe('a hostile or foreign envelope', () => {
  const refusal = (error: Record<string, unknown>) => ({
    ok: false,
    error: { code: 'io', message: 'English for the log', ...error },
  });

  it.each([
    ['an unknown reason', { reason: 'formatDisk', values: {} }],
    ['a reason from the prototype', { reason: 'constructor', values: {} }],
    ['no reason at all (an older main process)', {}],
    ['object values', { reason: 'backupNotFound', values: { name: { toString: 'x' } } }],
    ['a nested array value', { reason: 'backupNotFound', values: { name: ['a', 'b'] } }],
    ['values that are not a record', { reason: 'backupNotFound', values: 'name' }],
    ['a missing value', { reason: 'backupNotFound', values: {} }],
    ['a value the sentence does not name', { reason: 'diskFull', values: { lng: 'ar' } }],
    [
      'an extra value beside the right one',
      { reason: 'backupNotFound', values: { name: 'b', count: 2 } },
    ],
    [
      'a value posing as an option of t()',
      { reason: 'backupNotFound', values: { name: 'b', defaultValue: 'x' } },
    ],
    ['a flood of text', { reason: 'backupNotFound', values: { name: 'x'.repeat(100_000) } }],
    [
      'a number that is not finite',
      { reason: 'fileTooLarge', values: { name: 'a', limit: Infinity } },
    ],
  ])('is reduced to the generic reason of its code: %s', async (_label, error) => {
    const refused = await rejection(hostAnswering(refusal(error)).listBackups({}));
    expect(refused).toMatchObject({
      code: 'io',
      reason: 'ioFailed',
      values: {},
      message: 'English for the log',
    });
    expect(errorText(french.t, refused)).toBe(french.t('hostErrors.ioFailed'));
  });

  it('keeps the code: an unknown reason of an unsupported refusal is worded as unsupported', async () => {
    const refused = await rejection(
      hostAnswering(refusal({ code: 'unsupported', reason: 'nope', values: {} })).roomStop({}),
    );
    expect(refused).toMatchObject({ code: 'unsupported', reason: 'unsupported', values: {} });
  });

  it('accepts a known reason with exactly its values, strings or numbers', async () => {
    const refused = await rejection(
      hostAnswering(
        refusal({ reason: 'packageTooLarge', values: { name: 'big.mcpkg', limit: 512 } }),
      ).listBackups({}),
    );
    expect(refused).toMatchObject({
      reason: 'packageTooLarge',
      values: { name: 'big.mcpkg', limit: 512 },
    });
  });

  it.each([
    [
      'an unknown code',
      { ok: false, error: { code: 'fatal', reason: 'diskFull', values: {}, message: 'x' } },
    ],
    ['no message', { ok: false, error: { code: 'io', reason: 'diskFull', values: {} } }],
    ['no envelope at all', 'Error: something'],
  ])('answers %s as an unexpected answer', async (_label, envelope) => {
    const refused = await rejection(hostAnswering(envelope).listBackups({}));
    expect(refused).toMatchObject({ code: 'io', reason: 'unexpectedAnswer', values: {} });
  });

  it('words a rejected invoke without showing its raw text', async () => {
    const host = createElectronHost(
      bridgeAnswering(async () => {
        throw new Error("Error invoking remote method 'mcs:listBackups': Error: No handler");
      }),
    );
    const refused = await rejection(host.listBackups({}));
    expect(refused).toMatchObject({ code: 'io', reason: 'desktopUnreachable', values: {} });
    expect(refused.message).toBe('No handler');
    expect(errorText(french.t, refused)).not.toContain('handler');
  });
});
