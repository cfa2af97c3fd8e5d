/**
 * A workshop's agenda (on the Plan tab): the method's stages with planned times from the start
 * time, breaks between them; time boxes, skips (with a reason), moves and breaks are commands that
 * read the stored agenda and change one item by its id — two quick edits both land.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  agendaProblems,
  methodText,
  planAgenda,
  stagesOf,
  type PlannedItem,
} from '../../../src-core/method';
import type { WorkshopRecord } from '../../../src-core/model/entities';
import { durationText, formatClockTime } from '../../../src-core/workshop/plan-edits';
import { useWorkspace } from '../../db/provider';
import { builtinMethod } from '../../db/workshops';
import { formatNumber } from '../../i18n/format';
import {
  CheckboxField,
  Field,
  NumberInput,
  TextInput,
  parseDecimal,
  useFieldIds,
} from '../../ui/form';
import { StaticTable } from '../../ui/table/StaticTable';
import { useCommand } from '../../ui/useCommand';
import { useNotifyError } from '../../ui/useNotifyError';

const BREAK_MINUTES = 15;

export function AgendaCard({ workshop }: { workshop: WorkshopRecord }) {
  const { t, i18n } = useTranslation();
  const { repositories } = useWorkspace();
  const notifyError = useNotifyError();
  const run = useCommand();
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [minuteErrors, setMinuteErrors] = useState<Record<string, string>>({});
  const startIds = useFieldIds({ label: t('workshops.startTime') });
  const id = workshop.id;
  const stages = stagesOf(builtinMethod, workshop.kind);
  const plan = planAgenda(stages, workshop.agenda, workshop.startTime);
  const problems = agendaProblems(stages, workshop.agenda);
  const language = i18n.language;
  const clock = (time: string) => formatClockTime(workshop.date, time, language);
  const titleOf = (row: PlannedItem) =>
    row.kind === 'stage'
      ? `${row.stage.code} ${methodText(row.stage.title, language)}`
      : t('workshops.breakTitle');
  const edit = (
    stageId: string,
    patch: { minutes?: number; skipped?: boolean; skipReason?: string },
  ) => run('agenda.edit', { id, stageId, patch });

  /** A time box of 5 to 480 whole minutes is saved; anything else stays typed, with the reason. */
  function commitMinutes(stageId: string, text: string): Promise<boolean> | false {
    const minutes = parseDecimal(text);
    const isValid = minutes !== null && Number.isInteger(minutes) && minutes >= 5 && minutes <= 480;
    setMinuteErrors((now) => ({ ...now, [stageId]: isValid ? '' : t('workshops.minutesInvalid') }));
    return isValid && edit(stageId, { minutes });
  }

  async function saveStart(startTime: string) {
    try {
      await repositories.workshops.change(id, () => ({ startTime }));
    } catch (error) {
      notifyError(error);
    }
  }

  return (
    <section className="card" aria-labelledby="agenda-title">
      <h2 id="agenda-title">{t('workshops.agendaTitle')}</h2>
      <div className="inline-form agenda-start">
        {/* The kit has no clock-time control yet: the browser's own, in the kit's field frame. */}
        <Field label={t('workshops.startTime')} ids={startIds}>
          <input
            {...startIds.control}
            type="time"
            value={workshop.startTime}
            onChange={(event) => event.target.value && void saveStart(event.target.value)}
          />
        </Field>
        <p data-testid="agenda-total">
          {t('workshops.total', {
            duration: durationText(plan.totalMinutes, language),
            start: clock(workshop.startTime),
            end: clock(plan.end),
          })}
        </p>
      </div>
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
      <StaticTable
        label={t('workshops.agendaTitle')}
        isCompact
        rows={plan.items}
        rowKey={(row) => row.item.stageId}
        columns={[
          {
            id: 'stage',
            header: t('workshops.columns.stage'),
            cell: (row) =>
              row.kind === 'stage' ? (
                <>
                  {titleOf(row)}
                  <br />
                  <span className="field-hint">{methodText(row.stage.purpose, language)}</span>
                </>
              ) : (
                <span className="agenda-break">{titleOf(row)}</span>
              ),
          },
          {
            id: 'time',
            header: t('workshops.columns.time'),
            cell: (row) =>
              row.item.skipped ? t('workshops.skipped') : `${clock(row.start)}–${clock(row.end)}`,
          },
          {
            id: 'minutes',
            header: t('workshops.columns.minutes'),
            isNumeric: true,
            cell: (row) => (
              <NumberInput
                label={t('workshops.minutesOf', { stage: titleOf(row) })}
                hideLabel
                value={String(row.item.minutes)}
                error={minuteErrors[row.item.stageId]}
                onCommit={(text) => commitMinutes(row.item.stageId, text)}
              />
            ),
          },
          {
            id: 'skip',
            header: t('workshops.columns.skip'),
            cell: (row) =>
              row.kind === 'break' ? (
                <button
                  type="button"
                  className="link"
                  onClick={() =>
                    void run(
                      'agenda.removeBreak',
                      { id, stageId: row.item.stageId },
                      { success: t('workshops.breakRemoved') },
                    )
                  }
                >
                  {t('workshops.removeBreak')}
                </button>
              ) : (
                <>
                  <CheckboxField
                    hideLabel
                    label={t('workshops.skipStage', { stage: titleOf(row) })}
                    checked={row.item.skipped}
                    onChange={(skipped) =>
                      edit(row.item.stageId, {
                        skipped,
                        skipReason: skipped ? (reasons[row.item.stageId] ?? '') : '',
                      })
                    }
                  />
                  {row.item.skipped && (
                    <TextInput
                      label={t('workshops.skipReasonFor', { stage: titleOf(row) })}
                      hideLabel
                      placeholder={t('workshops.skipReason')}
                      value={row.item.skipReason}
                      maxLength={300}
                      onCommit={(skipReason) => {
                        setReasons((now) => ({ ...now, [row.item.stageId]: skipReason }));
                        return edit(row.item.stageId, { skipReason });
                      }}
                    />
                  )}
                </>
              ),
          },
          {
            id: 'order',
            header: t('workshops.columns.order'),
            cell: (row) => {
              const index = plan.items.indexOf(row);
              const move = (delta: -1 | 1) =>
                void run('agenda.move', { id, stageId: row.item.stageId, delta });
              return (
                <span className="agenda-order">
                  <button
                    type="button"
                    disabled={index === 0}
                    aria-label={t('workshops.earlier', { stage: titleOf(row) })}
                    onClick={() => move(-1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    disabled={index === plan.items.length - 1}
                    aria-label={t('workshops.later', { stage: titleOf(row) })}
                    onClick={() => move(1)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="link"
                    onClick={() =>
                      void run(
                        'agenda.addBreak',
                        { id, afterStageId: row.item.stageId, minutes: BREAK_MINUTES },
                        { success: t('workshops.breakAdded') },
                      )
                    }
                  >
                    {t('workshops.addBreakAfter')}
                    <span className="visually-hidden"> {titleOf(row)}</span>
                  </button>
                </span>
              );
            },
          },
        ]}
      />
      <p className="field-hint">
        {t('workshops.stageCount', {
          count: plan.stages.length,
          n: formatNumber(plan.stages.filter((s) => !s.item.skipped).length, language),
        })}
      </p>
    </section>
  );
}
