/**
 * A meta-cluster's composer: the member clusters, the coverage of the value chain as clusters are
 * added or removed, candidate clusters ranked with their reasons, and suggested compositions from
 * at least three countries. Members' roles are set under governance (one place, one fact).
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CompositionFactor } from '../../../../src-core/metacluster';
import { hrefOf } from '../../../routing/router';
import type { MetaClusterAnalysis } from '../../../db/metacluster-analysis';
import type { MetaClusterWorkspace } from '../../../db/metaclusters';
import { countryName, formatNumber, formatPercent } from '../../../i18n/format';
import { Loading } from '../../../ui/Loading';
import { StaticTable } from '../../../ui/table/StaticTable';
import { useCommand } from '../../../ui/useCommand';

function factorText(
  t: TFunction,
  factor: CompositionFactor,
  language: string,
  segmentName: (key: string) => string,
): string {
  switch (factor.kind) {
    case 'segmentsAdded':
      return t('metaClusters.factors.segmentsAdded', {
        points: factor.points,
        list: factor.data.segments.map(segmentName).join(', ') || '—',
      });
    case 'complementarity':
      return factor.data.newCountry
        ? t('metaClusters.factors.newCountry', {
            points: factor.points,
            country: countryName(factor.data.country, language),
          })
        : t('metaClusters.factors.sameCountry', {
            country: countryName(factor.data.country, language),
          });
    case 'scientificStrength':
      return t('metaClusters.factors.science', {
        points: factor.points,
        knowledge: factor.data.knowledge,
        members: factor.data.members,
      });
    case 'readiness':
      return t('metaClusters.factors.readiness', {
        points: factor.points,
        passed: factor.data.passed,
        total: factor.data.total,
      });
    default: {
      const unknown: never = factor;
      return String(unknown);
    }
  }
}

export function ComposerSection({
  ws,
  analysis,
  updating,
}: {
  ws: MetaClusterWorkspace;
  /** Computed in the bulk worker (db/metacluster-analysis.ts); undefined until it answers. */
  analysis: MetaClusterAnalysis | null | undefined;
  /** The analysis shown predates the latest change: a newer one is being computed. */
  updating: boolean;
}) {
  const { t, i18n } = useTranslation();
  const run = useCommand();
  const record = ws.metaCluster;
  const members = record.members;
  const nameOf = new Map(ws.clusters.map((c) => [c.id, c]));
  const segmentName = (key: string) =>
    ws.valueChain?.segments.find((segment) => segment.key === key)?.name ?? key;
  const computed = analysis?.composer;

  if (!ws.valueChain || analysis?.composer === null) {
    return (
      <section className="card">
        <h2>{t('metaClusters.composerTitle')}</h2>
        <p>{t('metaClusters.chooseValueChain')}</p>
      </section>
    );
  }
  if (!computed) {
    return (
      <section className="card" aria-labelledby="composer-title">
        <h2 id="composer-title">{t('metaClusters.composerTitle')}</h2>
        <Loading label={t('metaClusters.analysing')} />
      </section>
    );
  }
  const { coverage, suggestions } = computed;
  // The members are the page's own, read at once; the candidates may predate the last addition.
  const memberIds = new Set(members.map((member) => member.clusterId));
  const candidates = computed.candidates.filter((candidate) => !memberIds.has(candidate.clusterId));
  return (
    <section className="card" aria-labelledby="composer-title" aria-busy={updating}>
      <h2 id="composer-title">{t('metaClusters.composerTitle')}</h2>
      {updating && <Loading label={t('metaClusters.updating')} />}
      <p data-testid="coverage">
        {t('metaClusters.coverage', {
          covered: coverage.covered.length,
          total: coverage.total,
          ratio: formatPercent(coverage.ratio, i18n.language),
          countries: coverage.countries.length,
        })}{' '}
        {coverage.meetsCountryRule ? '' : t('metaClusters.needThreeCountries')}
      </p>
      {coverage.missing.length > 0 && (
        <p className="field-hint">
          {t('metaClusters.missing', { list: coverage.missing.map(segmentName).join(', ') })}
        </p>
      )}
      <h3>{t('metaClusters.membersTitle')}</h3>
      {members.length === 0 ? (
        <p>{t('metaClusters.noMembers')}</p>
      ) : (
        <ul className="member-list" aria-label={t('metaClusters.membersTitle')}>
          {members.map((member) => {
            const cluster = nameOf.get(member.clusterId);
            return (
              <li key={member.clusterId}>
                <a href={hrefOf('clusters', member.clusterId)}>
                  {cluster?.name ?? member.clusterId}
                </a>{' '}
                ({cluster ? countryName(cluster.country, i18n.language) : '—'})
                <span className="field-hint"> {t(`codes.metaClusterRoles.${member.role}`)}</span>{' '}
                <button
                  type="button"
                  onClick={() =>
                    void run(
                      'metaCluster.setMembers',
                      { id: record.id, remove: [member.clusterId] },
                      { success: t('metaClusters.removed', { name: cluster?.name ?? '' }) },
                    )
                  }
                >
                  {t('metaClusters.remove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <h3>{t('metaClusters.candidatesTitle')}</h3>
      <StaticTable
        label={t('metaClusters.candidatesTitle')}
        isCompact
        rows={candidates}
        rowKey={(candidate) => candidate.clusterId}
        columns={[
          {
            id: 'cluster',
            header: t('metaClusters.cluster'),
            cell: (candidate) => (
              <>
                {candidate.name}
                <br />
                <span className="field-hint">{countryName(candidate.country, i18n.language)}</span>
              </>
            ),
          },
          {
            id: 'score',
            header: t('metaClusters.score'),
            isNumeric: true,
            cell: (candidate) => formatNumber(candidate.score, i18n.language),
          },
          {
            id: 'why',
            header: t('metaClusters.why'),
            cell: (candidate) => (
              <ul className="factor-list">
                {candidate.factors
                  .filter((factor) => factor.points > 0 || factor.kind === 'complementarity')
                  .map((factor) => (
                    <li key={factor.kind}>{factorText(t, factor, i18n.language, segmentName)}</li>
                  ))}
              </ul>
            ),
          },
          {
            id: 'add',
            header: t('metaClusters.action'),
            cell: (candidate) => (
              <button
                type="button"
                aria-label={t('metaClusters.addNamed', { name: candidate.name })}
                onClick={() =>
                  void run(
                    'metaCluster.setMembers',
                    { id: record.id, add: [candidate.clusterId] },
                    { success: t('metaClusters.added', { name: candidate.name }) },
                  )
                }
              >
                {t('metaClusters.add')}
              </button>
            ),
          },
        ]}
      />
      <h3>{t('metaClusters.suggestionsTitle')}</h3>
      {suggestions.compositions.length === 0 ? (
        <p>{t(`metaClusters.noSuggestion.${suggestions.reason ?? 'fewer-than-3-countries'}`)}</p>
      ) : (
        <ol className="suggestions" data-testid="suggestions">
          {suggestions.compositions.map((suggestion, index) => (
            <li key={suggestion.clusterIds.join()}>
              <p>
                {t('metaClusters.suggestion', {
                  ratio: formatPercent(suggestion.coverage.ratio, i18n.language),
                  countries: suggestion.countries
                    .map((c) => countryName(c, i18n.language))
                    .join(', '),
                })}
              </p>
              <p className="field-hint">
                {suggestion.clusterIds.map((id) => nameOf.get(id)?.name ?? id).join(' · ')}
              </p>
              <button
                type="button"
                aria-label={t('metaClusters.useSuggestionNamed', { n: index + 1 })}
                onClick={() =>
                  void run(
                    'metaCluster.useComposition',
                    { id: record.id, clusterIds: suggestion.clusterIds },
                    { success: t('metaClusters.suggestionUsed') },
                  )
                }
              >
                {t('metaClusters.useSuggestion')}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
