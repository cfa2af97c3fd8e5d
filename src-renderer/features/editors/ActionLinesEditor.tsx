/**
 * Action lines (what, owner organisation, due date, KPI, status), edited in place: the workshop
 * runner's action plan and a meta-cluster's pilot actions are the same editor. Each field saves on
 * its own through the caller's commands (never a row rebuilt from what was rendered).
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionLine, ActionPatch } from '../../../src-core/edits';
import { actionStatuses } from '../../../src-core/model/enums';
import { DateInput, SelectField, TextInput, enumOptions } from '../../ui/form';
import { StaticTable, type StaticColumn } from '../../ui/table/StaticTable';

export type NewAction = Omit<ActionLine, 'id' | 'status'>;

export interface ActionLinesEditorProps {
  /** The table's accessible name. */
  readonly label: string;
  readonly lines: readonly ActionLine[];
  /** Organisations to suggest as owners (those taking part). */
  readonly ownerSuggestions?: readonly string[];
  readonly onAdd: (action: NewAction) => Promise<boolean>;
  readonly onEdit: (id: string, patch: ActionPatch) => Promise<boolean>;
  readonly onRemove: (line: ActionLine) => void;
}

const EMPTY: NewAction = { text: '', owner: '', due: null, kpi: '' };

export function ActionLinesEditor(props: ActionLinesEditorProps) {
  const { t } = useTranslation();
  const { lines, onEdit } = props;
  const listId = useId();
  const [draft, setDraft] = useState<NewAction>(EMPTY);
  const [error, setError] = useState<string | undefined>();
  const a = (key: string) => t(`editors.actions.${key}` as 'editors.actions.action');

  async function add(event: FormEvent) {
    event.preventDefault();
    if (draft.text.trim() === '') {
      setError(a('required'));
      return;
    }
    setError(undefined);
    const submitted = draft;
    if (await props.onAdd({ ...draft, text: draft.text.trim() }))
      setDraft((now) => (now === submitted ? EMPTY : now));
  }

  const columns: StaticColumn<ActionLine>[] = [
    { id: 'text', header: a('action'), cell: (line) => line.text },
    {
      id: 'owner',
      header: a('owner'),
      cell: (line) => (
        <TextInput
          hideLabel
          label={t('editors.actions.ownerOf', { action: line.text })}
          value={line.owner}
          list={listId}
          maxLength={200}
          onCommit={(owner) => onEdit(line.id, { owner })}
        />
      ),
    },
    {
      id: 'due',
      header: a('due'),
      cell: (line) => (
        <DateInput
          hideLabel
          label={t('editors.actions.dueOf', { action: line.text })}
          value={line.due ?? ''}
          onChange={(due) => void onEdit(line.id, { due: due || null })}
        />
      ),
    },
    {
      id: 'kpi',
      header: a('kpi'),
      cell: (line) => (
        <TextInput
          hideLabel
          label={t('editors.actions.kpiOf', { action: line.text })}
          value={line.kpi}
          maxLength={200}
          onCommit={(kpi) => onEdit(line.id, { kpi })}
        />
      ),
    },
    {
      id: 'status',
      header: a('status'),
      cell: (line) => (
        <SelectField
          hideLabel
          label={t('editors.actions.statusOf', { action: line.text })}
          value={line.status}
          options={enumOptions(actionStatuses, (s) => t(`metaClusters.actionStatuses.${s}`))}
          onChange={(status) => void onEdit(line.id, { status: status as ActionLine['status'] })}
        />
      ),
    },
    {
      id: 'remove',
      header: a('remove'),
      cell: (line) => (
        <button type="button" className="link" onClick={() => props.onRemove(line)}>
          {a('remove')}
          <span className="visually-hidden">
            {' '}
            {t('editors.actions.removeOf', { action: line.text })}
          </span>
        </button>
      ),
    },
  ];

  return (
    <div className="action-lines">
      <datalist id={listId}>
        {(props.ownerSuggestions ?? []).map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      {lines.length === 0 ? (
        <p className="empty-note">{a('none')}</p>
      ) : (
        <div className="table-scroll">
          <StaticTable
            label={props.label}
            columns={columns}
            rows={lines}
            rowKey={(line) => line.id}
            isCompact
          />
        </div>
      )}
      <form className="inline-form" onSubmit={(event) => void add(event)} noValidate>
        <TextInput
          wide
          label={a('new')}
          value={draft.text}
          maxLength={300}
          error={error}
          required
          onChange={(text) => setDraft((now) => ({ ...now, text }))}
        />
        <TextInput
          label={a('owner')}
          value={draft.owner}
          list={listId}
          maxLength={200}
          onChange={(owner) => setDraft((now) => ({ ...now, owner }))}
        />
        <DateInput
          label={a('due')}
          value={draft.due ?? ''}
          onChange={(due) => setDraft((now) => ({ ...now, due: due || null }))}
        />
        <TextInput
          label={a('kpi')}
          value={draft.kpi}
          maxLength={200}
          onChange={(kpi) => setDraft((now) => ({ ...now, kpi }))}
        />
        <button type="submit" className="button-primary">
          {a('add')}
        </button>
      </form>
    </div>
  );
}
