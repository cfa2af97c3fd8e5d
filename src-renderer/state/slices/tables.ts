/**
 * UI state of the data tables (sorting, search text, column filters, visible columns), one entry
 * per table id. Never database rows: the rows come from live queries. A table without an entry
 * shows its defaults, so this slice needs no knowledge of any table's columns.
 */
import type { StateCreator } from 'zustand';

export interface TableSort {
  readonly id: string;
  readonly desc: boolean;
}

export interface TableFilter {
  readonly id: string;
  readonly value: string;
}

export interface TableViewState {
  /** Null until the user sorts: the table's default sorting applies. */
  readonly sorting: readonly TableSort[] | null;
  readonly search: string;
  readonly filters: readonly TableFilter[];
  /** Null until the user shows or hides a column: the table's default visibility applies. */
  readonly visibility: Readonly<Record<string, boolean>> | null;
}

export interface TablesSlice {
  tables: Readonly<Record<string, TableViewState>>;
  setTableSorting: (tableId: string, sorting: readonly TableSort[]) => void;
  setTableSearch: (tableId: string, search: string) => void;
  /** Sets one column's filter; an empty value removes it. */
  setTableFilter: (tableId: string, columnId: string, value: string) => void;
  setTableVisibility: (tableId: string, visibility: Readonly<Record<string, boolean>>) => void;
  /** Clears the search text and every column filter (sorting and columns stay). */
  clearTableFilters: (tableId: string) => void;
}

export const emptyTableView: TableViewState = {
  sorting: null,
  search: '',
  filters: [],
  visibility: null,
};

export const createTablesSlice: StateCreator<TablesSlice> = (set) => {
  const update = (tableId: string, change: (view: TableViewState) => Partial<TableViewState>) =>
    set((state) => {
      const view = state.tables[tableId] ?? emptyTableView;
      return { tables: { ...state.tables, [tableId]: { ...view, ...change(view) } } };
    });
  return {
    tables: {},
    setTableSorting: (tableId, sorting) => update(tableId, () => ({ sorting })),
    setTableSearch: (tableId, search) => update(tableId, () => ({ search })),
    setTableFilter: (tableId, columnId, value) =>
      update(tableId, (view) => {
        const others = view.filters.filter((filter) => filter.id !== columnId);
        return { filters: value === '' ? others : [...others, { id: columnId, value }] };
      }),
    setTableVisibility: (tableId, visibility) => update(tableId, () => ({ visibility })),
    clearTableFilters: (tableId) => update(tableId, () => ({ search: '', filters: [] })),
  };
};
