/**
 * A calendar date (ISO "2026-03-14"; empty for none) with label, hint and inline error, typed in
 * the UI language's order (dd/mm/yyyy) or chosen in the browser's picker. What is typed is a draft
 * until blur or Enter, so half-typed years never reach the form; text that is not a date shows an
 * error, keeps the old value, and stops the form from being submitted.
 */
import { formatDay } from '../../i18n/format';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { datePlaceholder, formatTypedDate, parseTypedDate } from './date-typing';
import { Field, useFieldIds, type FieldBaseProps } from './Field';
import './date-input.css';

export interface DateInputProps extends FieldBaseProps {
  /** ISO date, or "" when no date is set. */
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly name?: string;
  readonly disabled?: boolean;
}

export function DateInput({ value, onChange, name, disabled, ...field }: DateInputProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const textRef = useRef<HTMLInputElement>(null);
  const pickerRef = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState(() => formatTypedDate(value, locale));
  const [isInvalid, setInvalid] = useState(false);
  const [isDraftPending, setDraftPending] = useState(false);
  // The value and language the draft was last set from: it follows them unless typed over.
  const [shown, setShown] = useState({ value, locale });
  if (!isDraftPending && (shown.value !== value || shown.locale !== locale)) {
    setShown({ value, locale });
    setDraft(formatTypedDate(value, locale));
    setInvalid(false);
  }

  const format = datePlaceholder(locale, {
    day: t('forms.date.day'),
    month: t('forms.date.month'),
    year: t('forms.date.year'),
  });
  const error = isInvalid ? t('forms.date.invalid', { format }) : field.error;
  const ids = useFieldIds({ ...field, error });

  /** Reads the draft: a date or nothing goes to the form; anything else is marked invalid. */
  function commit(text: string): boolean {
    const parsed = parseTypedDate(text, locale);
    setDraftPending(false);
    if (parsed === 'invalid') {
      setInvalid(true);
      setShown({ value, locale });
      return false;
    }
    const next = parsed ?? '';
    setInvalid(false);
    setDraft(formatTypedDate(next, locale));
    setShown({ value: next, locale });
    if (next !== value) onChange(next);
    return true;
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // A valid date lets Enter go on to submit the form, with the date committed first.
    if (event.key === 'Enter' && !commit(event.currentTarget.value)) event.preventDefault();
  }

  function openPicker() {
    try {
      pickerRef.current?.showPicker();
    } catch {
      // No picker without a user gesture or where unsupported: typing still works.
      textRef.current?.focus();
    }
  }

  // Saving is refused while the text is not a date (Save clicked after typing, say).
  useEffect(() => {
    const form = textRef.current?.form;
    if (!form) return;
    function refuseInvalid(event: SubmitEvent) {
      const input = textRef.current;
      if (!input || input.disabled || parseTypedDate(input.value, locale) !== 'invalid') return;
      event.preventDefault();
      event.stopImmediatePropagation();
      setInvalid(true);
      input.focus();
    }
    form.addEventListener('submit', refuseInvalid);
    return () => form.removeEventListener('submit', refuseInvalid);
  }, [locale]);

  return (
    <Field {...field} error={error} ids={ids}>
      <div className="date-input">
        <input
          {...ids.control}
          ref={textRef}
          className="date-input-text"
          name={name}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          placeholder={format}
          value={draft}
          disabled={disabled}
          required={field.required}
          onChange={(event) => {
            setDraft(event.target.value);
            setDraftPending(true);
          }}
          onBlur={(event) => commit(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <button
          type="button"
          className="date-input-choose"
          aria-label={t('forms.date.choose', { label: field.label })}
          title={t('forms.date.choose', { label: field.label })}
          disabled={disabled}
          onClick={openPicker}
        >
          <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M2.5 3.5h11v10h-11zM2.5 6.5h11M5.5 2v3M10.5 2v3" />
          </svg>
        </button>
        <input
          ref={pickerRef}
          className="date-input-picker"
          type="date"
          tabIndex={-1}
          aria-hidden="true"
          value={value}
          disabled={disabled}
          onChange={(event) => commit(event.target.value)}
        />
      </div>
    </Field>
  );
}

/** "" → null, so optional dates are stored as null. */
export function dateOrNull(value: string): string | null {
  return value.trim() === '' ? null : value.trim();
}

/** An ISO date in the UI language ("14 Mar 2026"); the date is a calendar day, so UTC. */
export function formatIsoDate(iso: string, language: string): string {
  return formatDay(iso, language, 'medium');
}
