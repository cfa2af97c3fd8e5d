/**
 * Reads a spreadsheet the user picked (CSV or XLSX) into a header and rows of text, or refuses it
 * with a reason the import screen words for the user: too large, empty, binary junk, not a real
 * XLSX, columns that do not line up. CSV text in any common encoding (./spreadsheet-text.ts); the
 * header row found below title and empty rows (./spreadsheet-header.ts), or the one the user
 * names; in a workbook, the sheet the user picks and the web addresses of linked cells
 * (./xlsx-links.ts). Runs in the import worker; also tested in Node.
 */
import Papa from 'papaparse';
import { unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/universal';
import { findHeaderRow, guessDelimiter, isBlankRow } from './spreadsheet-header';
import { decodeText, looksBinary, type TextEncodingName } from './spreadsheet-text';
import { linkKey, readSheetLinks, type SheetLinks } from './xlsx-links';

export { textEncodings, legacyEncodings, isUnicodeEncoding } from './spreadsheet-text';
export type { TextEncodingName } from './spreadsheet-text';

/** Larger files are refused: split them (a 50k-row roster is ~10 MB of CSV). */
export const MAX_IMPORT_BYTES = 25 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 200_000;
/**
 * A workbook larger than this once unpacked is refused before it is read: a zip bomb, or a sheet
 * far beyond what the import takes (a 200,000-row roster unpacks to well under 100 MB).
 */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;

export type SpreadsheetFileErrorCode =
  | 'tooLarge'
  | 'tooLargeUnpacked'
  | 'empty'
  | 'emptySheet'
  | 'notText'
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

/** What the user chose on the map step; each is found by itself when left out. */
export interface ReadOptions {
  /** The workbook sheet, by name (default: the first sheet with data). */
  readonly sheet?: string;
  /** The spreadsheet row number of the header (1 = the first row). */
  readonly headerRow?: number;
  /** The text encoding of a CSV file (default: detected). */
  readonly encoding?: TextEncodingName;
}

export interface ParsedSheet {
  readonly format: 'csv' | 'xlsx';
  readonly header: string[];
  /** Data rows, as text, in file order: rows[0] is the spreadsheet row `headerRow + 1`. */
  readonly rows: string[][];
  /** The spreadsheet row number of the header (1 = the first row of the file or sheet). */
  readonly headerRow: number;
  /** How the CSV text was decoded; null for a workbook. */
  readonly encoding: TextEncodingName | null;
  /** The workbook's sheets, in order; empty for a CSV file. */
  readonly sheetNames: readonly string[];
  /** The sheet read; null for a CSV file. */
  readonly sheetName: string | null;
}

const XLSX_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // a zip

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return String(value).trim();
}

/** The index of the header row: the one the user named, or the one found. */
function headerIndexOf(table: readonly string[][], headerRow: number | undefined): number {
  if (headerRow === undefined) {
    const found = findHeaderRow(table);
    if (found < 0) throw new SpreadsheetFileError('empty');
    return found;
  }
  const index = Math.trunc(headerRow) - 1;
  const row = table[index];
  if (index < 0 || row === undefined || isBlankRow(row)) {
    throw new SpreadsheetFileError('noHeader', { row: headerRow });
  }
  return index;
}

interface Table {
  readonly header: string[];
  readonly rows: string[][];
  readonly headerRow: number;
}

function splitTable(table: string[][], headerRow: number | undefined): Table {
  const headerIndex = headerIndexOf(table, headerRow);
  const header = table[headerIndex] ?? [];
  // Blank rows stay (the checks skip them), so row numbers match what the spreadsheet shows.
  const rows = table.slice(headerIndex + 1);
  while (rows.length > 0 && isBlankRow(rows[rows.length - 1]!)) rows.pop();
  const filled = rows.filter((row) => !isBlankRow(row)).length;
  if (filled > MAX_IMPORT_ROWS) {
    throw new SpreadsheetFileError('tooManyRows', { rows: filled, max: MAX_IMPORT_ROWS });
  }
  return { header, rows, headerRow: headerIndex + 1 };
}

/**
 * A wrong delimiter or a broken quote makes most rows ragged: that is a file problem, not a list
 * of row problems. A few ragged rows are listed one by one in the preview instead.
 */
function checkColumnsLineUp({ header, rows }: Table): void {
  const filled = rows.filter((row) => !isBlankRow(row));
  const ragged = filled.filter((row) => row.length > header.length).length;
  if (filled.length >= 4 && ragged / filled.length > 0.5) {
    throw new SpreadsheetFileError('columnsDoNotLineUp', {
      ragged,
      rows: filled.length,
      columns: header.length,
    });
  }
}

function readCsv(bytes: Uint8Array, options: ReadOptions): ParsedSheet {
  const { text, encoding } = decodeText(bytes, options.encoding);
  if (looksBinary(text)) throw new SpreadsheetFileError('notText');
  if (text.trim() === '') throw new SpreadsheetFileError('empty');
  const parsed = Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    delimiter: guessDelimiter(text),
  });
  const table = splitTable(
    parsed.data.map((row) => row.map(cellText)),
    options.headerRow,
  );
  checkColumnsLineUp(table);
  return { format: 'csv', ...table, encoding, sheetNames: [], sheetName: null };
}

