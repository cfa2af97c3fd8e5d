/**
 * Row models tuned for 100,000 rows, plugged into TanStack Table's pipeline (filter, then sort):
 *
 * - Filtering reads each row's precomputed search key (no per-column scan, no per-row objects),
 *   and folds a text column once per data set, not once per keystroke.
 * - Sorting sorts the whole data set once per (sorting, data) and then, for each new filter
 *   result, keeps that order by picking the filtered rows in one linear pass. Typing in the search
 *   box therefore never sorts, and row objects are never copied.
 */
import {
  memo,
  type Column,
  type Row,
  type RowModel,
  type SortingState,
  type Table,
} from '@tanstack/react-table';
import { matchesAllTerms, searchKey, searchTerms } from '../../../src-core/text/search-key';
import { collatorFor, compareValues, isEmptyValue } from './sorting';
import type { TableRow } from './types';

type RowTest<T> = (row: Row<T>) => boolean;

const quiet = { key: false, debug: () => false } as const;

function enumTest<T extends TableRow>(column: Column<T>, value: string): RowTest<T> {
  const spec = column.columnDef.meta?.filter;
  const matchOn = spec?.kind === 'enum' ? spec.matchOn : undefined;
  return (row) => {
    const cell = matchOn ? matchOn(row.original) : row.getValue<unknown>(column.id);
    return Array.isArray(cell) ? cell.includes(value) : cell === value;
  };
}

/**
 * Which core rows (by index) the last filter result kept, for the sorted model to pick from
 * without touching every row object again.
 */
const keptRows = new WeakMap<RowModel<unknown>, Uint8Array>();

/** Filters by the global search (every term in the row's search key) and the column filters. */
export function getSearchFilteredRowModel<T extends TableRow>(): (
  table: Table<T>,
) => () => RowModel<T> {
  return (table) => {
    // Per core row model: the search keys by row index, and folded text of "contains" columns.
    let indexedFor: RowModel<T> | null = null;
    let searchKeys: string[] = [];
    const folded = new Map<string, string[]>();
    const index = (core: RowModel<T>) => {
      if (indexedFor !== core) {
        indexedFor = core;
        searchKeys = core.rows.map((row) => row.original.search);
        folded.clear();
      }
    };
    const foldedColumn = (core: RowModel<T>, column: Column<T>): string[] => {
      let values = folded.get(column.id);
      if (!values) {
        values = core.rows.map((row) => searchKey(String(row.getValue<unknown>(column.id) ?? '')));
        folded.set(column.id, values);
      }
      return values;
    };

    return memo(
      () => [
        table.getPreFilteredRowModel(),
        table.getState().columnFilters,
        table.getState().globalFilter as unknown,
      ],
      (core, columnFilters, globalFilter) => {
        index(core);
        const terms = searchTerms(typeof globalFilter === 'string' ? globalFilter : '');
        const tests: RowTest<T>[] = [];
        for (const filter of columnFilters) {
          const column = table.getColumn(filter.id);
          const spec = column?.columnDef.meta?.filter;
          const value = typeof filter.value === 'string' ? filter.value : '';
          if (!column || !spec || value === '') continue;
          if (spec.kind === 'enum') {
            tests.push(enumTest(column, value));
          } else {
            const needles = searchTerms(value);
            if (needles.length === 0) continue;
            const values = foldedColumn(core, column);
            tests.push((row) => matchesAllTerms(values[row.index] ?? '', needles));
          }
        }
        if (terms.length === 0 && tests.length === 0) return core;

        const coreRows = core.rows;
        const kept = new Uint8Array(coreRows.length);
        const rows: Row<T>[] = [];
        const [onlyTerm] = terms;
        for (let i = 0; i < coreRows.length; i += 1) {
          const key = searchKeys[i] as string;
          // One term is the common case while typing: a plain includes, no loop.
          if (
            terms.length === 1 ? !key.includes(onlyTerm as string) : !matchesAllTerms(key, terms)
          ) {
            continue;
          }
          const row = coreRows[i] as Row<T>;
          if (tests.length > 0 && !tests.every((test) => test(row))) continue;
          kept[i] = 1;
          rows.push(row);
        }
        // rowsById stays the core's: a lookup by id still finds a filtered-out row, which nothing
        // here relies on, and rebuilding the map would cost more than the filtering itself.
        const model: RowModel<T> = { rows, flatRows: rows, rowsById: core.rowsById };
        keptRows.set(model as RowModel<unknown>, kept);
        return model;
      },
      quiet,
    );
  };
}

