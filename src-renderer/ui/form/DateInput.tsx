/** A calendar date (ISO "2026-03-14"; empty for none) with label, hint and inline error. */
import { Field, useFieldIds, type FieldBaseProps } from './Field';

export interface DateInputProps extends FieldBaseProps {
  /** ISO date, or "" when no date is set. */
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly name?: string;
  readonly disabled?: boolean;
}

export function DateInput({ value, onChange, name, disabled, ...field }: DateInputProps) {
  const ids = useFieldIds(field);
  return (
    <Field {...field} ids={ids}>
      <input
        {...ids.control}
        name={name}
        type="date"
        value={value}
        disabled={disabled}
        required={field.required}
        onChange={(event) => onChange(event.target.value)}
      />
    </Field>
  );
}

/** "" → null, so optional dates are stored as null. */
export function dateOrNull(value: string): string | null {
  return value.trim() === '' ? null : value.trim();
}

/** An ISO date in the UI language ("14 Mar 2026"); the date is a calendar day, so UTC. */
export function formatIsoDate(iso: string, language: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}
