/**
 * The workshop room in the desktop app (issue 15): at most one room server at a time, opened from
 * the Run view (HostApi `roomStart`) and closed by the facilitator (`roomStop`) or when the app
 * quits (main.ts, through `stopRoomBeforeQuit`). It listens on the chosen network address only
 * (Wi-Fi first when none is chosen) plus loopback for the facilitator's page, so VPN and virtual
 * adapters never expose it.
 */
import type { z } from 'zod';
import {
  HostError,
  roomInfoSchema,
  type roomStartRequestSchema,
  type RoomInfo,
} from '../../src-core/host/contract';
import type { HostServices } from '../ipc';
import { candidateAddresses } from './addresses';
import { joinQrSvg } from './qr';
import { forgetRoomState, readRoomStateOf, roomStateStore } from './room-state';
import { createRoomServer, type RoomServer } from './server';

export type RoomStartRequest = z.output<typeof roomStartRequestSchema>;

export interface RoomControllerOptions {
  /** The phone page's files (dist-main/room-phone in the packaged app). */
  readonly phoneDir: string;
  /** The facilitator page's origin (app://bundle). */
  readonly hostOrigins: readonly string[];
  /** Tried first, so the join address stays the same from one run to the next; 0: any. */
  readonly preferredPort?: number;
  /**
   * Where the open room's PIN and sessions are kept (room-state.ts), so phones resume after the
   * app restarts; none: the room lives in memory only.
   */
  readonly stateFile?: string;
}

export interface RoomController {
  start(request: RoomStartRequest): Promise<RoomInfo>;
  /** Closes the room — only if it is `workshopId`'s, when given (the app quitting: any). */
  stop(workshopId?: string): Promise<{ stopped: boolean }>;
}

export const DEFAULT_ROOM_PORT = 8790;

function isAddressInUse(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'EADDRINUSE';
}

export function createRoomController(options: RoomControllerOptions): RoomController {
  let running: { server: RoomServer; workshopId: string; address: string; port: number } | null =
    null;

  async function open(
    workshopId: string,
    address: string,
    language: string,
    keep: { pin?: string; hostKey?: string },
    port: number,
  ) {
    let pin = keep.pin ?? '';
    const stateFile = options.stateFile;
    const server = createRoomServer({
      phoneDir: options.phoneDir,
      hostOrigins: options.hostOrigins,
      language,
      ...keep,
      ...(stateFile === undefined
        ? {}
        : { room: { sessionStore: roomStateStore(stateFile, workshopId, () => pin) } }),
    });
    pin = server.pin;
    try {
      return { server, started: await server.start(address, port) };
    } catch (error) {
      if (port === 0 || !isAddressInUse(error)) throw error;
      return { server, started: await server.start(address, 0) };
    }
  }

  async function describe(): Promise<RoomInfo> {
    if (!running) throw new Error('The room is not open.');
    const { server, address, port } = running;
    const joinUrl = server.url(address);
    return roomInfoSchema.parse({
      port,
      pin: server.pin,
      hostKey: server.hostKey,
      server: `http://127.0.0.1:${port}`,
      addresses: candidateAddresses(),
      address,
      joinUrl,
      qrSvg: await joinQrSvg(joinUrl),
    });
  }

  /** Closed (Stop, another workshop's room, the app quitting): its sessions end with it. */
  async function stopRunning(workshopId?: string): Promise<{ stopped: boolean }> {
    if (workshopId !== undefined && running !== null && running.workshopId !== workshopId) {
      return { stopped: false };
    }
    const current = running;
    running = null;
    // Only a crash leaves the sessions on disk.
    if (options.stateFile !== undefined) forgetRoomState(options.stateFile);
    if (!current) return { stopped: false };
    await current.server.stop();
    return { stopped: true };
  }

  return {
    async start(request) {
      const candidates = candidateAddresses();
      if (request.address !== null && !candidates.some((c) => c.address === request.address)) {
        throw new HostError(
          'invalid-request',
          'addressNotAvailable',
          {},
          'That address is not one of this computer’s networks. Choose one from the list.',
        );
      }
      const address =
        request.address ?? candidates.find((c) => c.kind !== 'loopback')?.address ?? '127.0.0.1';
      if (running && running.workshopId === request.workshopId && running.address === address) {
        running.server.setLanguage(request.language);
        return describe();
      }
      // Another network chosen: the same PIN and key on the new address (phones there rejoin).
      // Another workshop's room is closed first: its phones' sessions end with it.
      const previous = running?.workshopId === request.workshopId ? running : null;
      if (running !== null && previous === null) await stopRunning();
      running = null;
      if (previous) await previous.server.stop();
      // The room kept on disk (the app restarted while it was open) comes back with its PIN.
      const kept =
        options.stateFile === undefined
          ? null
          : readRoomStateOf(options.stateFile, request.workshopId);
      const keep = previous
        ? { pin: previous.server.pin, hostKey: previous.server.hostKey }
        : request.pin
          ? { pin: request.pin }
          : kept
            ? { pin: kept.pin }
            : {};
      const port = previous?.port ?? options.preferredPort ?? DEFAULT_ROOM_PORT;
      const { server, started } = await open(
        request.workshopId,
        address,
        request.language,
        keep,
        port,
      );
      running = { server, workshopId: request.workshopId, address, port: started.port };
      return describe();
    },

    stop: stopRunning,
  };
}

/** The HostApi operations `roomStart` and `roomStop`, served by one controller (host-handlers.ts). */
export function roomHostServices<E>(
  controller: RoomController,
): Pick<HostServices<E>, 'roomStart' | 'roomStop'> {
  return {
    roomStart: (request) => controller.start(request),
    roomStop: (request) => controller.stop(request.workshopId),
  };
}

/**
 * Closes the room when the app quits, waiting at most `timeoutMs`: a phone that does not finish
 * its goodbye must not keep the app from quitting. Never rejects.
 */
export async function stopRoomBeforeQuit(
  controller: RoomController,
  timeoutMs = 1000,
): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, timeoutMs);
  });
  try {
    await Promise.race([
      controller.stop().then(
        () => undefined,
        () => undefined,
      ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
