/**
 * Plan a workshop (the Plan tab): its details (name, date, venue, facilitators, the room's
 * languages — checked with the workshop's schema and saved together), deleting it (with Undo),
 * and the agenda from its method with planned times from the start time; reorder, shorten or skip
 * stages (a skip asks for a reason), totals recomputed. Agenda changes are saved at once. Everything
 * travels with the next package.
 */
import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
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
import {
  changedDetails,
  detailsOf,
  durationText,
  formatClockTime,
  parseLanguageList,
  parseNameList,
  workshopDetailsSchema,
  type WorkshopDetails,
} from '../../../src-core/workshop/plan-edits';
import { navigate } from '../../routing/router';
import { useWorkspace } from '../../db/provider';
import { builtinMethod } from '../../db/workshops';
import { formatNumber } from '../../i18n/format';
import { useStudioStore } from '../../state/store';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import {
  CheckboxField,
  DateInput,
  Field,
  NumberInput,
  TextInput,
  focusFirstInvalid,
  formErrors,
  parseDecimal,
  useFieldIds,
  validateWith,
  type FieldErrors,
} from '../../ui/form';
import { useNotifyError } from '../../ui/useNotifyError';
// The workshop pages' card rhythm (shared with the Participants tab).
import './participants/participants.css';

export function WorkshopPlanView({ workshop }: { workshop: WorkshopRecord }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="workshop-cards">
      <p className="page-intro">
        {t('workshops.method', {
          method: methodText(builtinMethod.title, i18n.language),
          version: workshop.methodVersion,
        })}
      </p>
      <DetailsCard workshop={workshop} />
      <AgendaCard workshop={workshop} />
    </div>
  );
}

/** What the details form edits, as typed (lists as comma-separated text). */
interface DetailsDraft {
  readonly name: string;
  readonly date: string;
  readonly venue: string;
  readonly facilitators: string;
  readonly languages: string;
}

const draftOf = (details: WorkshopDetails): DetailsDraft => ({
  name: details.name,
  date: details.date,
  venue: details.venue,
  facilitators: details.facilitators.join(', '),
  languages: details.languages.join(', '),
});

function DetailsCard({ workshop }: { workshop: WorkshopRecord }) {
  const { t } = useTranslation();
  const { repositories } = useWorkspace();
  const notify = useStudioStore((state) => state.notify);
  const notifyError = useNotifyError();
  const formRef = useRef<HTMLFormElement>(null);
  // Filled once: a change arriving from a partner does not overwrite what is being typed.
  const [draft, setDraft] = useState(() => draftOf(detailsOf(workshop)));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [isSaving, setSaving] = useState(false);
  const [isConfirming, setConfirming] = useState(false);
  const set = (patch: Partial<DetailsDraft>) => setDraft((now) => ({ ...now, ...patch }));

  function showErrors(next: FieldErrors) {
    // Render the errors now, so the first invalid field can take the focus.
    flushSync(() => setErrors(next));
    focusFirstInvalid(formRef.current);
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    const validated = validateWith(t, workshopDetailsSchema, {
      name: draft.name,
      date: draft.date,
      venue: draft.venue,
      facilitators: parseNameList(draft.facilitators),
      languages: parseLanguageList(draft.languages),
    });
    if (!validated.ok) {
      showErrors(validated.errors);
      return;
    }
    setErrors({});
    const patch = changedDetails(detailsOf(workshop), validated.data);
    if (Object.keys(patch).length === 0) {
      notify({ tone: 'info', message: t('workshops.details.unchanged') });
      return;
    }
    setSaving(true);
    try {
      await repositories.workshops.update(workshop.id, patch);
      setDraft(draftOf(validated.data));
      notify({ tone: 'success', message: t('workshops.details.saved') });
    } catch (error) {
      const byField = formErrors(t, error);
      if (Object.keys(byField).length > 0) showErrors(byField);
      else notifyError(error);
    } finally {
      setSaving(false);
    }
  }

  async function restore(id: string, name: string) {
    try {
      await repositories.workshops.restore(id);
      navigate('workshops', id);
      notify({ tone: 'success', message: t('workshops.delete.restored', { name }) });
    } catch (error) {
      notifyError(error);
    }
  }

  async function remove() {
    setConfirming(false);
    const { id, name } = workshop;
    try {
      // A clocked `deleted` flag: partners learn of it, and Undo is a restore.
      await repositories.workshops.remove(id);
    } catch (error) {
      notifyError(error);
      return;
    }
    navigate('workshops');
    notify({
      tone: 'info',
      message: t('workshops.delete.done', { name }),
      action: { label: t('common.undo'), run: () => void restore(id, name) },
    });
  }

  return (
    <section className="card" aria-labelledby="workshop-details-title">
      <h2 id="workshop-details-title">{t('workshops.details.title')}</h2>
      <form ref={formRef} noValidate onSubmit={(event) => void save(event)}>
        <div className="inline-form">
          <TextInput
            label={t('workshops.name')}
            value={draft.name}
            onChange={(name) => set({ name })}
            error={errors.name}
            maxLength={200}
            required
            wide
          />
          <DateInput
            label={t('workshops.date')}
            value={draft.date}
            onChange={(date) => set({ date })}
            error={errors.date}
            required
          />
          <TextInput
            label={t('workshops.venue')}
            value={draft.venue}
            onChange={(venue) => set({ venue })}
            error={errors.venue}
            maxLength={200}
            wide
          />
        </div>
        <div className="inline-form">
          <TextInput
            label={t('workshops.facilitators')}
            value={draft.facilitators}
            onChange={(facilitators) => set({ facilitators })}
            error={errors.facilitators}
            wide
          />
          <TextInput
            label={t('workshops.languages')}
            value={draft.languages}
            onChange={(languages) => set({ languages })}
            placeholder="en, fr, ar"
            error={errors.languages && t('workshops.details.languagesInvalid')}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={isSaving}>
            {isSaving ? t('forms.actions.saving') : t('workshops.details.save')}
          </button>
          <button type="button" className="button-danger" onClick={() => setConfirming(true)}>
            {t('workshops.delete.button')}
          </button>
        </div>
      </form>
      <ConfirmDialog
        open={isConfirming}
        title={t('workshops.delete.title', { name: workshop.name })}
        body={t('workshops.delete.body')}
        confirmLabel={t('workshops.delete.confirm')}
        tone="danger"
        onConfirm={() => void remove()}
        onCancel={() => setConfirming(false)}
      />
    </section>
  );
}

