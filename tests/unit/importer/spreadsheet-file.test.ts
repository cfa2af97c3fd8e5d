import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import {
  MAX_IMPORT_BYTES,
  MAX_UNPACKED_BYTES,
  parseSpreadsheetFile,
  SpreadsheetFileError,
} from '../../../src-renderer/workers/spreadsheet-file';
import {
  encodeSingleByte,
  encodeUtf16le,
  frenchHeader,
  frenchUniversities,
  frenchUniversitiesCsv,
  partnerRows,
  partnerWorkbook,
} from './import-fixtures';
import { buildXlsx } from './xlsx-fixture';

const utf8 = (text: string) => new TextEncoder().encode(text);

async function refusal(
  name: string,
  bytes: Uint8Array,
  options = {},
): Promise<{ code: string; values: Record<string, string | number> }> {
  try {
    await parseSpreadsheetFile(name, bytes, options);
  } catch (error) {
    if (error instanceof SpreadsheetFileError) return { code: error.code, values: error.values };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('reading CSV text in the encodings spreadsheet programs write', () => {
  it('reads a UTF-8 CSV with accents, quotes and a byte-order mark', async () => {
    const sheet = await parseSpreadsheetFile(
      'members.csv',
      utf8(
        '\uFEFFname,country,website\r\n"Aceites del Sur, S.L.",ES,https://aceites.example\r\nSociété Oléicole de Sfax,TN,\r\n',
      ),
    );
    expect(sheet).toEqual({
      format: 'csv',
      header: ['name', 'country', 'website'],
      rows: [
        ['Aceites del Sur, S.L.', 'ES', 'https://aceites.example'],
        ['Société Oléicole de Sfax', 'TN', ''],
      ],
      headerRow: 1,
      encoding: 'utf-8',
      sheetNames: [],
      sheetName: null,
    });
  });

  it('guesses a semicolon delimiter (Excel in Spain, France and Italy)', async () => {
    const sheet = await parseSpreadsheetFile(
      'socios.csv',
      utf8('nombre;país\nAceites del Sur;ES\nOlivar Jaén;ES\n'),
    );
    expect(sheet.header).toEqual(['nombre', 'país']);
    expect(sheet.rows).toEqual([
      ['Aceites del Sur', 'ES'],
      ['Olivar Jaén', 'ES'],
    ]);
  });

  it('reads French Excel’s plain CSV: Windows-1252, semicolons, curly apostrophes', async () => {
    const bytes = frenchUniversitiesCsv();
    // Not UTF-8: "é" is the single byte 0xE9 and "’" the byte 0x92.
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const sheet = await parseSpreadsheetFile('universites.csv', bytes);
    expect(sheet.encoding).toBe('windows-1252');
    expect(sheet.header).toEqual([...frenchHeader]);
    expect(sheet.rows).toEqual(frenchUniversities.map((row) => [...row]));
    expect(sheet.rows[0]![0]).toBe('Université Côte d’Azur');
  });

  it('reads the same bytes again in the encoding the user picks', async () => {
    // A Greek Excel CSV (Windows-1253) looks like accented Latin letters at first.
    const bytes = encodeSingleByte(
      'Επωνυμία;Χώρα\nΠανεπιστήμιο Κρήτης;Ελλάδα\nΠανεπιστήμιο Πατρών;Ελλάδα\n',
      'windows-1253',
    );
    const guessed = await parseSpreadsheetFile('greek.csv', bytes);
    expect(guessed.encoding).toBe('windows-1252');
    expect(guessed.rows[0]![0]).not.toBe('Πανεπιστήμιο Κρήτης');
    const chosen = await parseSpreadsheetFile('greek.csv', bytes, { encoding: 'windows-1253' });
    expect(chosen.encoding).toBe('windows-1253');
    expect(chosen.header).toEqual(['Επωνυμία', 'Χώρα']);
    expect(chosen.rows).toEqual([
      ['Πανεπιστήμιο Κρήτης', 'Ελλάδα'],
      ['Πανεπιστήμιο Πατρών', 'Ελλάδα'],
    ]);
  });

  it('reads Excel’s “Unicode text”: UTF-16 LE with a byte-order mark, tab-separated', async () => {
    const text = 'Nom\tPays\tSite web\r\nUniversité de Sfax\tTunisie\thttps://www.uss.rnu.tn\r\n';
    const sheet = await parseSpreadsheetFile('universites.txt', encodeUtf16le(text));
    expect(sheet.encoding).toBe('utf-16le');
    expect(sheet.header).toEqual(['Nom', 'Pays', 'Site web']);
    expect(sheet.rows).toEqual([['Université de Sfax', 'Tunisie', 'https://www.uss.rnu.tn']]);
  });

  it('reads UTF-16 big-endian with a byte-order mark, and little-endian without one', async () => {
    const text = 'name,country\nΕλαιόλαδο Κρήτης,GR\n';
    const little = encodeUtf16le(text);
    const big = little.slice();
    for (let i = 0; i < big.length; i += 2) [big[i], big[i + 1]] = [little[i + 1]!, little[i]!];
    expect(await parseSpreadsheetFile('be.csv', big)).toMatchObject({
      encoding: 'utf-16be',
      rows: [['Ελαιόλαδο Κρήτης', 'GR']],
    });
    expect(await parseSpreadsheetFile('le.csv', little.subarray(2))).toMatchObject({
      encoding: 'utf-16le',
      rows: [['Ελαιόλαδο Κρήτης', 'GR']],
    });
  });

  it('reads Greek and Arabic UTF-16 without a byte-order mark (few ASCII characters in them)', async () => {
    const greek =
      'Όνομα;Χώρα;Περιφέρεια\nΠανεπιστήμιο Κρήτης;Ελλάδα;Κρήτη\nΠανεπιστήμιο Πατρών;Ελλάδα;Δυτική Ελλάδα\n';
    const arabic = 'الاسم;البلد\nجامعة صفاقس;تونس\nجامعة القاهرة;مصر\n';
    for (const text of [greek, arabic]) {
      const little = encodeUtf16le(text).subarray(2);
      const big = little.slice();
      for (let i = 0; i < big.length; i += 2) [big[i], big[i + 1]] = [little[i + 1]!, little[i]!];
      const lines = text
        .trim()
        .split('\n')
        .map((line) => line.split(';'));
      expect(await parseSpreadsheetFile('le.csv', little)).toMatchObject({
        encoding: 'utf-16le',
        header: lines[0],
        rows: lines.slice(1),
      });
      expect(await parseSpreadsheetFile('be.csv', big)).toMatchObject({
        encoding: 'utf-16be',
        rows: lines.slice(1),
      });
    }
  });

  it.each([
    [
      'an old .xls workbook renamed .csv',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0, 0x3e, 0, 3, 0]),
    ],
    [
      'a PNG image renamed .csv',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]),
    ],
    [
      'control characters without NULs',
      Uint8Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 + (i % 7) : 0x41)),
    ],
  ])('refuses binary junk: %s', async (_label, bytes) => {
    expect((await refusal('roster.csv', bytes)).code).toBe('notText');
  });
});

