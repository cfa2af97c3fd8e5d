/** Workshops: every one planned or held, and planning a new one from the method. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopType } from '../../../src-core/method';
import { hrefOf, navigate } from '../../app/router';
import { useSetting } from '../../db/hooks';
import { useWorkspace } from '../../db/provider';
import { createWorkshop, useWorkshops, useWorkshopTargets } from '../../db/workshops';
import { useStudioStore } from '../../state/store';
import { errorText } from '../../ui/errors';
import { formatIsoDate } from '../../ui/form';
import { todayIso } from '../../ui/today';

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
  const [error, setError] = useState<string | null>(null);
  const choices = kind === 'reinforcement' ? targets?.clusters : targets?.metaClusters;
  const heldFor = target || choices?.[0]?.id || '';

  async function create(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (!name.trim()) {
      setError(t('workshops.nameRequired'));
      return;
    }
    if (!heldFor) {
      setError(t(`workshops.targetRequired.${kind}`));
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
      setError(errorText(t, failure));
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
        <form className="inline-form" onSubmit={(event) => void create(event)}>
          <label className="field">
            <span>{t('workshops.type')}</span>
            <select
              value={kind}
              onChange={(event) => {
                setKind(event.target.value as WorkshopType);
                setTarget('');
              }}
            >
              <option value="meta-cluster">{t('workshops.types.meta-cluster')}</option>
              <option value="reinforcement">{t('workshops.types.reinforcement')}</option>
            </select>
          </label>
          <label className="field">
            <span>{t(`workshops.heldFor.${kind}`)}</span>
            <select value={heldFor} onChange={(event) => setTarget(event.target.value)}>
              {choices?.map((choice) => (
                <option key={choice.id} value={choice.id}>
                  {choice.name}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('workshops.name')}</span>
            <input value={name} onChange={(event) => setName(event.target.value)} />
          </label>
          <label className="field">
            <span>{t('workshops.date')}</span>
            <input type="date" value={date} onChange={(event) => setDate(event.target.value)} />
          </label>
          <label className="field">
            <span>{t('workshops.venue')}</span>
            <input value={venue} onChange={(event) => setVenue(event.target.value)} />
          </label>
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
        <table className="data-table" aria-labelledby="workshops-title">
          <thead>
            <tr>
              <th scope="col">{t('workshops.name')}</th>
              <th scope="col">{t('workshops.type')}</th>
              <th scope="col">{t('workshops.date')}</th>
              <th scope="col">{t('workshops.venue')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ record, heldFor: held }) => (
              <tr key={record.id}>
                <th scope="row">
                  <a href={hrefOf('workshops', record.id)}>{record.name}</a>
                  {held && <span className="field-hint"> — {held}</span>}
                </th>
                <td>{t(`workshops.types.${record.kind}`)}</td>
                <td>{formatIsoDate(record.date, i18n.language)}</td>
                <td>{record.venue}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
