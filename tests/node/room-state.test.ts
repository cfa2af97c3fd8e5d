/**
 * The desktop room after a crash (issue 15): its PIN and the joined phones' sessions are kept in
 * the profile while it is open (0600), so when the app is started again and the room opened, a
 * phone resumes with its token instead of picking its name again. Closing the room forgets them;
 * a kept file that is a link or does not parse is ignored (a fresh room).
 */
import {
  mkdtempSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
  existsSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RoomInfo } from '../../src-core/host/contract';
import { roomStartRequestSchema } from '../../src-core/host/contract';
import { createRoomController, type RoomController } from '../../src-main/room/desktop';
import {
  PHONE_DIR,
  connectHost,
  connectPhone,
  join as joinAs,
  type OpenRoom,
  type Peer,
} from './room-sim';

const opened: RoomController[] = [];
const peers: Peer[] = [];
afterEach(async () => {
  for (const peer of peers.splice(0)) await peer.close().catch(() => undefined);
  for (const controller of opened.splice(0)) await controller.stop();
});

function controllerAt(stateFile: string): RoomController {
  const controller = createRoomController({
    phoneDir: PHONE_DIR,
    hostOrigins: [],
    preferredPort: 0,
    stateFile,
  });
  opened.push(controller);
  return controller;
}

const WORKSHOP = '0192f3a4-5b6c-7d8e-9f00-112233445566';
const OTHER = '0192f3a4-5b6c-7d8e-9f00-998877665544';
const start = (controller: RoomController, workshopId = WORKSHOP) =>
  controller.start(roomStartRequestSchema.parse({ workshopId, address: '127.0.0.1' }));

/** The room as the test helpers address it. */
const asRoom = (info: RoomInfo) =>
  ({
    port: info.port,
    origin: `http://127.0.0.1:${info.port}`,
    server: { pin: info.pin, hostKey: info.hostKey },
  }) as unknown as OpenRoom;

async function withHost(info: RoomInfo): Promise<void> {
  const host = await connectHost(asRoom(info));
  peers.push(host);
  host.send({ type: 'participants', list: [{ id: 'p-amal', name: 'Amal Haddad' }] });
  await new Promise((resolve) => setTimeout(resolve, 50));
}

/** A room kept in a fresh profile file, with Amal's phone joined. */
async function joinedRoom() {
  const file = join(mkdtempSync(join(tmpdir(), 'mcs-room-')), 'room-state.json');
  const before = await start(controllerAt(file));
  await withHost(before);
  const phone = await connectPhone(asRoom(before));
  peers.push(phone);
  const welcome = await joinAs(asRoom(before), phone, 'p-amal');
  return { file, before, welcome };
}

describe('the desktop room kept while open', () => {
  it('after a crash, the room opens again with its PIN and a phone resumes by its token', async () => {
    const { file, before, welcome } = await joinedRoom();
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toContain(welcome.token);

    // The app dies without closing the room; started again, the facilitator opens it.
    const after = await start(controllerAt(file));
    expect(after.pin).toBe(before.pin);
    expect(after.port).not.toBe(before.port);
    const again = await connectPhone(asRoom(after));
    peers.push(again);
    const resumed = again.next((m) => m.type === 'welcome' || m.type === 'refused');
    again.send({ type: 'resume', token: welcome.token });
    expect(await resumed).toMatchObject({
      type: 'welcome',
      token: welcome.token,
      participantId: 'p-amal',
      name: 'Amal Haddad',
    });
  });

  it('closing the room forgets it: a new PIN, and old tokens are refused', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'mcs-room-')), 'room-state.json');
    const controller = controllerAt(file);
    const first = await start(controller);
    await withHost(first);
    const phone = await connectPhone(asRoom(first));
    peers.push(phone);
    const welcome = await joinAs(asRoom(first), phone, 'p-amal');
    expect(await controller.stop()).toEqual({ stopped: true });
    expect(existsSync(file)).toBe(false);

    const next = await start(controllerAt(file));
    const again = await connectPhone(asRoom(next));
    peers.push(again);
    const answer = again.next((m) => m.type === 'welcome' || m.type === 'refused');
    again.send({ type: 'resume', token: welcome.token });
    expect(await answer).toMatchObject({ type: 'refused', reason: 'badToken' });
  });

  it('a kept file that does not parse, or is a link, is ignored: a fresh room', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'mcs-room-'));
    const broken = join(folder, 'broken.json');
    writeFileSync(broken, '{"pin":"123456","sessions":[{"token":"x"}]}');
    const fresh = await start(controllerAt(broken));
    expect(fresh.pin).toMatch(/^\d{6}$/);
    expect(fresh.pin).not.toBe('123456');
    const target = join(folder, 'elsewhere.json');
    writeFileSync(target, JSON.stringify({ workshopId: WORKSHOP, pin: '654321', sessions: [] }));
    const link = join(folder, 'link.json');
    symlinkSync(target, link);
    const linked = await start(controllerAt(link));
    expect(linked.pin).not.toBe('654321');
    // The PIN of the parsable file was taken only when the file itself was read:
    const plain = join(folder, 'plain.json');
    writeFileSync(plain, JSON.stringify({ workshopId: WORKSHOP, pin: '654321', sessions: [] }));
    expect((await start(controllerAt(plain))).pin).toBe('654321');
  });

  it('a room kept for one workshop does not come back for another; opening another closes it', async () => {
    const { file, welcome } = await joinedRoom();

    // After the crash the facilitator opens another workshop's room: a fresh one.
    const controller = controllerAt(file);
    const other = await start(controller, OTHER);
    const again = await connectPhone(asRoom(other));
    peers.push(again);
    const answer = again.next((m) => m.type === 'welcome' || m.type === 'refused');
    again.send({ type: 'resume', token: welcome.token });
    expect(await answer).toMatchObject({ type: 'refused', reason: 'badToken' });

    // Back to the first workshop while the other's room is open: the other is closed.
    const first = await start(controller);
    await expect(fetch(`http://127.0.0.1:${other.port}/`)).rejects.toThrow();
    expect((await fetch(first.joinUrl)).ok).toBe(true);
  });
});