describe('finding the header row', () => {
  it('skips a title and an empty row above the header; row numbers stay the file’s', async () => {
    const csv = [
      'Liste des universités partenaires;;',
      'Export du;12/03/2025;',
      ';;',
      'Nom;Pays;Site web',
      'Université de Corse;France;https://www.universita.corsica',
      ';;',
      'Universitat de les Illes Balears;Espagne;https://www.uib.es',
    ].join('\n');
    const sheet = await parseSpreadsheetFile('partenaires.csv', encodeSingleByte(csv));
    expect(sheet.headerRow).toBe(4);
    expect(sheet.header).toEqual(['Nom', 'Pays', 'Site web']);
    // rows[0] is row 5 of the file; the blank row 6 keeps its place.
    expect(sheet.rows).toEqual([
      ['Université de Corse', 'France', 'https://www.universita.corsica'],
      ['', '', ''],
      ['Universitat de les Illes Balears', 'Espagne', 'https://www.uib.es'],
    ]);
  });

  it('reads the header from the row the user names', async () => {
    const bytes = utf8('Notes;du;secrétariat\nNom;Pays\nUniversité de Sfax;Tunisie\n');
    expect((await parseSpreadsheetFile('a.csv', bytes)).headerRow).toBe(1);
    const sheet = await parseSpreadsheetFile('a.csv', bytes, { headerRow: 2 });
    expect(sheet).toMatchObject({
      headerRow: 2,
      header: ['Nom', 'Pays'],
      rows: [['Université de Sfax', 'Tunisie']],
    });
  });

  it('refuses a header row that is empty or past the end, naming it', async () => {
    const bytes = utf8('Titre\n\nNom;Pays\nA;FR\n');
    expect(await refusal('a.csv', bytes, { headerRow: 2 })).toEqual({
      code: 'noHeader',
      values: { row: 2 },
    });
    expect((await refusal('a.csv', bytes, { headerRow: 40 })).code).toBe('noHeader');
  });

  it('keeps a one-column file’s first row as its header', async () => {
    const sheet = await parseSpreadsheetFile('names.csv', utf8('name\nA\nB\n'));
    expect(sheet).toMatchObject({ headerRow: 1, header: ['name'], rows: [['A'], ['B']] });
  });
});

