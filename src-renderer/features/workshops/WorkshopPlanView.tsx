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
import { methodText } from '../../../src-core/method';
import type { WorkshopRecord } from '../../../src-core/model/entities';
import {
  changedDetails,
  detailsOf,
  parseLanguageList,
  parseNameList,
  workshopDetailsSchema,
  type WorkshopDetails,
} from '../../../src-core/workshop/plan-edits';
import { navigate } from '../../routing/router';
import { useWorkspace } from '../../db/provider';
import { AgendaCard } from './AgendaCard';
import { builtinMethod } from '../../db/workshops';
import { useStudioStore } from '../../state/store';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import {
  DateInput,
  TextInput,
  focusFirstInvalid,
  formErrors,
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
