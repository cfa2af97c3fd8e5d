/** The people of the workspace, with their legal basis, share scope and contact flags. */
import type { SortingState } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useContactViewRows } from '../../../db/roster-queries';
import { contactColumns, localizeContacts } from './contact-columns';
import { RosterList } from './RosterList';

const byName: SortingState = [{ id: 'name', desc: false }];
/** Erased people are few; the Erased filter still finds them. */
const hiddenAtFirst = ['erased'];

export function ContactsListPage() {
  const { t } = useTranslation();
  const rows = useContactViewRows();
  const data = useMemo(() => rows && localizeContacts(rows, t), [rows, t]);
  return (
    <RosterList
      section="contacts"
      columns={contactColumns}
      data={data}
      defaultSorting={byName}
      defaultHidden={hiddenAtFirst}
    />
  );
}
