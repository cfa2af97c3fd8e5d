/**
 * Where the header row of a sheet is, and which separator a CSV uses. Real lists often start with
 * a title (one merged cell), a date line or an empty row; the header is the first row that names
 * several columns.
 */

/** How far down the header is looked for. */
const SEARCH_ROWS = 50;
/** How many following rows tell how wide the table is. */
const WIDTH_SAMPLE = 5;

const isBlank = (cell: string | undefined): boolean => cell === undefined || cell.trim() === '';
export const isBlankRow = (row: readonly string[]): boolean => row.every(isBlank);

const NUMBER = /^[-+]?[\d\s.,]+%?$/;
const DATE = /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}/;
const ADDRESS = /^(https?:\/\/|www\.)|@/i;

/** A cell that could name a column: text, not too long, not a number, date or address. */
function isHeaderText(cell: string): boolean {
  const text = cell.trim();
  return (
    text.length > 0 &&
    text.length <= 100 &&
    !NUMBER.test(text) &&
    !DATE.test(text) &&
    !ADDRESS.test(text)
  );
}

const filledCount = (row: readonly string[]): number => row.filter((cell) => !isBlank(cell)).length;

function widthOf(row: readonly string[]): number {
  for (let i = row.length - 1; i >= 0; i -= 1) if (!isBlank(row[i])) return i + 1;
  return 0;
}

/** The median of the widths of the next few filled rows: how wide the table below is. */
function widthBelow(table: readonly (readonly string[])[], index: number): number {
  const widths: number[] = [];
  for (let next = index + 1; next < table.length && widths.length < WIDTH_SAMPLE; next += 1) {
    const following = table[next]!;
    if (!isBlankRow(following)) widths.push(widthOf(following));
  }
  widths.sort((a, b) => a - b);
  return widths[Math.floor(widths.length / 2)] ?? 0;
}

/**
 * The index of the header row: the first row with at least two cells that could name a column,
 * no fewer than its other filled cells (years as column names are fine), spanning at least half
 * the width of the rows below it (a title and a subtitle above a wide table is not a header; a
 * stray note far to the right of one data row does not widen the table). When no row looks like
 * that (a one-column file), the first row that is not empty. -1 when every row is empty.
 */
export function findHeaderRow(table: readonly (readonly string[])[]): number {
  const firstFilled = table.findIndex((row) => !isBlankRow(row));
  if (firstFilled < 0) return -1;
  const end = Math.min(table.length, firstFilled + SEARCH_ROWS);
  for (let index = firstFilled; index < end; index += 1) {
    const row = table[index]!;
    const texts = row.filter(isHeaderText).length;
    if (texts < 2 || texts * 2 < filledCount(row)) continue;
    if (widthOf(row) * 2 < widthBelow(table, index)) continue;
    return index;
  }
  return firstFilled;
}

/** The first lines of the text, for guessing its separator (not the whole 10 MB file). */
function firstLines(text: string, count: number): string[] {
  return text
    .slice(0, 64 * 1024)
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .slice(0, count);
}

/**
 * The separator the lines agree on: for each candidate, the number of lines that hold it as many
 * times as most lines do; the candidate most lines agree on wins (Excel writes ";" in much of
 * Europe; a comma inside a name does not outvote it). A file with none is comma-separated.
 */
export function guessDelimiter(text: string): string {
  const lines = firstLines(text, 20);
  let best = ',';
  let bestScore = 0;
  for (const candidate of [',', ';', '\t', '|']) {
    const counts = new Map<number, number>();
    for (const line of lines) {
      const count = line.split(candidate).length - 1;
      if (count > 0) counts.set(count, (counts.get(count) ?? 0) + 1);
    }
    const agreeing = Math.max(0, ...counts.values());
    if (agreeing > bestScore) [best, bestScore] = [candidate, agreeing];
  }
  return best;
}
