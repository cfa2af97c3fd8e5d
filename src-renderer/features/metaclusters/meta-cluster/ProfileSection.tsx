/** A meta-cluster's lifecycle and value chain. */
import { useTranslation } from 'react-i18next';
import type { MetaClusterFields } from '../../../../src-core/model/entities';
import { metaClusterStatuses } from '../../../../src-core/model/enums';
import { hrefOf } from '../../../routing/router';
import type { MetaClusterWorkspace } from '../../../db/metaclusters';
import { SelectField, enumOptions } from '../../../ui/form';
import { useCommand } from '../../../ui/useCommand';

export function ProfileSection({ ws }: { ws: MetaClusterWorkspace }) {
  const { t } = useTranslation();
  const run = useCommand();
  const record = ws.metaCluster;
  const save = (patch: Partial<Pick<MetaClusterFields, 'status' | 'valueChainId'>>) =>
    void run('metaCluster.patch', { id: record.id, patch }, { success: t('forms.notices.saved') });
  return (
    <section className="card" aria-labelledby="profile-title">
      <h2 id="profile-title">{t('metaClusters.profileTitle')}</h2>
      <div className="inline-form">
        <SelectField
          label={t('metaClusters.lifecycle')}
          value={record.status}
          options={enumOptions(metaClusterStatuses, (s) => t(`codes.metaClusterStatuses.${s}`))}
          onChange={(status) => save({ status: status as MetaClusterFields['status'] })}
        />
        <SelectField
          label={t('metaClusters.valueChain')}
          value={record.valueChainId ?? ''}
          emptyLabel={record.valueChainId ? undefined : '—'}
          options={ws.valueChains.map((chain) => ({ value: chain.id, label: chain.name }))}
          onChange={(valueChainId) => save({ valueChainId: valueChainId || null })}
        />
        {record.valueChainId && (
          <a href={hrefOf('valueChains', record.valueChainId)}>{t('metaClusters.matrixLink')}</a>
        )}
      </div>
    </section>
  );
}
