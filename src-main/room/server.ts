/**
 * The room server (issue 15): plain HTTP on the venue's LAN, serving the phone page (GET /, its
 * script, dictionary and style) and two WebSocket paths — /room for phones, /host for the
 * facilitator's page. Runs in the desktop app's main process (src-main/room/desktop.ts) and,
 * for development and tests, beside the web host (scripts/room.ts).
 *
 * Who may connect where:
 * - /room: any phone on the network whose page came from this server (Origin = http://<Host>);
 *   frames over ROOM_MAX_MESSAGE_BYTES close the connection unread (ws maxPayload).
 * - /host: only from this computer (loopback), only with the host key (?key=…), only from the
 *   app's origin or a loopback page; a newer host connection replaces the older one.
 * The rules of what is said on each socket are in room.ts.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { ROOM_MAX_MESSAGE_BYTES, ROOM_PIN_LENGTH } from '../../src-core/room/protocol';
import { candidateAddresses, isLoopbackAddress, type CandidateAddress } from './addresses';
import { isHostOrigin, isPhoneOrigin, randomPin, randomToken, sameSecret } from './limits';
import { loadPhoneFiles } from './phone-files';
import { Room, type HostLink, type PhoneConnection, type RoomOptions } from './room';

export interface RoomServerOptions {
  /** The folder holding the phone page (index.html, phone.js, strings/<lang>.js, phone.css). */
  readonly phoneDir: string;
  /** A PIN to reuse (e.g. the workshop's, after a restart); a random one otherwise. */
  readonly pin?: string;
  /** A host key to reuse; a random one (32 bytes, base64url) otherwise. */
  readonly hostKey?: string;
  /** Origins the facilitator's page may connect from besides loopback pages (app://bundle). */
  readonly hostOrigins?: readonly string[];
  /** The workshop's language: phones whose own language the page does not speak use it. */
  readonly language?: string;
  readonly maxPhones?: number;
  /** Phone connections per network address (loopback exempt: that is this computer). */
  readonly maxPhonesPerAddress?: number;
  /** Largest host frame (a stage with many ideas and participants). */
  readonly maxHostMessageBytes?: number;
  readonly heartbeatMs?: number;
  readonly room?: Omit<RoomOptions, 'pin'>;
}

export interface RoomStarted {
  readonly port: number;
  /** Where phones may reach the room, most likely first (the bound address only, if one). */
  readonly addresses: readonly CandidateAddress[];
}

export interface RoomServer {
  readonly pin: string;
  readonly hostKey: string;
  start(host: string, port: number): Promise<RoomStarted>;
  stop(): Promise<void>;
  /** The join address phones open: http://<address>:<port>/. */
  url(address: string): string;
  setLanguage(language: string): void;
  readonly stats: () => {
    phones: number;
    hostConnected: boolean;
    forwarded: number;
    refused: number;
  };
}

const PIN = /^\d+$/;
const ANY_ADDRESS = new Set(['0.0.0.0', '::', '']);

function refuseUpgrade(socket: Duplex, status: number, text: string): void {
  socket.write(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  socket.destroy();
}

function listen(http: Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    http.once('error', reject);
    http.listen(port, host, () => {
      http.off('error', reject);
      resolve();
    });
  });
}

function textOf(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data as ArrayBuffer).toString('utf8');
}

