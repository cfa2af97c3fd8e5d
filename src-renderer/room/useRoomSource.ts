/**
 * Where the Run view gets its room from (see room-source.ts): the desktop app's main process
 * (HostApi `roomStart` / `roomStop`), or — beside the web host — the room named in the page's
 * address. The room outlives a reload of the page: on the desktop the main process keeps the
 * server running, and the page (which noted in this tab's session that the room is open) asks for
 * it again and gets the same room; in the browser the address still names it.
 */
import { useEffect, useState } from 'react';
import { HOST_GLOBAL } from '../../src-core/host/operations';
import { getHost } from '../host';
import { navigate, useRoute } from '../routing/router';
import {
  desktopRoom,
  joinUrlAt,
  roomInfoFromParams,
  type DesktopRoom,
  type RoomInfo,
} from './room-source';

export type RoomSourceState = 'off' | 'starting' | 'on' | 'unavailable';

export interface RoomSource {
  readonly info: RoomInfo | null;
  readonly state: RoomSourceState;
  /** In a browser (the web host), where the room is started beside the web server. */
  readonly isBrowser: boolean;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Phones should use another of the laptop's networks. */
  chooseAddress(address: string): Promise<void>;
}

const OPEN_PREFIX = 'room.open.';
const openKey = (workshopId: string) => `${OPEN_PREFIX}${workshopId}`;

/** Forgets every workshop's "room open" mark in this tab. */
export function forgetOpenRooms(storage: Pick<Storage, 'key' | 'length' | 'removeItem'>): void {
  const keys: string[] = [];
  for (let at = 0; at < storage.length; at += 1) {
    const key = storage.key(at);
    if (key?.startsWith(OPEN_PREFIX)) keys.push(key);
  }
  for (const key of keys) storage.removeItem(key);
}

function desktop(): DesktopRoom | null {
  return HOST_GLOBAL in window ? desktopRoom(getHost()) : null;
}

/**
 * The run is complete, so the workshop is closed: the desktop room this tab opened for it closes
 * too (phones are told the room has ended). Nothing to do when this tab opened none for it.
 */
export async function closeRoomOf(
  workshopId: string,
  storage: Pick<Storage, 'getItem' | 'removeItem'> = sessionStorage,
  room: DesktopRoom | null = desktop(),
): Promise<void> {
  if (storage.getItem(openKey(workshopId)) !== 'yes') return;
  storage.removeItem(openKey(workshopId));
  await room?.stop(workshopId);
}

export function useRoomSource(workshopId: string, language: string): RoomSource {
  const route = useRoute();
  const named = roomInfoFromParams(route.params);
  const [chosen, setChosen] = useState<string | null>(null);
  const [opened, setOpened] = useState<RoomInfo | null>(null);
  const [isStarting, setStarting] = useState(false);
  const room = named === null ? desktop() : null;

  const open = async (address: string | null) => {
    if (room === null) return;
    setStarting(true);
    try {
      setOpened(await room.start({ workshopId, address, language }));
      // One room at a time: opening this one closed any other workshop's, so only this one is
      // to be asked for again after a reload.
      forgetOpenRooms(sessionStorage);
      sessionStorage.setItem(openKey(workshopId), 'yes');
    } finally {
      setStarting(false);
    }
  };

  // After a reload, the room this tab opened is asked for again (the same one, still running).
  const reopen = room !== null && sessionStorage.getItem(openKey(workshopId)) === 'yes';
  useEffect(() => {
    if (!reopen) return;
    let isCurrent = true;
    void desktop()
      ?.start({ workshopId, address: null, language })
      .then(
        (info) => isCurrent && setOpened(info),
        () => sessionStorage.removeItem(openKey(workshopId)),
      );
    return () => {
      isCurrent = false;
    };
    // Once per workshop: a language change does not reopen the room.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [reopen, workshopId]);

  if (named !== null) {
    // Beside the web host the room listens on every network; the join address follows the choice.
    const address = chosen ?? named.address;
    return {
      info: { ...named, address, joinUrl: joinUrlAt(named.joinUrl, address) },
      state: 'on',
      isBrowser: true,
      start: async () => undefined,
      async stop() {
        navigate('workshops', workshopId, undefined, { view: 'run' });
      },
      chooseAddress: async (next) => setChosen(next),
    };
  }
  return {
    info: opened,
    state: room === null ? 'unavailable' : opened ? 'on' : isStarting ? 'starting' : 'off',
    isBrowser: room === null && !(HOST_GLOBAL in window),
    start: () => open(null),
    async stop() {
      if (room === null) return;
      sessionStorage.removeItem(openKey(workshopId));
      await room.stop(workshopId);
      setOpened(null);
    },
    chooseAddress: (address) => open(address),
  };
}
