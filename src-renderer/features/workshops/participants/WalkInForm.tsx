/**
 * A walk-in at the door, in seconds: a name, and their organisation — picked from the workspace
 * or typed as a new one (type and country prefilled with sensible guesses: the country is the
 * workshop's — its cluster's, or for a meta-cluster the venue's or host's). Enter adds them,
 * checked in at once, and puts the cursor back in the first field for the next person in the
 * queue. A refusal writes nothing and keeps what was typed, with the reason next to each field.
 */
import { useRef, useState, type FormEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationType } from '../../../../src-core/model/enums';
import { useWorkspace } from '../../../db/provider';
import { ValidationError } from '../../../db/repositories';
import { addWalkIn } from '../../../db/workshop-walk-ins';
import { useWorkshopCountry } from '../../../db/workshops';
import { useStudioStore } from '../../../state/store';
import { Field, useFieldIds } from '../../../ui/form/Field';
import { CountryPicker, OrganisationPicker, OrganisationTypePicker } from '../../../ui/pickers';
import { fieldErrors } from '../../../ui/errors';
import { useNotifyError } from '../../../ui/useNotifyError';

/** A text field that hands its input to the form (to take the focus back after each walk-in). */
function NameField({
  label,
  value,
  onChange,
  error,
  inputRef,
  type = 'text',
  autoComplete = 'off',
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
  type?: 'text' | 'email';
  autoComplete?: string;
}) {
  const ids = useFieldIds({ label, error });
  return (
    <Field label={label} error={error} ids={ids}>
      <input
        {...ids.control}
        ref={inputRef}
        type={type}
        value={value}
        autoComplete={autoComplete}
        onChange={(event) => onChange(event.target.value)}
      />
    </Field>
  );
}

interface Draft {
  givenName: string;
  familyName: string;
  email: string;
  organisationId: string | null;
  newName: string;
  newType: OrganisationType | null;
  /** Undefined until the facilitator picks one: the workshop's country is shown meanwhile. */
  newCountry: string | null | undefined;
}

export function WalkInForm({
  workshopId,
  defaultCountry,
}: {
  workshopId: string;
  /** The country of the first cluster taking part: used until the workshop's own is known. */
  defaultCountry: string | null;
}) {
  const { t } = useTranslation();
  const { db, repositories } = useWorkspace();
  const notify = useStudioStore((state) => state.notify);
  const notifyError = useNotifyError();
  const firstField = useRef<HTMLInputElement>(null);
  // Read live, so a venue or host set after the page opened still counts.
  const workshopCountry = useWorkshopCountry(workshopId);
  const suggestedCountry = workshopCountry ?? defaultCountry;
  const blank = (keep?: Draft): Draft => ({
    givenName: '',
    familyName: '',
    email: '',
    organisationId: null,
    newName: '',
    // The next walk-in often comes from the same kind of place: keep type and country.
    newType: keep?.newType ?? 'other',
    newCountry: keep?.newCountry,
  });
  const [draft, setDraft] = useState<Draft>(() => blank());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<Draft>) => setDraft((now) => ({ ...now, ...patch }));
  const country = draft.newCountry === undefined ? suggestedCountry : draft.newCountry;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      const usesNew = draft.organisationId === null && draft.newName.trim() !== '';
      await addWalkIn(
        db,
        repositories,
        workshopId,
        {
          givenName: draft.givenName,
          familyName: draft.familyName,
          email: draft.email.trim() || null,
          organisationId: draft.organisationId,
          newOrganisation: usesNew
            ? { name: draft.newName, type: draft.newType, country: country ?? '' }
            : null,
        },
        new Date(),
      );
      const name = `${draft.givenName.trim()} ${draft.familyName.trim()}`.trim();
      notify({ tone: 'success', message: t('participants.walkIn.added', { name }) });
      setErrors({});
      setDraft((now) => blank(now));
      firstField.current?.focus();
    } catch (error) {
      if (error instanceof ValidationError) {
        const byField = fieldErrors(t, error);
        if (error.problems.some((p) => p.field === 'givenName' && p.key === 'validation.name')) {
          byField.givenName = t('participants.walkIn.nameRequired');
        }
        if (byField.organisation)
          byField.organisation = t('participants.walkIn.organisationRequired');
        setErrors(byField);
      } else {
        notifyError(error);
      }
    } finally {
      setBusy(false);
    }
  }

  const hasErrors = Object.keys(errors).length > 0;
  return (
    <section className="card" aria-labelledby="walk-in-title">
      <h2 id="walk-in-title">{t('participants.walkIn.title')}</h2>
      <p className="field-hint">{t('participants.walkIn.intro')}</p>
      <form className="walk-in-form" noValidate onSubmit={(event) => void submit(event)}>
        {hasErrors && (
          <p className="form-error" role="alert">
            {t('participants.walkIn.notSaved')}
          </p>
        )}
        <div className="walk-in-row">
          <NameField
            label={t('participants.walkIn.givenName')}
            value={draft.givenName}
            onChange={(givenName) => set({ givenName })}
            error={errors.givenName}
            inputRef={firstField}
          />
          <NameField
            label={t('participants.walkIn.familyName')}
            value={draft.familyName}
            onChange={(familyName) => set({ familyName })}
            error={errors.familyName}
          />
          <NameField
            label={t('participants.walkIn.email')}
            type="email"
            value={draft.email}
            onChange={(email) => set({ email })}
            error={errors.email}
          />
        </div>
        <div className="walk-in-row">
          <OrganisationPicker
            label={t('participants.walkIn.existingOrganisation')}
            value={draft.organisationId}
            onChange={(organisationId) => set({ organisationId })}
            error={errors.organisation}
          />
        </div>
        <fieldset className="walk-in-row" disabled={draft.organisationId !== null}>
          <legend>{t('participants.walkIn.newOrganisationTitle')}</legend>
          <NameField
            label={t('participants.walkIn.newOrganisationName')}
            value={draft.newName}
            onChange={(newName) => set({ newName })}
            error={errors['organisation.name']}
          />
          <OrganisationTypePicker
            label={t('participants.walkIn.newOrganisationType')}
            value={draft.newType}
            onChange={(newType) => set({ newType })}
            error={errors['organisation.type']}
          />
          <CountryPicker
            label={t('participants.walkIn.newOrganisationCountry')}
            value={country}
            onChange={(newCountry) => set({ newCountry })}
            error={errors['organisation.country']}
          />
        </fieldset>
        <button type="submit" className="button-primary" disabled={busy}>
          {t('participants.walkIn.submit')}
        </button>
      </form>
    </section>
  );
}
