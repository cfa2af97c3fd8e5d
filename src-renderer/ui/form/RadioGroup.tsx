/**
 * A closed choice shown as radio buttons (a few options whose words matter, such as what to
 * export or what a file holds): a fieldset whose legend names the group, with hint and error.
 */
import { useId } from 'react';
import {
  FieldMessages,
  LabelText,
  fieldClassName,
  useFieldIds,
  type FieldBaseProps,
} from './Field';

export interface RadioOption<V extends string> {
  readonly value: V;
  readonly label: string;
}

export interface RadioGroupProps<V extends string> extends FieldBaseProps {
  readonly value: V;
  readonly onChange: (value: V) => void;
  readonly options: readonly RadioOption<V>[];
  /** The radios' form name; one of the group's own when omitted. */
  readonly name?: string;
  readonly disabled?: boolean;
}

export function RadioGroup<V extends string>({
  value,
  onChange,
  options,
  name,
  disabled,
  ...field
}: RadioGroupProps<V>) {
  const ids = useFieldIds(field);
  const ownName = useId();
  const { 'aria-describedby': describedBy } = ids.control;
  return (
    <fieldset className={fieldClassName(field)} aria-describedby={describedBy} disabled={disabled}>
      <legend id={ids.labelId} className={field.hideLabel ? 'visually-hidden' : undefined}>
        <LabelText label={field.label} required={field.required} />
      </legend>
      {options.map((option) => (
        <label key={option.value} className="radio">
          <input
            type="radio"
            name={name ?? ownName}
            value={option.value}
            checked={value === option.value}
            required={field.required}
            onChange={() => onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
      <FieldMessages ids={ids} hint={field.hint} error={field.error} />
    </fieldset>
  );
}
