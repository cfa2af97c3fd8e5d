/** Columns of the clusters list (module scope: stable references) and its localized rows. */
import { createColumnHelper, type CellContext } from '@tanstack/react-table';
import type { ClusterViewRow } from '../../../db/roster-queries';
import { countryName } from '../../../i18n/format';
import { searchKey } from '../../../../src-core/text/search-key';
import type { TableRow } from '../../../ui/table/types';
import { NumberCell, PercentCell, RecordLink } from './cells';
import { percentValue } from './format';

export interface ClusterListRow extends ClusterViewRow, TableRow {
  /** Country name in the UI language (Intl.DisplayNames), so sorting and search follow it. */
  readonly countryLabel: string;
  readonly valueChainList: string;
}

export function localizeClusters(rows: readonly ClusterViewRow[], language: string) {
  return rows.map((row): ClusterListRow => {
    const countryLabel = countryName(row.country, language);
    return {
      ...row,
      countryLabel,
      valueChainList: row.valueChains.join(', '),
      search: `${row.searchText}\n${searchKey(countryLabel)}`,
    };
  });
}

function NameCell({ row }: CellContext<ClusterListRow, string>) {
  return (
    <RecordLink section="clusters" id={row.original.id}>
      {row.original.name}
    </RecordLink>
  );
}

const column = createColumnHelper<ClusterListRow>();

export const clusterColumns = [
  column.accessor('name', {
    id: 'name',
    sortingFn: 'localeText',
    enableHiding: false,
    cell: NameCell,
    meta: { label: (t) => t('lists.clusters.columns.name'), width: '28%' },
  }),
  column.accessor('countryLabel', {
    id: 'country',
    sortingFn: 'localeText',
    meta: {
      label: (t) => t('lists.clusters.columns.country'),
      width: '9rem',
      filter: { kind: 'enum', matchOn: (row) => row.countryLabel },
    },
  }),
  column.accessor('regionName', {
    id: 'region',
    sortingFn: 'localeText',
    meta: {
      label: (t) => t('lists.clusters.columns.region'),
      width: '11rem',
      filter: { kind: 'text' },
    },
  }),
  column.accessor('valueChainList', {
    id: 'valueChains',
    sortingFn: 'localeText',
    meta: {
      label: (t) => t('lists.clusters.columns.valueChains'),
      filter: { kind: 'enum', matchOn: (row) => row.valueChains },
    },
  }),
  column.accessor('memberCount', {
    id: 'members',
    sortingFn: 'basic',
    sortDescFirst: true,
    cell: NumberCell,
    meta: { label: (t) => t('lists.clusters.columns.members'), width: '7rem', isNumeric: true },
  }),
  column.accessor('knowledgeShare', {
    id: 'knowledgeShare',
    sortingFn: 'basic',
    sortDescFirst: true,
    cell: PercentCell,
    meta: {
      label: (t) => t('lists.clusters.columns.knowledgeShare'),
      exportLabel: (t) => t('lists.clusters.exportKnowledgeShare'),
      exportValue: (row) => percentValue(row.knowledgeShare),
      width: '11rem',
      isNumeric: true,
    },
  }),
];
