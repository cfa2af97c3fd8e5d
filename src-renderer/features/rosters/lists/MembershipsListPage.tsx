/** Organisation ↔ cluster links, from prospect to member, with their dates. */
import type { SortingState } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMembershipViewRows } from '../../../db/roster-queries';
import { localizeMemberships, membershipColumns } from './membership-columns';
import { RosterList } from './RosterList';

const byOrganisationThenCluster: SortingState = [
  { id: 'organisation', desc: false },
  { id: 'cluster', desc: false },
];

export function MembershipsListPage() {
  const { t } = useTranslation();
  const rows = useMembershipViewRows();
  const data = useMemo(() => rows && localizeMemberships(rows, t), [rows, t]);
  return (
    <RosterList
      section="memberships"
      columns={membershipColumns}
      data={data}
      defaultSorting={byOrganisationThenCluster}
    />
  );
}
