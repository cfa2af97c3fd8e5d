/**
 * The frame every form control shares: a label, an optional hint and an inline error, wired with
 * aria-describedby / aria-invalid so a screen reader reads the error when the control has focus.
 */
import { useId, type ReactNode } from 'react';
import './form.css';

export interface FieldBaseProps {
  readonly label: string;
  readonly hint?: string;
  readonly error?: string;
  readonly required?: boolean;
  /** Span both columns of a `.form-grid`. */
  readonly wide?: boolean;
  /**
   * Keep the label for assistive technology only (a cell of a table whose column header already
   * says it); the label stays the control's accessible name.
   */
  readonly hideLabel?: boolean;
}

export interface FieldIds {
  readonly id: string;
  readonly labelId: string;
  readonly hintId: string;
  readonly errorId: string;
  /** Attributes for the control itself. */
  readonly control: {
    readonly id: string;
    readonly 'aria-describedby'?: string;
    readonly 'aria-invalid'?: true;
    readonly 'aria-required'?: true;
  };
}

export function useFieldIds({ hint, error, required }: FieldBaseProps): FieldIds {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ');
  return {
    id,
    labelId: `${id}-label`,
    hintId,
    errorId,
    control: {
      id,
      'aria-describedby': describedBy || undefined,
      'aria-invalid': error ? true : undefined,
      'aria-required': required ? true : undefined,
    },
  };
}

export function fieldClassName({ error, wide, hideLabel }: FieldBaseProps, extra = ''): string {
  const classes = [
    error ? 'field-invalid' : '',
    wide ? 'field-wide' : '',
    hideLabel ? 'field-bare' : '',
  ];
  return ['field', ...classes, extra].filter(Boolean).join(' ');
}

/** The label text, with a visual marker when the field is required (aria-required says it aloud). */
export function LabelText({ label, required }: { label: string; required?: boolean }) {
  return (
    <>
      {label}
      {required && (
        <span className="field-required" aria-hidden="true">
          {' *'}
        </span>
      )}
    </>
  );
}

export function FieldMessages({
  ids,
  hint,
  error,
}: {
  ids: FieldIds;
  hint?: ReactNode;
  error?: string;
}) {
  return (
    <>
      {hint && (
        <p id={ids.hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={ids.errorId} className="field-error">
          {error}
        </p>
      )}
    </>
  );
}

/** A labelled single control (input, select): label above, hint and error below. */
export function Field({
  children,
  ids,
  ...props
}: FieldBaseProps & { ids: FieldIds; children: ReactNode }) {
  return (
    <div className={fieldClassName(props)}>
      <label
        htmlFor={ids.id}
        id={ids.labelId}
        className={props.hideLabel ? 'visually-hidden' : undefined}
      >
        <LabelText label={props.label} required={props.required} />
      </label>
      {children}
      <FieldMessages ids={ids} hint={props.hint} error={props.error} />
    </div>
  );
}
