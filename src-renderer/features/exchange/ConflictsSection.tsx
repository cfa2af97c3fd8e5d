/** Concurrent edits that lost, in human terms, each with "keep current" and "take the other". */
import { useTranslation } from 'react-i18next';
import { resolveConflict, useOpenConflicts, type Author } from '../../db/conflicts';
import { useWorkspace } from '../../db/provider';
import { formatDateTime } from '../../i18n/format';
import { useStudioStore } from '../../state/store';
import { errorText } from '../../ui/errors';

function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.join(', ');
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
  const { t } = useTranslation();
  const { db, repositories } = useWorkspace();
  const notify = useStudioStore((state) => state.notify);
  const conflicts = useOpenConflicts();
  const fieldLabel = useFieldLabel();

  async function resolve(index: number, choice: 'keep' | 'take') {
    const view = conflicts?.[index];
    if (!view) return;
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

  return (
    <section className="card" aria-labelledby="conflicts-title">
      <h2 id="conflicts-title">{t('exchange.conflictsTitle')}</h2>
      {conflicts === undefined ? null : conflicts.length === 0 ? (
        <p>{t('exchange.noConflicts')}</p>
      ) : (
        <table className="data-table compact" aria-labelledby="conflicts-title">
          <thead>
            <tr>
              <th scope="col">{t('exchange.conflictColumns.record')}</th>
              <th scope="col">{t('exchange.conflictColumns.field')}</th>
              <th scope="col">{t('exchange.conflictColumns.current')}</th>
              <th scope="col">{t('exchange.conflictColumns.other')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {conflicts.map((view, index) => (
              <tr key={view.conflict.id}>
                <td>
                  {t(`exchange.tables.${view.table}`)}: {view.recordName}
                  {view.workshop && (
                    <>
                      <br />
                      <span className="field-hint">
                        {t('exchange.capturedAt', { workshop: view.workshop })}
                      </span>
                    </>
                  )}
                </td>
                <td>{fieldLabel(view.table, view.conflict.field)}</td>
                <td>
                  <strong>{valueText(view.currentValue)}</strong>
                  <br />
                  <span className="field-hint">
                    <AuthorText author={view.kept} />
                  </span>
                </td>
                <td>
                  <strong>{valueText(view.conflict.lostValue)}</strong>
                  <br />
                  <span className="field-hint">
                    <AuthorText author={view.lost} />
                  </span>
                </td>
                <td>
                  <div className="wizard-actions">
                    <button type="button" onClick={() => void resolve(index, 'keep')}>
                      {t('exchange.keep')}
                    </button>
                    <button type="button" onClick={() => void resolve(index, 'take')}>
                      {t('exchange.take')}
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
