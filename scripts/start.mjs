#!/usr/bin/env node
// `npm start`: build, then open the desktop app. Where no Electron binary can be had (as on the
// build machines, which cannot download it), say so in one line and serve the web host instead.
// `npm run web` (`--web`) serves the web host directly; `npm run web -- --room` also opens the
// workshop room (scripts/room.ts) beside it.
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { preview } from 'vite';
import { electronUnavailableReason, findElectronBinary } from './electron-binary.mjs';

const root = resolve(import.meta.dirname, '..');
const webOnly = process.argv.includes('--web');
const port = Number(process.env.PORT ?? 5173);
const withRoom = process.argv.includes('--room');
const roomPort = Number(process.env.ROOM_PORT ?? 8790);

function build(script) {
  const result = spawnSync('npm', ['run', '--silent', script], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Electron ≥45 fetches its binary on first use; try once, quietly, within a time limit. */
function tryInstallElectron() {
  const result = spawnSync(process.execPath, [resolve(root, 'node_modules/electron/install.js')], {
    cwd: root,
    stdio: 'pipe',
    timeout: 120_000,
  });
  return result.status === 0 ? findElectronBinary() : null;
}

async function serveWebHost() {
  const server = await preview({
    root: resolve(root, 'src-renderer'),
    configFile: resolve(root, 'vite.config.ts'),
    preview: { port, host: '127.0.0.1', strictPort: false, open: false },
  });
  const address = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
  console.log(`Meta-Cluster Studio (web host) is running at ${address} — press Ctrl+C to stop.`);
}

/** The workshop room beside the web host, closed with it. */
function startRoom() {
  const room = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      resolve(root, 'scripts/room.ts'),
      ...['--port', String(roomPort), '--web-host', `http://127.0.0.1:${port}/`],
    ],
    { cwd: root, stdio: 'inherit' },
  );
  room.on('exit', (code) => code && process.exit(code));
  process.on('exit', () => room.kill());
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));
}

build('build:renderer');
if (withRoom) startRoom();

if (webOnly) {
  await serveWebHost();
} else {
  build('build:main');
  const binary = findElectronBinary() ?? tryInstallElectron();
  if (binary) {
    const child = spawn(binary, [resolve(root, 'dist-main/main.cjs')], {
      cwd: root,
      stdio: 'inherit',
    });
    child.on('exit', (code) => process.exit(code ?? 0));
  } else {
    console.log(
      `Electron cannot run here — ${electronUnavailableReason() ?? 'no Electron binary.'} Serving the web host instead.`,
    );
    await serveWebHost();
  }
}
