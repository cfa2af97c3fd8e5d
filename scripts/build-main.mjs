// Bundles the Electron main process and the preload into dist-main/ (one CommonJS file each).
// The preload is checked to require nothing but 'electron': a sandboxed preload cannot load
// any other module, and a stray import would only fail when the window opens.
import { build } from 'esbuild';
import { cpSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mcsBuildOptions } from './mcs-build.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = path.join(root, 'dist-main');
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['electron'],
  metafile: true,
  logLevel: 'warning',
  legalComments: 'none',
};

rmSync(outDir, { recursive: true, force: true });

const [, preload] = await Promise.all([
  build({
    ...common,
    entryPoints: ['src-main/main.ts'],
    outfile: 'dist-main/main.cjs',
    define: { __APP_VERSION__: JSON.stringify(version) },
  }),
  build({ ...common, entryPoints: ['src-main/preload.ts'], outfile: 'dist-main/preload.cjs' }),
  // The coordinators' command-line tool (package.json "bin": mcs).
  build(mcsBuildOptions(root, 'dist-main/mcs.mjs')),
]);

// The workshop room's phone page (issue 15): plain files the room server reads at start.
cpSync(path.join(root, 'src-main/room/phone'), path.join(outDir, 'room-phone'), {
  recursive: true,
});

const preloadImports = Object.values(preload.metafile.outputs).flatMap((output) =>
  output.imports.map((entry) => entry.path),
);
const foreign = preloadImports.filter((name) => name !== 'electron');
if (foreign.length > 0) {
  console.error(
    `build-main: the preload may only require 'electron', but requires ${foreign.join(', ')}`,
  );
  process.exit(1);
}

const kB = (file) => `${(statSync(path.join(outDir, file)).size / 1024).toFixed(1)} kB`;
console.log(
  `build-main: dist-main/main.cjs (${kB('main.cjs')}), dist-main/preload.cjs (${kB('preload.cjs')}), dist-main/mcs.mjs (${kB('mcs.mjs')})`,
);
