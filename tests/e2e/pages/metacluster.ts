/** Page model of one meta-cluster's page: composer, governance and agreement, pilot dashboard. */
import { expect, type Page } from '@playwright/test';

export class MetaClusterPage {
  constructor(readonly page: Page) {}

  readonly coverage = () => this.page.getByTestId('coverage');
  readonly members = () => this.page.getByRole('list', { name: 'Member clusters' }).locator('li');
  readonly signatories = () => this.page.getByRole('table', { name: 'Signatories' });
  readonly actions = () => this.page.getByRole('table', { name: 'Action lines' });
  readonly notices = () => this.page.locator('.notices');

  /** Creates a meta-cluster on a value chain from the meta-clusters list and opens it. */
  async create(name: string, valueChain: string): Promise<void> {
    await this.page.goto('./#/metaClusters');
    await this.page.getByLabel('Name', { exact: true }).fill(name);
    await this.page.getByLabel('Value chain').selectOption({ label: valueChain });
    await this.page.getByRole('button', { name: 'Create' }).click();
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(name);
  }

  async useSuggestion(n: number): Promise<void> {
    await this.page.getByRole('button', { name: `Use this composition: suggestion ${n}` }).click();
    await expect(this.notices()).toContainText('Composition applied.');
  }

  async addSignatory(name: string, organisation: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Signatory', exact: true }).fill(name);
    await this.page.getByLabel('Organisation', { exact: true }).fill(organisation);
    await this.page.getByRole('button', { name: 'Add signatory' }).click();
    await expect(this.signatories().getByRole('row', { name: new RegExp(name) })).toContainText(
      organisation,
    );
  }

  async recordKpi(date: string, value: string): Promise<void> {
    await this.page.getByLabel('Date', { exact: true }).fill(date);
    await this.page.getByLabel('Value', { exact: true }).fill(value);
    await this.page.getByRole('button', { name: 'Record' }).click();
  }

  async addAction(text: string, owner: string, kpi: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'New action', exact: true }).fill(text);
    await this.page.getByLabel('Owner organisation', { exact: true }).fill(owner);
    await this.page.getByLabel('KPI', { exact: true }).fill(kpi);
    await this.page.getByRole('button', { name: 'Add action' }).click();
    await expect(this.actions().getByLabel(`KPI of “${text}”`)).toHaveValue(kpi);
  }
}
