/** Meta-clusters: every one with its value chain, lifecycle, countries and agreement; start one. */
import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { hrefOf, navigate } from '../../routing/router';
import { useMetaClusters, useValueChainRecords, type MetaClusterRow } from '../../db/metaclusters';
import { useWorkspace } from '../../db/provider';
import { countryName } from '../../i18n/format';
import { useStudioStore } from '../../state/store';
import { errorText } from '../../ui/errors';
import { SelectField, TextInput, focusFirstInvalid } from '../../ui/form';
import { StaticTable, type StaticColumn } from '../../ui/table/StaticTable';

export function MetaClustersPage() {
  const { t, i18n } = useTranslation();
  const { repositories } = useWorkspace();
  const notify = useStudioStore((state) => state.notify);
  const rows = useMetaClusters();
  const chains = useValueChainRecords();
  const [name, setName] = useState('');
  const [valueChainId, setValueChainId] = useState('');
  const [nameError, setNameError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  async function create(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (!name.trim()) {
      // Render the error now, so the field can take focus and be read out with it.
      flushSync(() => setNameError(t('metaClusters.nameRequired')));
      focusFirstInvalid(formRef.current);
      return;
    }
    setNameError(undefined);
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

  const columns: StaticColumn<MetaClusterRow>[] = [
    {
      id: 'name',
      header: t('metaClusters.name'),
      cell: ({ record }) => <a href={hrefOf('metaClusters', record.id)}>{record.name}</a>,
    },
    {
      id: 'valueChain',
      header: t('metaClusters.valueChain'),
      cell: ({ valueChain }) => valueChain ?? '—',
    },
    {
      id: 'lifecycle',
      header: t('metaClusters.lifecycle'),
      cell: ({ record }) => t(`codes.metaClusterStatuses.${record.status}`),
    },
    {
      id: 'countries',
      header: t('metaClusters.countries'),
      cell: ({ countries }) => countries.map((code) => countryName(code, i18n.language)).join(', '),
    },
    {
      id: 'agreement',
      header: t('metaClusters.agreement'),
      cell: ({ record }) => (
        <>
          {t(`metaClusters.agreementTypes.${record.agreement.type}`)}:{' '}
          {t(`metaClusters.agreementStatuses.${record.agreement.status}`)}
        </>
      ),
    },
  ];

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
          <form
            ref={formRef}
            className="inline-form"
            onSubmit={(event) => void create(event)}
            noValidate
          >
            <TextInput
              label={t('metaClusters.name')}
              value={name}
              error={nameError}
              onChange={setName}
            />
            <SelectField
              label={t('metaClusters.valueChain')}
              value={valueChainId || chains?.[0]?.id || ''}
              options={(chains ?? []).map((chain) => ({ value: chain.id, label: chain.name }))}
              onChange={setValueChainId}
            />
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
        <StaticTable
          label={t('metaClusters.title')}
          columns={columns}
          rows={rows}
          rowKey={(row) => row.record.id}
        />
      )}
    </section>
  );
}
