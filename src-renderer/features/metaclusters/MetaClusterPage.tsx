/**
 * One meta-cluster: its lifecycle and value chain; the composer; governance and the agreement;
 * organisation matching across countries; and the pilot dashboard. Each section is a file of
 * meta-cluster/, writing through the command table.
 */
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../../routing/router';
import { useMetaClusterWorkspace } from '../../db/metaclusters';
import { RecordGate } from '../../ui/RecordGate';
import { ComposerSection } from './meta-cluster/ComposerSection';
import { GovernanceSection } from './meta-cluster/GovernanceSection';
import { MatchingSection } from './meta-cluster/MatchingSection';
import { PilotSection } from './meta-cluster/PilotSection';
import { ProfileSection } from './meta-cluster/ProfileSection';
import { useMetaClusterAnalysis } from './meta-cluster/useMetaClusterAnalysis';

export function MetaClusterPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const ws = useMetaClusterWorkspace(id);
  // The analyses read every organisation: computed in the bulk worker, not on the page.
  const { answer: analysis, updating } = useMetaClusterAnalysis(id);
  return (
    <RecordGate
      value={ws}
      isDeleted={(value) => value.metaCluster.deleted}
      nameOf={(value) => value.metaCluster.name}
      back={{ href: hrefOf('metaClusters'), label: t('metaClusters.back') }}
      notFoundText={t('metaClusters.notFound')}
    >
      {(value) => (
        <section className="page" aria-labelledby="meta-cluster-title">
          <div className="page-header">
            <h1 id="meta-cluster-title">
              <bdi>{value.metaCluster.name}</bdi>
            </h1>
            <a href={hrefOf('metaClusters')}>{t('metaClusters.back')}</a>
          </div>
          <div className="cards">
            <ProfileSection ws={value} />
            <ComposerSection ws={value} analysis={analysis} updating={updating} />
            <GovernanceSection ws={value} />
            <MatchingSection analysis={analysis} updating={updating} />
            <PilotSection ws={value} analysis={analysis} updating={updating} />
          </div>
        </section>
      )}
    </RecordGate>
  );
}
