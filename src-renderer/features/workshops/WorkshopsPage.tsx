/**
 * Workshops: every one planned or held (deleted ones are left out), and planning a new one from
 * the method.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { WorkshopType } from '../../../src-core/method';
import { hrefOf, navigate } from '../../routing/router';
import { useSetting } from '../../db/hooks';
import { useWorkspace } from '../../db/provider';
import {
  createWorkshop,
  useWorkshops,
  useWorkshopTargets,
  type WorkshopRow,
} from '../../db/workshops';
import { useStudioStore } from '../../state/store';
import { errorText } from '../../ui/errors';
import {
  DateInput,
  SelectField,
  TextInput,
  formErrors,
  formatIsoDate,
  type FieldErrors,
} from '../../ui/form';
import { StaticTable, type StaticColumn } from '../../ui/table/StaticTable';
import { todayIso } from '../../ui/today';

/** The types, in the order the form offers them (a meta-cluster workshop is the usual one). */
const KINDS: readonly WorkshopType[] = ['meta-cluster', 'reinforcement'];

/** The list's columns (built per language: headers and cells are translated). */
function listColumns(t: TFunction, language: string): StaticColumn<WorkshopRow>[] {
  return [
    {
      id: 'name',
      header: t('workshops.name'),
      cell: ({ record, heldFor }) => (
        <>
          <a href={hrefOf('workshops', record.id)}>{record.name}</a>
          {heldFor && <span className="field-hint"> — {heldFor}</span>}
        </>
      ),
    },
    {
      id: 'kind',
      header: t('workshops.type'),
      cell: ({ record }) => t(`workshops.types.${record.kind}`),
    },
    {
      id: 'date',
      header: t('workshops.date'),
      cell: ({ record }) => formatIsoDate(record.date, language),
    },
    { id: 'venue', header: t('workshops.venue'), cell: ({ record }) => record.venue },
  ];
}

export function WorkshopsPage() {
  const { t, i18n } = useTranslation();
  const { repositories } = useWorkspace();
  const identity = useSetting('identity');
  const notify = useStudioStore((state) => state.notify);
  const rows = useWorkshops();
  const targets = useWorkshopTargets();
  const [kind, setKind] = useState<WorkshopType>('meta-cluster');
  const [name, setName] = useState('');
  const [date, setDate] = useState(todayIso());
  const [venue, setVenue] = useState('');
  const [target, setTarget] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const choices = kind === 'reinforcement' ? targets?.clusters : targets?.metaClusters;
  const heldFor = target || choices?.[0]?.id || '';

  async function create(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setErrors({});
    if (!name.trim()) {
      setErrors({ name: t('workshops.nameRequired') });
      return;
    }
    if (!heldFor) {
      setErrors({ target: t(`workshops.targetRequired.${kind}`) });
      return;
    }
    try {
      const record = await createWorkshop(
        repositories,
        {
          name: name.trim(),
          kind,
          date,
          venue: venue.trim(),
          clusterId: kind === 'reinforcement' ? heldFor : null,
          metaClusterId: kind === 'meta-cluster' ? heldFor : null,
        },
        identity?.facilitatorName ?? '',
      );
      notify({ tone: 'success', message: t('workshops.created', { name: record.name }) });
      navigate('workshops', record.id);
    } catch (failure) {
      const byField = formErrors(t, failure);
      if (Object.keys(byField).length > 0) setErrors(byField);
      else setError(errorText(t, failure));
    }
  }

  return (
    <section className="page" aria-labelledby="workshops-title">
      <div className="page-header">
        <h1 id="workshops-title">{t('workshops.title')}</h1>
      </div>
      <p className="page-intro">{t('workshops.intro')}</p>
      <section className="card" aria-labelledby="new-workshop-title">
        <h2 id="new-workshop-title">{t('workshops.newTitle')}</h2>
        <form className="inline-form" noValidate onSubmit={(event) => void create(event)}>
          <SelectField
            label={t('workshops.type')}
            value={kind}
            options={KINDS.map((value) => ({ value, label: t(`workshops.types.${value}`) }))}
            onChange={(value) => {
              setKind(KINDS.find((known) => known === value) ?? 'meta-cluster');
              setTarget('');
            }}
          />
          <SelectField
            label={t(`workshops.heldFor.${kind}`)}
            value={heldFor}
            options={(choices ?? []).map((choice) => ({ value: choice.id, label: choice.name }))}
            onChange={setTarget}
            error={errors.target ?? errors.clusterId ?? errors.metaClusterId}
          />
          <TextInput
            label={t('workshops.name')}
            value={name}
            onChange={setName}
            error={errors.name}
          />
          <DateInput
            label={t('workshops.date')}
            value={date}
            onChange={setDate}
            error={errors.date}
          />
          <TextInput
            label={t('workshops.venue')}
            value={venue}
            onChange={setVenue}
            error={errors.venue}
          />
          <button type="submit" className="button-primary">
            {t('workshops.create')}
          </button>
        </form>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
      </section>
      {rows && rows.length > 0 && (
        <StaticTable
          label={t('workshops.title')}
          columns={listColumns(t, i18n.language)}
          rows={rows}
          rowKey={({ record }) => record.id}
        />
      )}
    </section>
  );
}
