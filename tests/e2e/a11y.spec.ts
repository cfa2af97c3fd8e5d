/**
 * Every section of the app and every stage kind of both workshop kinds, checked with axe-core on
 * the sample workspace: no serious or critical violation anywhere (issue 13). Pages are visited as
 * a user reaches them — lists, a record of each kind, its form, the step-2 pages, a workshop's
 * plan, participants, each stage of its run and its report.
 */
import type { Page } from '@playwright/test';
import { sections } from '../../src-renderer/routing/router';
import { expectAccessible } from './axe';
import { expect, startWithSample, test } from './fixtures';

test.describe.configure({ timeout: 300_000 });

async function visit(page: Page, hash: string, ready: () => Promise<void>) {
  await page.goto(`./${hash}`);
  await ready();
}

const heading = (page: Page) => () => expect(page.locator('main h1').first()).toBeVisible();

/** Opens the first record of a roster list and returns its address. */
async function firstRecord(page: Page, section: string): Promise<string> {
  await page.goto(`./#/${section}`);
  const link = page.locator(`main tbody a[href^="#/${section}/"]`).first();
  await expect(link).toBeVisible();
  return (await link.getAttribute('href')) ?? '';
}

test('every section: lists, records, forms and the step-2 pages', async ({
  page,
  welcome,
  clusters,
}) => {
  await startWithSample(welcome, clusters);
  for (const section of sections) {
    await visit(page, `#/${section}`, heading(page));
    await expectAccessible(page, section);
  }
  for (const section of ['clusters', 'organisations', 'memberships', 'contacts']) {
    const href = await firstRecord(page, section);
    await visit(page, href, heading(page));
    await expectAccessible(page, `${section}-record`);
    await visit(page, `${href}/edit`, heading(page));
    await expectAccessible(page, `${section}-form`);
  }
  // Step 1 for one cluster, a value chain's matrix, a meta-cluster's page.
  for (const [section, name] of [
    ['reinforcement', 'cluster-reinforcement'],
    ['valueChains', 'matrix'],
    ['metaClusters', 'meta-cluster'],
  ] as const) {
    await page.goto(`./#/${section}`);
    await page.locator(`main a[href^="#/${section}/"]`).first().click();
    await heading(page)();
    await expectAccessible(page, name);
  }
});

/** Inputs whose value does not show whole (wider than their box), at the current window size. */
async function clippedFields(page: Page): Promise<string[]> {
  return page.locator('main').evaluate((main) =>
    [...main.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')]
      .filter((field) => !['checkbox', 'radio', 'hidden', 'range'].includes(field.type))
      .filter(
        (field) => field.offsetParent !== null && field.getAttribute('aria-hidden') !== 'true',
      )
      .filter((field) => field.scrollWidth > field.clientWidth + 1)
      .map((field) => `${field.labels?.[0]?.textContent ?? field.id}: "${field.value}"`),
  );
}

/** Every tab of a sample workshop and every stage of its run. */
async function everyStage(page: Page, workshop: RegExp, name: string) {
  await page.goto('./#/workshops');
  await page.getByRole('link', { name: workshop }).first().click();
  for (const tab of ['Plan', 'Participants']) {
    await page.getByRole('link', { name: tab, exact: true }).click();
    await heading(page)();
    await expectAccessible(page, `${name}-${tab.toLowerCase()}`);
  }
  await page.getByRole('link', { name: 'Run', exact: true }).click();
  const reopen = page.getByRole('button', { name: 'Reopen the last stage' });
  await expect(page.locator('#stage-title').or(reopen)).toBeVisible();
  if (await reopen.isVisible()) {
    // A finished workshop first shows that it is finished; reopening shows its stages again.
    await expectAccessible(page, `${name}-completed`);
    await reopen.click();
  }
  await expect(page.locator('#stage-title')).toBeVisible();
  const stages = page.getByRole('navigation', { name: 'Stages' }).getByRole('button');
  const count = await stages.count();
  expect(count).toBeGreaterThan(3);
  for (let index = 0; index < count; index += 1) {
    const stage = stages.nth(index);
    const title = (await stage.innerText()).replace(/\s+/g, ' ').trim();
    if ((await stage.getAttribute('aria-current')) !== 'step') await stage.click();
    await expect(page.locator('#stage-title')).toContainText(title.replace(/^\S+ /, ''));
    await expectAccessible(page, `${name}-stage-${index + 1}`);
    // No field cuts its value short, on a laptop or a full-HD projector.
    for (const [width, height] of [
      [1366, 768],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width, height });
      expect(await clippedFields(page), `${title} at ${width}×${height}`).toEqual([]);
    }
    await page.setViewportSize({ width: 1366, height: 768 });
  }
  await page.getByRole('link', { name: 'Report', exact: true }).click();
  await heading(page)();
  await expectAccessible(page, `${name}-report`);
}

test('every stage of a meta-cluster workshop, its plan, participants and report', async ({
  page,
  welcome,
  clusters,
}) => {
  await startWithSample(welcome, clusters);
  await everyStage(page, /^Meta-cluster workshop:/, 'meta-cluster-workshop');
});

test('every stage of a reinforcement workshop, its plan, participants and report', async ({
  page,
  welcome,
  clusters,
}) => {
  await startWithSample(welcome, clusters);
  await everyStage(page, /^Reinforcement workshop:/, 'reinforcement-workshop');
});
