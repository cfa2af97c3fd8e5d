/**
 * Exports of the roster lists: the sheet built from a table (visible columns, headers in the UI
 * language, rows as filtered and sorted), and the CSV / XLSX files made from it, text escaped
 * against formula injection. Runs the real TanStack table core with the app's row models.
 */
import {
  createColumnHelper,
  createTable,
  getCoreRowModel,
  type ColumnFiltersState,
  type SortingState,
  type TableState,
  type VisibilityState,
} from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import readXlsxFile from 'read-excel-file/node';
import writeExcelFile from 'write-excel-file/node';
import {
  csvText,
  exportFileName,
  xlsxColumnWidths,
  xlsxSheetData,
} from '../../src-renderer/features/rosters/export/sheet-files';
import {
  getPresortedRowModel,
  getSearchFilteredRowModel,
} from '../../src-renderer/ui/table/row-models';
import { searchKeyOf } from '../../src-core/text/search-key';
import { tableSheet, toSheetCell } from '../../src-renderer/ui/table/sheet';
import { localeTextSorting } from '../../src-renderer/ui/table/sorting';
import type { TableRow } from '../../src-renderer/ui/table/types';

interface Org extends TableRow {
  readonly name: string;
  readonly type: string;
  readonly country: string;
  readonly clusters: readonly string[];
  readonly members: number | null;
}

const t = ((key: string) => `«${key}»`) as unknown as TFunction;

function org(
  id: string,
  name: string,
  type: string,
  country: string,
  members: number | null,
  clusters: string[] = [],
): Org {
  return {
    id,
    name,
    type,
    country,
    members,
    clusters,
    search: searchKeyOf([name, country, ...clusters]),
  };
}

const rows: Org[] = [
  org('1', 'Zeta Olive Growers', 'sme', 'Spain', 12, ['Andalusian Olive Cluster']),
  org('2', '=HYPERLINK("http://evil.example","Click")', 'sme', 'Tunisia', 3),
  org('3', 'Ångström Labs', 'university', 'Sweden', null),
  org('4', 'alpha olive co-op', 'sme', 'Túnez', 40, ['Andalusian Olive Cluster', 'Sfax Cluster']),
  org('5', 'Beta Institute', 'university', 'Spain', 7),
];

const column = createColumnHelper<Org>();
const columns = [
  column.accessor('name', { id: 'name', sortingFn: 'localeText', meta: { label: () => 'Name' } }),
  column.accessor('type', {
    id: 'type',
    sortingFn: 'localeText',
    meta: {
      label: (tr) => tr('lists.organisations.columns.type'),
      filter: { kind: 'enum', options: ['sme', 'university'] },
    },
  }),
  column.accessor('country', {
    id: 'country',
    sortingFn: 'localeText',
    meta: { label: () => 'Country', filter: { kind: 'text' } },
  }),
  column.accessor((row) => row.clusters.join(', '), {
    id: 'clusters',
    sortingFn: 'localeText',
    meta: { label: () => 'Member of', filter: { kind: 'enum', matchOn: (row) => row.clusters } },
  }),
  column.accessor('members', {
    id: 'members',
    sortingFn: 'basic',
    meta: {
      label: () => 'Members',
      exportLabel: () => 'Members (people)',
      exportValue: (row) => (row.members === null ? null : row.members * 1),
    },
  }),
];

function makeTable(view: {
  sorting?: SortingState;
  search?: string;
  filters?: ColumnFiltersState;
  visibility?: VisibilityState;
}) {
  const state: Partial<TableState> = {
    sorting: view.sorting ?? [{ id: 'name', desc: false }],
    globalFilter: view.search ?? '',
    columnFilters: view.filters ?? [],
    columnVisibility: view.visibility ?? {},
  };
  return createTable<Org>({
    data: rows,
    columns,
    state,
    onStateChange: () => {},
    renderFallbackValue: null,
    meta: { language: 'en' },
    sortingFns: { localeText: localeTextSorting('en') },
    getRowId: (row) => row.id,
    getCoreRowModel: getCoreRowModel(),
    getFilteredRowModel: getSearchFilteredRowModel<Org>(),
    getSortedRowModel: getPresortedRowModel<Org>(),
  });
}

const names = (table: ReturnType<typeof makeTable>) =>
  table.getRowModel().rows.map((row) => row.original.name);

