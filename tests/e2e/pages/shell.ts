/** Page model of the app shell: sidebar sections, header, notices. */
import { expect, type Page } from '@playwright/test';

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
