/** Columns of the memberships list (module scope: stable references) and its localized rows. */
import { createColumnHelper, type CellContext } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { membershipStatuses } from '../../../../src-core/model/enums';
import { missingAt } from '../../../db/missing-references';
import type { MembershipViewRow } from '../../../db/roster-queries';
import { searchKey } from '../../../../src-core/text/search-key';
import type { TableRow } from '../../../ui/table/types';
import { MissingNote, missingReferenceText } from '../../../ui/MissingNote';
import { DateCell, RecordLink } from './cells';
import { membershipStatusLabel } from './labels';

export interface MembershipListRow extends MembershipViewRow, TableRow {
  readonly statusLabel: string;
  readonly isOrganisationMissing: boolean;
  readonly isClusterMissing: boolean;
}

/**
 * Rows in the UI language. A missing organisation or cluster takes the missing-state sentence as
 * its name, so sorting, filters, search and the export all see the same words as the screen.
 */
export function localizeMemberships(rows: readonly MembershipViewRow[], t: TFunction) {
  const labels = new Map(
    membershipStatuses.map((status) => [status, membershipStatusLabel(t, status)]),
  );
  return rows.map((row): MembershipListRow => {
    const statusLabel = labels.get(row.status) ?? row.status;
    const missingOrganisation = missingAt(row.missing, 'organisationId');
    const missingCluster = missingAt(row.missing, 'clusterId');
    const organisationName = missingOrganisation
      ? missingReferenceText(t, missingOrganisation)
      : row.organisationName;
    const clusterName = missingCluster ? missingReferenceText(t, missingCluster) : row.clusterName;
    const extra =
      row.missing.length > 0 ? `\n${searchKey(`${organisationName} ${clusterName}`)}` : '';
    return {
      ...row,
      organisationName,
      clusterName,
      isOrganisationMissing: missingOrganisation !== null,
      isClusterMissing: missingCluster !== null,
      statusLabel,
      search: `${row.searchText}\n${searchKey(statusLabel)}${extra}`,
    };
  });
}

function OrganisationCell({ row }: CellContext<MembershipListRow, string>) {
  const membership = row.original;
  return (
    <RecordLink section="memberships" id={membership.id}>
      {membership.isOrganisationMissing ? (
        <MissingNote text={membership.organisationName} />
      ) : (
        membership.organisationName
      )}
    </RecordLink>
  );
}

function ClusterCell({ row }: CellContext<MembershipListRow, string>) {
  const membership = row.original;
  return membership.isClusterMissing ? (
    <MissingNote text={membership.clusterName} />
  ) : (
    membership.clusterName
  );
}

const column = createColumnHelper<MembershipListRow>();

export const membershipColumns = [
  column.accessor('organisationName', {
    id: 'organisation',
    sortingFn: 'localeText',
    enableHiding: false,
    cell: OrganisationCell,
    meta: {
      label: (t) => t('lists.memberships.columns.organisation'),
      width: '32%',
      filter: { kind: 'text' },
    },
  }),
  column.accessor('clusterName', {
    id: 'cluster',
    sortingFn: 'localeText',
    cell: ClusterCell,
    meta: {
      label: (t) => t('lists.memberships.columns.cluster'),
      filter: { kind: 'enum', matchOn: (row) => row.clusterName },
    },
  }),
  column.accessor('statusLabel', {
    id: 'status',
    sortingFn: 'localeText',
    meta: {
      label: (t) => t('lists.memberships.columns.status'),
      width: '9rem',
      filter: {
        kind: 'enum',
        options: membershipStatuses,
        optionLabel: membershipStatusLabel,
        matchOn: (row) => row.status,
      },
    },
  }),
  column.accessor('since', {
    id: 'since',
    sortingFn: 'basic',
    cell: DateCell,
    meta: { label: (t) => t('lists.memberships.columns.since'), width: '9rem' },
  }),
  column.accessor('until', {
    id: 'until',
    sortingFn: 'basic',
    cell: DateCell,
    meta: { label: (t) => t('lists.memberships.columns.until'), width: '9rem' },
  }),
];
