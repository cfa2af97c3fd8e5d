// Where the header row is: found below titles and empty rows, and never a data row because the
// real header names its columns with years or leaves some cells blank.
import { describe, expect, it } from 'vitest';
import { findHeaderRow, guessDelimiter } from '../../../src-renderer/workers/spreadsheet-header';

describe('findHeaderRow', () => {
  it('skips a merged title and an empty row', () => {
    const table = [
      ['Universités de la Méditerranée', '', '', ''],
      ['', '', '', ''],
      ['Nom', 'Pays', 'Ville', 'Site web'],
      ['Université de Sfax', 'Tunisie', 'Sfax', 'www.uss.rnu.tn'],
    ];
    expect(findHeaderRow(table)).toBe(2);
  });

  it('keeps a header that names columns with years', () => {
    const table = [
      ['Organisation', 'Country', '2023', '2024'],
      ['Acme', 'France', 'yes', 'no'],
      ['Beta', 'Spain', 'no', 'yes'],
    ];
    expect(findHeaderRow(table)).toBe(0);
  });

  it('keeps a header with blank cells, and is not misled by a stray note far right', () => {
    expect(
      findHeaderRow([
        ['Name', '', '', 'Country', '', ''],
        ['Acme', 'x', 'y', 'France', 'z', 'w'],
        ['Beta', 'x', 'y', 'Spain', 'z', 'w'],
      ]),
    ).toBe(0);
    expect(
      findHeaderRow([
        ['Name', 'Country'],
        ['Acme', 'France', '', '', '', 'called twice, no answer'],
        ['Beta', 'Spain'],
        ['Gamma', 'Italy'],
      ]),
    ).toBe(0);
  });

  it('passes over a title with a subtitle above a wide table', () => {
    const table = [
      ['Members list', 'Source: ministry', '', '', '', ''],
      ['Name', 'Type', 'Country', 'Region', 'City', 'Website'],
      ['Acme', 'sme', 'France', 'Occitanie', 'Toulouse', 'acme.fr'],
      ['Beta', 'sme', 'Spain', 'Murcia', 'Murcia', 'beta.es'],
    ];
    expect(findHeaderRow(table)).toBe(1);
  });

  it('falls back to the first filled row of a one-column file; -1 when all are empty', () => {
    expect(findHeaderRow([[''], ['Name'], ['Acme'], ['Beta']])).toBe(1);
    expect(findHeaderRow([[''], ['']])).toBe(-1);
  });
});

describe('guessDelimiter', () => {
  it('takes what most lines agree on, not a comma inside a name', () => {
    expect(guessDelimiter('Liste\nNom;Pays\n"Dupont, Fils";France\nAcme;Espagne\n')).toBe(';');
  });
});
