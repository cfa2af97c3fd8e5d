/** A checkbox with its label beside it, and hint and inline error below. */
import {
  FieldMessages,
  LabelText,
  fieldClassName,
  useFieldIds,
  type FieldBaseProps,
} from './Field';

export interface CheckboxFieldProps extends FieldBaseProps {
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly name?: string;
  readonly disabled?: boolean;
}

export function CheckboxField({ checked, onChange, name, disabled, ...field }: CheckboxFieldProps) {
  const ids = useFieldIds(field);
  return (
    <div className={fieldClassName(field, 'field-checkbox')}>
      <div className="checkbox-row">
        <input
          {...ids.control}
          name={name}
          type="checkbox"
          checked={checked}
          disabled={disabled}
          onChange={(event) => onChange(event.target.checked)}
        />
        <label htmlFor={ids.id} id={ids.labelId}>
          <LabelText label={field.label} required={field.required} />
        </label>
      </div>
      <FieldMessages ids={ids} hint={field.hint} error={field.error} />
    </div>
  );
}