/**
 * Each row's rank in one column's order (equal values share a rank; empty values are -1), so that
 * sorting compares integers. Ranking sorts only the distinct values through the collator: cheap
 * for countries or types, and computed once per column and data set, whatever the direction.
 */
export function rankRows(values: readonly unknown[], collator: Intl.Collator | null): Int32Array {
  const distinct = [...new Set(values)].filter((value) => !isEmptyValue(value));
  distinct.sort((a, b) => compareValues(a, b, collator));
  const rankOf = new Map<unknown, number>();
  let rank = -1;
  for (let i = 0; i < distinct.length; i += 1) {
    if (i === 0 || compareValues(distinct[i - 1], distinct[i], collator) !== 0) rank += 1;
    rankOf.set(distinct[i], rank);
  }
  return Int32Array.from(values, (value) => rankOf.get(value) ?? -1);
}

/** Row indexes in the order of `sorting` (stable: ties keep the data order; empties go last). */
export function sortedRowOrder<T>(
  table: Table<T>,
  rows: readonly Row<T>[],
  sorting: SortingState,
  rankOf: (columnId: string, isText: boolean) => Int32Array,
): Int32Array {
  const order = Int32Array.from(rows, (_, index) => index);
  const keys: { ranks: Int32Array; sign: number }[] = [];
  for (const sort of sorting) {
    const column = table.getColumn(sort.id);
    if (!column?.getCanSort()) continue;
    const invert = column.columnDef.invertSorting ? -1 : 1;
    keys.push({
      ranks: rankOf(sort.id, column.columnDef.sortingFn === 'localeText'),
      sign: (sort.desc ? -1 : 1) * invert,
    });
  }
  if (keys.length === 0) return order;
  order.sort((a, b) => {
    for (const { ranks, sign } of keys) {
      const left = ranks[a] as number;
      const right = ranks[b] as number;
      if (left === right) continue;
      if (left < 0 || right < 0) return left < 0 ? 1 : -1;
      return (left - right) * sign;
    }
    return a - b;
  });
  return order;
}

/** Sorts once per (sorting, data); each filter result is then ordered in one linear pass. */
export function getPresortedRowModel<T>(): (table: Table<T>) => () => RowModel<T> {
  return (table) => {
    // Ranks by column, valid for one core row model and language.
    let rankedFor: { core: RowModel<T>; language: string } | null = null;
    const ranks = new Map<string, Int32Array>();
    const allSorted = memo(
      () => [table.getState().sorting, table.getCoreRowModel(), table.options.meta?.language ?? ''],
      (sorting, core, language) => {
        if (rankedFor?.core !== core || rankedFor.language !== language) {
          rankedFor = { core, language };
          ranks.clear();
        }
        const rankOf = (columnId: string, isText: boolean) => {
          let columnRanks = ranks.get(columnId);
          if (!columnRanks) {
            const values = core.rows.map((row) => row.getValue<unknown>(columnId));
            columnRanks = rankRows(values, isText ? collatorFor(language) : null);
            ranks.set(columnId, columnRanks);
          }
          return columnRanks;
        };
        const order = sortedRowOrder(table, core.rows, sorting, rankOf);
        const rows = Array.from(order, (index) => core.rows[index] as Row<T>);
        return { order, rows };
      },
      quiet,
    );
    return memo(
      () => [table.getPreSortedRowModel(), allSorted(), table.getCoreRowModel()],
      (filtered, sorted, core) => {
        if (filtered.rows.length === core.rows.length) {
          return { rows: sorted.rows, flatRows: sorted.rows, rowsById: filtered.rowsById };
        }
        let kept = keptRows.get(filtered as RowModel<unknown>);
        if (!kept) {
          kept = new Uint8Array(core.rows.length);
          for (const row of filtered.rows) kept[row.index] = 1;
        }
        const rows: Row<T>[] = [];
        const { order } = sorted;
        for (let i = 0; i < order.length; i += 1) {
          const index = order[i] as number;
          if (kept[index] === 1) rows.push(core.rows[index] as Row<T>);
        }
        return { rows, flatRows: rows, rowsById: filtered.rowsById };
      },
      quiet,
    );
  };
}
