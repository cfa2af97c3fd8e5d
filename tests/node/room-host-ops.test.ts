/**
 * The desktop app's room operations (issue 15) end to end in plain Node: the HostApi handlers for
 * `roomStart` / `roomStop` as main.ts registers them (sender check → payload → controller →
 * response check), over a real room server on this computer; and closing the room on quit.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { hostChannel } from '../../src-core/host/operations';
import {
  isTrustedIpcEvent,
  registerHostHandlers,
  type HostReply,
  type HostServices,
  type SenderEventLike,
} from '../../src-main/ipc';
import {
  createRoomController,
  roomHostServices,
  stopRoomBeforeQuit,
  type RoomController,
} from '../../src-main/room/desktop';
import { APP_ENTRY_URL, APP_ORIGIN } from '../../src-main/security';
import { PHONE_DIR } from './room-sim';

const OUR_WINDOW = 3;

function eventFrom(url: string, iframe = false): IpcMainInvokeEvent {
  const event = {
    senderFrame: { url, parent: iframe ? {} : null },
    sender: { id: OUR_WINDOW },
  } satisfies SenderEventLike;
  return event as unknown as IpcMainInvokeEvent;
}

type Handler = (event: IpcMainInvokeEvent, payload: unknown) => Promise<HostReply<unknown>>;

/** The room operations registered the way main.ts does, every other operation left out. */
function registerRoom(controller: RoomController): Map<string, Handler> {
  const handlers = new Map<string, Handler>();
  const ipcMain = {
    handle: (channel: string, handler: Handler) => handlers.set(channel, handler),
  } as unknown as IpcMain;
  const services = roomHostServices<IpcMainInvokeEvent>(controller);
  registerHostHandlers(ipcMain, services as HostServices<IpcMainInvokeEvent>, (event) =>
    isTrustedIpcEvent(event, APP_ORIGIN, (id) => id === OUR_WINDOW),
  );
  return handlers;
}

/** Opens the facilitator's socket as the app's page does: from app://bundle, with the key. */
function hostSocket(server: string, key: string, origin = APP_ORIGIN): Promise<number> {
  const url = new URL('/host', server.replace(/^http/, 'ws'));
  url.searchParams.set('key', key);
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers: { Origin: origin } });
    ws.once('open', () => {
      ws.close();
      resolve(101);
    });
    ws.once('unexpected-response', (_request, response) => {
      ws.terminate();
      resolve(response.statusCode ?? 0);
    });
    ws.once('error', reject);
  });
}

let controller: RoomController | undefined;
afterEach(async () => {
  await controller?.stop();
  controller = undefined;
});

function newController(): RoomController {
  controller = createRoomController({
    phoneDir: PHONE_DIR,
    hostOrigins: [APP_ORIGIN],
    preferredPort: 0,
  });
  return controller;
}

const workshopId = '0192f3a4-5b6c-7d8e-9f00-112233445566';

describe('roomStart and roomStop through the IPC layer', () => {
  it('opens the room for the app window, lets its page hold the host socket, and closes it', async () => {
    const handlers = registerRoom(newController());
    const start = handlers.get(hostChannel('roomStart'));
    const stop = handlers.get(hostChannel('roomStop'));
    const app = eventFrom(APP_ENTRY_URL);

    const reply = await start?.(app, {
      workshopId,
      address: '127.0.0.1',
      language: 'es',
      pin: '042917',
    });
    if (!reply?.ok) throw new Error(`roomStart refused: ${JSON.stringify(reply)}`);
    const info = reply.value as { server: string; hostKey: string; joinUrl: string; pin: string };
    expect(info.pin).toBe('042917');
    expect(info.server).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await (await fetch(info.joinUrl)).text()).toContain('data-workshop-lang="es"');
    // The app's page may hold the host socket; a page from elsewhere may not, key or no key.
    expect(await hostSocket(info.server, info.hostKey)).toBe(101);
    expect(await hostSocket(info.server, info.hostKey, 'https://evil.example')).toBe(403);

    expect(await stop?.(app, {})).toEqual({ ok: true, value: { stopped: true } });
    await expect(fetch(info.joinUrl)).rejects.toThrow();
    expect(await stop?.(app, {})).toEqual({ ok: true, value: { stopped: false } });
  });

  it('opens nothing for a foreign page or a bad request', async () => {
    const room = newController();
    const started = vi.spyOn(room, 'start');
    const handlers = registerRoom(room);
    const start = handlers.get(hostChannel('roomStart'));
    expect(await start?.(eventFrom('http://127.0.0.1:5173/'), { workshopId })).toMatchObject({
      ok: false,
      error: { code: 'untrusted-sender' },
    });
    expect(await start?.(eventFrom(APP_ENTRY_URL, true), { workshopId })).toMatchObject({
      ok: false,
      error: { code: 'untrusted-sender' },
    });
    expect(
      await start?.(eventFrom(APP_ENTRY_URL), { workshopId, address: '0.0.0.0/0' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(started).not.toHaveBeenCalled();
    // An address that is not one of this computer's networks is the controller's refusal.
    expect(
      await start?.(eventFrom(APP_ENTRY_URL), { workshopId, address: '203.0.113.77' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(await room.stop()).toEqual({ stopped: false });
  });
});

describe('stopRoomBeforeQuit', () => {
  it('closes an open room', async () => {
    const room = newController();
    const info = await room.start({ workshopId, address: '127.0.0.1', language: 'en' });
    await stopRoomBeforeQuit(room);
    await expect(fetch(info.joinUrl)).rejects.toThrow();
    expect(await room.stop()).toEqual({ stopped: false });
  });

  it('never holds quitting longer than its time limit, nor fails', async () => {
    const hanging: RoomController = {
      start: () => Promise.reject(new Error('not used')),
      stop: () => new Promise(() => undefined),
    };
    const began = Date.now();
    await stopRoomBeforeQuit(hanging, 50);
    expect(Date.now() - began).toBeLessThan(1000);
    const failing: RoomController = {
      start: () => Promise.reject(new Error('not used')),
      stop: () => Promise.reject(new Error('port already gone')),
    };
    await expect(stopRoomBeforeQuit(failing)).resolves.toBeUndefined();
  });
});
