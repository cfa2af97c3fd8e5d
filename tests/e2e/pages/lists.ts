/**
 * Page model of a roster list (the shared data table). Rows are virtualized: only those in view
 * are in the DOM, so counts come from aria-rowcount and whole columns are read by scrolling.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export class ListPage {
  constructor(readonly page: Page) {}

  readonly heading = () => this.page.getByRole('heading', { level: 1 });
  readonly table = () => this.page.getByRole('table');
  /** Body rows in the DOM now (the rows in view, plus a few). */
  readonly bodyRows = () => this.table().locator('tbody').getByRole('row');
  readonly count = () => this.page.getByTestId('row-count');
  readonly search = () => this.page.getByRole('searchbox');
  readonly filters = () => this.page.getByRole('group', { name: /^(Filters|Filtros)$/ });
  readonly scrollArea = () => this.page.locator('.table-scroll');

  /** Rows of the table as filtered now, whether rendered or not (aria-rowcount less the header). */
  async rowCount(): Promise<number> {
    const table = this.table();
    if ((await table.count()) === 0) return 0;
    const value = await table.getAttribute('aria-rowcount');
    return Number(value ?? 1) - 1;
  }

  async waitForRows(atLeast: number): Promise<number> {
    await expect.poll(() => this.rowCount(), { timeout: 30_000 }).toBeGreaterThanOrEqual(atLeast);
    return this.rowCount();
  }

  /** The texts of one column over every row, in table order, scrolling through the list. */
  async columnValues(index: number): Promise<string[]> {
    const expected = await this.rowCount();
    const values = await this.scrollArea().evaluate(async (area, column) => {
      const found = new Map<number, string>();
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
      area.scrollTop = 0;
      await frame();
      await frame();
      for (let guard = 0; guard < 10_000; guard += 1) {
        for (const row of area.querySelectorAll('tbody tr[aria-rowindex]')) {
          const index = Number(row.getAttribute('aria-rowindex'));
          const cell = row.querySelectorAll('td')[column] as HTMLElement | undefined;
          found.set(index, cell?.innerText ?? '');
        }
        if (area.scrollTop + area.clientHeight >= area.scrollHeight - 1) break;
        area.scrollTop += Math.max(40, area.clientHeight - 80);
        await frame();
        await frame();
      }
      area.scrollTop = 0;
      return [...found.entries()].sort((a, b) => a[0] - b[0]).map(([, text]) => text);
    }, index);
    expect(values, 'every row was read').toHaveLength(expected);
    return values;
  }

  async sortBy(columnLabel: string): Promise<void> {
    await this.table().getByRole('button', { name: columnLabel, exact: true }).click();
  }

  columnHeader(label: string): Locator {
    return this.page.getByRole('columnheader', { name: label, exact: true });
  }

  async filterBy(label: string, value: string): Promise<void> {
    const choice = this.filters().getByRole('combobox', { name: label, exact: true });
    if ((await choice.count()) > 0) await choice.selectOption({ label: value });
    else await this.filters().getByRole('textbox', { name: label, exact: true }).fill(value);
  }

  async toggleColumn(label: string): Promise<void> {
    const menu = this.page.locator('details.menu', { hasText: /^(Columns|Columnas)/ });
    if ((await menu.getAttribute('open')) === null) {
      await menu.locator('summary').click();
    }
    await menu.getByRole('checkbox', { name: label, exact: true }).click();
  }

  async openExportMenu(): Promise<Locator> {
    const menu = this.page.locator('details.menu', { hasText: /^(Export|Exportar)/ });
    await menu.locator('summary').click();
    return menu;
  }
}
