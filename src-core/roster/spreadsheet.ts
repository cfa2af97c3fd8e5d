/**
 * Writing rosters out for spreadsheets: CSV per RFC 4180, with every text cell neutralised against
 * formula injection (OWASP "CSV Injection"), so an organisation called "=HYPERLINK(…)" stays text
 * when a partner opens the export in Excel or LibreOffice.
 */

/** A cell as exports hand it over: numbers and booleans are data, never formulas. */
export type CsvCell = string | number | boolean | null;

export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark so Excel reads accents right. Default false. */
  readonly bom?: boolean;
  /** Field separator: ";" suits Excel in locales with a decimal comma (es, fr, it). Default ",". */
  readonly delimiter?: ',' | ';' | '\t';
}

/** Control characters other than tab, line feed and carriage return: dropped from text cells. */
// eslint-disable-next-line no-control-regex
const strayControls = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
/**
 * Characters that make a spreadsheet read a cell as a formula or command when they come first:
 * = + - @, tab, CR, LF, and their full-width forms (some spreadsheet apps fold those).
 */
const formulaStart = /^[=+\-@\t\r\n\uff1d\uff0b\uff0d\uff20]/;

/**
 * A text cell made safe for spreadsheets: stray control characters are removed, and a cell that
 * would start with a formula trigger gets a leading apostrophe, which spreadsheets show as text.
 * Numbers should be passed to `toCsv` as numbers: a negative number is not escaped, the text
 * "-1+cmd" is.
 */
export function escapeSpreadsheetCell(value: string): string {
  const cleaned = value.replace(strayControls, '');
  return formulaStart.test(cleaned) ? `'${cleaned}` : cleaned;
}

function cellText(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return escapeSpreadsheetCell(value);
}

function quoteField(text: string, delimiter: string): string {
  const needsQuotes =
    text.includes(delimiter) || text.includes('"') || text.includes('\r') || text.includes('\n');
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A CSV document (RFC 4180): fields with the delimiter, a quote or a line break are quoted, quotes
 * doubled, lines end with CRLF (the last one too). Header cells are escaped like any text cell.
 */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  options: CsvOptions = {},
): string {
  const delimiter = options.delimiter ?? ',';
  const line = (cells: readonly CsvCell[]): string =>
    cells.map((cell) => quoteField(cellText(cell), delimiter)).join(delimiter);
  const lines = [line(header), ...rows.map(line)];
  return `${options.bom === true ? '\ufeff' : ''}${lines.join('\r\n')}\r\n`;
}
