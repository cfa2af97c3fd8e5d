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
}

interface StaticTableProps<T> {
  /** The table's accessible name. */
  readonly label: string;
  readonly columns: readonly StaticColumn<T>[];
  readonly rows: readonly T[];
  readonly rowKey: (row: T) => string;
  readonly isCompact?: boolean;
}

export function StaticTable<T>({ label, columns, rows, rowKey, isCompact }: StaticTableProps<T>) {
  const numeric = (column: StaticColumn<T>) => (column.isNumeric ? 'numeric' : undefined);
  return (
    <table className={isCompact ? 'data-table compact' : 'data-table'} aria-label={label}>
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
