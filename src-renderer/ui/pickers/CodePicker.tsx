/**
 * A searchable combobox over a code list, single or multiple choice (the ARIA 1.2 "combobox with
 * listbox popup" pattern). Typing filters by code and label, ignoring case and accents; ↓/↑ move,
 * Enter chooses, Escape closes, Backspace in an empty multi-picker removes the last choice.
 * Works from bundled lists; record pickers pass their own search results (`isFiltered`).
 */
import { useId, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FieldMessages,
  LabelText,
  fieldClassName,
  useFieldIds,
  type FieldBaseProps,
} from '../form/Field';
import {
  buildSearchIndex,
  optionText,
  searchOptions,
  type SearchableOption,
} from '../../../src-core/text/option-search';
import './pickers.css';

export interface CodeOption extends SearchableOption {
  /** Secondary text after the label (an organisation's country and type). */
  readonly detail?: string;
  /** Indentation in the unfiltered list (1 for a NACE division under its section). */
  readonly depth?: number;
}

interface CommonProps extends FieldBaseProps {
  readonly options: readonly CodeOption[];
  readonly name?: string;
  readonly disabled?: boolean;
  readonly placeholder?: string;
  /** Show "code — label" (default) or the label only (records, slugs that are not real codes). */
  readonly showCode?: boolean;
  /** Options to name the current choice by when it is not among `options` (search results). */
  readonly known?: readonly CodeOption[];
  /** Told about every keystroke; with `isFiltered` the caller does the searching. */
  readonly onQueryChange?: (query: string) => void;
  readonly isFiltered?: boolean;
  readonly isLoading?: boolean;
  /** At most this many options are listed (default 300); the user narrows by typing. */
  readonly maxResults?: number;
}

export interface SingleCodePickerProps extends CommonProps {
  readonly multiple?: false;
  readonly value: string | null;
  readonly onChange: (value: string | null) => void;
}

export interface MultiCodePickerProps extends CommonProps {
  readonly multiple: true;
  readonly value: readonly string[];
  readonly onChange: (value: string[]) => void;
}

export type CodePickerProps = SingleCodePickerProps | MultiCodePickerProps;

