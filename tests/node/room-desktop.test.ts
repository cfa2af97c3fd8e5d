/**
 * The room in the desktop app (issue 15): one room at a time, on the chosen address plus loopback
 * for the facilitator's page, described for the Run view (join address, QR code, PIN, host key).
 */
import { networkInterfaces } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { HostError, roomInfoSchema, roomStartRequestSchema } from '../../src-core/host/contract';
import { createRoomController, type RoomController } from '../../src-main/room/desktop';
import { PHONE_DIR } from './room-sim';

let controller: RoomController;
afterEach(async () => {
  await controller?.stop();
});

const workshopId = '0192f3a4-5b6c-7d8e-9f00-112233445566';
const request = (input: object) => roomStartRequestSchema.parse({ workshopId, ...input });

describe('the desktop room', () => {
  it('opens on the most likely address and describes how phones join', async () => {
    controller = createRoomController({
      phoneDir: PHONE_DIR,
      hostOrigins: ['app://bundle'],
      preferredPort: 0,
    });
    const info = await controller.start(request({}));
    expect(roomInfoSchema.parse(info)).toEqual(info);
    expect(info.joinUrl).toBe(`http://${info.address}:${info.port}/`);
    expect(info.server).toBe(`http://127.0.0.1:${info.port}`);
    expect(info.qrSvg.startsWith('<svg')).toBe(true);
    const lan = info.addresses.find((a) => a.kind !== 'loopback');
    expect(info.address).toBe(lan?.address ?? '127.0.0.1');
    // The phone page answers on the join address, the facilitator's side on loopback.
    expect((await fetch(info.joinUrl)).status).toBe(200);
    expect((await fetch(`${info.server}/`)).status).toBe(200);
    // Asked again: the same room, not a second one.
    const again = await controller.start(request({ language: 'es' }));
    expect([again.port, again.pin, again.hostKey]).toEqual([info.port, info.pin, info.hostKey]);
    expect(await (await fetch(info.joinUrl)).text()).toContain('data-workshop-lang="es"');
    // Closing another workshop's room leaves this one open; closing this one closes it.
    expect(await controller.stop('0192f3a4-5b6c-7d8e-9f00-998877665544')).toEqual({
      stopped: false,
    });
    expect((await fetch(info.joinUrl)).status).toBe(200);
    expect(await controller.stop(workshopId)).toEqual({ stopped: true });
    await expect(fetch(info.joinUrl)).rejects.toThrow();
    expect(await controller.stop()).toEqual({ stopped: false });
  });

  it("keeps the workshop's PIN when asked, and refuses an address that is not this computer's", async () => {
    controller = createRoomController({ phoneDir: PHONE_DIR, hostOrigins: [], preferredPort: 0 });
    const info = await controller.start(request({ address: '127.0.0.1', pin: '042917' }));
    expect(info.pin).toBe('042917');
    expect(info.joinUrl).toBe(`http://127.0.0.1:${info.port}/`);
    await expect(controller.start(request({ address: '203.0.113.77' }))).rejects.toThrow(HostError);
    expect(() => request({ address: 'evil.example' })).toThrow();
    expect(() => request({ pin: '12345' })).toThrow();
    expect(() => request({ hostKey: 'mine' })).toThrow();
  });

  it('moves to another network with the same PIN and key', async () => {
    const lan = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    controller = createRoomController({ phoneDir: PHONE_DIR, hostOrigins: [], preferredPort: 0 });
    const first = await controller.start(request({ address: '127.0.0.1' }));
    const moved = await controller.start(request({ address: lan?.address ?? '127.0.0.1' }));
    expect([moved.pin, moved.hostKey]).toEqual([first.pin, first.hostKey]);
    expect((await fetch(moved.joinUrl)).status).toBe(200);
  });
});
