/** Page model of the clusters table. */
import { expect, type Page } from '@playwright/test';

export class ClustersPage {
  constructor(readonly page: Page) {}

  readonly heading = () => this.page.getByRole('heading', { level: 1 });
  readonly table = () => this.page.getByRole('table');
  readonly bodyRows = () => this.table().locator('tbody tr');
  readonly count = () => this.page.getByTestId('cluster-count');
  readonly search = () => this.page.getByRole('searchbox');

  async waitForRows(atLeast: number): Promise<number> {
    await expect
      .poll(async () => this.bodyRows().count(), { timeout: 30_000 })
      .toBeGreaterThanOrEqual(atLeast);
    return this.bodyRows().count();
  }

  async columnValues(index: number): Promise<string[]> {
    return this.bodyRows()
      .locator(`td:nth-child(${index + 1})`)
      .allInnerTexts();
  }

  async sortBy(columnLabel: string): Promise<void> {
    await this.table().getByRole('button', { name: columnLabel }).click();
  }
}
