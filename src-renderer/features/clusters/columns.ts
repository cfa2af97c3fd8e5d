/** Column definitions of the clusters table, at module scope so their references stay stable. */
import { createColumnHelper, type SortingFn } from '@tanstack/react-table';
import type { ClusterRow } from '../../db/hooks';

export interface ClusterTableRow extends ClusterRow {
  /** Country name in the UI language (Intl.DisplayNames), so sorting and search follow it. */
  readonly countryName: string;
  readonly valueChainList: string;
  /** Region name (NUTS 2024 or ISO 3166-2), in Latin script. */
  readonly regionName: string;
}

declare module '@tanstack/react-table' {
  interface SortingFns {
    /** Text in the UI language's collation (provided by the page, which knows the language). */
    localeText: SortingFn<unknown>;
  }
}

/** Builds the `localeText` sorting function for a language. */
export function localeTextSorting(language: string): SortingFn<unknown> {
  const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
  return (a, b, columnId) =>
    collator.compare(String(a.getValue(columnId) ?? ''), String(b.getValue(columnId) ?? ''));
}

const column = createColumnHelper<ClusterTableRow>();

export const clusterColumns = [
  column.accessor('name', { id: 'name', sortingFn: 'localeText' }),
  column.accessor('countryName', { id: 'country', sortingFn: 'localeText' }),
  column.accessor('regionName', { id: 'region', sortingFn: 'localeText' }),
  column.accessor('valueChainList', { id: 'valueChains', sortingFn: 'localeText' }),
  column.accessor('memberCount', {
    id: 'members',
    sortingFn: 'basic',
    sortDescFirst: true,
    enableGlobalFilter: false,
  }),
];

export type ClusterColumnId = 'name' | 'country' | 'region' | 'valueChains' | 'members';
