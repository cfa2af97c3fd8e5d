/** Concurrent edits that lost, in human terms, each with "keep current" and "take the other". */
import { useTranslation } from 'react-i18next';
import {
  resolveConflict,
  useOpenConflicts,
  type Author,
  type ConflictView,
} from '../../db/conflicts';
import { useWorkspace } from '../../db/provider';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useStudioStore } from '../../state/store';
import { errorText } from '../../ui/errors';
import { formatIsoDate } from '../../ui/form';
import { StaticTable, type StaticColumn } from '../../ui/table/StaticTable';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** A field's value as the user reads it: dates and numbers in their language, lists joined. */
function valueText(value: unknown, language: string): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'string' && isoDate.test(value)) return formatIsoDate(value, language);
  if (typeof value === 'number') return formatNumber(value, language);
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

const formEntity: Partial<Record<string, string>> = {
  clusters: 'cluster',
  organisations: 'organisation',
  memberships: 'membership',
  contacts: 'contact',
};

/** The field's label as the record's form shows it ("Name", "Share with"), else its key. */
function useFieldLabel(): (table: string, field: string) => string {
  const { t } = useTranslation();
  return (table, field) => {
    if (field === 'deleted') return t('exchange.deletedField');
    const generic = t(`forms.fields.${field}` as 'forms.fields.name', { defaultValue: field });
    const entity = formEntity[table];
    if (!entity) return generic;
    return t(`forms.${entity}.fields.${field}` as 'forms.fields.name', { defaultValue: generic });
  };
}

function AuthorText({ author }: { author: Author }) {
  const { t, i18n } = useTranslation();
  const at = formatDateTime(author.at, i18n.language);
  if (author.kind === 'you') return <>{t('exchange.authorYou', { at })}</>;
  if (author.kind === 'partner') {
    return (
      <>
        {t('exchange.authorPartner', {
          facilitator: author.facilitator,
          partner: author.partnerOrganisation,
          at,
        })}
      </>
    );
  }
  return <>{t('exchange.authorUnknown', { node: author.nodeId.slice(0, 8), at })}</>;
}

export function ConflictsSection() {
  const { t, i18n } = useTranslation();
  const { db, repositories } = useWorkspace();
  const notify = useStudioStore((state) => state.notify);
  const conflicts = useOpenConflicts();
  const fieldLabel = useFieldLabel();

  async function resolve(view: ConflictView, choice: 'keep' | 'take') {
    try {
      await resolveConflict(db, repositories, view.conflict, choice);
      notify({
        tone: 'success',
        message: t(choice === 'keep' ? 'exchange.keptCurrent' : 'exchange.tookOther'),
      });
    } catch (error) {
      notify({ tone: 'error', message: t('common.error', { message: errorText(t, error) }) });
    }
  }

  const columns: StaticColumn<ConflictView>[] = [
    {
      id: 'record',
      header: t('exchange.conflictColumns.record'),
      cell: (view) => (
        <>
          {t(`exchange.tables.${view.table}`)}: {view.recordName}
          {view.workshop && (
            <>
              <br />
              <span className="field-hint">
                {t('exchange.capturedAt', { workshop: view.workshop })}
              </span>
            </>
          )}
        </>
      ),
    },
    {
      id: 'field',
      header: t('exchange.conflictColumns.field'),
      cell: (view) => fieldLabel(view.table, view.conflict.field),
    },
    {
      id: 'current',
      header: t('exchange.conflictColumns.current'),
      cell: (view) => (
        <>
          <strong>{valueText(view.currentValue, i18n.language)}</strong>
          <br />
          <span className="field-hint">
            <AuthorText author={view.kept} />
          </span>
        </>
      ),
    },
    {
      id: 'other',
      header: t('exchange.conflictColumns.other'),
      cell: (view) => (
        <>
          <strong>{valueText(view.conflict.lostValue, i18n.language)}</strong>
          <br />
          <span className="field-hint">
            <AuthorText author={view.lost} />
          </span>
        </>
      ),
    },
    {
      id: 'resolve',
      header: '',
      cell: (view) => (
        <div className="wizard-actions">
          <button type="button" onClick={() => void resolve(view, 'keep')}>
            {t('exchange.keep')}
          </button>
          <button type="button" onClick={() => void resolve(view, 'take')}>
            {t('exchange.take')}
          </button>
        </div>
      ),
    },
  ];

  return (
    <section className="card" aria-labelledby="conflicts-title">
      <h2 id="conflicts-title">{t('exchange.conflictsTitle')}</h2>
      {conflicts === undefined ? null : conflicts.length === 0 ? (
        <p>{t('exchange.noConflicts')}</p>
      ) : (
        <StaticTable
          label={t('exchange.conflictsTitle')}
          columns={columns}
          rows={conflicts}
          rowKey={(view) => view.conflict.id}
          isCompact
        />
      )}
    </section>
  );
}
