/**
 * The web host asks the browser to keep the workspace's storage (issue 17): without it Chromium
 * may clear IndexedDB when the disk runs low. The request is recorded (a browser decides by its own
 * heuristics whether to grant it, so the test checks that the app asks, once the app has started).
 */
import { expect, test } from './fixtures';

test('the web host asks to keep its storage', async ({ page, pageErrors: _ }) => {
  await page.addInitScript(() => {
    const storage = navigator.storage;
    const persist = storage.persist.bind(storage);
    const asked: string[] = [];
    (window as unknown as { persistAsked: string[] }).persistAsked = asked;
    storage.persist = async () => {
      asked.push('persist');
      return persist();
    };
  });
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { persistAsked: string[] }).persistAsked))
    .toEqual(['persist']);
});
