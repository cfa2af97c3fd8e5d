/**
 * What the four record forms share: loading the record to edit (or refusing: not found, deleted),
 * validating with the domain schema before saving, errors next to their fields with focus on the
 * first one, saving through the repository, and going to the record's page with a notice.
 */
import { useRef, useState, type FormEvent, type ReactNode, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { FieldsOf, SyncedRecordOf } from '../../../../src-core/model/entities';
import { navigate } from '../../../routing/router';
import { useWorkspace } from '../../../db/provider';
import { useRecord } from '../../../db/record-queries';
import { pickFields } from '../../../db/repositories';
import { useStudioStore } from '../../../state/store';
import { errorText } from '../../../ui/errors';
import { focusFirstInvalid, formErrors, type FieldErrors, type Validated } from '../../../ui/form';
import { RosterRecordGate, type RecordSection } from '../detail/parts';

export type FormProps = { readonly id?: string; readonly params: Readonly<Record<string, string>> };

/**
 * Renders the form for a new record, or loads the record to edit and renders the form with its
 * fields once (later changes by others do not overwrite what the user is typing).
 */
export function EditableRecord<T extends RecordSection>({
  section,
  id,
  nameOf,
  blocked,
  children,
}: {
  section: T;
  id?: string;
  nameOf: (record: SyncedRecordOf[T]) => string;
  /** A reason the record cannot be edited (an erased contact), shown instead of the form. */
  blocked?: (record: SyncedRecordOf[T]) => ReactNode | null;
  children: (initial: FieldsOf<T> | null) => ReactNode;
}) {
  const record = useRecord(section, id);
  if (!id) return <>{children(null)}</>;
  return (
    <RosterRecordGate
      section={section}
      id={id}
      value={record}
      isDeleted={(value) => value.deleted}
      nameOf={nameOf}
    >
      {(value) => blocked?.(value) || children(pickFields(section, value))}
    </RosterRecordGate>
  );
}

/** Validation state and saving for one form. */
export function useRecordForm<T extends RecordSection>(section: T, id: string | undefined) {
  const { t } = useTranslation();
  const { repositories } = useWorkspace();
  const notify = useStudioStore((state) => state.notify);
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [isSaving, setSaving] = useState(false);

  function showErrors(next: FieldErrors) {
    // Render the errors now, so the first invalid control can take focus.
    flushSync(() => setErrors(next));
    focusFirstInvalid(formRef.current);
  }

  async function save(validated: Validated<FieldsOf<T>>) {
    if (!validated.ok) {
      showErrors(validated.errors);
      return;
    }
    setSaving(true);
    try {
      const repository = repositories[section];
      const record = id
        ? await repository.update(id, validated.data)
        : await repository.create(validated.data);
      setErrors({});
      navigate(section, record.id);
      notify({ tone: 'success', message: t('forms.notices.saved') });
    } catch (error) {
      const byField = formErrors(t, error);
      if (Object.keys(byField).length > 0) showErrors(byField);
      else notify({ tone: 'error', message: t('common.error', { message: errorText(t, error) }) });
    } finally {
      setSaving(false);
    }
  }

  return { formRef, errors, isSaving, save };
}

/** The frame of a record form: title, error summary, the fieldsets, Save and Cancel. */
export function RecordForm({
  title,
  formRef,
  errors,
  isSaving,
  cancelHref,
  onSubmit,
  children,
}: {
  title: string;
  formRef: RefObject<HTMLFormElement | null>;
  errors: FieldErrors;
  isSaving: boolean;
  cancelHref: string;
  onSubmit: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const problemCount = new Set(Object.keys(errors).map((key) => key.split('.')[0])).size;
  return (
    <section className="page" aria-labelledby="form-title">
      <div className="page-header">
        <h1 id="form-title">{title}</h1>
      </div>
      <form
        ref={formRef}
        className="record-form"
        noValidate
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        {problemCount > 0 && (
          <p className="form-summary" role="alert">
            {t('forms.errors.summary', { count: problemCount })}
          </p>
        )}
        {children}
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={isSaving}>
            {isSaving ? t('forms.actions.saving') : t('forms.actions.save')}
          </button>
          <a className="button" href={cancelHref}>
            {t('forms.actions.cancel')}
          </a>
        </div>
      </form>
    </section>
  );
}
