/**
 * A checkbox with its label beside it, and hint and inline error below. A box that saves itself
 * shows the new state at once and follows the stored value when it arrives (or goes back when the
 * save is refused: `onChange` resolving false).
 */
import { useState } from 'react';
import {
  FieldMessages,
  LabelText,
  fieldClassName,
  useFieldIds,
  type FieldBaseProps,
} from './Field';

export interface CheckboxFieldProps extends FieldBaseProps {
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void | Promise<unknown>;
  readonly name?: string;
  readonly disabled?: boolean;
}

export function CheckboxField({ checked, onChange, name, disabled, ...field }: CheckboxFieldProps) {
  const ids = useFieldIds(field);
  // The state clicked, kept while the stored value is still the one it was clicked on.
  const [pending, setPending] = useState<{ next: boolean; from: boolean } | null>(null);
  const shown = pending && pending.from === checked ? pending.next : checked;
  function change(next: boolean) {
    setPending({ next, from: checked });
    const result = onChange(next);
    if (result instanceof Promise)
      void result.then(
        (saved) => saved === false && setPending(null),
        () => setPending(null),
      );
  }
  return (
    <div className={fieldClassName(field, 'field-checkbox')}>
      <div className="checkbox-row">
        <input
          {...ids.control}
          name={name}
          type="checkbox"
          checked={shown}
          disabled={disabled}
          onChange={(event) => change(event.target.checked)}
        />
        <label
          htmlFor={ids.id}
          id={ids.labelId}
          className={field.hideLabel ? 'visually-hidden' : undefined}
        >
          <LabelText label={field.label} required={field.required} />
        </label>
      </div>
      <FieldMessages ids={ids} hint={field.hint} error={field.error} />
    </div>
  );
}
