/**
 * One cluster's scientific reinforcement (method step 1): where it stands (helix composition now
 * and at an earlier date, knowledge-entity share against the target, readiness checks), where it
 * lacks knowledge partners (value-chain segments and NACE divisions with companies but no
 * knowledge member), who could fill the gaps (ranked, each score explained), the recruitment
 * pipeline and the plan.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../../routing/router';
import { useWorkspace } from '../../db/provider';
import { addToPipeline } from '../../db/reinforcement';
import { useClusterReinforcement, type ClusterReinforcement } from '../../db/reinforcement-queries';
import { formatNumber, formatPercent } from '../../i18n/format';
import { useStudioStore } from '../../state/store';
import { errorText } from '../../ui/errors';
import { Loading } from '../../ui/Loading';
import { DateInput, formatIsoDate } from '../../ui/form';
import { naceOption } from '../../ui/pickers';
import { HelixBars } from '../readiness/HelixChart';
import { CandidateRanking } from '../editors/CandidateRanking';
import { todayIso } from '../../ui/today';
import { PipelineSection } from './PipelineSection';
import { PlanSection } from './PlanSection';
import { useClusterCandidates } from './useClusterCandidates';

function AssessmentSection({
  view,
  asOf,
  setAsOf,
}: {
  view: ClusterReinforcement;
  asOf: string;
  setAsOf: (date: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const series = [
    { key: 'now', label: t('reinforcement.now'), composition: view.composition },
    ...(view.compositionThen
      ? [
          {
            key: 'then',
            label: t('reinforcement.then', { date: formatIsoDate(asOf, i18n.language) }),
            composition: view.compositionThen,
          },
        ]
      : []),
  ];
  const passed = view.readiness.checks.filter((check) => check.status === 'pass').length;
  return (
    <section className="card" aria-labelledby="assessment-title">
      <h2 id="assessment-title">{t('reinforcement.assessmentTitle')}</h2>
      <p data-testid="knowledge-share">
        {t('reinforcement.knowledgeShare', {
          share: formatPercent(view.knowledgeShare, i18n.language),
          target: formatPercent(view.knowledgeShareTarget, i18n.language),
          knowledge: formatNumber(view.composition.byHelix.knowledge, i18n.language),
          total: formatNumber(view.composition.total, i18n.language),
        })}
      </p>
      <details className="readiness-details">
        <summary>
          {t('reinforcement.readiness', {
            passed: formatNumber(passed, i18n.language),
            total: formatNumber(view.readiness.checks.length, i18n.language),
          })}
        </summary>
        <ul className="readiness-list" data-testid="readiness-checks">
          {view.readiness.checks.map((check) => (
            <li key={check.id} className={`check-${check.status}`}>
              {t(check.reason.key as 'readinessPage.title', check.reason.values)}
            </li>
          ))}
        </ul>
        <a href={hrefOf('readiness')}>{t('reinforcement.allReadiness')}</a>
      </details>
      <div className="inline-form">
        <DateInput label={t('reinforcement.compareWith')} value={asOf} onChange={setAsOf} />
      </div>
      <HelixBars
        caption={t('reinforcement.chartTitle')}
        rowHeader={t('reinforcement.when')}
        bars={series.map(({ key, label, composition }) => ({
          id: key,
          name: label,
          byHelix: composition.byHelix,
        }))}
      />
    </section>
  );
}

const GAPS_SHOWN = 10;

function GapsSection({ view }: { view: ClusterReinforcement }) {
  const { t, i18n } = useTranslation();
  const { segments, naceDivisions } = view.gaps;
  // Segments first (the method's own vocabulary), then activities; the largest gaps first.
  const items = [
    ...segments.map((gap) => ({
      key: `s:${gap.segment}`,
      text: t('reinforcement.segmentGap', {
        segment: view.segmentNames[gap.segment] ?? gap.segment,
        count: gap.companies,
      }),
    })),
    ...naceDivisions.map((gap) => ({
      key: `n:${gap.division}`,
      text: t('reinforcement.naceGap', {
        division: naceOption(gap.division, i18n.language).label,
        count: gap.companies,
      }),
    })),
  ];
  return (
    <section className="card" aria-labelledby="gaps-title">
      <h2 id="gaps-title">{t('reinforcement.gapsTitle')}</h2>
      <p className="field-hint">{t('reinforcement.gapsHint')}</p>
      {segments.length === 0 && naceDivisions.length === 0 ? (
        <p data-testid="no-gaps">{t('reinforcement.noGaps')}</p>
      ) : (
        <>
          <ul className="gap-list" data-testid="gaps">
            {items.slice(0, GAPS_SHOWN).map((item) => (
              <li key={item.key}>{item.text}</li>
            ))}
          </ul>
          {items.length > GAPS_SHOWN && (
            <details>
              <summary>{t('reinforcement.moreGaps', { count: items.length - GAPS_SHOWN })}</summary>
              <ul className="gap-list">
                {items.slice(GAPS_SHOWN).map((item) => (
                  <li key={item.key}>{item.text}</li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}
    </section>
  );
}

function CandidatesSection({ view }: { view: ClusterReinforcement }) {
  const { t } = useTranslation();
  const { db, repositories } = useWorkspace();
  const notify = useStudioStore((state) => state.notify);
  const { candidates, organisationNames, updating } = useClusterCandidates(
    view.cluster.id,
    view.pipeline,
  );

  async function add(organisationId: string, name: string) {
    try {
      await addToPipeline(db, repositories, view.cluster.id, organisationId, todayIso());
      notify({ tone: 'success', message: t('reinforcement.added', { name }) });
    } catch (error) {
      notify({ tone: 'error', message: t('common.error', { message: errorText(t, error) }) });
    }
  }

  return (
    <section className="card" aria-labelledby="candidates-title" aria-busy={updating}>
      <h2 id="candidates-title">{t('reinforcement.candidatesTitle')}</h2>
      <p className="field-hint">{t('reinforcement.candidatesHint')}</p>
      {candidates === undefined ? (
        <Loading label={t('reinforcement.ranking')} />
      ) : candidates.length === 0 ? (
        <p>{t('reinforcement.noCandidates')}</p>
      ) : (
        <CandidateRanking
          label={t('reinforcement.candidatesTitle')}
          candidates={candidates}
          segmentNames={view.segmentNames}
          organisationNames={organisationNames}
          name={(candidate) => (
            <a href={hrefOf('organisations', candidate.organisationId)}>{candidate.name}</a>
          )}
          action={(candidate) =>
            candidate.stage ? (
              <span className="badge">{t(`reinforcement.stages.${candidate.stage}`)}</span>
            ) : (
              <button
                type="button"
                onClick={() => void add(candidate.organisationId, candidate.name)}
                aria-label={t('reinforcement.addNamed', { name: candidate.name })}
              >
                {t('reinforcement.add')}
              </button>
            )
          }
        />
      )}
    </section>
  );
}

export function ClusterReinforcementPage({ clusterId }: { clusterId: string }) {
  const { t } = useTranslation();
  const [asOf, setAsOf] = useState('');
  const view = useClusterReinforcement(clusterId, todayIso(), asOf === '' ? null : asOf);
  if (view === undefined) return <Loading className="page" />;
  if (view === null) {
    return (
      <section className="page">
        <h1>{t('forms.states.notFoundTitle')}</h1>
        <a href={hrefOf('reinforcement')}>{t('reinforcement.backToProgramme')}</a>
      </section>
    );
  }
  return (
    <section className="page" aria-labelledby="reinforcement-title">
      <div className="page-header">
        <h1 id="reinforcement-title">
          {t('reinforcement.clusterTitle', { name: view.cluster.name })}
        </h1>
        <a href={hrefOf('reinforcement')}>{t('reinforcement.backToProgramme')}</a>
      </div>
      <div className="cards">
        <AssessmentSection view={view} asOf={asOf} setAsOf={setAsOf} />
        <GapsSection view={view} />
        <CandidatesSection view={view} />
        <PipelineSection view={view} />
        <PlanSection view={view} />
      </div>
    </section>
  );
}
