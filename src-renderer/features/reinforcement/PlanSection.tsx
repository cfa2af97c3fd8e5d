/**
 * The cluster's reinforcement plan: a target of knowledge entities to add by a date, progress
 * (entries that became members through the pipeline), and actions with owners and due dates.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReinforcementPlanFields } from '../../../src-core/model/entities';
import { newRecordId } from '../../../src-core/model/ids';
import { useWorkspace } from '../../db/provider';
import { savePlan } from '../../db/reinforcement';
import type { ClusterReinforcement } from '../../db/reinforcement-queries';
import { formatNumber } from '../../i18n/format';
import { useStudioStore } from '../../state/store';
import { errorText } from '../../ui/errors';
import { ProgressBar } from '../../ui/ProgressBar';

type Plan = Omit<ReinforcementPlanFields, 'clusterId'>;

export function PlanSection({ view }: { view: ClusterReinforcement }) {
  const { t, i18n } = useTranslation();
  const { db, repositories } = useWorkspace();
  const notify = useStudioStore((state) => state.notify);
  const saved: Plan = view.plan ?? { targetKnowledgeEntities: 3, targetDate: null, actions: [] };
  const [target, setTarget] = useState(String(saved.targetKnowledgeEntities));
  const [targetDate, setTargetDate] = useState(saved.targetDate ?? '');
  const [action, setAction] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const recruited = view.pipeline.filter((item) => item.entry.stage === 'member').length;
  const n = (value: number) => formatNumber(value, i18n.language);

  async function store(plan: Plan, message: string) {
    setError(null);
    try {
      await savePlan(db, repositories, view.cluster.id, plan);
      notify({ tone: 'success', message });
    } catch (failure) {
      setError(errorText(t, failure));
    }
  }

  function saveTarget(event: FormEvent) {
    event.preventDefault();
    const value = Number(target);
    if (!Number.isInteger(value) || value < 0 || value > 100) {
      setError(t('reinforcement.targetInvalid'));
      return;
    }
    void store(
      {
        ...saved,
        targetKnowledgeEntities: value,
        targetDate: targetDate === '' ? null : targetDate,
      },
      t('reinforcement.planSaved'),
    );
  }

  function addAction(event: FormEvent) {
    event.preventDefault();
    if (action.trim() === '') {
      setError(t('reinforcement.actionRequired'));
      return;
    }
    const next = {
      id: newRecordId().slice(-12),
      text: action.trim(),
      owner: owner.trim(),
      due: due === '' ? null : due,
      done: false,
    };
    void store(
      { ...saved, actions: [...saved.actions, next] },
      t('reinforcement.actionAdded'),
    ).then(() => {
      setAction('');
      setOwner('');
      setDue('');
    });
  }

  function toggle(id: string, done: boolean) {
    void store(
      { ...saved, actions: saved.actions.map((a) => (a.id === id ? { ...a, done } : a)) },
      t('reinforcement.planSaved'),
    );
  }

  return (
    <section className="card" aria-labelledby="plan-title">
      <h2 id="plan-title">{t('reinforcement.planTitle')}</h2>
      <form className="inline-form" onSubmit={saveTarget}>
        <label className="field">
          <span>{t('reinforcement.target')}</span>
          <input
            type="number"
            min={0}
            max={100}
            value={target}
            onChange={(event) => setTarget(event.target.value)}
          />
        </label>
        <label className="field">
          <span>{t('reinforcement.targetDate')}</span>
          <input
            type="date"
            value={targetDate}
            onChange={(event) => setTargetDate(event.target.value)}
          />
        </label>
        <button type="submit">{t('reinforcement.savePlan')}</button>
      </form>
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
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <h3>{t('reinforcement.actionsTitle')}</h3>
      {saved.actions.length === 0 ? (
        <p>{t('reinforcement.noActions')}</p>
      ) : (
        <ul className="plan-actions">
          {saved.actions.map((item) => (
            <li key={item.id}>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={item.done}
                  onChange={(event) => toggle(item.id, event.target.checked)}
                />
                {item.text}
                {item.owner && ` — ${item.owner}`}
                {item.due && ` (${item.due})`}
              </label>
            </li>
          ))}
        </ul>
      )}
      <form className="inline-form" onSubmit={addAction}>
        <label className="field">
          <span>{t('reinforcement.action')}</span>
          <input value={action} onChange={(event) => setAction(event.target.value)} />
        </label>
        <label className="field">
          <span>{t('reinforcement.owner')}</span>
          <input value={owner} onChange={(event) => setOwner(event.target.value)} />
        </label>
        <label className="field">
          <span>{t('reinforcement.due')}</span>
          <input type="date" value={due} onChange={(event) => setDue(event.target.value)} />
        </label>
        <button type="submit">{t('reinforcement.addAction')}</button>
      </form>
    </section>
  );
}
