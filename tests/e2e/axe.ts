/**
 * axe-core on the page as the user sees it: a failure lists each serious or critical violation
 * with the elements it found. With SHOTS_DIR set, the state is also saved as screenshots at
 * 1366×768 and 1920×1080 (for looking at them, not for comparing pixels).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

export async function expectAccessible(page: Page, name: string): Promise<void> {
  expect(
    await seriousViolations(page),
    `${name}: no serious or critical accessibility violations`,
  ).toEqual([]);
  const dir = process.env.SHOTS_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: join(dir, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1366, height: 768 });
}
