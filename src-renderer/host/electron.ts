/**
 * HostApi for the desktop app: each operation goes through the preload's window.mcsHost to the
 * main process. The main process already validates both ways; the reply is checked again here
 * (defence in depth — a bug or a mismatched build must not hand the UI malformed data), and every
 * failure becomes a HostError with a message for the user.
 */
import { z } from 'zod';
import {
  HostError,
  hostContract,
  type HostApi,
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

// Listed as an object so adding a code to HostError fails to compile until it is listed here.
const hostErrorCodes = {
  'invalid-request': 'invalid-request',
  'untrusted-sender': 'untrusted-sender',
  io: 'io',
  cancelled: 'cancelled',
  unsupported: 'unsupported',
} as const satisfies { [C in HostError['code']]: C };

const codeSchema = z.enum(hostErrorCodes);

/** The envelope src-main/ipc.ts answers with (HostReply there). */
const replySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.object({ code: codeSchema, message: z.string() }) }),
]);

/** Electron wraps a rejected invoke as "Error invoking remote method '<channel>': Error: <message>". */
function fromRejectedInvoke(name: HostOperationName, error: unknown): HostError {
  const raw = error instanceof Error ? error.message : String(error);
  const message = raw
    .replace(/^Error invoking remote method '[^']*': /, '')
    .replace(/^\w*Error: /, '');
  return new HostError('io', message.trim() || `The desktop app could not run ${name}.`);
}

function unexpectedAnswer(name: HostOperationName): HostError {
  return new HostError('io', `The desktop app gave an unexpected answer to ${name}.`);
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
      if (!reply.data.ok) throw new HostError(reply.data.error.code, reply.data.error.message);
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
    printToPdf: operation('printToPdf'),
    openExternal: operation('openExternal'),
    exchangeFolderStatus: operation('exchangeFolderStatus'),
    chooseExchangeFolder: operation('chooseExchangeFolder'),
    listExchangeFolder: operation('listExchangeFolder'),
    readExchangeFile: operation('readExchangeFile'),
    writeExchangeFile: operation('writeExchangeFile'),
    takeOpenedPackages: operation('takeOpenedPackages'),
    openPresenterWindow: operation('openPresenterWindow'),
    roomStart: operation('roomStart'),
    roomStop: operation('roomStop'),
  } satisfies HostApi;
}
