/** A native select (best for short closed lists), optionally grouped, with hint and error. */
import { Field, useFieldIds, type FieldBaseProps } from './Field';

export interface SelectOption {
  readonly value: string;
  readonly label: string;
  /** Options with the same group are shown under one heading (an <optgroup>). */
  readonly group?: string;
}

export interface SelectFieldProps extends FieldBaseProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly options: readonly SelectOption[];
  /** Text of an empty first choice (value ""); omit when a value is always chosen. */
  readonly emptyLabel?: string;
  readonly name?: string;
  readonly disabled?: boolean;
}

function groupsOf(options: readonly SelectOption[]): [string, SelectOption[]][] {
  const groups = new Map<string, SelectOption[]>();
  for (const option of options) {
    const key = option.group ?? '';
    groups.set(key, [...(groups.get(key) ?? []), option]);
  }
  return [...groups];
}

export function SelectField({
  value,
  onChange,
  options,
  emptyLabel,
  name,
  disabled,
  ...field
}: SelectFieldProps) {
  const ids = useFieldIds(field);
  const isGrouped = options.some((option) => option.group !== undefined);
  const renderOption = (option: SelectOption) => (
    <option key={option.value} value={option.value}>
      {option.label}
    </option>
  );
  return (
    <Field {...field} ids={ids}>
      <select
        {...ids.control}
        name={name}
        value={value}
        disabled={disabled}
        required={field.required}
        onChange={(event) => onChange(event.target.value)}
      >
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {isGrouped
          ? groupsOf(options).map(([group, members]) => (
              <optgroup key={group} label={group}>
                {members.map(renderOption)}
              </optgroup>
            ))
          : options.map(renderOption)}
      </select>
    </Field>
  );
}

/** The options of a closed list of codes (an enum), each labelled in the user's language. */
export function enumOptions<V extends string>(
  values: readonly V[],
  labelOf: (value: V) => string,
): SelectOption[] {
  return values.map((value) => ({ value, label: labelOf(value) }));
}