const isWebAddress = (text: string): boolean =>
  /^(https?:\/\/|www\.)\S+$/i.test(text) || /^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(text);

/** A header naming a web address column, in the languages the import reads. */
const isWebsiteHeader = (header: string): boolean =>
  /\b(web|website|url|homepage|site|sito|sitio|internet|link|lien|enlace|p[aá]gina)\b/i.test(
    header,
  );

/**
 * A linked cell of a website column reads as its web address when its text is not one itself
 * ("Site officiel" linking to https://…); links elsewhere (a linked name) leave the text as it is.
 */
function withLinks(table: Table, links: SheetLinks): Table {
  if (links.size === 0) return table;
  const columns = table.header.flatMap((header, column) =>
    isWebsiteHeader(header) ? [column] : [],
  );
  const rows = table.rows.map((row, index) => {
    const sheetRow = table.headerRow + index; // 0-based row of the sheet
    let copy: string[] | null = null;
    for (const column of columns) {
      const url = links.get(linkKey(sheetRow, column));
      const text = row[column] ?? '';
      if (url === undefined || isWebAddress(text)) continue;
      copy ??= [...row];
      copy[column] = url;
    }
    return copy ?? row;
  });
  return { ...table, rows };
}

/** What the workbook's parts declare they unpack to, read from the zip's directory alone. */
function unpackedSize(bytes: Uint8Array): number {
  let total = 0;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        total += file.originalSize;
        return false;
      },
    });
  } catch {
    throw new SpreadsheetFileError('notXlsx');
  }
  return total;
}

async function readXlsx(bytes: Uint8Array, options: ReadOptions): Promise<ParsedSheet> {
  if (!startsWith(bytes, XLSX_MAGIC)) throw new SpreadsheetFileError('notXlsx');
  const unpacked = unpackedSize(bytes);
  if (unpacked > MAX_UNPACKED_BYTES) {
    throw new SpreadsheetFileError('tooLargeUnpacked', {
      size: Math.round(unpacked / 1024 / 1024),
      max: MAX_UNPACKED_BYTES / 1024 / 1024,
    });
  }
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    const buffer = bytes.buffer.slice(
      bytes.byteOffset,
      bytes.byteOffset + bytes.byteLength,
    ) as ArrayBuffer;
    sheets = (await readXlsxFile(buffer)) as { sheet: string; data: unknown[][] }[];
  } catch {
    throw new SpreadsheetFileError('notXlsx');
  }
  const tables = sheets.map(({ sheet, data }) => ({
    name: sheet,
    table: data.map((row) => row.map(cellText)),
  }));
  // By default the first sheet holding a table (a row naming two columns or more): a readme
  // sheet of notes in front of the list is passed over; else the first sheet with anything.
  const hasTable = (table: string[][]) =>
    table.some((row) => row.filter((cell) => cell !== '').length >= 2);
  const chosen =
    tables.find((t) => t.name === options.sheet) ??
    tables.find((t) => hasTable(t.table)) ??
    tables.find((t) => t.table.some((row) => !isBlankRow(row)));
  if (chosen === undefined) throw new SpreadsheetFileError('empty');
  if (chosen.table.every(isBlankRow))
    throw new SpreadsheetFileError('emptySheet', { sheet: chosen.name });
  const split = splitTable(chosen.table, options.headerRow);
  // Columns as wide as the header or the data (a merged title or a note above the header does not
  // widen the table; a column whose header cell is empty still counts).
  let width = 0;
  for (const row of [split.header, ...split.rows]) {
    let last = row.length;
    while (last > width && row[last - 1] === '') last -= 1;
    width = Math.max(width, last);
  }
  const fit = (row: string[]) =>
    row.length >= width
      ? row.slice(0, width)
      : [...row, ...Array<string>(width - row.length).fill('')];
  const table = withLinks(
    { ...split, header: fit(split.header), rows: split.rows.map(fit) },
    readSheetLinks(bytes, chosen.name),
  );
  return {
    format: 'xlsx',
    ...table,
    encoding: null,
    sheetNames: tables.map((t) => t.name),
    sheetName: chosen.name,
  };
}

export async function parseSpreadsheetFile(
  name: string,
  bytes: Uint8Array,
  options: ReadOptions = {},
): Promise<ParsedSheet> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    throw new SpreadsheetFileError('tooLarge', {
      size: Math.round(bytes.byteLength / 1024 / 1024),
      max: MAX_IMPORT_BYTES / 1024 / 1024,
    });
  }
  if (bytes.byteLength === 0) throw new SpreadsheetFileError('empty');
  const extension = name.toLowerCase().split('.').pop() ?? '';
  if (extension === 'xlsx') return readXlsx(bytes, options);
  if (extension === 'csv' || extension === 'txt' || extension === 'tsv') {
    if (startsWith(bytes, XLSX_MAGIC))
      throw new SpreadsheetFileError('unsupportedType', { extension });
    return readCsv(bytes, options);
  }
  throw new SpreadsheetFileError('unsupportedType', { extension });
}
