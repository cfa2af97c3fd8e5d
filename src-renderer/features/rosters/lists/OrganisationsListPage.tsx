/** Every organisation of the workspace (members and prospects), built for 100,000 rows. */
import type { SortingState } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrganisationViewRows } from '../../../db/roster-queries';
import { localizeOrganisations, organisationColumns } from './organisation-columns';
import { RosterList } from './RosterList';

const byName: SortingState = [{ id: 'name', desc: false }];
const hiddenAtFirst = ['website'];

export function OrganisationsListPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const rows = useOrganisationViewRows();
  const data = useMemo(() => rows && localizeOrganisations(rows, language, t), [rows, language, t]);
  return (
    <RosterList
      section="organisations"
      columns={organisationColumns}
      data={data}
      defaultSorting={byName}
      defaultHidden={hiddenAtFirst}
    />
  );
}
