/** Page model of the workshop runner: the sticky stage bar, the stage heading, the announcer. */
import { expect, type Locator, type Page } from '@playwright/test';

/** The sample's meta-cluster workshop: running, paused at prioritisation (the room is to vote). */
export const SAMPLE_RUNNING_WORKSHOP = /^Meta-cluster workshop: /;

export class RunnerPage {
  constructor(readonly page: Page) {}

  readonly bar = () => this.page.getByTestId('stage-nav');
  readonly title = () => this.page.locator('#stage-title');
  readonly position = () => this.bar().locator('.stage-nav-position');
  readonly next = () => this.bar().getByRole('button', { name: /^(Next:|Finish the workshop)/ });
  readonly back = () => this.bar().getByRole('button', { name: /^Back/ });
  readonly gateStatus = () => this.page.getByTestId('stage-nav-gates');
  /** The bar's polite live region: why a move was refused. */
  readonly notice = () => this.page.getByTestId('stage-nav-notice');
  /** The visually hidden live region that says the stage a move went to. */
  readonly announcer = () => this.page.getByTestId('stage-announcer');

  /** Opens the Run tab of a workshop from the workshops list. */
  async openWorkshop(name: RegExp | string): Promise<void> {
    await this.page.goto('./#/workshops');
    await this.page.getByRole('link', { name }).click();
    await this.page.getByRole('link', { name: 'Run', exact: true }).click();
    await expect(this.title()).toBeVisible();
  }

  /** Goes to a stage from the stage list (by its title). */
  async goToStage(title: string): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Stages' })
      .getByRole('button', { name: new RegExp(title) })
      .click();
    await expect(this.title()).toContainText(title);
  }

  async scrollToBottom(): Promise<void> {
    await this.page.evaluate(() =>
      window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }),
    );
  }

  /** Where an element is in the window (throws when it is not rendered). */
  async box(locator: Locator) {
    const box = await locator.boundingBox();
    if (!box) throw new Error('not rendered');
    return box;
  }
}
