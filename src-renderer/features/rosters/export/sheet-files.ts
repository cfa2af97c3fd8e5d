/**
 * Turning a table sheet into files: CSV (UTF-8 with a byte-order mark, so Excel reads accents) and
 * XLSX. Every text cell goes through escapeSpreadsheetCell, so a name such as "=HYPERLINK(…)"
 * stays text in Excel and LibreOffice. Pure, except that writing XLSX loads its library on demand.
 */
import type { CellObject, SheetData } from 'write-excel-file/browser';
import { escapeSpreadsheetCell, toCsv } from '../../../../src-core/roster/spreadsheet';
import type { TableSheet } from '../../../ui/table/sheet';
import type { SheetCell } from '../../../ui/table/types';

export type ExportFormat = 'csv' | 'xlsx';

export const mimeTypes: Record<ExportFormat, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export function csvText(sheet: TableSheet): string {
  return toCsv(sheet.header, sheet.rows, { bom: true });
}

export function csvBytes(sheet: TableSheet): Uint8Array {
  return new TextEncoder().encode(csvText(sheet));
}

function xlsxCell(cell: SheetCell): CellObject | null {
  if (cell === null) return null;
  if (typeof cell === 'string') return { type: String, value: escapeSpreadsheetCell(cell) };
  if (typeof cell === 'number') return { type: Number, value: cell };
  return { type: Boolean, value: cell };
}

/** The sheet as write-excel-file data: a bold header row, then the rows, text escaped. */
export function xlsxSheetData(sheet: TableSheet): SheetData {
  const header = sheet.header.map((label): CellObject => ({
    type: String,
    value: escapeSpreadsheetCell(label),
    fontWeight: 'bold',
  }));
  return [header, ...sheet.rows.map((row) => row.map(xlsxCell))];
}

/** Column widths (in characters) from the header and the first rows, within sensible bounds. */
export function xlsxColumnWidths(sheet: TableSheet, sampleRows = 200): { width: number }[] {
  return sheet.header.map((label, index) => {
    let widest = label.length;
    for (const row of sheet.rows.slice(0, sampleRows)) {
      const cell = row[index];
      if (cell !== null && cell !== undefined) widest = Math.max(widest, String(cell).length);
    }
    return { width: Math.min(60, Math.max(8, widest + 2)) };
  });
}

export async function xlsxBytes(sheet: TableSheet): Promise<Uint8Array> {
  const { default: writeExcelFile } = await import('write-excel-file/browser');
  const blob = await writeExcelFile(xlsxSheetData(sheet), {
    columns: xlsxColumnWidths(sheet),
    stickyRowsCount: 1,
  }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

/** "organisations-2026-03-14.csv": the list's name and the local date. */
export function exportFileName(
  base: string,
  format: ExportFormat,
  date: Date = new Date(),
): string {
  const day = [
    date.getFullYear(),
    String(date.getMonth() + 1).padStart(2, '0'),
    String(date.getDate()).padStart(2, '0'),
  ].join('-');
  // Control characters are exactly what a file name may not hold.
  // eslint-disable-next-line no-control-regex
  const safeBase = base.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').replace(/^\.+/, '') || 'export';
  return `${safeBase}-${day}.${format}`;
}