export function CodePicker(props: CodePickerProps) {
  const { t } = useTranslation();
  const {
    options,
    name,
    disabled,
    placeholder,
    showCode = true,
    known,
    onQueryChange,
    isFiltered = false,
    isLoading = false,
    maxResults = 300,
  } = props;
  const field: FieldBaseProps = {
    label: props.label,
    hint: props.hint,
    error: props.error,
    required: props.required,
    wide: props.wide,
  };
  const isMultiple = props.multiple === true;
  const selected: readonly string[] = props.multiple
    ? props.value
    : props.value === null
      ? []
      : [props.value];

  const ids = useFieldIds(field);
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  // null: not typing (a single picker shows its choice); a string: the text being searched.
  const [query, setQuery] = useState<string | null>(null);
  const [isOpen, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(0);

  const index = useMemo(() => buildSearchIndex(options), [options]);
  const matches = useMemo(
    () => (isFiltered ? [...options] : searchOptions(index, query ?? '')),
    [isFiltered, options, index, query],
  );
  const shown = matches.slice(0, maxResults);
  const byCode = useMemo(
    () => new Map([...(known ?? []), ...options].map((option) => [option.code, option])),
    [known, options],
  );
  const selectedSet = new Set(selected);
  const active = shown.length === 0 ? -1 : Math.min(activeIndex, shown.length - 1);
  const isFiltering = query !== null && query.trim() !== '';

  const optionId = (position: number) => `${listId}-option-${position}`;
  const textOf = (code: string) => {
    const option = byCode.get(code);
    return option ? optionText(option, showCode) : code;
  };
  const commit = (codes: string[]) => {
    if (props.multiple) props.onChange(codes);
    else props.onChange(codes[0] ?? null);
  };

  function resetQuery() {
    if (query !== null) onQueryChange?.('');
    setQuery(null);
  }

  function open() {
    if (isOpen) return;
    const chosen = shown.findIndex((option) => selectedSet.has(option.code));
    setActiveIndex(chosen >= 0 ? chosen : 0);
    setOpen(true);
  }

  function close() {
    setOpen(false);
    resetQuery();
  }

  function choose(option: CodeOption) {
    if (isMultiple) {
      commit(
        selectedSet.has(option.code)
          ? selected.filter((code) => code !== option.code)
          : [...selected, option.code],
      );
      return;
    }
    commit([option.code]);
    close();
  }

  function moveTo(position: number) {
    setActiveIndex(position);
    document.getElementById(optionId(position))?.scrollIntoView({ block: 'nearest' });
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!isOpen) open();
        else if (shown.length > 0) moveTo(Math.min(active + 1, shown.length - 1));
        return;
      case 'ArrowUp':
        event.preventDefault();
        if (event.altKey) close();
        else if (!isOpen) open();
        else if (shown.length > 0) moveTo(Math.max(active - 1, 0));
        return;
      case 'Enter': {
        if (!isOpen) return;
        // Choosing must not submit the form.
        event.preventDefault();
        const option = shown[active];
        if (option) choose(option);
        return;
      }
      case 'Escape':
        if (isOpen || query !== null) {
          event.preventDefault();
          event.stopPropagation();
          close();
        }
        return;
      case 'Tab':
        if (isOpen) close();
        return;
      case 'Backspace':
        if (isMultiple && (query ?? '') === '' && selected.length > 0) {
          commit(selected.slice(0, -1));
        }
        return;
      default:
        return;
    }
  }

  function onBlur(event: FocusEvent<HTMLInputElement>) {
    const next = event.relatedTarget;
    if (next instanceof Node && event.currentTarget.parentElement?.contains(next)) return;
    // Emptying a single optional picker's box clears the choice.
    if (!isMultiple && query !== null && query.trim() === '' && !field.required) commit([]);
    close();
  }

  const inputValue = isMultiple
    ? (query ?? '')
    : (query ?? (selected[0] ? textOf(selected[0]) : ''));
  const status = !isOpen
    ? ''
    : isLoading
      ? t('forms.picker.searching')
      : t('forms.picker.results', { count: matches.length });

  return (
    <div className={fieldClassName(field, 'code-picker')}>
      <label htmlFor={ids.id} id={ids.labelId}>
        <LabelText label={field.label} required={field.required} />
      </label>
      {isMultiple && selected.length > 0 && (
        <ul className="tags picker-chips" aria-labelledby={ids.labelId}>
          {selected.map((code) => (
            <li key={code} className="tag">
              <span>{textOf(code)}</span>
              <button
                type="button"
                className="tag-remove"
                disabled={disabled}
                aria-label={t('forms.picker.remove', { item: textOf(code) })}
                onClick={() => commit(selected.filter((other) => other !== code))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="picker-control">
        <input
          {...ids.control}
          ref={inputRef}
          name={name}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={isOpen}
          aria-controls={listId}
          aria-activedescendant={isOpen && active >= 0 ? optionId(active) : undefined}
          autoComplete="off"
          spellCheck={false}
          disabled={disabled}
          required={field.required}
          placeholder={placeholder ?? t('forms.picker.placeholder')}
          value={inputValue}
          onChange={(event) => {
            setQuery(event.target.value);
            setActiveIndex(0);
            setOpen(true);
            onQueryChange?.(event.target.value);
          }}
          onClick={open}
          onKeyDown={onKeyDown}
          onBlur={onBlur}
        />
        {!isMultiple && !field.required && selected.length > 0 && !disabled && (
          <button
            type="button"
            className="picker-button"
            aria-label={t('forms.picker.clear', { label: field.label })}
            onClick={() => {
              commit([]);
              resetQuery();
              inputRef.current?.focus();
            }}
          >
            ×
          </button>
        )}
        <button
          type="button"
          className="picker-button"
          tabIndex={-1}
          disabled={disabled}
          aria-label={t('forms.picker.showList', { label: field.label })}
          aria-expanded={isOpen}
          aria-controls={listId}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            inputRef.current?.focus();
            if (isOpen) close();
            else open();
          }}
        >
          <span aria-hidden="true">▾</span>
        </button>
        <div
          className="picker-popup"
          role="presentation"
          hidden={!isOpen}
          // Dragging the popup's scrollbar must not take focus from the input (which would close it).
          onMouseDown={(event) => event.preventDefault()}
        >
          <ul
            id={listId}
            role="listbox"
            aria-labelledby={ids.labelId}
            aria-multiselectable={isMultiple || undefined}
          >
            {isOpen &&
              shown.map((option, position) => (
                // The keyboard drives the options from the input (aria-activedescendant).
                // eslint-disable-next-line jsx-a11y/click-events-have-key-events
                <li
                  key={option.code}
                  id={optionId(position)}
                  role="option"
                  aria-selected={selectedSet.has(option.code)}
                  className={[
                    'picker-option',
                    position === active ? 'picker-option-active' : '',
                    !isFiltering && option.depth ? `picker-depth-${option.depth}` : '',
                  ]
                    .filter(Boolean)
                    .join(' ')}
                  onMouseDown={(event) => event.preventDefault()}
                  onMouseMove={() => {
                    if (position !== active) setActiveIndex(position);
                  }}
                  onClick={() => choose(option)}
                >
                  {isMultiple && (
                    <span className="picker-check" aria-hidden="true">
                      {selectedSet.has(option.code) ? '✓' : ''}
                    </span>
                  )}
                  <span className="picker-option-text">
                    {showCode && <span className="picker-code">{option.code}</span>}
                    {showCode && ' — '}
                    {option.label}
                  </span>
                  {option.detail && <span className="picker-detail">{option.detail}</span>}
                </li>
              ))}
          </ul>
          {isOpen && shown.length === 0 && (
            <p className="picker-message">
              {isLoading ? t('forms.picker.searching') : t('forms.picker.noMatches')}
            </p>
          )}
          {isOpen && matches.length > shown.length && (
            <p className="picker-message">
              {t('forms.picker.more', { shown: shown.length, total: matches.length })}
            </p>
          )}
        </div>
      </div>
      <div className="visually-hidden" aria-live="polite">
        {status}
      </div>
      <FieldMessages ids={ids} hint={field.hint} error={field.error} />
    </div>
  );
}