function AgendaCard({ workshop }: { workshop: WorkshopRecord }) {
  const { t, i18n } = useTranslation();
  const { repositories } = useWorkspace();
  const notifyError = useNotifyError();
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [minuteErrors, setMinuteErrors] = useState<Record<string, string>>({});
  const startIds = useFieldIds({ label: t('workshops.startTime') });
  const id = workshop.id;
  const stages = stagesOf(builtinMethod, workshop.kind);
  const plan = planAgenda(stages, workshop.agenda, workshop.startTime);
  const problems = agendaProblems(stages, workshop.agenda);
  const language = i18n.language;
  const clock = (time: string) => formatClockTime(workshop.date, time, language);

  async function save(patch: Partial<WorkshopFields>): Promise<boolean> {
    try {
      await repositories.workshops.update(id, patch);
      return true;
    } catch (error) {
      notifyError(error);
      return false;
    }
  }
  const saveAgenda = (agenda: AgendaItem[]) => save({ agenda });
  const change = (stageId: string, patch: Partial<AgendaItem>) =>
    saveAgenda(
      workshop.agenda.map((item) => (item.stageId === stageId ? { ...item, ...patch } : item)),
    );

  /** A time box of 5 to 480 whole minutes is saved; anything else stays typed, with the reason. */
  function commitMinutes(stageId: string, text: string): Promise<boolean> | false {
    const minutes = parseDecimal(text);
    const isValid = minutes !== null && Number.isInteger(minutes) && minutes >= 5 && minutes <= 480;
    setMinuteErrors((now) => ({ ...now, [stageId]: isValid ? '' : t('workshops.minutesInvalid') }));
    return isValid && change(stageId, { minutes });
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
            onChange={(event) => event.target.value && void save({ startTime: event.target.value })}
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
                <td className="agenda-time">
                  {item.skipped ? t('workshops.skipped') : `${clock(start)}–${clock(end)}`}
                </td>
                <th scope="row">
                  {title}
                  <br />
                  <span className="field-hint">{methodText(stage.purpose, language)}</span>
                </th>
                <td className="numeric">
                  <NumberInput
                    label={t('workshops.minutesOf', { stage: title })}
                    hideLabel
                    value={String(item.minutes)}
                    error={minuteErrors[stage.id]}
                    onCommit={(text) => commitMinutes(stage.id, text)}
                  />
                </td>
                <td>
                  <CheckboxField
                    hideLabel
                    label={t('workshops.skipStage', { stage: title })}
                    checked={item.skipped}
                    onChange={(skipped) =>
                      change(stage.id, {
                        skipped,
                        skipReason: skipped ? (reasons[stage.id] ?? '') : '',
                      })
                    }
                  />
                  {item.skipped && (
                    <TextInput
                      label={t('workshops.skipReasonFor', { stage: title })}
                      hideLabel
                      placeholder={t('workshops.skipReason')}
                      value={item.skipReason}
                      maxLength={300}
                      onCommit={(skipReason) => {
                        setReasons((now) => ({ ...now, [stage.id]: skipReason }));
                        return change(stage.id, { skipReason });
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
  );
}
