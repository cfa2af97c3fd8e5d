/**
 * HostApi for the desktop app: each operation goes through the preload's window.mcsHost to the
 * main process. The main process already validates both ways; the reply is checked again here
 * (defence in depth — a bug or a mismatched build must not hand the UI malformed data), and every
 * failure becomes a HostError with a reason the UI words in the user's language. A refusal whose
 * reason or values are not understood (another build, a compromised main process) is worded by
 * the generic reason of its code: nothing but known keys and plain strings and numbers reach t().
 */
import { z } from 'zod';
import {
  genericHostErrorReasons,
  HostError,
  hostContract,
  hostErrorCodes,
  hostErrorReasons,
  isHostErrorDetail,
  type HostApi,
  type HostErrorCode,
  type HostErrorDetail,
  type HostResponse,
} from '../../src-core/host/contract';
import { HOST_GLOBAL, type HostOperationName } from '../../src-core/host/operations';

/** What src-main/preload.ts exposes: one function per operation, answering with a reply envelope. */
export type ElectronHostBridge = Readonly<
  Record<HostOperationName, (request: unknown) => Promise<unknown>>
>;

declare global {
  interface Window {
    /** Present only inside the desktop app (set by the Electron preload). */
    readonly mcsHost?: ElectronHostBridge;
  }
}

/** The longest value put into a sentence: any path a system allows (PATH_MAX) fits, a flood not. */
const MAX_VALUE_LENGTH = 4096;

/**
 * The values of a refusal: short strings or numbers, under exactly the names its sentence uses
 * (checked in `refusalDetail`, so no value can pose as an option of t() such as `lng`).
 */
const valuesSchema = z.record(z.string(), z.union([z.string().max(MAX_VALUE_LENGTH), z.number()]));

/** The envelope src-main/ipc.ts answers with (HostReply there); reason and values checked below. */
const replySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({
    ok: z.literal(false),
    error: z.object({
      code: z.enum(hostErrorCodes),
      // Checked in refusalDetail; missing from a main process older than reasons.
      reason: z.unknown().optional(),
      values: z.unknown().optional(),
      message: z.string(),
    }),
  }),
]);

const reasonSchema = z.enum(hostErrorReasons);

/**
 * The reason and values to word a refusal with: its own when the reason is known and the values
 * are exactly the ones its sentence names (plain strings and numbers), else the generic reason of
 * its code, with no values.
 */
function refusalDetail(code: HostErrorCode, reason: unknown, values: unknown): HostErrorDetail {
  const known = reasonSchema.safeParse(reason);
  const checked = valuesSchema.safeParse(values);
  if (known.success && checked.success) {
    const detail = [known.data, checked.data] as const;
    if (isHostErrorDetail(detail)) return detail;
  }
  return [genericHostErrorReasons[code], {}];
}

/** Electron wraps a rejected invoke as "Error invoking remote method '<channel>': Error: <message>". */
function fromRejectedInvoke(name: HostOperationName, error: unknown): HostError {
  const raw = error instanceof Error ? error.message : String(error);
  const message = raw
    .replace(/^Error invoking remote method '[^']*': /, '')
    .replace(/^\w*Error: /, '');
  return new HostError(
    'io',
    'desktopUnreachable',
    {},
    message.trim() || `The desktop app could not run ${name}.`,
  );
}

function unexpectedAnswer(name: HostOperationName): HostError {
  return new HostError(
    'io',
    'unexpectedAnswer',
    {},
    `The desktop app gave an unexpected answer to ${name}.`,
  );
}

export function isElectronHostAvailable(): boolean {
  return typeof window !== 'undefined' && window[HOST_GLOBAL] !== undefined;
}

export function createElectronHost(
  bridge: ElectronHostBridge | undefined = window[HOST_GLOBAL],
): HostApi {
  if (!bridge) {
    throw new HostError(
      'unsupported',
      'desktopUnreachable',
      {},
      'The desktop bridge is missing; restart Meta-Cluster Studio.',
    );
  }
  const host = bridge;

  function operation<K extends HostOperationName>(name: K) {
    return async (request: unknown): Promise<HostResponse<K>> => {
      let answer: unknown;
      try {
        answer = await host[name](request);
      } catch (error) {
        throw fromRejectedInvoke(name, error);
      }
      const reply = replySchema.safeParse(answer);
      if (!reply.success) throw unexpectedAnswer(name);
      if (!reply.data.ok) {
        const { code, reason, values, message } = reply.data.error;
        throw new HostError(code, ...refusalDetail(code, reason, values), message);
      }
      const value = hostContract[name].response.safeParse(reply.data.value);
      if (!value.success) throw unexpectedAnswer(name);
      return value.data as HostResponse<K>;
    };
  }

  return {
    appInfo: operation('appInfo'),
    saveFile: operation('saveFile'),
    openFiles: operation('openFiles'),
    writeBackup: operation('writeBackup'),
    listBackups: operation('listBackups'),
    readBackup: operation('readBackup'),
    deleteBackup: operation('deleteBackup'),
    printToPdf: operation('printToPdf'),
    exchangeFolderStatus: operation('exchangeFolderStatus'),
    chooseExchangeFolder: operation('chooseExchangeFolder'),
    listExchangeFolder: operation('listExchangeFolder'),
    readExchangeFile: operation('readExchangeFile'),
    writeExchangeFile: operation('writeExchangeFile'),
    takeOpenedPackages: operation('takeOpenedPackages'),
    openPresenterWindow: operation('openPresenterWindow'),
    roomStart: operation('roomStart'),
    roomStop: operation('roomStop'),
    signingKeyStatus: operation('signingKeyStatus'),
    signManifest: operation('signManifest'),
    exportSigningKey: operation('exportSigningKey'),
    importSigningKey: operation('importSigningKey'),
    adoptSigningKey: operation('adoptSigningKey'),
  } satisfies HostApi;
}
