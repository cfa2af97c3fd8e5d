/**
 * The workshop room beside the web host (issue 15), for development and end-to-end tests:
 * `npm run web -- --room` starts it with the web host, or run it alone with
 * `npx tsx scripts/room.ts [--address 0.0.0.0] [--port 8790] [--pin 123456] [--language es]
 * [--info-file room.json] [--web-host http://127.0.0.1:5173/]`. Prints the join address (with a
 * QR code), the PIN, the host key and the facilitator's Run-view address with the room in it;
 * `--info-file` also writes them as JSON (readable by this user only) for a test harness.
 * Ctrl+C closes the room.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { joinQrSvg, joinQrTerminal } from '../src-main/room/qr';
import { createRoomServer } from '../src-main/room/server';

const root = resolve(import.meta.dirname, '..');

const { values } = parseArgs({
  options: {
    address: { type: 'string', default: '0.0.0.0' },
    port: { type: 'string', default: process.env.ROOM_PORT ?? '8790' },
    pin: { type: 'string' },
    language: { type: 'string', default: '' },
    'info-file': { type: 'string' },
    'host-origin': { type: 'string', multiple: true, default: [] },
    'web-host': { type: 'string', default: 'http://127.0.0.1:5173/' },
  },
  allowPositionals: false,
});

const server = createRoomServer({
  phoneDir: resolve(root, 'src-main/room/phone'),
  pin: values.pin,
  language: values.language,
  hostOrigins: values['host-origin'],
});

const { port, addresses } = await server.start(values.address, Number(values.port));
const phoneAddresses = addresses.filter((a) => a.kind !== 'loopback');
const best = phoneAddresses[0]?.address ?? addresses[0]?.address ?? '127.0.0.1';
const joinUrl = server.url(best);

console.log(`\nWorkshop room open on port ${port}.`);
console.log(`  Phones join at:  ${joinUrl}`);
for (const other of addresses.filter((a) => a.address !== best)) {
  console.log(
    `              or:  ${server.url(other.address)}  (${other.interfaceName}, ${other.kind})`,
  );
}
console.log(`  Room PIN:        ${server.pin}`);
console.log(`  Host (facilitator page, this computer only): ws://127.0.0.1:${port}/host?key=…`);
console.log(`  Host key:        ${server.hostKey}`);
const runView = new URLSearchParams({
  view: 'run',
  room: `http://127.0.0.1:${port}`,
  key: server.hostKey,
  pin: server.pin,
  join: joinUrl,
});
console.log(
  `  Facilitator: open a workshop's Run view with the room in its address (this computer only):\n` +
    `    ${values['web-host'].replace(/\/?$/, '/')}#/workshops/<workshop id>?${runView.toString()}`,
);
console.log(`\n${await joinQrTerminal(joinUrl)}`);

if (values['info-file']) {
  const info = {
    port,
    pin: server.pin,
    hostKey: server.hostKey,
    server: `http://127.0.0.1:${port}`,
    addresses,
    address: best,
    joinUrl,
    qrSvg: await joinQrSvg(joinUrl),
  };
  writeFileSync(resolve(values['info-file']), `${JSON.stringify(info, null, 2)}\n`, {
    mode: 0o600,
  });
}

let closing = false;
async function close(): Promise<void> {
  if (closing) return;
  closing = true;
  await server.stop();
  console.log('Workshop room closed.');
  process.exit(0);
}
process.on('SIGINT', () => void close());
process.on('SIGTERM', () => void close());
