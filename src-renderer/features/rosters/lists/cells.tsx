/**
 * Cells shared by the roster lists. Cells are components (TanStack renders them as such). Also the
 * "missing: ask <partner> for it" state, which record pages and the workshop participants show
 * the same way as the lists do.
 */
import type { CellContext } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefOf, type Section } from '../../../app/router';
import type { MissingReference } from '../../../db/missing-references';
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

/** The tables whose missing records have words of their own; any other is "a record". */
function missingKind(ref: MissingReference): 'organisations' | 'clusters' | 'records' {
  return ref.table === 'organisations' || ref.table === 'clusters' ? ref.table : 'records';
}

/** "Missing organisation — ask Tunis Olive Cluster for it", in the UI language. */
export function missingReferenceText(t: TFunction, ref: MissingReference): string {
  const kind = missingKind(ref);
  switch (ref.ask.kind) {
    case 'partner':
      return t(`lists.missing.${kind}.askPartner`, { partner: ref.ask.partner });
    case 'here':
      return t(`lists.missing.${kind}.here`);
    case 'unknown':
      return t(`lists.missing.${kind}.askUnknown`, { node: ref.ask.shortNode });
  }
}

/** "Missing organisation", where the record's name is wanted (a page title). */
export function missingReferenceName(t: TFunction, ref: MissingReference): string {
  return t(`lists.missing.${missingKind(ref)}.short`);
}

/**
 * The missing state as shown everywhere: a warning mark and the full sentence (not colour alone).
 * The mark is drawn by CSS with empty alternative text, so screen readers and copied text get the
 * sentence only. The title keeps the sentence at hand where a narrow table cell cuts it short.
 */
export function MissingNote({ text }: { text: string }) {
  return (
    <span className="missing-note" title={text}>
      <span className="missing-note-text">{text}</span>
    </span>
  );
}

/** A MissingNote for one missing reference. */
export function MissingReferenceNote({ missing }: { missing: MissingReference }) {
  const { t } = useTranslation();
  return <MissingNote text={missingReferenceText(t, missing)} />;
}
