/** Page model of step 1: the programme view and one cluster's reinforcement page. */
import { expect, type Page } from '@playwright/test';

export class ReinforcementPage {
  constructor(readonly page: Page) {}

  readonly programme = () => this.page.getByRole('table', { name: 'Scientific reinforcement' });
  readonly share = () => this.page.getByTestId('knowledge-share');
  readonly checks = () => this.page.getByTestId('readiness-checks');
  readonly candidates = () => this.page.getByRole('table', { name: 'Candidates' });
  readonly board = () => this.page.locator('.pipeline-board');
  readonly card = (name: string) => this.board().getByRole('article', { name });

  /** Opens the cluster the programme lists first (lowest knowledge share); returns its name. */
  async openNeediest(): Promise<string> {
    await this.page.goto('./#/reinforcement');
    const first = this.programme().locator('tbody tr').first();
    const name = (await first.getByRole('link').innerText()).trim();
    await first.getByRole('link').click();
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(`Reinforcing ${name}`);
    return name;
  }

  /** "(knowledge of total)" as the composition shows it now. */
  async knowledgeShare(): Promise<{ knowledge: number; total: number }> {
    const match = /\((\d+) of (\d+)\)/.exec(await this.share().innerText());
    expect(match, 'the knowledge share shows "(n of m)"').not.toBeNull();
    return { knowledge: Number(match![1]), total: Number(match![2]) };
  }

  /** Puts the best-ranked candidate on the pipeline; returns its name. */
  async addTopCandidate(): Promise<string> {
    const top = this.candidates().locator('tbody tr').first();
    const name = (await top.getByRole('rowheader').getByRole('link').innerText()).trim();
    await top.getByRole('button', { name: `Add to pipeline: ${name}` }).click();
    await expect(this.page.locator('.notices')).toContainText(`${name} is on the pipeline.`);
    return name;
  }

  /** Moves a pipeline card to a stage and waits for it to show there. */
  async moveTo(name: string, stage: string): Promise<void> {
    await this.card(name)
      .getByRole('combobox', { name: `Move ${name} to` })
      .selectOption({ label: stage });
    await this.card(name).getByRole('button', { name: 'Move' }).click();
    await expect(
      this.board().getByRole('region', { name: stage }).getByRole('article', { name }),
    ).toBeVisible();
  }
}
