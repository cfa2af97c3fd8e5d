/** Meta-clusters: every one with its value chain, lifecycle, countries and agreement; start one. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefOf, navigate } from '../../app/router';
import { useMetaClusters, useValueChainRecords } from '../../db/metaclusters';
import { useWorkspace } from '../../db/provider';
import { countryName } from '../../i18n/format';
import { useStudioStore } from '../../state/store';
import { errorText } from '../../ui/errors';

export function MetaClustersPage() {
  const { t, i18n } = useTranslation();
  const { repositories } = useWorkspace();
  const notify = useStudioStore((state) => state.notify);
  const rows = useMetaClusters();
  const chains = useValueChainRecords();
  const [name, setName] = useState('');
  const [valueChainId, setValueChainId] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function create(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (!name.trim()) {
      setError(t('metaClusters.nameRequired'));
      return;
    }
    try {
      const record = await repositories.metaClusters.create({
        name: name.trim(),
        valueChainId: valueChainId || (chains?.[0]?.id ?? null),
        status: 'exploring',
        members: [],
        notes: '',
        governance: { leadClusterId: null, decisionRule: '' },
        agreement: { type: 'letter-of-interest', status: 'none', signedOn: null, signatories: [] },
        actions: [],
      });
      notify({ tone: 'success', message: t('metaClusters.created', { name: record.name }) });
      navigate('metaClusters', record.id);
    } catch (failure) {
      setError(errorText(t, failure));
    }
  }

  return (
    <section className="page" aria-labelledby="meta-clusters-title">
      <div className="page-header">
        <h1 id="meta-clusters-title">{t('metaClusters.title')}</h1>
        <a href={hrefOf('valueChains')}>{t('metaClusters.valueChainsLink')}</a>
      </div>
      <p className="page-intro">{t('metaClusters.intro')}</p>
      <section className="card" aria-labelledby="new-meta-cluster-title">
        <h2 id="new-meta-cluster-title">{t('metaClusters.newTitle')}</h2>
        {chains?.length === 0 ? (
          <p>
            {t('metaClusters.needValueChain')}{' '}
            <a href={hrefOf('valueChains')}>{t('metaClusters.valueChainsLink')}</a>
          </p>
        ) : (
          <form className="inline-form" onSubmit={(event) => void create(event)}>
            <label className="field">
              <span>{t('metaClusters.name')}</span>
              <input value={name} onChange={(event) => setName(event.target.value)} />
            </label>
            <label className="field">
              <span>{t('metaClusters.valueChain')}</span>
              <select
                value={valueChainId || chains?.[0]?.id || ''}
                onChange={(event) => setValueChainId(event.target.value)}
              >
                {chains?.map((chain) => (
                  <option key={chain.id} value={chain.id}>
                    {chain.name}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="button-primary">
              {t('metaClusters.create')}
            </button>
          </form>
        )}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
      </section>
      {rows && rows.length > 0 && (
        <table className="data-table" aria-labelledby="meta-clusters-title">
          <thead>
            <tr>
              <th scope="col">{t('metaClusters.name')}</th>
              <th scope="col">{t('metaClusters.valueChain')}</th>
              <th scope="col">{t('metaClusters.lifecycle')}</th>
              <th scope="col">{t('metaClusters.countries')}</th>
              <th scope="col">{t('metaClusters.agreement')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ record, valueChain, countries }) => (
              <tr key={record.id}>
                <th scope="row">
                  <a href={hrefOf('metaClusters', record.id)}>{record.name}</a>
                </th>
                <td>{valueChain ?? '—'}</td>
                <td>{t(`codes.metaClusterStatuses.${record.status}`)}</td>
                <td>{countries.map((code) => countryName(code, i18n.language)).join(', ')}</td>
                <td>
                  {t(`metaClusters.agreementTypes.${record.agreement.type}`)}:{' '}
                  {t(`metaClusters.agreementStatuses.${record.agreement.status}`)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
