/**
 * An agreement (Letter of Interest or MoU) and its signatories: the runner's governance stage and
 * a meta-cluster's page are the same editor. In the room a signatory's status is recorded (to
 * sign, signed, declined); on the meta-cluster the date each one signed. Every field saves on its
 * own through the caller's commands.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignatoryKey } from '../../../src-core/edits';
import { agreementStatuses, agreementTypes } from '../../../src-core/model/enums';
import { signatoryStatuses } from '../../../src-core/model/workshop-run';
import { DateInput, SelectField, TextInput, clearIfUnchanged, enumOptions } from '../../ui/form';
import { StaticTable, type StaticColumn } from '../../ui/table/StaticTable';

type AgreementType = (typeof agreementTypes)[number];
type AgreementStatus = (typeof agreementStatuses)[number];
type SignatoryStatus = (typeof signatoryStatuses)[number];

export interface SignatoryRow extends SignatoryKey {
  readonly status?: SignatoryStatus;
  readonly signedOn?: string | null;
}

export interface AgreementEditorProps {
  /** Status per signatory (the room) or the date each signed (the meta-cluster). */
  readonly mode: 'status' | 'date';
  readonly type: AgreementType;
  readonly onType: (type: AgreementType) => void;
  /** The agreement's own status and signing date (the meta-cluster only). */
  readonly status?: { value: AgreementStatus; onChange: (status: AgreementStatus) => void };
  readonly signedOn?: { value: string | null; onChange: (date: string | null) => void };
  readonly signatories: readonly SignatoryRow[];
  readonly onAdd: (person: SignatoryRow) => Promise<boolean>;
  readonly onEdit: (key: SignatoryKey, patch: Partial<SignatoryRow>) => void;
  readonly onRemove: (person: SignatoryRow) => void;
}

export function AgreementEditor(props: AgreementEditorProps) {
  const { t } = useTranslation();
  const { mode, onEdit } = props;
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [error, setError] = useState<string | undefined>();
  const g = (key: string) => t(`editors.agreement.${key}` as 'editors.agreement.type');
  const keyOf = (person: SignatoryRow): SignatoryKey => ({
    name: person.name,
    organisation: person.organisation,
  });

  async function add(event: FormEvent) {
    event.preventDefault();
    if (name.trim() === '') {
      setError(g('nameRequired'));
      return;
    }
    setError(undefined);
    const person: SignatoryRow =
      mode === 'status'
        ? { name: name.trim(), organisation: organisation.trim(), status: 'pending' }
        : { name: name.trim(), organisation: organisation.trim(), signedOn: null };
    if (await props.onAdd(person)) {
      clearIfUnchanged(setName, name);
      clearIfUnchanged(setOrganisation, organisation);
    }
  }

  const stateColumn: StaticColumn<SignatoryRow> =
    mode === 'status'
      ? {
          id: 'status',
          header: g('signatoryStatus'),
          cell: (person) => (
            <SelectField
              hideLabel
              label={t('editors.agreement.statusOf', { name: person.name })}
              value={person.status ?? 'pending'}
              options={enumOptions(signatoryStatuses, (s) => t(`editors.agreement.statuses.${s}`))}
              onChange={(status) => onEdit(keyOf(person), { status: status as SignatoryStatus })}
            />
          ),
        }
      : {
          id: 'signedOn',
          header: g('signedOn'),
          cell: (person) => (
            <DateInput
              hideLabel
              label={t('editors.agreement.signedOnOf', { name: person.name })}
              value={person.signedOn ?? ''}
              onChange={(date) => onEdit(keyOf(person), { signedOn: date || null })}
            />
          ),
        };
  const columns: StaticColumn<SignatoryRow>[] = [
    { id: 'name', header: g('name'), cell: (person) => person.name },
    { id: 'organisation', header: g('organisation'), cell: (person) => person.organisation },
    stateColumn,
    {
      id: 'remove',
      header: g('remove'),
      cell: (person) => (
        <button type="button" className="link" onClick={() => props.onRemove(person)}>
          {g('remove')}
          <span className="visually-hidden"> {person.name}</span>
        </button>
      ),
    },
  ];

  return (
    <div className="agreement-editor">
      <div className="inline-form">
        <SelectField
          label={g('type')}
          value={props.type}
          options={enumOptions(agreementTypes, (type) => t(`metaClusters.agreementTypes.${type}`))}
          onChange={(type) => props.onType(type as AgreementType)}
        />
        {props.status && (
          <SelectField
            label={g('status')}
            value={props.status.value}
            options={enumOptions(agreementStatuses, (s) =>
              t(`metaClusters.agreementStatuses.${s}`),
            )}
            onChange={(status) => props.status?.onChange(status as AgreementStatus)}
          />
        )}
        {props.signedOn && (
          <DateInput
            label={g('signedOn')}
            value={props.signedOn.value ?? ''}
            onChange={(date) => props.signedOn?.onChange(date || null)}
          />
        )}
      </div>
      {props.signatories.length === 0 ? (
        <p className="empty-note">{g('none')}</p>
      ) : (
        <StaticTable
          label={g('signatories')}
          columns={columns}
          rows={props.signatories}
          rowKey={(person) => `${person.name}\u0000${person.organisation}`}
          isCompact
        />
      )}
      <form className="inline-form" onSubmit={(event) => void add(event)} noValidate>
        <TextInput
          label={g('name')}
          value={name}
          maxLength={120}
          required
          error={error}
          onChange={setName}
        />
        <TextInput
          label={g('organisation')}
          value={organisation}
          maxLength={200}
          onChange={setOrganisation}
        />
        <button type="submit">{g('add')}</button>
      </form>
    </div>
  );
}
