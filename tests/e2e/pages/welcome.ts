/** Page model of the first-run welcome screen. */
import { expect, type Page } from '@playwright/test';

export class WelcomeScreen {
  constructor(readonly page: Page) {}

  readonly heading = () =>
    this.page.getByRole('heading', { name: 'Welcome to Meta-Cluster Studio' });

  async open(): Promise<void> {
    await this.page.goto('./');
    await expect(this.heading()).toBeVisible();
  }

  async fillIdentity(name: string, organisation: string): Promise<void> {
    await this.page.getByLabel('Your name').fill(name);
    await this.page.getByLabel('Partner organisation').fill(organisation);
  }

  async openSample(): Promise<void> {
    await this.page.getByRole('button', { name: 'Open the sample workspace' }).click();
  }

  async startEmpty(): Promise<void> {
    await this.page.getByRole('button', { name: 'Start an empty workspace' }).click();
  }
}
