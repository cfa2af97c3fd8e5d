// How the page learns its room from its own address (beside the web host): only a loopback room
// server, only with a well-formed key, PIN and join address; anything else names no room.
import { describe, expect, it } from 'vitest';
import {
  desktopRoom,
  joinUrlAt,
  roomConfigFromParams,
  roomInfoFromParams,
  shortAddress,
} from '../../../src-renderer/room/room-source';
import { closeRoomOf, forgetOpenRooms } from '../../../src-renderer/room/useRoomSource';

const key = 'Qm9uam91ciBsZXMgYW1pcyBkdSBtb3VsaW4';
const params = {
  view: 'run',
  room: 'http://127.0.0.1:47321',
  key,
  pin: '482913',
  join: 'http://192.168.1.24:47321/',
};

describe('the room named in the page address', () => {
  it('gives server, key, PIN and join address', () => {
    expect(roomInfoFromParams(params)).toEqual({
      server: 'http://127.0.0.1:47321',
      hostKey: key,
      pin: '482913',
      joinUrl: 'http://192.168.1.24:47321/',
      address: '192.168.1.24',
      addresses: [{ address: '192.168.1.24', interfaceName: '' }],
    });
  });

  it('refuses a host connection anywhere but this computer', () => {
    for (const room of [
      'http://192.168.1.24:47321',
      'http://127.0.0.1.evil.example:47321',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'not a url',
    ]) {
      expect(roomConfigFromParams({ ...params, room })).toBeNull();
    }
    expect(roomConfigFromParams({ ...params, room: 'http://localhost:5000/x' })).toEqual({
      server: 'http://localhost:5000',
      hostKey: key,
    });
  });

  it('names no room without a good key, PIN or join address', () => {
    expect(roomInfoFromParams({ ...params, key: 'short' })).toBeNull();
    expect(roomInfoFromParams({ ...params, key: `${key}&x=1` })).toBeNull();
    expect(roomInfoFromParams({ ...params, pin: '4829' })).toBeNull();
    expect(roomInfoFromParams({ ...params, join: 'ftp://192.168.1.24/' })).toBeNull();
    const { pin: _pin, ...withoutPin } = params;
    void _pin;
    expect(roomInfoFromParams(withoutPin)).toBeNull();
  });

  it('moves the join address to another network, and says it short', () => {
    expect(joinUrlAt('http://192.168.1.24:47321/', '10.8.0.3')).toBe('http://10.8.0.3:47321/');
    expect(shortAddress('http://10.8.0.3:47321/')).toBe('10.8.0.3:47321');
  });
});

describe('the room from the desktop app', () => {
  const answer = {
    port: 8790,
    pin: '482913',
    hostKey: key,
    server: 'http://127.0.0.1:8790',
    addresses: [
      { interfaceName: 'Wi-Fi', address: '192.168.1.24', kind: 'wifi' },
      { interfaceName: 'vEthernet (WSL)', address: '172.28.0.1', kind: 'virtual' },
    ],
    address: '192.168.1.24',
    joinUrl: 'http://192.168.1.24:8790/',
    qrSvg: '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
  };

  it('asks the main process and checks its answer', async () => {
    const asked: unknown[] = [];
    const host = {
      roomStart: async (request: unknown) => {
        asked.push(request);
        return answer;
      },
      roomStop: async () => ({ stopped: true }),
    };
    const info = await desktopRoom(host)!.start({
      workshopId: '0192f3a4-5b6c-7d8e-9f00-112233445566',
      address: '172.28.0.1',
      language: 'fr',
    });
    expect(asked).toEqual([
      { workshopId: '0192f3a4-5b6c-7d8e-9f00-112233445566', address: '172.28.0.1', language: 'fr' },
    ]);
    expect(info).toMatchObject({
      server: 'http://127.0.0.1:8790',
      hostKey: key,
      pin: '482913',
      address: '192.168.1.24',
      joinUrl: 'http://192.168.1.24:8790/',
    });
    expect(info.addresses.map((a) => a.interfaceName)).toEqual(['Wi-Fi', 'vEthernet (WSL)']);
  });

  it('refuses a host connection off this computer, and is absent without the operations', async () => {
    const host = {
      roomStart: async () => ({ ...answer, server: 'http://192.168.1.24:8790' }),
      roomStop: async () => ({ stopped: true }),
    };
    await expect(
      desktopRoom(host)!.start({ workshopId: 'w', address: null, language: 'en' }),
    ).rejects.toThrow('not on this computer');
    expect(desktopRoom({ appInfo: async () => ({}) })).toBeNull();
    expect(desktopRoom(null)).toBeNull();
  });
});

describe('completing the run', () => {
  const storageWith = (entries: Record<string, string>) => {
    const map = new Map(Object.entries(entries));
    return {
      getItem: (key: string) => map.get(key) ?? null,
      removeItem: (key: string) => void map.delete(key),
      key: (at: number) => [...map.keys()][at] ?? null,
      get length() {
        return map.size;
      },
      keys: () => [...map.keys()],
    };
  };

  it('closes the room this tab opened for the workshop, and only that one', async () => {
    const stops: string[] = [];
    const room = {
      start: async () => {
        throw new Error('not used');
      },
      stop: async (workshopId: string) => void stops.push(workshopId),
    };
    const storage = storageWith({ 'room.open.w1': 'yes', 'room.open.w2': 'yes' });
    await closeRoomOf('w1', storage, room);
    // The main process is asked to close w1's room only (another's would stay open).
    expect(stops).toEqual(['w1']);
    expect(storage.keys()).toEqual(['room.open.w2']);
    // Another workshop's run completed, or this one again: its room was not opened here.
    await closeRoomOf('w3', storage, room);
    await closeRoomOf('w1', storage, room);
    expect(stops).toEqual(['w1']);
  });

  it('opening a room forgets the marks of the rooms it closed', () => {
    const storage = storageWith({ 'room.open.w1': 'yes', 'room.open.w2': 'yes', other: 'x' });
    forgetOpenRooms(storage);
    expect(storage.keys()).toEqual(['other']);
  });
});
