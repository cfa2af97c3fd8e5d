/**
 * Countries and regions through the whole row check, on a list shaped like the public lists of
 * Mediterranean universities facilitators receive: official country names, regions in English,
 * a "State/Province" column. A region that is not recognised is a note that keeps the row; a
 * value not recognised can be mapped once for every row that has it.
 */
import { describe, expect, it } from 'vitest';
import { guessMapping } from '../../../src-core/roster/import-fields';
import { validateImportRows } from '../../../src-core/roster/import-rows';
import { createImportLookups } from '../../../src-core/roster/import-values';
import { valueMapKey, type ImportValueMap } from '../../../src-core/roster/value-map';

const lookups = createImportLookups({ organisations: [], clusters: [] });
const header = ['Organisation name', 'Type', 'Country', 'State/Province', 'Website'];

const rows = [
  ['University of Athens', 'university', 'Hellenic Republic', 'Attica', 'www.uoa.gr'],
  ['University of Crete', 'university', 'Greece', 'Crete', ''],
  ['Aristotle University of Thessaloniki', 'university', 'GR', 'Macedonia', ''],
  ['Universidade da Coruña', 'university', 'Spain', 'A Coruña', ''],
  ['Universidade de Vigo', 'university', 'España', 'Pontevedra', ''],
  ['Université de Bourgogne', 'university', 'France', 'Burgundy-Franche-Comté', ''],
  ['Sorbonne Université', 'university', 'FR', 'Île-de-France', ''],
  ['Universitat de Barcelona', 'university', 'ES', 'Catalunya', ''],
  ['Universidad de Sevilla', 'university', 'ES', 'Andalusia', ''],
  ['Politecnico di Milano', 'university', 'Italy', 'Lombardy', ''],
  ['Università di Palermo', 'university', 'Italia', 'Sicily', ''],
  ['University of Split', 'university', 'Croatia', 'Dalmatia', ''],
  ['Université de Tunis', 'university', 'Tunisia', 'Tunis governorate', ''],
  ['Université Hassan II', 'university', 'Morocco', 'Casablanca-Settat', ''],
  ['Birzeit University', 'university', 'Palestine, State of', 'Ramallah', ''],
  ['Damascus University', 'university', 'Syrian Arab Republic', 'Damascus', ''],
  ['Cairo University', 'university', 'Egypt, Arab Rep.', 'Giza', ''],
  ['University of Tripoli', 'university', 'Libyan Arab Jamahiriya', 'Tripoli', ''],
  ['University of Sarajevo', 'university', 'Bosnia & Herzegovina', 'Sarajevo', ''],
  ['University of Prishtina', 'university', 'Kosovo', 'Prishtina', ''],
  ['Ss. Cyril and Methodius University', 'university', 'North Macedonia', 'Skopje', ''],
  ['University of Sfax', 'university', 'Tunisie', 'Sud tunisien', ''],
];

function check(valueMap?: ImportValueMap, data = rows) {
  return validateImportRows({
    kind: 'organisations',
    header,
    rows: data,
    mapping: guessMapping(header, 'organisations'),
    lookups,
    ...(valueMap === undefined ? {} : { valueMap }),
  });
}

