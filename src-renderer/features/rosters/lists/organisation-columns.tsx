/** Columns of the organisations list (module scope: stable references) and its localized rows. */
import { createColumnHelper, type CellContext } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { organisationTypes } from '../../../../src-core/model/enums';
import type { OrganisationViewRow } from '../../../db/roster-queries';
import { countryName } from '../../../i18n/format';
import { searchKey } from '../../../../src-core/text/search-key';
import type { TableRow } from '../../../ui/table/types';
import { RecordLink } from './cells';
import { organisationTypeLabel } from './labels';

export interface OrganisationListRow extends OrganisationViewRow, TableRow {
  readonly countryLabel: string;
  readonly typeLabel: string;
  readonly naceList: string;
  readonly segmentList: string;
  readonly clusterList: string;
}

export function localizeOrganisations(
  rows: readonly OrganisationViewRow[],
  language: string,
  t: TFunction,
) {
  // Labels once per code, not once per row: 100,000 rows share a few dozen of them.
  const countries = new Map<string, string>();
  const types = new Map<string, string>();
  return rows.map((row): OrganisationListRow => {
    let countryLabel = countries.get(row.country);
    if (countryLabel === undefined) {
      countryLabel = countryName(row.country, language);
      countries.set(row.country, countryLabel);
    }
    let typeLabel = types.get(row.type);
    if (typeLabel === undefined) {
      typeLabel = organisationTypeLabel(t, row.type);
      types.set(row.type, typeLabel);
    }
    return {
      ...row,
      countryLabel,
      typeLabel,
      naceList: row.naceCodes.join(', '),
      segmentList: row.segments.join(', '),
      clusterList: row.clusters.join(', '),
      search: `${row.searchText}\n${searchKey(countryLabel)}\n${searchKey(typeLabel)}`,
    };
  });
}

function NameCell({ row }: CellContext<OrganisationListRow, string>) {
  return (
    <RecordLink section="organisations" id={row.original.id}>
      {row.original.name}
    </RecordLink>
  );
}

const column = createColumnHelper<OrganisationListRow>();

export const organisationColumns = [
  column.accessor('name', {
    id: 'name',
    sortingFn: 'localeText',
    enableHiding: false,
    cell: NameCell,
    meta: { label: (t) => t('lists.organisations.columns.name'), width: '15rem' },
  }),
  column.accessor('typeLabel', {
    id: 'type',
    sortingFn: 'localeText',
    meta: {
      label: (t) => t('lists.organisations.columns.type'),
      width: '10rem',
      filter: {
        kind: 'enum',
        options: organisationTypes,
        optionLabel: organisationTypeLabel,
        matchOn: (row) => row.type,
      },
    },
  }),
  column.accessor('countryLabel', {
    id: 'country',
    sortingFn: 'localeText',
    meta: {
      label: (t) => t('lists.organisations.columns.country'),
      width: '7.5rem',
      filter: { kind: 'enum', matchOn: (row) => row.countryLabel },
    },
  }),
  column.accessor('regionName', {
    id: 'region',
    sortingFn: 'localeText',
    meta: {
      label: (t) => t('lists.organisations.columns.region'),
      width: '9.5rem',
      filter: { kind: 'text' },
    },
  }),
  column.accessor('naceList', {
    id: 'nace',
    sortingFn: 'localeText',
    meta: {
      label: (t) => t('lists.organisations.columns.nace'),
      width: '6.5rem',
      filter: { kind: 'text' },
    },
  }),
  column.accessor('segmentList', {
    id: 'segments',
    sortingFn: 'localeText',
    meta: {
      label: (t) => t('lists.organisations.columns.segments'),
      width: '10rem',
      filter: { kind: 'text' },
    },
  }),
  column.accessor('clusterList', {
    id: 'clusters',
    sortingFn: 'localeText',
    meta: {
      label: (t) => t('lists.organisations.columns.clusters'),
      filter: { kind: 'enum', matchOn: (row) => row.clusters },
    },
  }),
  column.accessor('website', {
    id: 'website',
    sortingFn: 'localeText',
    meta: { label: (t) => t('lists.organisations.columns.website'), width: '14rem' },
  }),
];
