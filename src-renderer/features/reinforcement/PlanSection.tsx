/**
 * The cluster's reinforcement plan: a target of knowledge entities to add by a date, progress
 * (entries that became members through the pipeline), and actions with owners and due dates —
 * the same plan rows as a reinforcement workshop's recruitment plan. Every edit is a command
 * that reads the stored plan (never the copy this page rendered).
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { initialPlan, isPlanTarget, type PlanAction } from '../../../src-core/edits';
import type { ClusterReinforcement } from '../../db/reinforcement-queries';
import { formatNumber } from '../../i18n/format';
import { CheckboxField, DateInput, NumberInput, TextInput, parseDecimal } from '../../ui/form';
import { ProgressBar } from '../../ui/ProgressBar';
import { useCommand } from '../../ui/useCommand';
import { RecruitmentPlanEditor } from '../editors/RecruitmentPlanEditor';

interface NewAction {
  readonly text: string;
  readonly owner: string;
  readonly due: string;
}

const NO_ACTION: NewAction = { text: '', owner: '', due: '' };

function TargetForm({ view }: { view: ClusterReinforcement }) {
  const { t } = useTranslation();
  const run = useCommand();
  const saved = view.plan ?? initialPlan();
  const [target, setTarget] = useState(String(saved.targetKnowledgeEntities));
  const [targetDate, setTargetDate] = useState(saved.targetDate ?? '');
  const [error, setError] = useState<string | undefined>();

  function save(event: FormEvent) {
    event.preventDefault();
    const value = parseDecimal(target);
    if (value === null || !isPlanTarget(value)) {
      setError(t('reinforcement.targetInvalid'));
      return;
    }
    setError(undefined);
    void run(
      'reinforcementPlan.setTarget',
      {
        clusterId: view.cluster.id,
        targetKnowledgeEntities: value,
        targetDate: targetDate || null,
      },
      { success: t('reinforcement.planSaved') },
    );
  }

  return (
    <form className="inline-form" onSubmit={save} noValidate>
      <NumberInput
        label={t('reinforcement.target')}
        value={target}
        error={error}
        onChange={setTarget}
      />
      <DateInput
        label={t('reinforcement.targetDate')}
        value={targetDate}
        onChange={setTargetDate}
      />
      <button type="submit">{t('reinforcement.savePlan')}</button>
    </form>
  );
}

export function PlanSection({ view }: { view: ClusterReinforcement }) {
  const { t, i18n } = useTranslation();
  const run = useCommand();
  const [draft, setDraft] = useState<NewAction>(NO_ACTION);
  const [error, setError] = useState<string | undefined>();
  const clusterId = view.cluster.id;
  const actions = view.plan?.actions ?? [];
  const recruited = view.pipeline.filter((item) => item.entry.stage === 'member').length;
  const n = (value: number) => formatNumber(value, i18n.language);

  const edit = (actionId: string, patch: Partial<Omit<PlanAction, 'id'>>) =>
    run('reinforcementPlan.editAction', { clusterId, actionId, patch });

  async function add(event: FormEvent) {
    event.preventDefault();
    if (draft.text.trim() === '') {
      setError(t('reinforcement.actionRequired'));
      return;
    }
    setError(undefined);
    const submitted = draft;
    const action = { text: draft.text.trim(), owner: draft.owner.trim(), due: draft.due || null };
    const isAdded = await run(
      'reinforcementPlan.addAction',
      { clusterId, action },
      { success: t('reinforcement.actionAdded') },
    );
    if (isAdded) setDraft((now) => (now === submitted ? NO_ACTION : now));
  }

  return (
    <section className="card" aria-labelledby="plan-title">
      <h2 id="plan-title">{t('reinforcement.planTitle')}</h2>
      <TargetForm key={view.plan?.id ?? 'new'} view={view} />
      {view.plan && (
        <ProgressBar
          label={t('reinforcement.progressOf', {
            recruited: n(recruited),
            target: n(view.plan.targetKnowledgeEntities),
          })}
          value={recruited}
          max={Math.max(1, view.plan.targetKnowledgeEntities)}
        />
      )}
      <h3>{t('reinforcement.actionsTitle')}</h3>
      {actions.length === 0 ? (
        <p>{t('reinforcement.noActions')}</p>
      ) : (
        <>
          <p className="field-hint">{t('reinforcement.actionsHint')}</p>
          <RecruitmentPlanEditor
            label={t('reinforcement.actionsTitle')}
            nameHeader={t('reinforcement.action')}
            rows={actions.map((action) => ({ ...action, name: action.text }))}
            onEdit={(row, patch) => edit(row.id, patch)}
            renderName={(row) => (
              <CheckboxField
                label={row.text}
                checked={row.done}
                onChange={(done) => void edit(row.id, { done })}
              />
            )}
            actionHeader={t('common.remove')}
            action={(row) => (
              <button
                type="button"
                className="link"
                onClick={() =>
                  void run(
                    'reinforcementPlan.removeAction',
                    { clusterId, actionId: row.id },
                    { success: t('reinforcement.actionRemoved') },
                  )
                }
              >
                {t('common.remove')}
                <span className="visually-hidden"> {row.text}</span>
              </button>
            )}
          />
        </>
      )}
      <form className="inline-form" onSubmit={(event) => void add(event)} noValidate>
        <TextInput
          wide
          required
          label={t('reinforcement.newAction')}
          value={draft.text}
          maxLength={300}
          error={error}
          onChange={(text) => setDraft((now) => ({ ...now, text }))}
        />
        <TextInput
          label={t('reinforcement.owner')}
          value={draft.owner}
          maxLength={120}
          onChange={(owner) => setDraft((now) => ({ ...now, owner }))}
        />
        <DateInput
          label={t('reinforcement.due')}
          value={draft.due}
          onChange={(due) => setDraft((now) => ({ ...now, due }))}
        />
        <button type="submit">{t('reinforcement.addAction')}</button>
      </form>
    </section>
  );
}
