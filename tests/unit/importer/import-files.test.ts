/**
 * The real files of issue 14 through the whole import (read, guess columns, check, write): a
 * French Windows-1252 CSV and a partner's workbook whose list is on its second sheet under a
 * title. Every valid row is written; problems carry the spreadsheet's own row numbers.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  applyImport,
  importSpreadsheet,
  previewImport,
  readImportFile,
} from '../../../src-renderer/workers/import-pipeline';
import type { StudioDb } from '../../../src-renderer/db/schema';
import { freshDb } from '../db/helpers';
import {
  frenchUniversities,
  frenchUniversitiesCsv,
  partnerRows,
  partnerWorkbook,
} from './import-fixtures';

let db: StudioDb;
afterEach(() => db?.close());

describe('importing the files partners send', () => {
  it('imports every row of a French Windows-1252 CSV, accents intact', async () => {
    db = await freshDb();
    const result = await importSpreadsheet(
      db,
      'organisations',
      'universites.csv',
      frenchUniversitiesCsv(),
    );
    expect(result).toMatchObject({ created: frenchUniversities.length, invalid: 0 });
    const stored = await db.organisations.toArray();
    expect(stored.map((o) => [o.name, o.country, o.website]).sort()).toEqual(
      [
        ['Université Côte d’Azur', 'FR', 'https://univ-cotedazur.fr'],
        ['Aix-Marseille Université', 'FR', 'https://www.univ-amu.fr'],
        ['Università di Bologna', 'IT', 'https://www.unibo.it'],
        ['Universitat Politècnica de València', 'ES', 'https://www.upv.es'],
        ['École Centrale Méditerranée', 'FR', 'https://www.centrale-med.fr'],
      ].sort(),
    );
  });

  it('imports the chosen sheet of a workbook, with the sheet’s row numbers in problems', async () => {
    db = await freshDb();
    const { sheet, mapping } = await readImportFile(
      'organisations',
      'partenaires.xlsx',
      partnerWorkbook(),
      { sheet: 'Universités' },
    );
    expect(sheet.headerRow).toBe(3);
    const preview = await previewImport(db, 'organisations', sheet, mapping);
    // Row 8 of the sheet (the title is row 1, the header row 3) has a country nobody knows.
    expect(preview.problems.map((p) => [p.rowNumber, p.column, p.key])).toEqual([
      [8, 'Pays', 'importer.problems.invalidCountry'],
    ]);
    expect(preview.plan.create.map((row) => row.rowNumber)).toEqual([4, 5, 6, 7]);
    const summary = await applyImport(db, preview.plan, new Map());
    expect(summary.created).toBe(partnerRows.length);
    const stored = await db.organisations.toArray();
    expect(stored.map((o) => [o.name, o.website]).sort()).toEqual(
      partnerRows.map((row) => [row[0], row[3]]).sort(),
    );
  });

  it('reports a missing column on the header’s own row', async () => {
    db = await freshDb();
    const { sheet } = await readImportFile('organisations', 'partenaires.xlsx', partnerWorkbook(), {
      sheet: 'Universités',
    });
    const preview = await previewImport(db, 'organisations', sheet, { name: 0, country: 2 });
    expect(preview.problems).toMatchObject([
      { rowNumber: 3, field: 'type', key: 'importer.problems.missingColumn' },
    ]);
  });
});
