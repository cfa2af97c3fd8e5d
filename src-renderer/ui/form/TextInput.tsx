/** A text input (plain, e-mail, web address, phone) with label, hint and inline error. */
import type { HTMLAttributes } from 'react';
import { Field, useFieldIds, type FieldBaseProps } from './Field';

export interface TextInputProps extends FieldBaseProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly name?: string;
  readonly type?: 'text' | 'email' | 'url' | 'tel';
  readonly inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  readonly placeholder?: string;
  readonly autoComplete?: string;
  readonly maxLength?: number;
  readonly disabled?: boolean;
}

export function TextInput({
  value,
  onChange,
  name,
  type = 'text',
  inputMode,
  placeholder,
  autoComplete = 'off',
  maxLength,
  disabled,
  ...field
}: TextInputProps) {
  const ids = useFieldIds(field);
  return (
    <Field {...field} ids={ids}>
      <input
        {...ids.control}
        name={name}
        type={type}
        inputMode={inputMode}
        value={value}
        placeholder={placeholder}
        autoComplete={autoComplete}
        maxLength={maxLength}
        disabled={disabled}
        required={field.required}
        onChange={(event) => onChange(event.target.value)}
      />
    </Field>
  );
}
