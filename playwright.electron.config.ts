// Desktop end-to-end tests: launch the built app (npm run build first) in a real Electron.
// Where no Electron binary exists the spec skips itself and prints why.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/electron',
  outputDir: 'test-results/electron',
  // One Electron at a time: each launch is a full desktop app with its own profile.
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['json']],
  use: { trace: 'retain-on-failure' },
});
