/**
 * The shared data table: sorting, search, column filters, column choice, export, and virtualized
 * rows, on TanStack Table and TanStack Virtual. UI state (sorting, search, filters, columns) lives
 * in the store's `tables` slice under `tableId`; rows come from the caller's live query.
 *
 * Virtualization keeps real table semantics: a native <table> whose <tbody> holds only the rows
 * in view (plus overscan) between two aria-hidden spacer rows, with aria-rowcount on the table and
 * aria-rowindex on each row, so assistive technology hears "row 812 of 2,401".
 */
import {
  functionalUpdate,
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
  type ColumnFiltersState,
  type SortingState,
  type Updater,
  type VisibilityState,
} from '@tanstack/react-table';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useStudioStore } from '../../state/store';
import { emptyTableView } from '../../state/slices/tables';
import { getPresortedRowModel, getSearchFilteredRowModel } from './row-models';
import { tableSheet, type TableSheet } from './sheet';
import { collatorFor, localeTextSorting } from './sorting';
import { TableGrid } from './TableGrid';
import { TableToolbar, type ExportFormat } from './TableToolbar';
import type { TableRow } from './types';
import { Loading } from '../Loading';
import './table.css';

export type { ExportFormat } from './TableToolbar';

export interface DataTableTexts {
  readonly searchLabel: string;
  readonly searchPlaceholder: string;
  /** "2,400 organisations" or "12 of 2,400 organisations". */
  readonly count: (shown: number, total: number) => string;
  /** Shown when rows exist but none matches the search and filters. */
  readonly noMatch: (search: string) => string;
}

export interface DataTableProps<T extends TableRow> {
  /** Key of this table's UI state in the store. */
  readonly tableId: string;
  /** Column definitions, at module scope (stable references). */
  readonly columns: readonly ColumnDef<T, never>[];
  /** Rows from a live query; undefined while it loads. */
  readonly data: readonly T[] | undefined;
  readonly defaultSorting: SortingState;
  /** Columns hidden until the user shows them. */
  readonly defaultHidden?: readonly string[];
  /** Id of the element that names the table (the page heading). */
  readonly labelledBy: string;
  readonly texts: DataTableTexts;
  /** Where a row leads: its record's page. */
  readonly rowHref: (id: string) => string;
  /** Shown instead of the table when there are no records at all. */
  readonly empty: ReactNode;
  /** Receives the visible columns and filtered, sorted rows when the user exports. */
  readonly onExport?: (sheet: TableSheet, format: ExportFormat) => Promise<void>;
  /** Exports every record with every field, in the import's format (to import it again). */
  readonly onExportAll?: (format: ExportFormat) => Promise<void>;
  /** Actions on every row the search and filters leave (e.g. tag them all), given their ids. */
  readonly bulkActions?: (ids: readonly string[]) => ReactNode;
}

const NO_ROWS: never[] = [];

export function DataTable<T extends TableRow>(props: DataTableProps<T>) {
  const { tableId, columns, defaultSorting, defaultHidden } = props;
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const view = useStudioStore((state) => state.tables[tableId]) ?? emptyTableView;
  const setSorting = useStudioStore((state) => state.setTableSorting);
  const setSearch = useStudioStore((state) => state.setTableSearch);
  const setFilter = useStudioStore((state) => state.setTableFilter);
  const setVisibility = useStudioStore((state) => state.setTableVisibility);
  const clearFilters = useStudioStore((state) => state.clearTableFilters);
  const [isExporting, setExporting] = useState(false);

  const data = props.data ?? NO_ROWS;
  const sorting = (view.sorting ?? defaultSorting) as SortingState;
  const columnFilters = view.filters as ColumnFiltersState;
  const defaultVisibility = useMemo<VisibilityState>(
    () => Object.fromEntries((defaultHidden ?? []).map((id) => [id, false])),
    [defaultHidden],
  );
  const columnVisibility = (view.visibility ?? defaultVisibility) as VisibilityState;
  const sortingFns = useMemo(() => ({ localeText: localeTextSorting(language) }), [language]);
  const meta = useMemo(() => ({ language }), [language]);

  const table = useReactTable<T>({
    data: data as T[],
    columns: columns as ColumnDef<T, unknown>[],
    state: { sorting, globalFilter: view.search, columnFilters, columnVisibility },
    meta,
    sortingFns,
    enableSortingRemoval: false,
    getRowId: (row) => row.id,
    onSortingChange: (updater: Updater<SortingState>) =>
      setSorting(tableId, functionalUpdate(updater, sorting)),
    onColumnVisibilityChange: (updater: Updater<VisibilityState>) =>
      setVisibility(tableId, functionalUpdate(updater, columnVisibility)),
    getCoreRowModel: getCoreRowModel(),
    getFilteredRowModel: getSearchFilteredRowModel<T>(),
    getSortedRowModel: getPresortedRowModel<T>(),
  });

  // Choices of enum filters without a fixed list: the values found in the rows.
  const foundOptions = useMemo(() => {
    const found = new Map<string, string[]>();
    const collator = collatorFor(language);
    for (const column of columns) {
      const spec = column.meta?.filter;
      if (spec?.kind !== 'enum' || spec.options || !column.id) continue;
      const values = new Set<string>();
      for (const row of data) {
        const value = spec.matchOn?.(row);
        if (Array.isArray(value)) for (const item of value) values.add(item);
        else if (typeof value === 'string' && value !== '') values.add(value);
      }
      found.set(column.id, [...values].sort(collator.compare));
    }
    return found;
  }, [columns, data, language]);

  if (props.data === undefined) {
    return <Loading label={t('lists.table.loading')} />;
  }
  if (data.length === 0) return <>{props.empty}</>;

  const rows = table.getRowModel().rows;
  const hasFilters = view.search.trim() !== '' || columnFilters.length > 0;

  async function exporting(work: () => Promise<void>) {
    setExporting(true);
    try {
      await work();
    } finally {
      setExporting(false);
    }
  }
  const { onExport, onExportAll } = props;

  return (
    <div className="data-table-view">
      <TableToolbar
        table={table}
        searchLabel={props.texts.searchLabel}
        searchPlaceholder={props.texts.searchPlaceholder}
        search={view.search}
        onSearch={(search) => setSearch(tableId, search)}
        filterValue={(id) => String(columnFilters.find((filter) => filter.id === id)?.value ?? '')}
        onFilter={(id, value) => setFilter(tableId, id, value)}
        foundOptions={foundOptions}
        countText={props.texts.count(rows.length, data.length)}
        onExport={
          onExport && ((format) => void exporting(() => onExport(tableSheet(table, t), format)))
        }
        onExportAll={onExportAll && ((format) => void exporting(() => onExportAll(format)))}
        isExporting={isExporting}
      />
      {props.bulkActions && rows.length > 0 && props.bulkActions(rows.map((row) => row.id))}
      {rows.length === 0 && hasFilters ? (
        <div className="empty-state">
          <p>{props.texts.noMatch(view.search.trim())}</p>
          <button type="button" onClick={() => clearFilters(tableId)}>
            {t('lists.table.clearFilters')}
          </button>
        </div>
      ) : (
        <TableGrid
          table={table}
          rows={rows}
          labelledBy={props.labelledBy}
          rowHref={props.rowHref}
          resetKey={`${view.search}\n${JSON.stringify(columnFilters)}`}
        />
      )}
    </div>
  );
}
