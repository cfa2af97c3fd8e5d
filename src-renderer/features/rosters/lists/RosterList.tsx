/**
 * The frame shared by the four roster lists: heading, "New …" button, the data table with its
 * texts, the empty state and the export. Each list page only brings its rows and columns.
 */
import type { ColumnDef, SortingState } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../../../routing/router';
import { formatNumber } from '../../../i18n/format';
import { DataTable, type DataTableTexts } from '../../../ui/table/DataTable';
import type { TableRow } from '../../../ui/table/types';
import { useRecordExport, useRosterExport } from '../export/useRosterExport';
import { BulkTagger } from './BulkTagger';
import './lists.css';

export type RosterSection = 'clusters' | 'organisations' | 'memberships' | 'contacts';

const rowHrefs: Record<RosterSection, (id: string) => string> = {
  clusters: (id) => hrefOf('clusters', id),
  organisations: (id) => hrefOf('organisations', id),
  memberships: (id) => hrefOf('memberships', id),
  contacts: (id) => hrefOf('contacts', id),
};

function useListTexts(section: RosterSection): DataTableTexts {
  const { t, i18n } = useTranslation();
  const format = (value: number) => formatNumber(value, i18n.language);
  return {
    searchLabel: t(`lists.${section}.search`),
    searchPlaceholder: t(`lists.${section}.searchPlaceholder`),
    count: (shown, total) =>
      shown === total
        ? t(`lists.${section}.count`, { count: total, total: format(total) })
        : t(`lists.${section}.countFiltered`, {
            count: total,
            shown: format(shown),
            total: format(total),
          }),
    noMatch: (search) =>
      search ? t(`lists.${section}.noMatch`, { search }) : t(`lists.${section}.noMatchFilters`),
  };
}

export function RosterList<T extends TableRow>({
  section,
  columns,
  data,
  defaultSorting,
  defaultHidden,
}: {
  section: RosterSection;
  columns: readonly ColumnDef<T, never>[];
  data: readonly T[] | undefined;
  defaultSorting: SortingState;
  defaultHidden?: readonly string[];
}) {
  const { t } = useTranslation();
  const texts = useListTexts(section);
  const onExport = useRosterExport(t(`lists.${section}.file`));
  const onExportAll = useRecordExport(section, t(`lists.${section}.file`));
  const titleId = `${section}-title`;
  const newHref = hrefOf(section, undefined, 'new');

  return (
    <section aria-labelledby={titleId} className="page list-page">
      <div className="page-header">
        <h1 id={titleId}>{t(`lists.${section}.title`)}</h1>
        <a className="button button-primary list-new" href={newHref}>
          {t(`lists.${section}.new`)}
        </a>
      </div>
      <DataTable
        tableId={section}
        columns={columns}
        data={data}
        defaultSorting={defaultSorting}
        defaultHidden={defaultHidden}
        labelledBy={titleId}
        texts={texts}
        rowHref={rowHrefs[section]}
        onExport={onExport}
        onExportAll={onExportAll}
        bulkActions={
          section === 'organisations' || section === 'clusters'
            ? (ids) => <BulkTagger table={section} ids={ids} />
            : undefined
        }
        empty={
          <div className="empty-state">
            <h2>{t(`lists.${section}.emptyTitle`)}</h2>
            <p>{t(`lists.${section}.emptyBody`)}</p>
            <div className="empty-actions">
              <a className="button button-primary" href={newHref}>
                {t(`lists.${section}.new`)}
              </a>
              <a className="button" href={hrefOf('settings')}>
                {t('lists.table.goToSettings')}
              </a>
            </div>
          </div>
        }
      />
    </section>
  );
}
