import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import {
  MAX_IMPORT_BYTES,
  parseSpreadsheetFile,
  SpreadsheetFileError,
} from '../../../src-renderer/workers/spreadsheet-file';

const utf8 = (text: string) => new TextEncoder().encode(text);

async function refusal(name: string, bytes: Uint8Array): Promise<string> {
  try {
    await parseSpreadsheetFile(name, bytes);
  } catch (error) {
    if (error instanceof SpreadsheetFileError) return error.code;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('reading spreadsheet files', () => {
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

  it('reads UTF-16 with a byte-order mark', async () => {
    const text = 'name,country\nΕλαιόλαδο Κρήτης,GR\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i += 1) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    expect((await parseSpreadsheetFile('greek.csv', bytes)).rows).toEqual([
      ['Ελαιόλαδο Κρήτης', 'GR'],
    ]);
  });

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
    expect(sheet.header).toEqual(['name', 'since', 'fte']);
    expect(sheet.rows).toEqual([['Cluster Olivícola do Alentejo', '2024-05-02', '1.5']]);
  });

  it.each([
    ['an empty file', 'empty.csv', new Uint8Array(), 'empty'],
    ['a file of blank lines', 'blank.csv', utf8('\n\n ,\n'), 'empty'],
    [
      'Windows-1252 bytes',
      'latin1.csv',
      new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0x4a, 0x61, 0xe9, 0x6e, 0x0a]),
      'notUtf8',
    ],
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
    expect(await refusal(name, bytes)).toBe(code);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const big = new Uint8Array(MAX_IMPORT_BYTES + 1);
    expect(await refusal('huge.csv', big)).toBe('tooLarge');
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
