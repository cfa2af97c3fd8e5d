/**
 * The only place that talks to ipcMain: one handler per HostApi operation. Every call is checked
 * in the same order — sender frame, then payload (zod), then the service, then the response
 * (zod) — and answers with a reply envelope, so a refusal reaches the renderer as a HostError (code,
 * reason and values for the user's language, English message for logs) instead of Electron's
 * "Error invoking remote method …" string with a stack.
 *
 * ipcMain and the sender check are passed in rather than imported, so this module has no runtime
 * dependency on Electron and its logic is tested in plain Node.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import {
  HostError,
  hostContract,
  parseHostRequest,
  type HostErrorCode,
  type HostErrorReason,
  type HostErrorValues,
  type HostResponse,
} from '../src-core/host/contract';
import {
  hostChannel,
  hostOperationNames,
  type HostOperationName,
} from '../src-core/host/operations';
import { isTrustedSender } from './security';

/** A request after validation (defaults applied, types narrowed). */
export type ParsedHostRequest<K extends HostOperationName> = z.output<
  (typeof hostContract)[K]['request']
>;

/** The plain function behind one operation; `event` gives access to the calling window. */
export type HostService<K extends HostOperationName, E> = (
  request: ParsedHostRequest<K>,
  event: E,
) => Promise<HostResponse<K>>;

export type HostServices<E> = { [K in HostOperationName]: HostService<K, E> };

export type { HostErrorCode };

/** A refusal as it crosses: `reason` and `values` word it for the user, `message` for the log. */
export type HostRefusal = {
  code: HostErrorCode;
  reason: HostErrorReason;
  values: HostErrorValues;
  message: string;
};

/** What crosses the IPC boundary: a value, or a refusal. */
export type HostReply<T> = { ok: true; value: T } | { ok: false; error: HostRefusal };

/** The parts of an invoke event the sender check needs; Electron's IpcMainInvokeEvent has them. */
export type SenderEventLike = {
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
  readonly sender: { readonly id: number };
};

/**
 * A sender is trusted when its frame still exists, is a main frame (not an iframe), shows the
 * app's own origin, and belongs to a window this app created.
 */
export function isTrustedIpcEvent(
  event: SenderEventLike,
  appOrigin: string,
  isAppWindowContents: (contentsId: number) => boolean,
): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  return isTrustedSender(frame.url, appOrigin) && isAppWindowContents(event.sender.id);
}

function refusal(error: HostError): HostReply<never> {
  const { code, reason, values, message } = error;
  // A plain copy: only these four fields cross, never the stack.
  return { ok: false, error: { code, reason, values: { ...values }, message } };
}

/**
 * Builds the handler of one operation. Unexpected failures are logged here (main process only)
 * and reach the renderer as a generic message: stacks and paths of internals stay on this side.
 */
export function createHostHandler<K extends HostOperationName, E>(
  name: K,
  service: HostService<K, E>,
  isTrusted: (event: E) => boolean,
): (event: E, payload: unknown) => Promise<HostReply<HostResponse<K>>> {
  return async (event, payload) => {
    if (!isTrusted(event)) {
      return refusal(
        new HostError(
          'untrusted-sender',
          'untrustedSender',
          {},
          `Refused ${name}: the request did not come from the app window.`,
        ),
      );
    }
    try {
      const request = parseHostRequest(name, payload);
      const result = await service(request, event);
      const checked = hostContract[name].response.safeParse(result);
      if (!checked.success) {
        console.error(`[host] ${name} produced an invalid response`, checked.error.issues);
        return refusal(
          new HostError(
            'io',
            'unexpectedAnswer',
            {},
            `The desktop app gave an unexpected answer to ${name}.`,
          ),
        );
      }
      return { ok: true, value: checked.data as HostResponse<K> };
    } catch (error) {
      if (error instanceof HostError) return refusal(error);
      console.error(`[host] ${name} failed`, error);
      return refusal(
        new HostError(
          'io',
          'unexpectedFailure',
          {},
          `Something went wrong on this computer while running ${name}.`,
        ),
      );
    }
  };
}

/** Registers every operation of the contract; the channel set is exactly hostOperationNames. */
export function registerHostHandlers(
  ipcMain: IpcMain,
  services: HostServices<IpcMainInvokeEvent>,
  isTrusted: (event: IpcMainInvokeEvent) => boolean,
): void {
  for (const name of hostOperationNames) {
    registerOne(ipcMain, name, services[name], isTrusted);
  }
}

function registerOne<K extends HostOperationName>(
  ipcMain: IpcMain,
  name: K,
  service: HostService<K, IpcMainInvokeEvent>,
  isTrusted: (event: IpcMainInvokeEvent) => boolean,
): void {
  const handler = createHostHandler(name, service, isTrusted);
  ipcMain.handle(hostChannel(name), (event, payload: unknown) => handler(event, payload));
}