describe('table rows as shown', () => {
  it('sorts text in the UI language’s collation, case and accents aside', () => {
    expect(names(makeTable({}))).toEqual([
      '=HYPERLINK("http://evil.example","Click")',
      'alpha olive co-op',
      'Ångström Labs',
      'Beta Institute',
      'Zeta Olive Growers',
    ]);
  });

  it('puts empty values last in both directions, and keeps data order among ties', () => {
    const ascending = makeTable({ sorting: [{ id: 'members', desc: false }] });
    expect(ascending.getRowModel().rows.map((row) => row.id)).toEqual(['2', '5', '1', '4', '3']);
    const descending = makeTable({ sorting: [{ id: 'members', desc: true }] });
    expect(descending.getRowModel().rows.map((row) => row.id)).toEqual(['4', '1', '5', '2', '3']);
    const byType = makeTable({ sorting: [{ id: 'type', desc: true }] });
    expect(byType.getRowModel().rows.map((row) => row.id)).toEqual(['3', '5', '1', '2', '4']);
  });

  it('searches every term, folding case and accents, and keeps the sort order', () => {
    expect(names(makeTable({ search: 'OLIVE' }))).toEqual([
      'alpha olive co-op',
      'Zeta Olive Growers',
    ]);
    expect(names(makeTable({ search: 'olive tunez' }))).toEqual(['alpha olive co-op']);
    expect(names(makeTable({ search: 'angstrom' }))).toEqual(['Ångström Labs']);
    expect(names(makeTable({ search: 'olive nowhere' }))).toEqual([]);
  });

  it('applies enum filters (on lists too) and text filters with the search', () => {
    const filters: ColumnFiltersState = [{ id: 'type', value: 'university' }];
    expect(names(makeTable({ filters }))).toEqual(['Ångström Labs', 'Beta Institute']);
    expect(names(makeTable({ filters: [{ id: 'clusters', value: 'Sfax Cluster' }] }))).toEqual([
      'alpha olive co-op',
    ]);
    expect(
      names(makeTable({ filters: [{ id: 'country', value: 'spa' }], search: 'olive' })),
    ).toEqual(['Zeta Olive Growers']);
  });
});

describe('tableSheet', () => {
  it('holds the visible columns with translated headers and the filtered, sorted rows', () => {
    const table = makeTable({
      sorting: [{ id: 'members', desc: true }],
      filters: [{ id: 'type', value: 'sme' }],
      visibility: { country: false },
    });
    const sheet = tableSheet(table, t);
    expect(sheet.header).toEqual([
      'Name',
      '«lists.organisations.columns.type»',
      'Member of',
      'Members (people)',
    ]);
    expect(sheet.rows).toEqual([
      ['alpha olive co-op', 'sme', 'Andalusian Olive Cluster, Sfax Cluster', 40],
      ['Zeta Olive Growers', 'sme', 'Andalusian Olive Cluster', 12],
      ['=HYPERLINK("http://evil.example","Click")', 'sme', '', 3],
    ]);
  });

  it('turns cell values into sheet cells', () => {
    expect(toSheetCell(undefined)).toBeNull();
    expect(toSheetCell(['a', 'b'])).toBe('a; b');
    expect(toSheetCell(Number.NaN)).toBeNull();
    expect(toSheetCell(false)).toBe(false);
  });
});

const sheet = {
  header: ['Name', 'Members', 'Member', '@note'],
  rows: [
    ['=HYPERLINK("http://evil.example","Click")', 3, true, null],
    ['Café, "Olive" & Co', -2, false, '+34 600 000 000'],
  ],
};

describe('CSV export', () => {
  it('starts with a BOM, quotes as RFC 4180 and escapes formula-looking text', () => {
    const text = csvText(sheet);
    expect(text.startsWith('\ufeff')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe("Name,Members,Member,'@note");
    expect(lines[1]).toBe('"\'=HYPERLINK(""http://evil.example"",""Click"")",3,true,');
    expect(lines[2]).toBe('"Café, ""Olive"" & Co",-2,false,\'+34 600 000 000');
    expect(lines).toHaveLength(4);
  });
});

describe('XLSX export', () => {
  it('escapes every text cell, keeps numbers and booleans typed, and bolds the header', () => {
    const data = xlsxSheetData(sheet);
    expect(data[0]?.[3]).toEqual({ type: String, value: "'@note", fontWeight: 'bold' });
    expect(data[1]).toEqual([
      { type: String, value: '\'=HYPERLINK("http://evil.example","Click")' },
      { type: Number, value: 3 },
      { type: Boolean, value: true },
      null,
    ]);
    expect(data[2]?.[1]).toEqual({ type: Number, value: -2 });
  });

  it('writes a workbook whose cells read back as text, not formulas', async () => {
    const buffer = await writeExcelFile(xlsxSheetData(sheet), {
      columns: xlsxColumnWidths(sheet),
    }).toBuffer();
    const [first] = await readXlsxFile(buffer);
    expect(first?.data[0]).toEqual(['Name', 'Members', 'Member', "'@note"]);
    expect(first?.data[1]?.[0]).toBe('\'=HYPERLINK("http://evil.example","Click")');
    expect(first?.data[2]?.[1]).toBe(-2);
  });

  it('sizes columns from their contents within bounds', () => {
    const widths = xlsxColumnWidths({ header: ['A', 'Long'], rows: [['x'.repeat(200), null]] });
    expect(widths).toEqual([{ width: 60 }, { width: 8 }]);
  });
});

describe('exportFileName', () => {
  it('names the file after the list and the local date', () => {
    expect(exportFileName('organisations', 'csv', new Date(2026, 2, 4, 23, 30))).toBe(
      'organisations-2026-03-04.csv',
    );
    expect(exportFileName('a/b:c', 'xlsx', new Date(2026, 0, 1))).toBe('a-b-c-2026-01-01.xlsx');
    expect(exportFileName('..', 'csv', new Date(2026, 0, 1))).toBe('export-2026-01-01.csv');
  });
});
