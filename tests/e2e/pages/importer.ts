/** Page model of the spreadsheet import wizard. */
import { expect, type Page } from '@playwright/test';

export class ImportWizardPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('./#/import');
    await expect(
      this.page.getByRole('heading', { name: 'Import a spreadsheet', level: 1 }),
    ).toBeVisible();
  }

  async chooseFile(
    kind: string,
    name: string,
    contents: string | Buffer,
    mimeType = 'text/csv',
  ): Promise<void> {
    await this.page.getByRole('radio', { name: kind }).check();
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Choose a file…' }).click();
    await (
      await chooser
    ).setFiles({
      name,
      mimeType,
      buffer: Buffer.isBuffer(contents) ? contents : Buffer.from(contents, 'utf8'),
    });
  }

  mappingFor(field: string) {
    return this.page.getByRole('combobox', { name: field, exact: true });
  }

  async checkRows(): Promise<void> {
    await this.page.getByRole('button', { name: 'Check the rows' }).click();
    await expect(this.page.getByTestId('count-rows')).toBeVisible();
  }

  readonly problems = () =>
    this.page.getByRole('table', { name: 'Rows with problems' }).locator('tbody tr');
  readonly duplicates = () =>
    this.page.getByRole('table', { name: 'Possible duplicates' }).locator('tbody tr');
  readonly confirmButton = () => this.page.getByRole('button', { name: /^Import: add/ });
  readonly error = () => this.page.locator('.import-error');
}
