/** Columns of the contacts list (module scope: stable references) and its localized rows. */
import { createColumnHelper, type CellContext } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { legalBases, shareScopes } from '../../../../src-core/model/enums';
import { missingAt } from '../../../db/missing-references';
import type { ContactViewRow } from '../../../db/roster-queries';
import { searchKey } from '../../../../src-core/text/search-key';
import type { TableRow } from '../../../ui/table/types';
import { MissingNote, missingReferenceText } from '../../../ui/MissingNote';
import { FlagCell, RecordLink } from './cells';
import { legalBasisLabel, shareScopeLabel, yesNo, yesNoLabel } from './labels';

export interface ContactListRow extends ContactViewRow, TableRow {
  readonly legalBasisLabel: string;
  readonly shareScopeLabel: string;
  readonly isOrganisationMissing: boolean;
}

/**
 * Rows in the UI language. A missing organisation takes the missing-state sentence as its name,
 * so sorting, the filter, search and the export see the same words as the screen.
 */
export function localizeContacts(rows: readonly ContactViewRow[], t: TFunction) {
  const bases = new Map(legalBases.map((basis) => [basis, legalBasisLabel(t, basis)]));
  const scopes = new Map(shareScopes.map((scope) => [scope, shareScopeLabel(t, scope)]));
  return rows.map((row): ContactListRow => {
    const basis = bases.get(row.legalBasis) ?? row.legalBasis;
    const scope = scopes.get(row.shareScope) ?? row.shareScope;
    const missingOrganisation = missingAt(row.missing, 'organisationId');
    const organisationName = missingOrganisation
      ? missingReferenceText(t, missingOrganisation)
      : row.organisationName;
    const extra = missingOrganisation ? `\n${searchKey(organisationName)}` : '';
    return {
      ...row,
      organisationName,
      isOrganisationMissing: missingOrganisation !== null,
      legalBasisLabel: basis,
      shareScopeLabel: scope,
      search: `${row.searchText}\n${searchKey(basis)}\n${searchKey(scope)}${extra}`,
    };
  });
}

function OrganisationCell({ row }: CellContext<ContactListRow, string>) {
  const contact = row.original;
  return contact.isOrganisationMissing ? (
    <MissingNote text={contact.organisationName} />
  ) : (
    contact.organisationName
  );
}

function NameCell({ row }: CellContext<ContactListRow, string>) {
  const { t } = useTranslation();
  const contact = row.original;
  return (
    <RecordLink section="contacts" id={contact.id}>
      {contact.isErased || !contact.name ? <em>{t('lists.contacts.erasedName')}</em> : contact.name}
    </RecordLink>
  );
}

const column = createColumnHelper<ContactListRow>();
const yesOrNo = (value: boolean) => (value ? 'yes' : 'no');

export const contactColumns = [
  column.accessor('name', {
    id: 'name',
    sortingFn: 'localeText',
    enableHiding: false,
    cell: NameCell,
    meta: { label: (t) => t('lists.contacts.columns.name'), width: '12rem' },
  }),
  column.accessor('organisationName', {
    id: 'organisation',
    sortingFn: 'localeText',
    cell: OrganisationCell,
    meta: {
      label: (t) => t('lists.contacts.columns.organisation'),
      width: '13rem',
      filter: { kind: 'text' },
    },
  }),
  column.accessor('role', {
    id: 'role',
    sortingFn: 'localeText',
    meta: {
      label: (t) => t('lists.contacts.columns.role'),
      width: '10rem',
      filter: { kind: 'text' },
    },
  }),
  column.accessor('email', {
    id: 'email',
    sortingFn: 'localeText',
    meta: { label: (t) => t('lists.contacts.columns.email') },
  }),
  column.accessor('legalBasisLabel', {
    id: 'legalBasis',
    sortingFn: 'localeText',
    meta: {
      label: (t) => t('lists.contacts.columns.legalBasis'),
      width: '9rem',
      filter: {
        kind: 'enum',
        options: legalBases,
        optionLabel: legalBasisLabel,
        matchOn: (row) => row.legalBasis,
      },
    },
  }),
  column.accessor('shareScopeLabel', {
    id: 'shareScope',
    sortingFn: 'localeText',
    meta: {
      label: (t) => t('lists.contacts.columns.shareScope'),
      width: '9rem',
      filter: {
        kind: 'enum',
        options: shareScopes,
        optionLabel: shareScopeLabel,
        matchOn: (row) => row.shareScope,
      },
    },
  }),
  column.accessor('doNotContact', {
    id: 'doNotContact',
    sortingFn: 'basic',
    sortDescFirst: true,
    cell: FlagCell,
    meta: {
      label: (t) => t('lists.contacts.columns.doNotContact'),
      width: '8.5rem',
      filter: {
        kind: 'enum',
        options: yesNo,
        optionLabel: yesNoLabel,
        matchOn: (row) => yesOrNo(row.doNotContact),
      },
    },
  }),
  column.accessor('isErased', {
    id: 'erased',
    sortingFn: 'basic',
    sortDescFirst: true,
    cell: FlagCell,
    meta: {
      label: (t) => t('lists.contacts.columns.erased'),
      width: '7rem',
      filter: {
        kind: 'enum',
        options: yesNo,
        optionLabel: yesNoLabel,
        matchOn: (row) => yesOrNo(row.isErased),
      },
    },
  }),
];
