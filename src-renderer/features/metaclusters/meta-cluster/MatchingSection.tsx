/**
 * Organisation matching across the member clusters' countries, and the coverage of the value chain
 * by member cluster.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { suggestPairs, valueChainMatrix } from '../../../../src-core/metacluster';
import type { MetaClusterWorkspace } from '../../../db/metaclusters';
import { countryName } from '../../../i18n/format';
import { todayIso } from '../../../ui/today';
import { MatrixTable } from '../MatrixTable';

export function MatchingSection({ ws }: { ws: MetaClusterWorkspace }) {
  const { t, i18n } = useTranslation();
  const pairs = useMemo(
    () =>
      suggestPairs({
        organisations: ws.organisations,
        memberships: ws.memberships,
        clusterIds: ws.metaCluster.members.map((m) => m.clusterId),
        today: todayIso(),
        maxPerOrganisation: 3,
        limit: 30,
      }),
    [ws],
  );
  return (
    <section className="card" aria-labelledby="matching-title">
      <h2 id="matching-title">{t('metaClusters.matchingTitle')}</h2>
      <p className="field-hint">{t('metaClusters.matchingHint')}</p>
      {pairs.length === 0 ? (
        <p>{t('metaClusters.noPairs')}</p>
      ) : (
        <ul className="pair-list" data-testid="pairs">
          {pairs.map((pair) => {
            const offeredBy = pair.reason.offeredBy === pair.a.id ? pair.a : pair.b;
            const neededBy = offeredBy === pair.a ? pair.b : pair.a;
            return (
              <li key={`${pair.a.id}-${pair.b.id}`}>
                {t('metaClusters.pair', {
                  offeredBy: `${offeredBy.name} (${countryName(offeredBy.country, i18n.language)})`,
                  offer: pair.reason.offer,
                  neededBy: `${neededBy.name} (${countryName(neededBy.country, i18n.language)})`,
                  need: pair.reason.need,
                })}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** The chain's segments × the member clusters: where the pilot is strong, and its gaps. */
export function CoverageMatrix({ ws }: { ws: MetaClusterWorkspace }) {
  const { t } = useTranslation();
  const members = useMemo(
    () => new Set(ws.metaCluster.members.map((member) => member.clusterId)),
    [ws.metaCluster.members],
  );
  const matrix = useMemo(
    () =>
      ws.valueChain
        ? valueChainMatrix({
            valueChain: ws.valueChain,
            clusters: ws.clusters.filter((cluster) => members.has(cluster.id)),
            organisations: ws.organisations,
            memberships: ws.memberships,
            today: todayIso(),
            participation: 'tagged-or-members',
          })
        : null,
    [ws, members],
  );
  if (!matrix || members.size === 0) return <p>{t('metaClusters.noMembers')}</p>;
  return <MatrixTable matrix={matrix} view="clusters" labelledBy="coverage-matrix-title" />;
}