export function createRoomServer(options: RoomServerOptions): RoomServer {
  const pin = options.pin ?? randomPin(ROOM_PIN_LENGTH);
  if (pin.length !== ROOM_PIN_LENGTH || !PIN.test(pin)) {
    throw new Error(`A room PIN is ${ROOM_PIN_LENGTH} digits.`);
  }
  const hostKey = options.hostKey ?? randomToken(32);
  const hostOrigins = options.hostOrigins ?? [];
  const maxPhones = options.maxPhones ?? 500;
  const maxPerAddress = options.maxPhonesPerAddress ?? 30;
  const heartbeatMs = options.heartbeatMs ?? 15_000;
  let language = options.language ?? '';
  const files = loadPhoneFiles(options.phoneDir, () => language);
  const room = new Room({ ...options.room, pin });

  const phoneSockets = new Map<WebSocket, PhoneConnection>();
  const perAddress = new Map<string, number>();
  let hostSocket: WebSocket | null = null;
  const alive = new WeakSet<WebSocket>();
  let heartbeat: ReturnType<typeof setInterval> | null = null;
  let servers: Server[] = [];
  let boundPort = 0;

  const phoneWss = new WebSocketServer({ noServer: true, maxPayload: ROOM_MAX_MESSAGE_BYTES });
  const hostWss = new WebSocketServer({
    noServer: true,
    maxPayload: options.maxHostMessageBytes ?? 16 * 1024 * 1024,
  });

  function keepAlive(ws: WebSocket): void {
    alive.add(ws);
    ws.on('pong', () => alive.add(ws));
  }

  function onPhone(ws: WebSocket, request: IncomingMessage): void {
    const remoteAddress = request.socket.remoteAddress ?? '';
    perAddress.set(remoteAddress, (perAddress.get(remoteAddress) ?? 0) + 1);
    keepAlive(ws);
    const connection = room.phoneOpened({
      remoteAddress,
      send(message) {
        if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
      },
    });
    phoneSockets.set(ws, connection);
    ws.on('message', (data, isBinary) => {
      if (isBinary) {
        connection.link.send({ type: 'refused', clientId: null, reason: 'badMessage' });
        return;
      }
      room.phoneMessage(connection, textOf(data));
    });
    // A frame over the limit closes the socket with 1009 (ws reports it here); nothing else to do.
    ws.on('error', () => undefined);
    ws.on('close', () => {
      phoneSockets.delete(ws);
      const left = (perAddress.get(remoteAddress) ?? 1) - 1;
      if (left <= 0) perAddress.delete(remoteAddress);
      else perAddress.set(remoteAddress, left);
      room.phoneClosed(connection);
    });
  }

  function onHost(ws: WebSocket): void {
    keepAlive(ws);
    hostSocket = ws;
    const link: HostLink = {
      send(message) {
        if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
      },
      close(code, reason) {
        ws.close(code, reason);
      },
    };
    room.hostOpened(link);
    ws.on('message', (data, isBinary) => {
      if (!isBinary) room.hostMessage(link, textOf(data));
    });
    ws.on('error', () => undefined);
    ws.on('close', () => {
      if (hostSocket === ws) hostSocket = null;
      room.hostClosed(link);
    });
  }

  function onUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    socket.on('error', () => undefined);
    let url: URL;
    try {
      url = new URL(request.url ?? '/', 'http://room.invalid');
    } catch {
      return refuseUpgrade(socket, 400, 'Bad Request');
    }
    const origin = request.headers.origin;
    if (url.pathname === '/room') {
      if (!isPhoneOrigin(origin, request.headers.host)) {
        return refuseUpgrade(socket, 403, 'Forbidden');
      }
      const address = request.socket.remoteAddress ?? '';
      const fromHere = isLoopbackAddress(address);
      if (
        phoneSockets.size >= maxPhones ||
        (!fromHere && (perAddress.get(address) ?? 0) >= maxPerAddress)
      ) {
        return refuseUpgrade(socket, 503, 'Service Unavailable');
      }
      phoneWss.handleUpgrade(request, socket, head, (ws) => onPhone(ws, request));
      return;
    }
    if (url.pathname === '/host') {
      const allowed =
        isLoopbackAddress(request.socket.remoteAddress) &&
        sameSecret(url.searchParams.get('key'), hostKey) &&
        isHostOrigin(origin, hostOrigins);
      if (!allowed) return refuseUpgrade(socket, 403, 'Forbidden');
      hostWss.handleUpgrade(request, socket, head, (ws) => onHost(ws));
      return;
    }
    refuseUpgrade(socket, 404, 'Not Found');
  }

  function createHttp(): Server {
    const http = createServer((request, response) => {
      const method = request.method ?? 'GET';
      if (method !== 'GET' && method !== 'HEAD') {
        response.writeHead(405, { Allow: 'GET, HEAD', 'Content-Length': 0 }).end();
        return;
      }
      const pathname = (request.url ?? '/').split('?')[0] ?? '/';
      if (files.serve(pathname, request.headers.host, response, method === 'HEAD')) return;
      if (pathname === '/favicon.ico') {
        response.writeHead(204).end();
        return;
      }
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    });
    http.on('upgrade', onUpgrade);
    http.on('clientError', (_error, socket: Socket) => socket.destroy());
    return http;
  }

  function beat(): void {
    const sockets = [...phoneSockets.keys(), ...(hostSocket ? [hostSocket] : [])];
    for (const ws of sockets) {
      if (!alive.has(ws)) {
        ws.terminate();
        continue;
      }
      alive.delete(ws);
      ws.ping();
    }
  }

  return {
    pin,
    hostKey,
    url: (address) => `http://${address.includes(':') ? `[${address}]` : address}:${boundPort}/`,
    setLanguage(next) {
      language = next;
    },
    stats: () => ({
      phones: phoneSockets.size,
      hostConnected: room.hostConnected,
      ...room.counts,
    }),

    async start(host, port) {
      if (servers.length > 0) throw new Error('The room is already open.');
      const primary = createHttp();
      await listen(primary, host, port);
      servers = [primary];
      boundPort = (primary.address() as AddressInfo).port;
      // Bound to one network's address: the facilitator's page still needs loopback.
      if (!ANY_ADDRESS.has(host) && !isLoopbackAddress(host)) {
        const local = createHttp();
        try {
          await listen(local, '127.0.0.1', boundPort);
        } catch (error) {
          primary.close();
          servers = [];
          throw error;
        }
        servers.push(local);
      }
      heartbeat = setInterval(beat, heartbeatMs);
      heartbeat.unref();
      const addresses = ANY_ADDRESS.has(host)
        ? candidateAddresses()
        : candidateAddresses().filter((candidate) => candidate.address === host);
      return {
        port: boundPort,
        addresses:
          addresses.length > 0 || ANY_ADDRESS.has(host)
            ? addresses
            : [{ interfaceName: '', address: host, kind: 'other' }],
      };
    },

    async stop() {
      if (heartbeat) clearInterval(heartbeat);
      heartbeat = null;
      room.dispose();
      const sockets = () => [...phoneSockets.keys(), ...(hostSocket ? [hostSocket] : [])];
      for (const ws of sockets()) ws.close(1001, 'The room is closed');
      const closing = servers;
      servers = [];
      // Sockets that do not finish their closing handshake promptly are cut.
      const cut = setTimeout(() => {
        for (const ws of sockets()) ws.terminate();
        for (const http of closing) http.closeAllConnections();
      }, 500);
      await Promise.all(
        closing.map((http) => new Promise<void>((resolve) => http.close(() => resolve()))),
      );
      clearTimeout(cut);
      phoneWss.close();
      hostWss.close();
    },
  };
}
