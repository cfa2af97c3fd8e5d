/** Page model of the record forms and detail pages (clusters, organisations, memberships, contacts). */
import { expect, type Locator, type Page } from '@playwright/test';

type Section = 'clusters' | 'organisations' | 'memberships' | 'contacts';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

export interface NewOrganisation {
  readonly name: string;
  /** Visible label of the type, e.g. "University". */
  readonly type: string;
  /** What to type in the country picker, and the option to choose ("TN — Tunisia"). */
  readonly countrySearch: string;
  readonly country: string | RegExp;
}

export class RecordPages {
  constructor(readonly page: Page) {}

  readonly heading = () => this.page.getByRole('heading', { level: 1 });
  readonly form = () => this.page.locator('form.record-form');
  readonly notices = () => this.page.locator('.notices');
  readonly combobox = (name: string | RegExp) =>
    this.page.getByRole('combobox', { name, exact: typeof name === 'string' });
  /** Options of the open picker (a native <select>'s options are not listed). */
  readonly options = () => this.page.getByRole('listbox').getByRole('option');
  /** A control by its label; required fields' labels end in a decorative " *". */
  readonly field = (label: string) =>
    this.page.getByLabel(new RegExp(`^${escapeRegExp(label)}( \\*)?$`));
  readonly button = (name: string | RegExp) => this.page.getByRole('button', { name });
  readonly link = (name: string | RegExp) => this.page.getByRole('link', { name });

  async openNew(section: Section, params?: Record<string, string>): Promise<void> {
    const query = params ? `?${new URLSearchParams(params).toString()}` : '';
    await this.page.goto(`./#/${section}/new${query}`);
    await expect(this.form()).toBeVisible();
  }

  async open(section: Section, id: string): Promise<void> {
    await this.page.goto(`./#/${section}/${id}`);
  }

  /** Types into a picker and chooses the option whose accessible name matches. */
  async pick(picker: string | RegExp, search: string, option: string | RegExp): Promise<void> {
    const box = this.combobox(picker);
    await box.fill(search);
    await this.options().filter({ hasText: option }).first().click();
  }

  /** The chosen entries of a multi-picker (its chips). */
  chips(picker: string): Locator {
    return this.form()
      .locator('.field', { has: this.combobox(picker) })
      .locator('.tag');
  }

  async save(): Promise<void> {
    await this.button(/^(Save|Guardar)$/).click();
  }

  /** Waits for a record page and returns its id. */
  async waitForRecord(section: Section): Promise<string> {
    await expect(this.page).toHaveURL(new RegExp(`#/${section}/${UUID}$`));
    const match = new RegExp(`#/${section}/(${UUID})$`).exec(this.page.url());
    if (!match?.[1]) throw new Error(`No ${section} id in ${this.page.url()}`);
    return match[1];
  }

  /** The value shown next to a label on a detail page. */
  detail(label: string): Locator {
    return this.page
      .locator('.detail-item')
      .filter({ has: this.page.locator('dt', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }) })
      .locator('dd');
  }

  /** Creates an organisation through the form and returns its id. */
  async createOrganisation(organisation: NewOrganisation): Promise<string> {
    await this.openNew('organisations');
    await this.field('Name').fill(organisation.name);
    await this.field('Type').selectOption({ label: organisation.type });
    await this.pick('Country', organisation.countrySearch, organisation.country);
    await this.save();
    const id = await this.waitForRecord('organisations');
    await expect(this.heading()).toHaveText(organisation.name);
    return id;
  }

  /**
   * A person at a new Tunisian organisation (Sfax Olive Mills), shared with partners; returns the
   * contact's id.
   */
  async createSharedPerson(given: string, family: string, email: string): Promise<string> {
    await this.createOrganisation({
      name: 'Sfax Olive Mills',
      type: 'SME – small (10–49 staff)',
      countrySearch: 'tun',
      country: 'TN — Tunisia',
    });
    await this.link('Add contact').click();
    await this.field('Given name').fill(given);
    await this.field('Family name').fill(family);
    await this.field('E-mail').fill(email);
    await this.field('Share with').selectOption('partners');
    await this.save();
    return this.waitForRecord('contacts');
  }

  /** How many records of a table carry this name, read straight from IndexedDB. */
  async countNamed(table: 'organisations' | 'clusters', name: string): Promise<number> {
    return this.page.evaluate(
      ([storeName, wanted]) =>
        new Promise<number>((resolve, reject) => {
          const request = indexedDB.open('meta-cluster-studio');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const db = request.result;
            const all = db.transaction(storeName).objectStore(storeName).getAll();
            all.onerror = () => reject(all.error);
            all.onsuccess = () => {
              db.close();
              resolve((all.result as { name: string }[]).filter((r) => r.name === wanted).length);
            };
          };
        }),
      [table, name] as const,
    );
  }
}
