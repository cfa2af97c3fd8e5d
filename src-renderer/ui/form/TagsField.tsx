/**
 * A list of short texts (offers, needs): type one and press Enter or "Add"; each entry has its own
 * remove button. Leaving the box adds what was typed. Blank and repeated entries are ignored.
 */
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, useFieldIds, type FieldBaseProps } from './Field';

export interface TagsFieldProps extends FieldBaseProps {
  readonly values: readonly string[];
  readonly onChange: (values: string[]) => void;
  readonly name?: string;
  readonly placeholder?: string;
  readonly maxLength?: number;
}

export function TagsField({
  values,
  onChange,
  name,
  placeholder,
  maxLength = 200,
  ...field
}: TagsFieldProps) {
  const { t } = useTranslation();
  const ids = useFieldIds(field);
  const [draft, setDraft] = useState('');

  function add() {
    const text = draft.trim();
    if (text === '') return;
    if (!values.includes(text)) onChange([...values, text]);
    setDraft('');
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Enter') return;
    // Enter adds the entry instead of submitting the form.
    event.preventDefault();
    add();
  }

  return (
    <Field {...field} ids={ids}>
      {values.length > 0 && (
        <ul className="tags" aria-labelledby={ids.labelId}>
          {values.map((value) => (
            <li key={value} className="tag">
              <span>{value}</span>
              <button
                type="button"
                className="tag-remove"
                aria-label={t('forms.tags.remove', { item: value })}
                onClick={() => onChange(values.filter((other) => other !== value))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="tags-entry">
        <input
          {...ids.control}
          name={name}
          type="text"
          value={draft}
          maxLength={maxLength}
          placeholder={placeholder ?? t('forms.tags.placeholder')}
          autoComplete="off"
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onKeyDown}
          // An entry typed but not added would be lost on save: leaving the box adds it.
          onBlur={add}
        />
        <button type="button" onClick={add} disabled={draft.trim() === ''}>
          {t('forms.tags.add')}
        </button>
      </div>
    </Field>
  );
}
