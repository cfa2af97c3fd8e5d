/**
 * Reads a spreadsheet the user picked (CSV or XLSX) into a header and rows of text, or refuses it
 * with a reason the import screen words for the user: too large, empty, not UTF-8, not a real
 * XLSX, columns that do not line up. Runs in the import worker; also tested in Node.
 */
import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/universal';

/** Larger files are refused: split them (a 50k-row roster is ~10 MB of CSV). */
export const MAX_IMPORT_BYTES = 25 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 200_000;

export type SpreadsheetFileErrorCode =
  | 'tooLarge'
  | 'empty'
  | 'notUtf8'
  | 'notXlsx'
  | 'unsupportedType'
  | 'noHeader'
  | 'tooManyRows'
  | 'columnsDoNotLineUp';

export class SpreadsheetFileError extends Error {
  constructor(
    readonly code: SpreadsheetFileErrorCode,
    readonly values: Record<string, string | number> = {},
  ) {
    super(`${code} ${JSON.stringify(values)}`);
    this.name = 'SpreadsheetFileError';
  }
}

export interface ParsedSheet {
  readonly format: 'csv' | 'xlsx';
  readonly header: string[];
  /** Data rows, as text, in file order (row 2 of the spreadsheet is rows[0]). */
  readonly rows: string[][];
}

const XLSX_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // a zip

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    // fatal: a byte sequence that is not UTF-8 throws instead of turning into "�".
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new SpreadsheetFileError('notUtf8');
  }
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return String(value).trim();
}

const isBlankRow = (row: readonly unknown[]): boolean => row.every((cell) => cellText(cell) === '');

function finish(format: ParsedSheet['format'], table: unknown[][]): ParsedSheet {
  const headerIndex = table.findIndex((row) => !isBlankRow(row));
  if (headerIndex < 0) throw new SpreadsheetFileError('empty');
  const header = (table[headerIndex] ?? []).map(cellText);
  // Blank rows stay (the checks skip them), so row numbers match what the spreadsheet shows.
  const rows = table.slice(headerIndex + 1).map((row) => row.map(cellText));
  while (rows.length > 0 && isBlankRow(rows[rows.length - 1]!)) rows.pop();
  const filled = rows.filter((row) => !isBlankRow(row));
  if (filled.length > MAX_IMPORT_ROWS) {
    throw new SpreadsheetFileError('tooManyRows', { rows: filled.length, max: MAX_IMPORT_ROWS });
  }
  // A wrong delimiter or a broken quote makes most rows ragged: that is a file problem, not a
  // list of row problems. A few ragged rows are listed one by one in the preview instead.
  const ragged = filled.filter((row) => row.length > header.length).length;
  if (filled.length >= 4 && ragged / filled.length > 0.5) {
    throw new SpreadsheetFileError('columnsDoNotLineUp', {
      ragged,
      rows: filled.length,
      columns: header.length,
    });
  }
  return { format, header, rows };
}

/** The separator of the header line: the candidate it uses most (Excel writes ; in much of Europe). */
function headerDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  let best = ',';
  let bestCount = 0;
  for (const candidate of [',', ';', '\t', '|']) {
    const count = firstLine.split(candidate).length - 1;
    if (count > bestCount) [best, bestCount] = [candidate, count];
  }
  return best;
}

export async function parseSpreadsheetFile(name: string, bytes: Uint8Array): Promise<ParsedSheet> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    throw new SpreadsheetFileError('tooLarge', {
      size: Math.round(bytes.byteLength / 1024 / 1024),
      max: MAX_IMPORT_BYTES / 1024 / 1024,
    });
  }
  if (bytes.byteLength === 0) throw new SpreadsheetFileError('empty');
  const extension = name.toLowerCase().split('.').pop() ?? '';
  if (extension === 'xlsx') {
    if (!startsWith(bytes, XLSX_MAGIC)) throw new SpreadsheetFileError('notXlsx');
    let table: unknown[][];
    try {
      const buffer = bytes.buffer.slice(
        bytes.byteOffset,
        bytes.byteOffset + bytes.byteLength,
      ) as ArrayBuffer;
      table = (await readSheet(buffer)) as unknown[][];
    } catch {
      throw new SpreadsheetFileError('notXlsx');
    }
    return finish('xlsx', table);
  }
  if (extension === 'csv' || extension === 'txt' || extension === 'tsv') {
    if (startsWith(bytes, XLSX_MAGIC))
      throw new SpreadsheetFileError('unsupportedType', { extension });
    const text = decodeText(bytes).replace(/^\uFEFF/, '');
    if (text.trim() === '') throw new SpreadsheetFileError('empty');
    const result = Papa.parse<string[]>(text, {
      skipEmptyLines: false,
      delimiter: headerDelimiter(text),
    });
    return finish('csv', result.data);
  }
  throw new SpreadsheetFileError('unsupportedType', { extension });
}
