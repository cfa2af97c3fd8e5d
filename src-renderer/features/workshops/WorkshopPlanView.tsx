/**
 * Plan a workshop (the Plan tab): the agenda from its method with planned times from the start time; reorder,
 * shorten or skip stages (a skip asks for a reason), totals recomputed; facilitators and the
 * room's languages. Every change is saved at once (and travels with the next package).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  agendaProblems,
  methodText,
  moveAgendaItem,
  planAgenda,
  stagesOf,
  type AgendaItem,
} from '../../../src-core/method';
import type { WorkshopFields, WorkshopRecord } from '../../../src-core/model/entities';
import { useWorkspace } from '../../db/provider';
import { builtinMethod } from '../../db/workshops';
import { formatNumber } from '../../i18n/format';
import { useNotifyError } from '../../ui/useNotifyError';

/** "2 h 15 min" style, through Intl. */
function durationText(minutes: number, language: string): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const unit = (value: number, name: 'hour' | 'minute') =>
    new Intl.NumberFormat(language, { style: 'unit', unit: name, unitDisplay: 'short' }).format(
      value,
    );
  return hours > 0
    ? `${unit(hours, 'hour')} ${rest > 0 ? unit(rest, 'minute') : ''}`.trim()
    : unit(rest, 'minute');
}

export function WorkshopPlanView({ workshop }: { workshop: WorkshopRecord }) {
  const { t, i18n } = useTranslation();
  const { repositories } = useWorkspace();
  const notifyError = useNotifyError();
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const id = workshop.id;
  const stages = stagesOf(builtinMethod, workshop.kind);
  const plan = planAgenda(stages, workshop.agenda, workshop.startTime);
  const problems = agendaProblems(stages, workshop.agenda);
  const language = i18n.language;

  async function save(patch: Partial<WorkshopFields>) {
    try {
      await repositories.workshops.update(id, patch);
    } catch (error) {
      notifyError(error);
    }
  }
  const saveAgenda = (agenda: AgendaItem[]) => save({ agenda });
  const change = (stageId: string, patch: Partial<AgendaItem>) =>
    saveAgenda(
      workshop.agenda.map((item) => (item.stageId === stageId ? { ...item, ...patch } : item)),
    );

  return (
    <>
      <p className="page-intro">
        {t('workshops.method', {
          method: methodText(builtinMethod.title, language),
          version: workshop.methodVersion,
        })}
      </p>
      <section className="card" aria-labelledby="plan-settings-title">
        <h2 id="plan-settings-title">{t('workshops.settingsTitle')}</h2>
        <div className="inline-form">
          <label className="field">
            <span>{t('workshops.startTime')}</span>
            <input
              type="time"
              value={workshop.startTime}
              onChange={(event) =>
                event.target.value && void save({ startTime: event.target.value })
              }
            />
          </label>
          <label className="field">
            <span>{t('workshops.facilitators')}</span>
            <input
              defaultValue={workshop.facilitators.join(', ')}
              onBlur={(event) =>
                void save({
                  facilitators: event.target.value
                    .split(',')
                    .map((name) => name.trim())
                    .filter(Boolean),
                })
              }
            />
          </label>
          <label className="field">
            <span>{t('workshops.languages')}</span>
            <input
              defaultValue={workshop.languages.join(', ')}
              placeholder="en, fr, ar"
              onBlur={(event) =>
                void save({
                  languages: event.target.value
                    .split(',')
                    .map((tag) => tag.trim().toLowerCase())
                    .filter((tag) => /^[a-z]{2,3}$/.test(tag)),
                })
              }
            />
          </label>
        </div>
      </section>
      <section className="card" aria-labelledby="agenda-title">
        <h2 id="agenda-title">{t('workshops.agendaTitle')}</h2>
        <p data-testid="agenda-total">
          {t('workshops.total', {
            duration: durationText(plan.totalMinutes, language),
            start: workshop.startTime,
            end: plan.end,
          })}
        </p>
        {problems.length > 0 && (
          <ul className="form-error" role="alert">
            {problems.map((problem) => (
              <li key={`${problem.kind}-${problem.stageId}`}>
                {t(`workshops.problems.${problem.kind}`, {
                  stage: stages.find((s) => s.id === problem.stageId)?.code ?? problem.stageId,
                })}
              </li>
            ))}
          </ul>
        )}
        <table className="data-table compact" aria-labelledby="agenda-title">
          <thead>
            <tr>
              <th scope="col">{t('workshops.columns.time')}</th>
              <th scope="col">{t('workshops.columns.stage')}</th>
              <th scope="col" className="numeric">
                {t('workshops.columns.minutes')}
              </th>
              <th scope="col">{t('workshops.columns.skip')}</th>
              <th scope="col">{t('workshops.columns.order')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.stages.map(({ stage, item, start, end }, index) => {
              const title = `${stage.code} ${methodText(stage.title, language)}`;
              return (
                <tr key={stage.id} className={item.skipped ? 'skipped' : undefined}>
                  <td>{item.skipped ? t('workshops.skipped') : `${start}–${end}`}</td>
                  <th scope="row">
                    {title}
                    <br />
                    <span className="field-hint">{methodText(stage.purpose, language)}</span>
                  </th>
                  <td className="numeric">
                    <input
                      key={`${stage.id}-${item.minutes}`}
                      type="number"
                      min={5}
                      max={480}
                      step={5}
                      aria-label={t('workshops.minutesOf', { stage: title })}
                      defaultValue={item.minutes}
                      onBlur={(event) => {
                        const minutes = Number(event.target.value);
                        if (Number.isInteger(minutes) && minutes >= 5 && minutes <= 480) {
                          if (minutes !== item.minutes) void change(stage.id, { minutes });
                        } else {
                          event.target.value = String(item.minutes);
                        }
                      }}
                      onKeyDown={(event) => {
                        if (event.key === 'Enter') event.currentTarget.blur();
                      }}
                    />
                  </td>
                  <td>
                    <label className="checkbox">
                      <input
                        key={`${stage.id}-${String(item.skipped)}`}
                        type="checkbox"
                        defaultChecked={item.skipped}
                        aria-label={t('workshops.skipStage', { stage: title })}
                        onChange={(event) =>
                          void change(stage.id, {
                            skipped: event.target.checked,
                            skipReason: event.target.checked ? (reasons[stage.id] ?? '') : '',
                          })
                        }
                      />
                    </label>
                    {item.skipped && (
                      <input
                        aria-label={t('workshops.skipReasonFor', { stage: title })}
                        placeholder={t('workshops.skipReason')}
                        defaultValue={item.skipReason}
                        onBlur={(event) => {
                          setReasons((now) => ({ ...now, [stage.id]: event.target.value }));
                          void change(stage.id, { skipReason: event.target.value.trim() });
                        }}
                      />
                    )}
                  </td>
                  <td>
                    <button
                      type="button"
                      disabled={index === 0}
                      aria-label={t('workshops.earlier', { stage: title })}
                      onClick={() =>
                        void saveAgenda(moveAgendaItem(workshop.agenda, index, index - 1))
                      }
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      disabled={index === plan.stages.length - 1}
                      aria-label={t('workshops.later', { stage: title })}
                      onClick={() =>
                        void saveAgenda(moveAgendaItem(workshop.agenda, index, index + 1))
                      }
                    >
                      ↓
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <p className="field-hint">
          {t('workshops.stageCount', {
            count: plan.stages.length,
            n: formatNumber(plan.stages.filter((s) => !s.item.skipped).length, language),
          })}
        </p>
      </section>
    </>
  );
}
