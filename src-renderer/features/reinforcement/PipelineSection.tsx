/**
 * The recruitment pipeline of one cluster: a board (one column per stage) or a table; each entry
 * moves along with a dated move ("declined" asks why; "member" puts the organisation on the
 * roster), logs calls, visits, e-mails and events, and keeps a next step whose due date turns red
 * when passed. A funnel chart counts how many entries reached each stage.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  activityKinds,
  recruitmentStages,
  type ActivityKind,
  type RecruitmentStage,
} from '../../../src-core/model/enums';
import { hrefOf } from '../../routing/router';
import { useWorkspace } from '../../db/provider';
import { logActivity, moveStage, setNextStep } from '../../db/reinforcement';
import type { ClusterReinforcement, PipelineItem } from '../../db/reinforcement-queries';
import {
  DateInput,
  SelectField,
  TextArea,
  TextInput,
  clearIfUnchanged,
  enumOptions,
  formatIsoDate as formatDate,
} from '../../ui/form';
import { useStudioStore } from '../../state/store';
import { errorText } from '../../ui/errors';
import { useNotifyError } from '../../ui/useNotifyError';
import { HorizontalBarChart } from '../../ui/charts/HorizontalBarChart';
import { todayIso } from '../../ui/today';

const CLOSED: ReadonlySet<RecruitmentStage> = new Set(['member', 'declined']);

function isOverdue(item: PipelineItem, today: string): boolean {
  const due = item.entry.nextStepDue;
  return due !== null && due < today && !CLOSED.has(item.entry.stage);
}

function MoveForm({ item }: { item: PipelineItem }) {
  const { t } = useTranslation();
  const { db, repositories } = useWorkspace();
  const notify = useStudioStore((state) => state.notify);
  const [stage, setStage] = useState<RecruitmentStage>(item.entry.stage);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const name = item.organisation?.name ?? '';

  async function move(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await moveStage(db, repositories, item.entry.id, stage, todayIso(), reason);
      notify({
        tone: 'success',
        message: t(stage === 'member' ? 'reinforcement.becameMember' : 'reinforcement.moved', {
          name,
          stage: t(`reinforcement.stages.${stage}`),
        }),
      });
      clearIfUnchanged(setReason, reason);
    } catch (failure) {
      setError(errorText(t, failure));
    }
  }

  return (
    <form className="move-form" onSubmit={(event) => void move(event)}>
      <SelectField
        hideLabel
        label={t('reinforcement.moveToNamed', { name })}
        value={stage}
        options={enumOptions(recruitmentStages, (option) => t(`reinforcement.stages.${option}`))}
        onChange={(next) => setStage(next as RecruitmentStage)}
      />
      {stage === 'declined' && (
        <TextInput
          label={t('reinforcement.declineReason')}
          value={reason}
          maxLength={300}
          onChange={setReason}
        />
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={stage === item.entry.stage}>
        {t('reinforcement.move')}
      </button>
    </form>
  );
}

function ActivityForm({ item }: { item: PipelineItem }) {
  const { t } = useTranslation();
  const { repositories } = useWorkspace();
  const failed = useNotifyError();
  const [kind, setKind] = useState<ActivityKind>('call');
  const [date, setDate] = useState(todayIso());
  const [notes, setNotes] = useState('');
  const [nextStep, setNext] = useState(item.entry.nextStep);
  const [due, setDue] = useState(item.entry.nextStepDue ?? '');

  async function log(event: FormEvent) {
    event.preventDefault();
    try {
      await logActivity(repositories, item.entry.id, kind, date, notes);
      clearIfUnchanged(setNotes, notes);
    } catch (failure) {
      failed(failure);
    }
  }

  async function saveNext(event: FormEvent) {
    event.preventDefault();
    try {
      await setNextStep(repositories, item.entry.id, nextStep, due === '' ? null : due);
    } catch (failure) {
      failed(failure);
    }
  }

  return (
    <>
      <form className="inline-form stacked" onSubmit={(event) => void saveNext(event)}>
        <TextInput
          label={t('reinforcement.nextStep')}
          value={nextStep}
          maxLength={300}
          onChange={setNext}
        />
        <DateInput label={t('reinforcement.due')} value={due} onChange={setDue} />
        <button type="submit">{t('reinforcement.saveNextStep')}</button>
      </form>
      <form className="inline-form stacked" onSubmit={(event) => void log(event)}>
        <SelectField
          label={t('reinforcement.activityKind')}
          value={kind}
          options={enumOptions(activityKinds, (option) =>
            t(`reinforcement.activityKinds.${option}`),
          )}
          onChange={(next) => setKind(next as ActivityKind)}
        />
        <DateInput label={t('reinforcement.activityDate')} value={date} onChange={setDate} />
        <TextArea
          wide
          label={t('reinforcement.activityNotes')}
          value={notes}
          maxLength={1000}
          onChange={setNotes}
        />
        <button type="submit">{t('reinforcement.logActivity')}</button>
      </form>
    </>
  );
}

function EntryCard({ item, today }: { item: PipelineItem; today: string }) {
  const { t, i18n } = useTranslation();
  const name = item.organisation?.name ?? item.entry.organisationId;
  const last = item.entry.moves.at(-1);
  return (
    <article
      className={`pipeline-card${isOverdue(item, today) ? ' overdue' : ''}`}
      aria-label={name}
    >
      <h4>
        <a href={hrefOf('organisations', item.entry.organisationId)}>{name}</a>
      </h4>
      {last && (
        <p className="field-hint">
          {t('reinforcement.since', { date: formatDate(last.date, i18n.language) })}
        </p>
      )}
      {item.entry.stage === 'declined' && item.entry.declineReason && (
        <p>{t('reinforcement.declinedBecause', { reason: item.entry.declineReason })}</p>
      )}
      {item.entry.nextStep && (
        <p data-testid="next-step">
          {item.entry.nextStepDue
            ? t('reinforcement.nextStepDue', {
                step: item.entry.nextStep,
                date: formatDate(item.entry.nextStepDue, i18n.language),
              })
            : item.entry.nextStep}
          {isOverdue(item, today) && (
            <strong className="overdue-label"> {t('reinforcement.overdue')}</strong>
          )}
        </p>
      )}
      <MoveForm item={item} />
      <details>
        <summary>{t('reinforcement.activitiesSummary', { count: item.activities.length })}</summary>
        <ul className="activity-list">
          {item.activities.map((activity) => (
            <li key={activity.id}>
              {formatDate(activity.date, i18n.language)} —{' '}
              {t(`reinforcement.activityKinds.${activity.kind}`)}
              {activity.notes ? `: ${activity.notes}` : ''}
            </li>
          ))}
        </ul>
        <ActivityForm item={item} />
      </details>
    </article>
  );
}

function FunnelChart({ pipeline }: { pipeline: readonly PipelineItem[] }) {
  const { t } = useTranslation();
  const reached = (stage: RecruitmentStage) =>
    pipeline.filter((item) => item.entry.moves.some((move) => move.stage === stage)).length;
  return (
    <HorizontalBarChart
      caption={t('reinforcement.funnelTitle')}
      rowHeader={t('reinforcement.stageColumn')}
      rows={recruitmentStages.map((stage) => ({
        id: stage,
        label: t(`reinforcement.stages.${stage}`),
        values: { count: reached(stage) },
      }))}
      series={[{ key: 'count', label: t('reinforcement.funnelCount'), colour: '#0b6e8a' }]}
      labelShare={0.2}
    />
  );
}

export function PipelineSection({ view }: { view: ClusterReinforcement }) {
  const { t, i18n } = useTranslation();
  const [layout, setLayout] = useState<'board' | 'table'>('board');
  const today = todayIso();
  const { pipeline } = view;
  return (
    <section className="card" aria-labelledby="pipeline-title">
      <div className="card-header">
        <h2 id="pipeline-title">{t('reinforcement.pipelineTitle')}</h2>
        <div role="group" aria-label={t('reinforcement.layout')} className="segmented">
          {(['board', 'table'] as const).map((option) => (
            <button
              key={option}
              type="button"
              aria-pressed={layout === option}
              onClick={() => setLayout(option)}
            >
              {t(`reinforcement.layouts.${option}`)}
            </button>
          ))}
        </div>
      </div>
      {pipeline.length === 0 ? (
        <p>{t('reinforcement.pipelineEmpty')}</p>
      ) : layout === 'board' ? (
        <div className="pipeline-board">
          {recruitmentStages.map((stage) => {
            const items = pipeline.filter((item) => item.entry.stage === stage);
            return (
              <section
                key={stage}
                className="pipeline-column"
                aria-label={t(`reinforcement.stages.${stage}`)}
              >
                <h3>
                  {t(`reinforcement.stages.${stage}`)} <span className="count">{items.length}</span>
                </h3>
                {items.map((item) => (
                  <EntryCard key={item.entry.id} item={item} today={today} />
                ))}
              </section>
            );
          })}
        </div>
      ) : (
        <table className="data-table compact" aria-labelledby="pipeline-title">
          <thead>
            <tr>
              <th scope="col">{t('reinforcement.candidateColumns.name')}</th>
              <th scope="col">{t('reinforcement.stageColumn')}</th>
              <th scope="col">{t('reinforcement.nextStep')}</th>
              <th scope="col">{t('reinforcement.due')}</th>
            </tr>
          </thead>
          <tbody>
            {pipeline.map((item) => (
              <tr key={item.entry.id} className={isOverdue(item, today) ? 'overdue' : undefined}>
                <th scope="row">{item.organisation?.name ?? item.entry.organisationId}</th>
                <td>{t(`reinforcement.stages.${item.entry.stage}`)}</td>
                <td>{item.entry.nextStep}</td>
                <td>
                  {item.entry.nextStepDue ? formatDate(item.entry.nextStepDue, i18n.language) : ''}
                  {isOverdue(item, today) && ` ${t('reinforcement.overdue')}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pipeline.length > 0 && <FunnelChart pipeline={pipeline} />}
    </section>
  );
}
