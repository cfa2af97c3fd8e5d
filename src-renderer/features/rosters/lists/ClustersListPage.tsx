/** The clusters of the workspace: country, region, value chains, members and knowledge share. */
import type { SortingState } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useClusterViewRows } from '../../../db/roster-queries';
import { clusterColumns, localizeClusters } from './cluster-columns';
import { RosterList } from './RosterList';

const byName: SortingState = [{ id: 'name', desc: false }];

export function ClustersListPage() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const rows = useClusterViewRows();
  const data = useMemo(() => rows && localizeClusters(rows, language), [rows, language]);
  return (
    <RosterList section="clusters" columns={clusterColumns} data={data} defaultSorting={byName} />
  );
}
