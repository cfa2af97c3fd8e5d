/**
 * Websites as people type them: a bare domain gets https://, http:// stays, addresses with a user
 * name or password are refused with their own message, and anything that is not a website is
 * refused. The same reading feeds the forms (websiteInputSchema) and the spreadsheet import.
 */
import { describe, expect, it } from 'vitest';
import { organisationFieldsSchema } from '../../../src-core/model/entities';
import { readWebsite, websiteInputSchema } from '../../../src-core/model/website';
import { validateImportRows } from '../../../src-core/roster/import-rows';
import { createImportLookups } from '../../../src-core/roster/import-values';
import { guessMapping } from '../../../src-core/roster/import-fields';

describe('reading a typed website', () => {
  it.each([
    ['univ-cotedazur.fr', 'https://univ-cotedazur.fr'],
    ['www.unibo.it/en', 'https://www.unibo.it/en'],
    ['  www.uc3m.es  ', 'https://www.uc3m.es'],
    ['uniba.it:8443/portale', 'https://uniba.it:8443/portale'],
    ['//www.um.edu.mt', 'https://www.um.edu.mt'],
    ['www.université-paris-saclay.fr', 'https://www.université-paris-saclay.fr'],
  ])('adds https:// to the bare domain “%s”', (typed, stored) => {
    expect(readWebsite(typed)).toEqual({ ok: true, value: stored, isSchemeAdded: true });
  });

  it.each(['http://www.auth.gr', 'https://www.unica.it/en/', 'HTTPS://WWW.UNIBO.IT'])(
    'keeps “%s” as typed',
    (typed) => {
      expect(readWebsite(typed)).toEqual({ ok: true, value: typed, isSchemeAdded: false });
    },
  );

  it.each([
    'https://admin:s3cret@intranet.unibo.it',
    'http://admin@intranet.unibo.it/',
    'admin:s3cret@intranet.unibo.it',
  ])('refuses the credentials in “%s”', (typed) => {
    expect(readWebsite(typed)).toEqual({ ok: false, reason: 'credentials' });
  });

  it.each([
    'contact@unibo.it',
    'mailto:contact@unibo.it',
    'javascript:alert(1)',
    'ftp://ftp.unibo.it',
    'n/a',
    '-',
    'Université Côte d’Azur',
    'www.example .org',
    '',
  ])('refuses “%s”, which is not a website', (typed) => {
    expect(readWebsite(typed)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('every value it stores passes the record schema', () => {
    for (const typed of ['univ-cotedazur.fr', 'www.unibo.it/en', 'http://www.auth.gr']) {
      const reading = readWebsite(typed);
      if (!reading.ok) throw new Error(typed);
      expect(organisationFieldsSchema.shape.website.safeParse(reading.value).success).toBe(true);
    }
  });
});

describe('the form field', () => {
  it('stores a bare domain with https:// and names each refusal', () => {
    expect(websiteInputSchema.parse('www.unibo.it/en')).toBe('https://www.unibo.it/en');
    const credentials = websiteInputSchema.safeParse('https://user:pw@www.unibo.it');
    expect(credentials.error?.issues.map((i) => i.message)).toEqual([
      'validation.websiteCredentials',
    ]);
    const invalid = websiteInputSchema.safeParse('not a site');
    expect(invalid.error?.issues.map((i) => i.message)).toEqual(['validation.website']);
  });
});

describe('websites in a spreadsheet import', () => {
  const header = ['Nom', 'Type', 'Pays', 'Site web'];
  const lookups = createImportLookups({ organisations: [], clusters: [] });
  const validation = validateImportRows({
    kind: 'organisations',
    header,
    rows: [
      ['Université Côte d’Azur', 'Université', 'France', 'univ-cotedazur.fr'],
      ['Università di Bologna', 'Università', 'Italie', 'www.unibo.it/en'],
      ['Aristotle University', 'University', 'Grèce', 'http://www.auth.gr'],
      ['Intranet', 'University', 'Italie', 'https://admin:s3cret@intranet.unibo.it'],
    ],
    mapping: guessMapping(header, 'organisations'),
    lookups,
  });

  it('stores bare domains with https:// and notes each one for the preview', () => {
    expect(validation.valid.map((row) => row.fields.website)).toEqual([
      'https://univ-cotedazur.fr',
      'https://www.unibo.it/en',
      'http://www.auth.gr',
    ]);
    expect(validation.notes).toEqual([
      {
        rowNumber: 2,
        column: 'Site web',
        field: 'website',
        key: 'importer.notes.websiteSchemeAdded',
        values: { value: 'univ-cotedazur.fr', stored: 'https://univ-cotedazur.fr' },
      },
      {
        rowNumber: 3,
        column: 'Site web',
        field: 'website',
        key: 'importer.notes.websiteSchemeAdded',
        values: { value: 'www.unibo.it/en', stored: 'https://www.unibo.it/en' },
      },
    ]);
  });

  it('refuses a row whose website holds a password, saying so', () => {
    expect(validation.problems).toEqual([
      {
        rowNumber: 5,
        column: 'Site web',
        field: 'website',
        key: 'importer.problems.websiteCredentials',
        values: { value: 'https://admin:s3cret@intranet.unibo.it' },
      },
    ]);
  });
});
