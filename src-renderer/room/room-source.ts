/**
 * How the facilitator's page learns its room (issue 15). On the desktop, the main process starts
 * the room server (a host operation) and answers with its address, PIN and host key. Beside the
 * web host, the room server is started with the web server and prints the page's address with
 * the room in it (`#/workshops/<id>?view=run&room=http://127.0.0.1:PORT&key=…&pin=…&join=…`).
 * Either way the page ends with a `RoomInfo`, and connects with `connectRoom` (room-client.ts).
 */
import { z } from 'zod';
import type { HostApi } from '../../src-core/host/contract';
import type { RoomConfig } from './room-client';

/** A network the phones may reach the laptop on, best first. */
export interface RoomAddress {
  readonly address: string;
  /** The adapter's name as the system gives it ("Wi-Fi", "en0"), possibly empty. */
  readonly interfaceName: string;
  /** What kind of adapter it looks like ('wifi', 'ethernet', 'virtual'…), when known. */
  readonly kind?: string;
}

export interface RoomInfo extends RoomConfig {
  readonly pin: string;
  /** The address phones use now, and what they open there (the QR code's address). */
  readonly address: string;
  readonly joinUrl: string;
  /** The laptop's networks, most likely first. */
  readonly addresses: readonly RoomAddress[];
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
const KEY = /^[A-Za-z0-9_-]{20,128}$/;

/**
 * The room named in the page's address, or null when there is none or it is not one the page
 * may use: the host connection only ever goes to this laptop (loopback), over http(s).
 */
export function roomConfigFromParams(params: Readonly<Record<string, string>>): RoomConfig | null {
  const server = params.room;
  const hostKey = params.key;
  if (server === undefined || hostKey === undefined || !KEY.test(hostKey)) return null;
  let url: URL;
  try {
    url = new URL(server);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!LOOPBACK.has(url.hostname)) return null;
  return { server: url.origin, hostKey };
}

/** The join address on another network: the same page, at `address`. */
export function joinUrlAt(joinUrl: string, address: string): string {
  try {
    const url = new URL(joinUrl);
    url.hostname = address.includes(':') && !address.startsWith('[') ? `[${address}]` : address;
    return url.toString();
  } catch {
    return joinUrl;
  }
}

/** The join address as people read it aloud: no scheme, no trailing slash. */
export function shortAddress(joinUrl: string): string {
  return joinUrl.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

/** An SVG QR code of `text` (drawn here: no network involved). */
export async function qrSvgOf(text: string): Promise<string> {
  const { toString } = await import('qrcode');
  return toString(text, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
}

const roomInfoSchema = z.object({
  pin: z.string().regex(/^\d{6}$/),
  joinUrl: z.url({ protocol: /^https?$/ }),
});

/**
 * The room named in the page's address (beside the web host): the server and host key (`room`,
 * `key`), the PIN (`pin`) and the join address phones open (`join`, on the first candidate
 * network) — as the room server prints them when it starts. Null when any is missing or wrong.
 */
export function roomInfoFromParams(params: Readonly<Record<string, string>>): RoomInfo | null {
  const config = roomConfigFromParams(params);
  const given = roomInfoSchema.safeParse({ pin: params.pin, joinUrl: params.join });
  if (config === null || !given.success) return null;
  const address = new URL(given.data.joinUrl).hostname.replace(/^\[|\]$/g, '');
  return { ...config, ...given.data, address, addresses: [{ address, interfaceName: '' }] };
}

/** The room as the desktop app's main process describes it (HostApi `roomStart`). */
const desktopRoomSchema = z.object({
  pin: z.string().regex(/^\d{6}$/),
  hostKey: z.string().regex(KEY),
  server: z.url({ protocol: /^https?$/ }),
  address: z.string().min(1).max(64),
  joinUrl: z.url({ protocol: /^https?$/ }),
  addresses: z
    .array(
      z.object({
        address: z.string().min(1).max(64),
        interfaceName: z.string().max(200),
        kind: z.string().max(20).optional(),
      }),
    )
    .max(64),
});

/** The HostApi operations the desktop room needs (the whole HostApi has them). */
type RoomCalls = Pick<HostApi, 'roomStart' | 'roomStop'>;

export interface DesktopRoom {
  start(request: {
    workshopId: string;
    address: string | null;
    language: string;
  }): Promise<RoomInfo>;
  /** Closes the room if it is this workshop's (another workshop's room stays open). */
  stop(workshopId: string): Promise<void>;
}

function hasRoomCalls(host: object): host is RoomCalls {
  const calls: Partial<Record<keyof RoomCalls, unknown>> = host;
  return typeof calls.roomStart === 'function' && typeof calls.roomStop === 'function';
}

/**
 * The desktop app's room operations, or null without them (an object that is not a desktop
 * host). The answer is checked again here, and the host connection kept on this computer.
 */
export function desktopRoom(host: object | null): DesktopRoom | null {
  if (host === null || !hasRoomCalls(host)) return null;
  return {
    async start(request) {
      const info = desktopRoomSchema.parse(await host.roomStart(request));
      const config = roomConfigFromParams({ room: info.server, key: info.hostKey });
      if (config === null) throw new Error('The room is not on this computer.');
      return { ...info, ...config };
    },
    async stop(workshopId) {
      await host.roomStop({ workshopId });
    },
  };
}
