/**
 * Stages that plan on the rosters: the recruitment plan (which also puts each shortlisted entity
 * on the cluster's pipeline, step 1 of the method) and the scientific reinforcement commitments
 * of a meta-cluster workshop.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addToPipeline } from '../../../db/reinforcement';
import { useWorkspace } from '../../../db/provider';
import { entriesOfKind } from '../../../db/workshop-run';
import { countryName, formatNumber } from '../../../i18n/format';
import { todayIso } from '../../../ui/today';
import { useNotifyError } from '../../../ui/useNotifyError';
import { DateInput, SelectField, TextInput } from '../../../ui/form';
import { useEntryActions } from './useEntryActions';
import { organisationLabel } from '../organisation-label';
import type { StageProps } from './ReinforcementStages';

export function RecruitmentPlanStage({ data, stage }: StageProps) {
  const { t } = useTranslation();
  const { db, repositories } = useWorkspace();
  const notifyError = useNotifyError();
  const { save, remove } = useEntryActions(data.workshop.id, stage.id);
  const [drafts, setDrafts] = useState<Record<string, { owner: string; due: string }>>({});
  const shortlist = entriesOfKind(data.entries, 'candidate-list');
  const plan = entriesOfKind(data.entries, 'recruitment-plan');
  const planned = new Set(plan.map((row) => row.entry.organisationId));
  const nameOf = (id: string) => organisationLabel(t, data, id);
  const clusterId = data.workshop.clusterId;

  async function addToPlan(organisationId: string) {
    const draft = drafts[organisationId] ?? { owner: '', due: '' };
    const saved = await save({
      kind: 'recruitment-plan',
      organisationId,
      owner: draft.owner.trim(),
      due: draft.due || null,
    });
    // The plan feeds the cluster's recruitment pipeline (step 1): the entity is "identified".
    if (saved && clusterId) {
      await addToPipeline(db, repositories, clusterId, organisationId, todayIso(), draft.owner);
    }
  }

  return (
    <section className="card capture" aria-labelledby={`capture-${stage.id}`}>
      <h3 id={`capture-${stage.id}`}>{t('runner.capture.recruitment-plan.title')}</h3>
      {shortlist.length === 0 && (
        <p className="empty-state">{t('runner.capture.recruitment-plan.noShortlist')}</p>
      )}
      <ul className="plan-rows">
        {shortlist
          .filter((row) => !planned.has(row.entry.organisationId))
          .map((row) => {
            const id = row.entry.organisationId;
            const draft = drafts[id] ?? { owner: '', due: '' };
            const name = nameOf(id);
            return (
              <li key={row.id} className="inline-form">
                <strong>{name}</strong>
                <label className="field">
                  <span>{t('runner.capture.recruitment-plan.owner')}</span>
                  <input
                    value={draft.owner}
                    maxLength={300}
                    aria-label={t('runner.capture.recruitment-plan.ownerOf', { name })}
                    onChange={(event) =>
                      setDrafts((now) => ({
                        ...now,
                        [id]: { ...draft, owner: event.target.value },
                      }))
                    }
                  />
                </label>
                <label className="field">
                  <span>{t('runner.capture.recruitment-plan.due')}</span>
                  <input
                    type="date"
                    value={draft.due}
                    aria-label={t('runner.capture.recruitment-plan.dueOf', { name })}
                    onChange={(event) =>
                      setDrafts((now) => ({ ...now, [id]: { ...draft, due: event.target.value } }))
                    }
                  />
                </label>
                <button
                  type="button"
                  className="button-primary"
                  aria-label={t('runner.capture.recruitment-plan.addNamed', { name })}
                  onClick={() => void addToPlan(id).catch(notifyError)}
                >
                  {t('runner.capture.recruitment-plan.add')}
                </button>
              </li>
            );
          })}
      </ul>
      {plan.length > 0 && (
        <table className="data-table compact">
          <caption>{t('runner.capture.recruitment-plan.planned')}</caption>
          <tbody>
            {plan.map((row) => (
              <tr key={row.id}>
                <th scope="row">{nameOf(row.entry.organisationId)}</th>
                <td>{row.entry.owner || '—'}</td>
                <td>{row.entry.due ?? '—'}</td>
                <td>
                  <button
                    type="button"
                    onClick={() => void remove(row.id, nameOf(row.entry.organisationId))}
                  >
                    {t('common.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function CommitmentsStage({ data, stage }: StageProps) {
  const { t, i18n } = useTranslation();
  const { save, remove } = useEntryActions(data.workshop.id, stage.id);
  const [clusterId, setClusterId] = useState('');
  const [text, setText] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const language = i18n.language;
  const commitments = entriesOfKind(data.entries, 'reinforcement-commitment');
  const chosen = clusterId || data.clusters[0]?.id || '';

  async function add() {
    if (!chosen || text.trim() === '') return;
    const submitted = text;
    const saved = await save({
      kind: 'reinforcement-commitment',
      clusterId: chosen,
      text: text.trim(),
      owner: owner.trim(),
      due: due || null,
    });
    if (saved) {
      setText((now) => (now === submitted ? '' : now));
      setOwner('');
      setDue('');
    }
  }

  return (
    <section className="card capture" aria-labelledby={`capture-${stage.id}`}>
      <h3 id={`capture-${stage.id}`}>{t('runner.capture.reinforcement-commitment.title')}</h3>
      <table className="data-table compact">
        <thead>
          <tr>
            <th scope="col">{t('runner.capture.readiness-snapshot.cluster')}</th>
            <th scope="col" className="numeric">
              {t('runner.capture.readiness-snapshot.knowledge')}
            </th>
            <th scope="col">{t('runner.capture.reinforcement-commitment.commitments')}</th>
          </tr>
        </thead>
        <tbody>
          {data.clusters.map((cluster) => {
            const mine = commitments.filter((row) => row.entry.clusterId === cluster.id);
            return (
              <tr key={cluster.id}>
                <th scope="row">
                  {cluster.name}{' '}
                  <span className="field-hint">{countryName(cluster.country, language)}</span>
                </th>
                <td className="numeric">
                  {formatNumber(data.gateInputs.knowledgeMembers.get(cluster.id) ?? 0, language)}
                </td>
                <td>
                  <ul className="plain-list">
                    {mine.map((row) => (
                      <li key={row.id}>
                        {row.entry.text}
                        {row.entry.owner && ` — ${row.entry.owner}`}
                        {row.entry.due && ` (${row.entry.due})`}{' '}
                        <button
                          type="button"
                          className="link"
                          onClick={() => void remove(row.id, row.entry.text)}
                        >
                          {t('common.remove')}
                        </button>
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <SelectField
          label={t('runner.capture.readiness-snapshot.cluster')}
          value={chosen}
          onChange={setClusterId}
          options={data.clusters.map((cluster) => ({ value: cluster.id, label: cluster.name }))}
        />
        <TextInput
          label={t('runner.capture.reinforcement-commitment.text')}
          wide
          value={text}
          maxLength={500}
          onChange={setText}
        />
        <TextInput
          label={t('runner.capture.recruitment-plan.owner')}
          value={owner}
          maxLength={300}
          onChange={setOwner}
        />
        <DateInput label={t('runner.capture.recruitment-plan.due')} value={due} onChange={setDue} />
        <button type="submit" className="button-primary">
          {t('runner.capture.reinforcement-commitment.add')}
        </button>
      </form>
    </section>
  );
}
