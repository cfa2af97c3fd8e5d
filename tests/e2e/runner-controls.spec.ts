/**
 * The runner's stage controls as a facilitator meets them, on the sample's meta-cluster workshop
 * (running, paused at prioritisation, whose scoring gate is not met yet): the stage bar stays in
 * view at 1366×768 and 1920×1080 while a long stage scrolls, and a focused field scrolls into view
 * below it, not behind it; Page Down at a gate that holds says which gate and how to override it;
 * a move (key or button) is announced and puts focus on the stage's heading; Page Down on the last
 * stage explains instead of finishing the workshop; the timer's end time is a 24-hour clock time;
 * and axe finds no serious or critical violation in the stage frame (the bar, the heading, the
 * guidance, the gates, the stage list). Screenshots go to SHOTS_DIR (default /tmp/h-run/shots).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, startWithSample, test } from './fixtures';
import { RunnerPage, SAMPLE_RUNNING_WORKSHOP } from './pages/runner';

// The sample workspace takes a while to open on a busy machine.
test.describe.configure({ timeout: 180_000 });

const SHOTS = process.env.SHOTS_DIR ?? '/tmp/h-run/shots';
const HELD_GATE = 'At least one idea is scored for impact and feasibility';
/** The parts of the run view that make up the stage frame (not the stage editors inside it). */
const FRAME =
  '.stage-nav, .run-stage-header, .run-guidance, section.gates, .run-steps, .run-stage > .field-hint, [data-testid="stage-announcer"]';

/** The bar sits at the top of the window and the next-stage button is wholly inside it. */
async function expectBarInView(runner: RunnerPage, height: number): Promise<void> {
  const bar = await runner.box(runner.bar());
  expect(Math.abs(bar.y)).toBeLessThanOrEqual(1);
  const next = await runner.box(runner.next());
  expect(next.y).toBeGreaterThanOrEqual(0);
  expect(next.y + next.height).toBeLessThanOrEqual(height);
}

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, name) });
}

test('the stage bar stays in view, says why Page Down is held, and moves announce the stage', async ({
  page,
  welcome,
  clusters,
}) => {
  await startWithSample(welcome, clusters);
  const runner = new RunnerPage(page);
  await runner.openWorkshop(SAMPLE_RUNNING_WORKSHOP);
  await expect(runner.title()).toContainText('Opportunities and prioritisation');
  await expect(runner.gateStatus()).toContainText('1 check not met');
  const total = Number(/ of (\d+)$/.exec(await runner.position().innerText())?.[1]);
  expect(total).toBeGreaterThan(6);
  await expect(runner.position()).toHaveText(`Stage 6 of ${total}`);
  // The room hears nothing until the facilitator moves.
  await expect(runner.announcer()).toHaveText('');

  // A long stage, scrolled to its end: the bar (with Next) is still at the top, opaque.
  const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(pageHeight).toBeGreaterThan(768 * 2);
  await runner.scrollToBottom();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(768);
  await expectBarInView(runner, 768);
  const background = await runner
    .bar()
    .evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(background).toBe('rgb(255, 255, 255)');
  await shoot(page, 'runner-long-stage-1366.png');

  // A field that sits behind the bar scrolls out from under it when it takes focus.
  const idea = page.getByRole('textbox', { name: 'Idea', exact: true });
  await idea.evaluate((element) => {
    window.scrollBy({ top: element.getBoundingClientRect().top - 10, behavior: 'instant' });
  });
  await idea.focus();
  const barBottom = await runner.box(runner.bar()).then((box) => box.y + box.height);
  expect((await runner.box(idea)).y).toBeGreaterThanOrEqual(barBottom);
  // And so does one reached with the keyboard (Shift+Tab back up the stage).
  const theme = page.getByLabel('Theme', { exact: true });
  await theme.focus();
  await theme.evaluate((element) => {
    window.scrollBy({ top: element.getBoundingClientRect().top - 10, behavior: 'instant' });
  });
  await page.keyboard.press('Shift+Tab');
  await expect(idea).toBeFocused();
  expect((await runner.box(idea)).y).toBeGreaterThanOrEqual(barBottom);

  // Page Down where a gate holds: the bar says which gate, and how to override it.
  await runner.title().focus();
  await page.keyboard.press('PageDown');
  await expect(runner.notice()).toContainText(`Can’t move on yet: “${HELD_GATE}” is not met.`);
  await expect(runner.notice()).toContainText(
    'choose “Override…” beside it under “Before moving on”',
  );
  await expect(runner.notice()).toHaveAttribute('aria-live', 'polite');
  await expect(runner.title()).toContainText('Opportunities and prioritisation');
  await runner.scrollToBottom();
  await expectBarInView(runner, 768);
  await shoot(page, 'runner-held-1366.png');
  // Next itself is disabled, but still says why when pressed.
  await expect(runner.next()).toBeDisabled();
  await expect(runner.next()).toHaveText(/^Next: 6 Governance and agreement$/);

  // The timer, once started, says when the time box ends as a 24-hour clock time.
  await runner.bar().getByRole('button', { name: 'Start timer' }).click();
  await expect(page.getByTestId('stage-timer-end')).toHaveText(/^(ends at|was due at) \d\d:\d\d$/);
  await runner.bar().getByRole('button', { name: 'Pause timer' }).click();

  // Page Up moves back: the stage is announced and its heading takes focus; the refusal is gone.
  await runner.scrollToBottom();
  await runner.title().focus();
  await page.keyboard.press('PageUp');
  await expect(runner.title()).toContainText('Complementarity and matchmaking');
  await expect(runner.title()).toBeFocused();
  await expect(runner.announcer()).toHaveText(
    `Stage 5 of ${total}: Complementarity and matchmaking`,
  );
  await expect(runner.announcer()).toHaveAttribute('aria-live', 'polite');
  await expect(runner.notice()).toHaveText('');
  await expect(runner.position()).toHaveText(`Stage 5 of ${total}`);
  const heading = await runner.box(runner.title());
  expect(heading.y).toBeGreaterThanOrEqual(0);
  expect(heading.y + heading.height).toBeLessThanOrEqual(768);

  // The Next button does the same, from the bottom of the (long) matchmaking stage.
  await runner.scrollToBottom();
  await expectBarInView(runner, 768);
  await runner.next().click();
  await expect(runner.title()).toContainText('Opportunities and prioritisation');
  await expect(runner.title()).toBeFocused();
  await expect(runner.announcer()).toHaveText(
    `Stage 6 of ${total}: Opportunities and prioritisation`,
  );

  // The same long stage at 1920×1080, scrolled down.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await runner.scrollToBottom();
  await expectBarInView(runner, 1080);
  await shoot(page, 'runner-long-stage-1920.png');
  await page.setViewportSize({ width: 1366, height: 768 });
});

