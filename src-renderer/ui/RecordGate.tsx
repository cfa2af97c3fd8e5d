/**
 * What a record's page shows before the record itself: loading, not found (with the way back),
 * or deleted (with Restore where the page offers it). Renders `children` only for a live record.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from './Loading';

interface RecordGateProps<T> {
  /** undefined while loading, null when there is no such record. */
  readonly value: T | null | undefined;
  readonly isDeleted: (value: T) => boolean;
  /** The deleted record's name, shown as the page title. */
  readonly nameOf: (value: T) => string;
  readonly back: { readonly href: string; readonly label: string };
  readonly notFoundText: string;
  /** What a deleted record's page says (default: the generic "This record was deleted."). */
  readonly deletedText?: { readonly title: string; readonly body: string };
  readonly onRestore?: (value: T) => void;
  readonly children: (value: T) => ReactNode;
}

export function RecordGate<T>(props: RecordGateProps<T>) {
  const { t } = useTranslation();
  const { value, back } = props;
  if (value === undefined) return <Loading className="page" />;
  const backLink = (
    <a className="button" href={back.href}>
      {back.label}
    </a>
  );
  if (value === null)
    return (
      <section className="page record-state" aria-labelledby="not-found-title">
        <h1 id="not-found-title">{t('forms.states.notFoundTitle')}</h1>
        <p>{props.notFoundText}</p>
        {backLink}
      </section>
    );
  if (props.isDeleted(value))
    return (
      <section className="page record-state" aria-labelledby="deleted-title">
        <h1 id="deleted-title">{props.nameOf(value)}</h1>
        <p className="form-note" role="status">
          <strong>{props.deletedText?.title ?? t('forms.states.deletedTitle')}</strong>{' '}
          {props.deletedText?.body ?? t('forms.states.deletedBody')}
        </p>
        <div className="form-actions">
          {props.onRestore && (
            <button
              type="button"
              className="button-primary"
              onClick={() => props.onRestore?.(value)}
            >
              {t('forms.actions.restore')}
            </button>
          )}
          {backLink}
        </div>
      </section>
    );
  return <>{props.children(value)}</>;
}
