/**
 * What every desktop spec starts with: the Electron binary, or the one skip the project allows
 * (with its reason printed) where there is none — desktop tests need a real Electron, never a
 * fake one. Called at the top of a spec file.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { test } from '@playwright/test';
import { electronUnavailableReason, findElectronBinary } from '../../scripts/electron-binary.mjs';

export function electronOrSkip(): string | undefined {
  const executablePath = findElectronBinary();
  if (!executablePath) {
    const reason = `Electron tests skipped: ${electronUnavailableReason() ?? 'no Electron binary'}`;
    console.log(reason);
    test.skip(true, reason);
  }
  return executablePath ?? undefined;
}

export const root = path.resolve(import.meta.dirname, '../..');
export const mainScript = path.join(root, 'dist-main', 'main.cjs');

/** The built app must be there (`npm run build`): a clear failure, not Electron's. */
export function expectBuilt(): void {
  for (const built of [
    mainScript,
    path.join(root, 'dist-main', 'preload.cjs'),
    path.join(root, 'dist-web', 'index.html'),
  ]) {
    if (!existsSync(built)) {
      throw new Error(`${path.relative(root, built)} is missing: run npm run build first.`);
    }
  }
}
