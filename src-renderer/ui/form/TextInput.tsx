/**
 * A text input (plain, e-mail, web address, phone) with label, hint and inline error. Controlled
 * (`onChange` on every keystroke, for forms saved as a whole) or saved in place (`onCommit` on blur
 * or Enter, for a field that writes its record by itself: the typed text is kept as a draft).
 */
import { useEffect, useRef, type HTMLAttributes } from 'react';
import { Field, useFieldIds, type FieldBaseProps } from './Field';
import { useDraft, type Commit } from './useDraft';

export interface TextControlProps extends FieldBaseProps {
  readonly value: string;
  readonly name?: string;
  readonly placeholder?: string;
  readonly maxLength?: number;
  readonly disabled?: boolean;
  /** Suggestions (the id of a <datalist>). */
  readonly list?: string;
  /** Take focus when shown (a field that appears because the user asked for it). */
  readonly focusOnMount?: boolean;
}

function useFocusOnMount<E extends HTMLElement>(focus: boolean | undefined) {
  const ref = useRef<E>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return ref;
}

/** Typed text goes to `onChange` at once, or to `onCommit` when the user leaves the field. */
export type EditMode =
  | { readonly onChange: (value: string) => void; readonly onCommit?: undefined }
  | { readonly onCommit: Commit; readonly onChange?: undefined };

export type TextInputProps = TextControlProps &
  EditMode & {
    readonly type?: 'text' | 'email' | 'url' | 'tel' | 'password';
    readonly inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
    readonly autoComplete?: string;
    /** A unit shown right after the input ("%"); the label says what the number is. */
    readonly unit?: string;
  };

/** The value and handlers of a text control in either mode. */
export function useTextEditing(value: string, mode: EditMode, multiline = false) {
  const draft = useDraft(value, mode.onCommit ?? (() => undefined), { multiline });
  if (mode.onCommit) return draft;
  const onChange = mode.onChange;
  return {
    value,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
  };
}

export function TextInput({
  value,
  onChange,
  onCommit,
  name,
  type = 'text',
  inputMode,
  placeholder,
  autoComplete = 'off',
  maxLength,
  disabled,
  list,
  focusOnMount,
  unit,
  ...field
}: TextInputProps) {
  const ids = useFieldIds(field);
  const ref = useFocusOnMount<HTMLInputElement>(focusOnMount);
  const editing = useTextEditing(value, (onCommit ? { onCommit } : { onChange }) as EditMode);
  const input = (
    <input
      ref={ref}
      {...ids.control}
      {...editing}
      name={name}
      type={type}
      inputMode={inputMode}
      placeholder={placeholder}
      autoComplete={autoComplete}
      maxLength={maxLength}
      disabled={disabled}
      list={list}
      required={field.required}
    />
  );
  return (
    <Field {...field} ids={ids}>
      {unit === undefined ? (
        input
      ) : (
        <span className="field-with-unit">
          {input}
          <span className="field-unit" aria-hidden="true">
            {unit}
          </span>
        </span>
      )}
    </Field>
  );
}

export type TextAreaProps = TextControlProps & EditMode & { readonly rows?: number };

/** Several lines of text (notes, reasons, descriptions); grows with what is typed. */
export function TextArea({
  value,
  onChange,
  onCommit,
  name,
  placeholder,
  maxLength,
  disabled,
  rows = 2,
  focusOnMount,
  ...field
}: TextAreaProps) {
  const ids = useFieldIds(field);
  const ref = useFocusOnMount<HTMLTextAreaElement>(focusOnMount);
  const editing = useTextEditing(value, (onCommit ? { onCommit } : { onChange }) as EditMode, true);
  return (
    <Field {...field} ids={ids}>
      <textarea
        ref={ref}
        {...ids.control}
        {...editing}
        name={name}
        rows={rows}
        placeholder={placeholder}
        maxLength={maxLength}
        disabled={disabled}
        required={field.required}
      />
    </Field>
  );
}
