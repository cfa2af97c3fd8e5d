/** The clusters of the workspace: a sortable, searchable table (country, value chains, members). */
import {
  flexRender,
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { findRegion } from '../../../src-core/codes';
import { hrefOf } from '../../app/router';
import { useClusterRows } from '../../db/hooks';
import { countryName, formatNumber } from '../../i18n/format';
import { useStudioStore } from '../../state/store';
import {
  clusterColumns,
  localeTextSorting,
  type ClusterColumnId,
  type ClusterTableRow,
} from './columns';

export function ClustersPage() {
  const { t, i18n } = useTranslation();
  const rows = useClusterRows();
  const sorting = useStudioStore((state) => state.clustersSort);
  const setSorting = useStudioStore((state) => state.setClustersSort);
  const search = useStudioStore((state) => state.clustersSearch);
  const setSearch = useStudioStore((state) => state.setClustersSearch);
  const language = i18n.language;

  const data = useMemo<ClusterTableRow[]>(
    () =>
      (rows ?? []).map((row) => ({
        ...row,
        countryName: countryName(row.country, language),
        regionName: row.region ? (findRegion(row.region)?.nameLatin ?? row.region) : '',
        valueChainList: row.valueChains.join(', '),
      })),
    [rows, language],
  );

  const sortingFns = useMemo(() => ({ localeText: localeTextSorting(language) }), [language]);

  const table = useReactTable({
    data,
    sortingFns,
    columns: clusterColumns,
    state: { sorting, globalFilter: search },
    onSortingChange: (updater: Updater<SortingState>) =>
      setSorting(typeof updater === 'function' ? updater(sorting) : updater),
    onGlobalFilterChange: (value: string) => setSearch(value ?? ''),
    globalFilterFn: 'includesString',
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getRowId: (row) => row.id,
  });

  if (rows === undefined) return <p role="status">{t('app.loading')}</p>;

  const shown = table.getRowModel().rows;
  const total = data.length;

  return (
    <section aria-labelledby="clusters-title" className="page">
      <div className="page-header">
        <h1 id="clusters-title">{t('clusters.title')}</h1>
        {total > 0 && (
          <p className="count" data-testid="cluster-count" aria-live="polite">
            {shown.length === total
              ? t('clusters.count', { count: total })
              : t('clusters.countFiltered', {
                  shown: formatNumber(shown.length, language),
                  total: formatNumber(total, language),
                })}
          </p>
        )}
      </div>
      {total === 0 ? (
        <div className="empty-state">
          <h2>{t('clusters.emptyTitle')}</h2>
          <p>{t('clusters.emptyBody')}</p>
          <a className="button" href={hrefOf('settings')}>
            {t('clusters.emptyAction')}
          </a>
        </div>
      ) : (
        <>
          <div className="toolbar">
            <label className="search">
              <span>{t('clusters.search')}</span>
              <input
                type="search"
                value={search}
                placeholder={t('clusters.searchPlaceholder')}
                onChange={(event) => setSearch(event.target.value)}
              />
            </label>
          </div>
          {shown.length === 0 ? (
            <div className="empty-state">
              <p>{t('clusters.noMatch', { search })}</p>
              <button type="button" onClick={() => setSearch('')}>
                {t('clusters.clearSearch')}
              </button>
            </div>
          ) : (
            <div className="table-wrap">
              <table className="data-table" aria-labelledby="clusters-title">
                <thead>
                  {table.getHeaderGroups().map((group) => (
                    <tr key={group.id}>
                      {group.headers.map((header) => {
                        const sorted = header.column.getIsSorted();
                        const id = header.column.id as ClusterColumnId;
                        return (
                          <th
                            key={header.id}
                            scope="col"
                            className={id === 'members' ? 'numeric' : undefined}
                            aria-sort={
                              sorted === 'asc'
                                ? 'ascending'
                                : sorted === 'desc'
                                  ? 'descending'
                                  : 'none'
                            }
                          >
                            <button
                              type="button"
                              className="sort-button"
                              onClick={header.column.getToggleSortingHandler()}
                            >
                              {t(`clusters.columns.${id}`)}
                              <span aria-hidden="true" className="sort-indicator">
                                {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                              </span>
                            </button>
                          </th>
                        );
                      })}
                    </tr>
                  ))}
                </thead>
                <tbody>
                  {shown.map((row) => (
                    <tr key={row.id}>
                      {row.getVisibleCells().map((cell) => {
                        const id = cell.column.id as ClusterColumnId;
                        return (
                          <td key={cell.id} className={id === 'members' ? 'numeric' : undefined}>
                            {id === 'members'
                              ? formatNumber(row.original.memberCount, language)
                              : flexRender(cell.column.columnDef.cell, cell.getContext())}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
