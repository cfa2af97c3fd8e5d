/**
 * The table as a sheet: the visible columns with their headers in the UI language, and the rows
 * as currently filtered and sorted. Exports (CSV, XLSX) are built from this.
 */
import type { Table } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import type { SheetCell } from './types';

export interface TableSheet {
  readonly header: string[];
  readonly rows: SheetCell[][];
}

/** A cell value as a sheet cell: lists are joined, missing values are empty. */
export function toSheetCell(value: unknown): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (Array.isArray(value)) return value.map(String).join('; ');
  return String(value);
}

export function tableSheet<T>(table: Table<T>, t: TFunction): TableSheet {
  const columns = table.getVisibleLeafColumns();
  const header = columns.map((column) => {
    const meta = column.columnDef.meta;
    return (meta?.exportLabel ?? meta?.label)?.(t) ?? column.id;
  });
  const rows = table.getRowModel().rows.map((row) =>
    columns.map((column) => {
      const exportValue = column.columnDef.meta?.exportValue;
      return exportValue ? exportValue(row.original) : toSheetCell(row.getValue(column.id));
    }),
  );
  return { header, rows };
}
