/**
 * What a column may declare for the shared DataTable (TanStack's `meta`), and the shape of a table
 * row. Column definitions live at module scope, so everything language-dependent is a function of
 * `t` or reads the language from the table's `meta`.
 */
import type { RowData, SortingFn } from '@tanstack/react-table';
import type { TFunction } from 'i18next';

/** A cell of an exported sheet. */
export type SheetCell = string | number | boolean | null;

/** What every table row carries: its record id and its precomputed search key (see search.ts). */
export interface TableRow {
  readonly id: string;
  readonly search: string;
}

/** A column filter: a choice among values (with translated labels) or "contains" text. */
export type ColumnFilterSpec<TData> =
  | {
      readonly kind: 'enum';
      /** The choices; when absent, the distinct `matchOn` values of the rows (as their labels). */
      readonly options?: readonly string[];
      readonly optionLabel?: (t: TFunction, value: string) => string;
      /** The value(s) a row is filtered on, when not the cell value (e.g. a code, not its label). */
      readonly matchOn?: (row: TData) => string | readonly string[] | null;
    }
  | { readonly kind: 'text' };

declare module '@tanstack/react-table' {
  // TanStack requires these exact type parameters for declaration merging.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** The header, in the UI language (also the exported header). */
    readonly label: (t: TFunction) => string;
    /** CSS width of the column (the table lays out at fixed widths so rows never jump). */
    readonly width?: string;
    readonly isNumeric?: boolean;
    /** False for the column that names the record. */
    readonly canHide?: boolean;
    readonly filter?: ColumnFilterSpec<TData>;
    /** The exported value, when not the cell value. */
    readonly exportValue?: (row: TData) => SheetCell;
    /** The exported header, when it should say more than the on-screen one (units, say). */
    readonly exportLabel?: (t: TFunction) => string;
  }

  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface TableMeta<TData extends RowData> {
    /** The UI language, for collation and number formatting inside cells. */
    readonly language: string;
  }

  interface SortingFns {
    /** Text in the UI language's collation (see sorting.ts). */
    localeText: SortingFn<unknown>;
  }
}
