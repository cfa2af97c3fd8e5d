/**
 * The knowledge entities that could fill a cluster's gaps, ranked by how well they fit, each
 * point of the score explained: the cluster's reinforcement page (add to the pipeline) and the
 * runner's candidates stage (shortlist) show the same ranking with their own action.
 */
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StagedCandidate } from '../../db/reinforcement-candidates';
import { countryName, formatNumber } from '../../i18n/format';
import { StaticTable, type StaticColumn } from '../../ui/table/StaticTable';
import { explainFactor, type ExplainContext } from '../reinforcement/explain';
import './candidate-ranking.css';

/** Each point of a candidate's score, in words. */
export function candidateReasons(
  t: TFunction,
  candidate: StagedCandidate,
  ctx: ExplainContext,
): string[] {
  return candidate.factors.map((factor) => explainFactor(t, factor, ctx));
}

export interface CandidateRankingProps {
  /** The table's accessible name. */
  readonly label: string;
  readonly candidates: readonly StagedCandidate[];
  readonly segmentNames: ExplainContext['segmentNames'];
  readonly organisationNames: ExplainContext['organisationNames'];
  /** The candidate's name as shown (a link to the organisation, say). */
  readonly name?: (candidate: StagedCandidate) => ReactNode;
  /** The last column: what can be done with the candidate (add, shortlist) or where it stands. */
  readonly action: (candidate: StagedCandidate) => ReactNode;
}

/** The ranking's columns (module scope: the table's cells are the same on both pages). */
function candidateColumns(
  t: TFunction,
  ctx: ExplainContext,
  props: CandidateRankingProps,
): StaticColumn<StagedCandidate>[] {
  const c = (key: 'name' | 'score' | 'why' | 'action') =>
    t(`reinforcement.candidateColumns.${key}`);
  return [
    {
      id: 'name',
      header: c('name'),
      cell: (candidate) => (
        <>
          {props.name ? props.name(candidate) : candidate.name}
          <span className="field-hint candidate-kind">
            {t(`codes.organisationTypes.${candidate.type}`)},{' '}
            {countryName(candidate.country, ctx.language)}
          </span>
        </>
      ),
    },
    {
      id: 'score',
      header: c('score'),
      isNumeric: true,
      cell: (candidate) => formatNumber(candidate.score, ctx.language),
    },
    {
      id: 'why',
      header: c('why'),
      cell: (candidate) =>
        candidate.factors.length === 0 ? (
          t('reinforcement.noFactors')
        ) : (
          <ul className="factor-list">
            {candidateReasons(t, candidate, ctx).map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        ),
    },
    { id: 'action', header: c('action'), cell: props.action },
  ];
}

export function CandidateRanking(props: CandidateRankingProps) {
  const { t, i18n } = useTranslation();
  const ctx: ExplainContext = {
    language: i18n.language,
    segmentNames: props.segmentNames,
    organisationNames: props.organisationNames,
  };
  return (
    <StaticTable
      label={props.label}
      isCompact
      rows={props.candidates}
      rowKey={(candidate) => candidate.organisationId}
      columns={candidateColumns(t, ctx, props)}
    />
  );
}
