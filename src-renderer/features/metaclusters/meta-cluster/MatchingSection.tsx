/**
 * Organisation matching across the member clusters' countries, and the coverage of the value chain
 * by member cluster.
 */
import { useTranslation } from 'react-i18next';
import type { MetaClusterAnalysis } from '../../../db/metacluster-analysis';
import type { MetaClusterWorkspace } from '../../../db/metaclusters';
import { countryName } from '../../../i18n/format';
import { Loading } from '../../../ui/Loading';
import { MatrixTable } from '../MatrixTable';

export function MatchingSection({
  analysis,
  updating,
}: {
  analysis: MetaClusterAnalysis | null | undefined;
  /** The pairs shown predate the latest change (the composer says so). */
  updating: boolean;
}) {
  const { t, i18n } = useTranslation();
  const pairs = analysis?.pairs;
  return (
    <section className="card" aria-labelledby="matching-title" aria-busy={updating}>
      <h2 id="matching-title">{t('metaClusters.matchingTitle')}</h2>
      <p className="field-hint">{t('metaClusters.matchingHint')}</p>
      {!pairs ? (
        <Loading label={t('metaClusters.analysing')} />
      ) : pairs.length === 0 ? (
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
export function CoverageMatrix({
  ws,
  analysis,
  updating,
}: {
  ws: MetaClusterWorkspace;
  analysis: MetaClusterAnalysis | null | undefined;
  /** The matrix shown predates the latest change. */
  updating: boolean;
}) {
  const { t } = useTranslation();
  if (ws.metaCluster.members.length === 0) return <p>{t('metaClusters.noMembers')}</p>;
  if (!analysis) return <Loading label={t('metaClusters.analysing')} />;
  if (!analysis.matrix) return <p>{t('metaClusters.noMembers')}</p>;
  return (
    <div aria-busy={updating}>
      <MatrixTable matrix={analysis.matrix} view="clusters" labelledBy="coverage-matrix-title" />
    </div>
  );
}
