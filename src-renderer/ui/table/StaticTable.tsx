/**
 * A small read-only table for a handful of rows (a package preview, a summary): real table
 * semantics, the first column as row headers, numeric columns aligned. For long lists with
 * sorting, search and filters use `DataTable`.
 */
import type { ReactNode } from 'react';

export interface StaticColumn<T> {
  readonly id: string;
  readonly header: string;
  readonly cell: (row: T) => ReactNode;
  readonly isNumeric?: boolean;
  /** Extra class on the column's cells (a width, `nowrap` for times and dates). */
  readonly className?: string;
}

interface StaticTableProps<T> {
  /** The table's accessible name. */
  readonly label: string;
  readonly columns: readonly StaticColumn<T>[];
  readonly rows: readonly T[];
  readonly rowKey: (row: T) => string;
  readonly isCompact?: boolean;
  /** Extra class on the table (widths of its columns in a feature's stylesheet). */
  readonly className?: string;
}

export function StaticTable<T>(props: StaticTableProps<T>) {
  const { label, columns, rows, rowKey, isCompact } = props;
  const numeric = (column: StaticColumn<T>) =>
    [column.isNumeric ? 'numeric' : '', column.className ?? ''].join(' ').trim() || undefined;
  const tableClass = ['data-table', isCompact ? 'compact' : '', props.className ?? '']
    .join(' ')
    .trim();
  return (
    <table className={tableClass} aria-label={label}>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.id} scope="col" className={numeric(column)}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            {columns.map((column, index) =>
              index === 0 ? (
                <th key={column.id} scope="row" className={numeric(column)}>
                  {column.cell(row)}
                </th>
              ) : (
                <td key={column.id} className={numeric(column)}>
                  {column.cell(row)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