describe('countries and regions in an import', () => {
  it('guesses "State/Province", "Province" and "Provincia" as the region column', () => {
    expect(guessMapping(header, 'organisations').region).toBe(3);
    expect(guessMapping(['Nom', 'Pays', 'Province'], 'organisations').region).toBe(2);
    expect(guessMapping(['Nome', 'Paese', 'Provincia'], 'clusters').region).toBe(2);
    expect(guessMapping(['Name', 'Country', 'County'], 'clusters').region).toBe(2);
  });

  it('imports every row, with the regions it recognises', () => {
    const result = check();
    expect(result.problems).toEqual([]);
    expect(result.valid).toHaveLength(rows.length);
    const placeOf = (name: string) => {
      const fields = result.valid.find((v) => (v.fields as { name: string }).name === name)
        ?.fields as { country: string; region: string | null } | undefined;
      return fields && [fields.country, fields.region];
    };
    expect(placeOf('University of Athens')).toEqual(['GR', 'EL30']);
    expect(placeOf('University of Crete')).toEqual(['GR', 'EL43']);
    expect(placeOf('Aristotle University of Thessaloniki')).toEqual(['GR', 'EL5']);
    expect(placeOf('Universidade da Coruña')).toEqual(['ES', 'ES11']);
    expect(placeOf('Universidade de Vigo')).toEqual(['ES', 'ES11']);
    expect(placeOf('Université de Bourgogne')).toEqual(['FR', 'FRC']);
    expect(placeOf('Sorbonne Université')).toEqual(['FR', 'FR10']);
    expect(placeOf('Universitat de Barcelona')).toEqual(['ES', 'ES51']);
    expect(placeOf('Universidad de Sevilla')).toEqual(['ES', 'ES61']);
    expect(placeOf('Politecnico di Milano')).toEqual(['IT', 'ITC4']);
    expect(placeOf('Università di Palermo')).toEqual(['IT', 'ITG1']);
    expect(placeOf('University of Split')).toEqual(['HR', 'HR03']);
    expect(placeOf('Université de Tunis')).toEqual(['TN', 'TN-11']);
    expect(placeOf('Université Hassan II')).toEqual(['MA', 'MA-06']);
    expect(placeOf('Birzeit University')).toEqual(['PS', 'PS-RBH']);
    expect(placeOf('Damascus University')).toEqual(['SY', 'SY-DI']);
    expect(placeOf('Cairo University')).toEqual(['EG', 'EG-GZ']);
    expect(placeOf('University of Tripoli')).toEqual(['LY', 'LY-TB']);
    expect(placeOf('University of Sarajevo')).toEqual(['BA', 'BA-BIH']);
  });

  it('keeps a row whose region is not recognised, without the region, the text in a note', () => {
    const result = check();
    const sfax = result.valid.find((v) => v.rowNumber === 23);
    expect(sfax?.fields).toMatchObject({ country: 'TN', region: null });
    // An update from this row leaves the region of the existing record alone.
    expect(sfax?.provided).not.toContain('region');
    const regionNotes = result.notes.filter((n) => n.field === 'region');
    expect(regionNotes).toEqual([
      {
        rowNumber: 21,
        column: 'State/Province',
        field: 'region',
        key: 'importer.notes.regionUnmatched',
        values: { value: 'Prishtina', country: 'XK', accepted: 'importer.accepted.region' },
      },
      {
        rowNumber: 22,
        column: 'State/Province',
        field: 'region',
        key: 'importer.notes.regionUnmatched',
        values: { value: 'Skopje', country: 'MK', accepted: 'importer.accepted.region' },
      },
      {
        rowNumber: 23,
        column: 'State/Province',
        field: 'region',
        key: 'importer.notes.regionUnmatched',
        values: { value: 'Sud tunisien', country: 'TN', accepted: 'importer.accepted.region' },
      },
    ]);
    // Kosovo and North Macedonia are kept, outside the shipped list.
    expect(result.notes.filter((n) => n.key === 'importer.notes.countryOutsideList')).toHaveLength(
      2,
    );
  });

  it('keeps a row whose region belongs to another country, saying whose', () => {
    const result = check(undefined, [['Université de Sfax', 'university', 'TN', 'ES51', '']]);
    expect(result.valid[0]?.fields).toMatchObject({ country: 'TN', region: null });
    expect(result.notes).toEqual([
      {
        rowNumber: 2,
        column: 'State/Province',
        field: 'region',
        key: 'importer.notes.regionOfOtherCountry',
        values: { value: 'ES51', country: 'TN', other: 'ES' },
      },
    ]);
  });

  it('lists each value not recognised once, with its number of rows', () => {
    const data = [
      ['Damascus University', 'university', 'Syrie arabe', 'Damas', ''],
      ['Aleppo University', 'university', 'Syrie arabe', 'Alep', ''],
      ['Tishreen University', 'university', ' Syrie arabe ', 'Lattaquié', ''],
      ['University of Sfax', 'university', 'TN', 'Sfax south', ''],
      ['Sfax Technopole', 'rto', 'TN', 'Sfax south', ''],
    ];
    const result = check(undefined, data);
    expect(result.valid.map((v) => v.rowNumber)).toEqual([5, 6]);
    expect(result.problems.map((p) => [p.rowNumber, p.key])).toEqual([
      [2, 'importer.problems.invalidCountry'],
      [3, 'importer.problems.invalidCountry'],
      [4, 'importer.problems.invalidCountry'],
    ]);
    expect(result.unmatched).toEqual([
      {
        field: 'country',
        kind: 'country',
        text: 'Syrie arabe',
        country: null,
        rows: 3,
        mappedTo: null,
      },
      {
        field: 'region',
        kind: 'region',
        text: 'Sfax south',
        country: 'TN',
        rows: 2,
        mappedTo: null,
      },
    ]);
  });

  it('applies a value mapped once to every row that has it, then reads their regions', () => {
    const data = [
      ['Damascus University', 'university', 'Syrie arabe', 'Damas', ''],
      ['Aleppo University', 'university', 'Syrie arabe', 'Alep', ''],
      ['University of Sfax', 'university', 'TN', 'Sfax south', ''],
      ['Sfax Technopole', 'rto', 'TN', 'Sfax south', ''],
    ];
    const valueMap: ImportValueMap = {
      country: { [valueMapKey('country', 'Syrie arabe', null)]: 'SY' },
      region: { [valueMapKey('region', 'Sfax south', 'TN')]: 'TN-61' },
    };
    const result = check(valueMap, data);
    expect(result.problems).toEqual([]);
    expect(result.notes).toEqual([]);
    expect(result.valid.map((v) => v.fields)).toMatchObject([
      { country: 'SY', region: 'SY-DI' },
      { country: 'SY', region: 'SY-HL' },
      { country: 'TN', region: 'TN-61' },
      { country: 'TN', region: 'TN-61' },
    ]);
    // Mapped values stay listed, so the choice can be changed.
    expect(result.unmatched.map((u) => [u.text, u.rows, u.mappedTo])).toEqual([
      ['Syrie arabe', 2, 'SY'],
      ['Sfax south', 2, 'TN-61'],
    ]);
  });

  it('ignores a mapped region that is not one of the row’s country', () => {
    const valueMap: ImportValueMap = {
      region: { [valueMapKey('region', 'Sfax south', 'TN')]: 'ES51' },
    };
    const result = check(valueMap, [['University of Sfax', 'university', 'TN', 'Sfax south', '']]);
    expect(result.valid[0]?.fields).toMatchObject({ region: null });
    expect(result.notes.map((n) => n.key)).toEqual(['importer.notes.regionUnmatched']);
  });
});