describe('reading Excel workbooks', () => {
  it('reads a real XLSX workbook, dates as ISO dates', async () => {
    const buffer = await writeXlsxFile([
      [{ value: 'name' }, { value: 'since' }, { value: 'fte' }],
      [
        { value: 'Cluster Olivícola do Alentejo' },
        { value: new Date('2024-05-02T00:00:00Z'), format: 'yyyy-mm-dd' },
        { value: 1.5 },
      ],
    ]).toBuffer();
    const sheet = await parseSpreadsheetFile('clusters.xlsx', new Uint8Array(buffer));
    expect(sheet.format).toBe('xlsx');
    expect(sheet.encoding).toBeNull();
    expect(sheet.header).toEqual(['name', 'since', 'fte']);
    expect(sheet.rows).toEqual([['Cluster Olivícola do Alentejo', '2024-05-02', '1.5']]);
  });

  it('lists the sheets, reads the first list, and the sheet the user chooses', async () => {
    const bytes = partnerWorkbook();
    const first = await parseSpreadsheetFile('partenaires.xlsx', bytes);
    expect(first.sheetNames).toEqual(['Entreprises', 'Universités']);
    expect(first).toMatchObject({ sheetName: 'Entreprises', headerRow: 1 });
    expect(first.header).toEqual(['Nom', 'Type', 'Pays']);

    const sheet = await parseSpreadsheetFile('partenaires.xlsx', bytes, { sheet: 'Universités' });
    expect(sheet.sheetName).toBe('Universités');
    // Row 1 is a merged title, row 2 is empty: the header is row 3, the list starts on row 4.
    expect(sheet.headerRow).toBe(3);
    expect(sheet.header).toEqual(['Nom', 'Type', 'Pays', 'Site web']);
    // "Site officiel" links read as their address; the linked name stays a name; a cell showing
    // its address keeps it.
    expect(sheet.rows).toEqual([
      ...partnerRows.map((row) => [...row]),
      ['Université de Nulle Part', 'université', 'Atlantide', ''],
    ]);
  });

  it('passes over a readme sheet of notes to the first sheet with a table', async () => {
    const bytes = buildXlsx([
      { name: 'Lisez-moi', rows: [['Liste tenue par le secrétariat.'], ['Voir la feuille 2.']] },
      {
        name: 'Liste',
        rows: [
          ['Nom', 'Pays'],
          ['Université de Toulon', 'France'],
        ],
      },
    ]);
    const sheet = await parseSpreadsheetFile('liste.xlsx', bytes);
    expect(sheet).toMatchObject({ sheetName: 'Liste', rows: [['Université de Toulon', 'France']] });
  });

  it('refuses an empty sheet the user chooses, naming it', async () => {
    const bytes = buildXlsx([
      {
        name: 'Liste',
        rows: [
          ['Nom', 'Pays'],
          ['Université de Toulon', 'France'],
        ],
      },
      { name: 'Vide', rows: [] },
    ]);
    expect(await refusal('liste.xlsx', bytes, { sheet: 'Vide' })).toEqual({
      code: 'emptySheet',
      values: { sheet: 'Vide' },
    });
  });
});

describe('refusing files that cannot be imported', () => {
  it.each([
    ['an empty file', 'empty.csv', new Uint8Array(), 'empty'],
    ['a file of blank lines', 'blank.csv', utf8('\n\n ,\n'), 'empty'],
    ['text renamed to .xlsx', 'fake.xlsx', utf8('name,country\nA,ES\n'), 'notXlsx'],
    [
      'a zip that is not a workbook',
      'zip.xlsx',
      zipSync({ 'hello.txt': strToU8('hi') }),
      'notXlsx',
    ],
    [
      'a workbook renamed to .csv',
      'book.csv',
      zipSync({ 'x.xml': strToU8('<x/>') }),
      'unsupportedType',
    ],
    ['a PDF', 'roster.pdf', utf8('%PDF-1.7'), 'unsupportedType'],
    [
      'rows that do not line up with the header',
      'ragged.csv',
      utf8('name\nA,1,2\nB,1,2\nC,3,4\nD,5,6\n'),
      'columnsDoNotLineUp',
    ],
  ])('refuses %s', async (_label, name, bytes, code) => {
    expect((await refusal(name, bytes)).code).toBe(code);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const big = new Uint8Array(MAX_IMPORT_BYTES + 1);
    expect((await refusal('huge.csv', big)).code).toBe('tooLarge');
  });

  it('refuses a workbook that would unpack beyond the limit (a zip bomb) before reading it', async () => {
    // 201 MB of zeros packs into a few hundred kilobytes: well under the file size limit.
    const bomb = zipSync(
      {
        '[Content_Types].xml': strToU8('<Types/>'),
        'xl/worksheets/sheet1.xml': new Uint8Array(MAX_UNPACKED_BYTES + 1024 * 1024),
      },
      { level: 1 },
    );
    expect(bomb.byteLength).toBeLessThan(MAX_IMPORT_BYTES);
    const failure = await refusal('bomb.xlsx', bomb);
    expect(failure.code).toBe('tooLargeUnpacked');
    expect(failure.values).toEqual({ size: 201, max: 200 });
  });

  it('keeps blank rows in place, so row numbers match the spreadsheet', async () => {
    const sheet = await parseSpreadsheetFile('gaps.csv', utf8('name,country\nA,ES\n\nB,IT\n\n'));
    expect(sheet.rows).toEqual([['A', 'ES'], [''], ['B', 'IT']]);
  });

  it('keeps a few ragged rows for the preview to list', async () => {
    const sheet = await parseSpreadsheetFile(
      'some.csv',
      utf8('name,country\nA,ES\nB,IT,extra\nC,FR\nD,TN\n'),
    );
    expect(sheet.rows[1]).toEqual(['B', 'IT', 'extra']);
  });
});
