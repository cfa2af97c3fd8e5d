/**
 * Cells shared by the roster lists. Cells are components (TanStack renders them as such). Also the
 * "missing: ask <partner> for it" state, which record pages and the workshop participants show
 * the same way as the lists do.
 */
import type { CellContext } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefOf, type Section } from '../../../routing/router';
import { formatNumber } from '../../../i18n/format';
import { formatDate, formatPercent } from './format';
import './lists.css';

/** The record's name, as a link to its page (the row itself is the keyboard target). */
export function RecordLink({
  section,
  id,
  children,
}: {
  section: Section;
  id: string;
  children: ReactNode;
}) {
  return (
    <a className="record-link" href={hrefOf(section, id)} tabIndex={-1}>
      {children}
    </a>
  );
}

export function NumberCell<T>({ getValue, table }: CellContext<T, number>) {
  return formatNumber(getValue(), table.options.meta?.language ?? 'en');
}

export function PercentCell<T>({ getValue, table }: CellContext<T, number | null>) {
  return formatPercent(getValue(), table.options.meta?.language ?? 'en');
}

export function DateCell<T>({ getValue, table }: CellContext<T, string | null>) {
  const value = getValue();
  return value ? (
    <time dateTime={value}>{formatDate(value, table.options.meta?.language ?? 'en')}</time>
  ) : null;
}

/** A flag shown only when set ("Do not contact"), so the column reads at a glance. */
export function FlagCell<T>({ getValue, column }: CellContext<T, boolean>) {
  const { t } = useTranslation();
  if (!getValue()) return null;
  return (
    <span className={column.id === 'doNotContact' ? 'flag flag-warn' : 'flag flag-muted'}>
      {t('lists.table.yes')}
    </span>
  );
}
