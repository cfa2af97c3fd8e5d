/** Page model of the app shell: sidebar sections, header, notices. */
import { expect, type Page } from '@playwright/test';

/**
 * Reloads once the page would let a person leave it. While a write is still on its way the page
 * asks before it is left (src-renderer/db/pending-writes.ts); Playwright answers that question
 * "leave" on its own, and the reload would abort the write. So the page's own guard is asked
 * first (a `beforeunload` event it may cancel) until it no longer objects, as a person told "this
 * page is still saving" would wait; then it reloads.
 */
export async function reloadWhenSaved(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const leaving = new Event('beforeunload', { cancelable: true });
          window.dispatchEvent(leaving);
          return leaving.defaultPrevented;
        }),
      { message: 'a write is still pending', intervals: [50, 100, 200] },
    )
    .toBe(false);
  await page.reload();
}

/** The sidebar's sections in English and Spanish, in order. */
export const SECTIONS_EN = [
  'Clusters',
  'Organisations',
  'Memberships',
  'Contacts',
  'Readiness',
  'Reinforcement',
  'Value chains',
  'Meta-clusters',
  'Workshops',
  'Import',
  'Exchange',
  'Partners',
  'Settings',
];
export const SECTIONS_ES = [
  'Clústeres',
  'Organizaciones',
  'Membresías',
  'Contactos',
  'Preparación',
  'Refuerzo',
  'Cadenas de valor',
  'Metaclústeres',
  'Talleres',
  'Importar',
  'Intercambio',
  'Socios',
  'Ajustes',
];

export class Shell {
  constructor(readonly page: Page) {}

  readonly sidebar = () => this.page.getByRole('navigation', { name: /Sections|Secciones/ });
  readonly header = () => this.page.getByRole('banner');
  readonly identity = () => this.page.getByTestId('identity');
  readonly notices = () => this.page.locator('.notices');

  async go(sectionLabel: string | RegExp): Promise<void> {
    await this.sidebar().getByRole('link', { name: sectionLabel, exact: true }).click();
  }

  /** Sections in the sidebar: only those that work are listed. */
  async expectSections(labels: string[]): Promise<void> {
    await expect(this.sidebar().getByRole('link')).toHaveText(labels);
  }
}