test('Page Down on the last stage explains instead of finishing the workshop', async ({
  page,
  welcome,
  clusters,
}) => {
  await startWithSample(welcome, clusters);
  const runner = new RunnerPage(page);
  await runner.openWorkshop(SAMPLE_RUNNING_WORKSHOP);
  await page
    .getByRole('navigation', { name: 'Stages' })
    .getByRole('button', { name: /Close and workshop report$/ })
    .click();
  await expect(runner.title()).toContainText('Close and workshop report');
  await expect(runner.title()).toBeFocused();
  // The report is not produced yet: the gate holds, and is named.
  await page.keyboard.press('PageDown');
  await expect(runner.notice()).toContainText('Can’t move on yet: “');
  // Overridden, the stage is clear: Page Down still does not finish the workshop.
  await page.getByTestId('gate').getByRole('button', { name: 'Override…' }).click();
  await page.getByLabel(/^Why move on without/).fill('Report printed after the meeting');
  await page.getByRole('button', { name: 'Record the override' }).click();
  await expect(page.getByTestId('gate')).toContainText(/recorded at \d\d:\d\d$/);
  await expect(runner.gateStatus()).toContainText('All checks met or overridden');
  await expect(runner.notice()).toHaveText('');
  await runner.title().focus();
  await page.keyboard.press('PageDown');
  await expect(runner.notice()).toHaveText(
    'This is the last stage: there is no next one. When the room is done, choose “Finish the workshop”.',
  );
  await expect(runner.title()).toContainText('Close and workshop report');
  await expect(runner.next()).toHaveText('Finish the workshop');
  await expect(runner.next()).toBeEnabled();
});

test('axe: no serious or critical violation in the stage frame of the run view', async ({
  page,
  welcome,
  clusters,
}) => {
  await startWithSample(welcome, clusters);
  const runner = new RunnerPage(page);
  await runner.openWorkshop(SAMPLE_RUNNING_WORKSHOP);
  await runner.title().focus();
  await page.keyboard.press('PageDown');
  await expect(runner.notice()).toContainText(HELD_GATE);
  await runner.scrollToBottom();

  const results = await new AxeBuilder({ page }).include('.workshop-page').analyze();
  const serious = results.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  const inFrame: string[] = [];
  const elsewhere: string[] = [];
  for (const violation of serious) {
    for (const node of violation.nodes) {
      const target = node.target.join(' ');
      const isInFrame = await page.evaluate(
        ([selector, frame]) => document.querySelector(selector)?.closest(frame) != null,
        [String(node.target[0]), FRAME] as const,
      );
      (isInFrame ? inFrame : elsewhere).push(`${violation.id} (${violation.impact}): ${target}`);
    }
  }
  // Stage editors and the page around the runner are not the frame's: listed, not failed.
  console.log(
    `axe, serious or critical outside the stage frame: ${elsewhere.length}\n${elsewhere.join('\n')}`,
  );
  expect(inFrame, 'no serious or critical violation in the stage frame').toEqual([]);
});
