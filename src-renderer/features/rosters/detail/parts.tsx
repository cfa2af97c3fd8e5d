/**
 * Pieces every record page shares: loading / not-found / deleted states, the header with its
 * actions, the field list, and deleting with Undo (deletion is a flag, so Undo is a restore).
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefOf, navigate } from '../../../routing/router';
import { useWorkspace } from '../../../db/provider';
import { useStudioStore } from '../../../state/store';
import { errorText } from '../../../ui/errors';
import { RecordGate } from '../../../ui/RecordGate';
import './detail.css';

/** The record sections: each is also the name of its table. */
export type RecordSection = 'clusters' | 'organisations' | 'memberships' | 'contacts';

/**
 * A roster record's page before the record itself (loading, not found, deleted with Restore):
 * the kit's RecordGate with the section's wording and way back.
 */
export function RosterRecordGate<T>({
  section,
  id,
  value,
  isDeleted,
  nameOf,
  children,
}: {
  section: RecordSection;
  id: string;
  value: T | null | undefined;
  isDeleted: (value: T) => boolean;
  nameOf: (value: T) => string;
  children: (value: T) => ReactNode;
}) {
  const { t } = useTranslation();
  const restore = useRestoreRecord(section);
  return (
    <RecordGate
      value={value}
      isDeleted={isDeleted}
      nameOf={nameOf}
      back={{ href: hrefOf(section), label: t(`forms.states.backTo.${section}`) }}
      notFoundText={t(`forms.states.notFound.${section}`)}
      onRestore={(record) => void restore(id, nameOf(record))}
    >
      {children}
    </RecordGate>
  );
}

export function RecordHeader({
  title,
  kind,
  children,
}: {
  title: string;
  /** What the record is ("Cluster"), shown above the title. */
  kind: string;
  /** Action buttons and links. */
  children?: ReactNode;
}) {
  return (
    <header className="record-header">
      <div>
        <p className="record-kind">{kind}</p>
        <h1 id="record-title">
          <bdi>{title}</bdi>
        </h1>
      </div>
      {children && <div className="record-actions">{children}</div>}
    </header>
  );
}

/** A definition list of a record's fields. */
export function DetailList({ children }: { children: ReactNode }) {
  return <dl className="detail-list">{children}</dl>;
}

export function DetailItem({
  label,
  children,
  wide,
}: {
  label: string;
  children: ReactNode;
  wide?: boolean;
}) {
  const { t } = useTranslation();
  const isEmpty =
    children === null ||
    children === undefined ||
    children === '' ||
    (Array.isArray(children) && children.length === 0);
  return (
    <div className={wide ? 'detail-item detail-wide' : 'detail-item'}>
      <dt>{label}</dt>
      <dd>{isEmpty ? <span className="detail-empty">{t('forms.states.none')}</span> : children}</dd>
    </div>
  );
}

/** Restores a deleted record and says so. */
export function useRestoreRecord(section: RecordSection) {
  const { t } = useTranslation();
  const { repositories } = useWorkspace();
  const notify = useStudioStore((state) => state.notify);
  return async (id: string, name: string) => {
    try {
      await repositories[section].restore(id);
      notify({ tone: 'success', message: t('forms.notices.restored', { name }) });
    } catch (error) {
      notify({ tone: 'error', message: t('common.error', { message: errorText(t, error) }) });
    }
  };
}

/**
 * Deletes a record (a clocked `deleted` flag, so partners learn of it), goes back to the list and
 * offers Undo, which restores the record and opens it again.
 */
export function useDeleteRecord(section: RecordSection) {
  const { t } = useTranslation();
  const { repositories } = useWorkspace();
  const notify = useStudioStore((state) => state.notify);
  const restore = useRestoreRecord(section);
  return async (id: string, name: string) => {
    try {
      await repositories[section].remove(id);
    } catch (error) {
      notify({ tone: 'error', message: t('common.error', { message: errorText(t, error) }) });
      return;
    }
    navigate(section);
    notify({
      tone: 'info',
      message: t('forms.notices.deleted', { name }),
      action: {
        label: t('common.undo'),
        run: () => {
          void restore(id, name).then(() => navigate(section, id));
        },
      },
    });
  };
}

/** A link to a record's page. */
export function RecordLink({
  section,
  id,
  children,
}: {
  section: RecordSection;
  id: string;
  children: ReactNode;
}) {
  return <a href={hrefOf(section, id)}>{children}</a>;
}

/** Edit and Delete (with Undo) for a record page; Edit is left out where editing is not allowed. */
export function EditDeleteActions({
  section,
  id,
  name,
  canEdit = true,
}: {
  section: RecordSection;
  id: string;
  name: string;
  canEdit?: boolean;
}) {
  const { t } = useTranslation();
  const remove = useDeleteRecord(section);
  return (
    <>
      {canEdit && (
        <a className="button" href={hrefOf(section, id, 'edit')}>
          {t('forms.actions.edit')}
        </a>
      )}
      <button type="button" className="button-danger" onClick={() => void remove(id, name)}>
        {t('forms.actions.delete')}
      </button>
    </>
  );
}
