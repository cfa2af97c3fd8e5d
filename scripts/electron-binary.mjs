// Finds the Electron executable without ever downloading it. `require('electron')` (electron ≥45)
// downloads the binary on first use when node_modules/electron/dist is missing; on machines
// without network that hangs or throws, so callers ask here first and fall back when it is null.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** node_modules/electron, located without running its index.js (which would download). */
function electronPackageDir() {
  try {
    return path.dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/** The executable's path inside an Electron dist folder, as electron's install.js names it. */
function platformExecutable() {
  switch (process.platform) {
    case 'darwin':
      return 'Electron.app/Contents/MacOS/Electron';
    case 'win32':
      return 'electron.exe';
    default:
      return 'electron';
  }
}

function isFile(filePath) {
  try {
    return statSync(filePath).isFile();
  } catch {
    return false;
  }
}

/** What node_modules/electron/path.txt says (written by a completed download), if anything. */
function recordedExecutable(packageDir) {
  const pathFile = packageDir ? path.join(packageDir, 'path.txt') : null;
  if (!pathFile || !existsSync(pathFile)) return null;
  const recorded = readFileSync(pathFile, 'utf8').trim();
  return recorded === '' ? null : recorded;
}

function inspect() {
  const packageDir = electronPackageDir();
  const recorded = recordedExecutable(packageDir);
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidate = path.join(override, recorded ?? platformExecutable());
    return isFile(candidate)
      ? { binary: candidate, reason: null }
      : {
          binary: null,
          reason: `ELECTRON_OVERRIDE_DIST_PATH is set, but ${candidate} does not exist.`,
        };
  }
  if (!packageDir) {
    return { binary: null, reason: 'The electron package is not installed (run npm install).' };
  }
  if (!recorded) {
    return {
      binary: null,
      reason:
        'Electron binary not downloaded (electron ≥45 fetches it on first launch and this machine cannot); ' +
        'set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron folder to run the desktop app and its tests.',
    };
  }
  const candidate = path.join(packageDir, 'dist', recorded);
  return isFile(candidate)
    ? { binary: candidate, reason: null }
    : {
        binary: null,
        reason: `Electron binary missing at ${candidate}; reinstall electron or set ELECTRON_OVERRIDE_DIST_PATH.`,
      };
}

/** Absolute path of the Electron executable, or null when none is present. Never downloads. */
export function findElectronBinary() {
  return inspect().binary;
}

/** One line saying why findElectronBinary() is null, or null when a binary was found. */
export function electronUnavailableReason() {
  return inspect().reason;
}
