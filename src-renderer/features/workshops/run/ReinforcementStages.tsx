/**
 * Stages that work on the clusters' rosters: the readiness snapshot (frozen at the moment the
 * facilitator takes it, so later roster edits do not change what the room saw), the ranked
 * candidate knowledge entities and the shortlist (the recruitment plan and the commitments are in
 * PlanStages.tsx).
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Stage } from '../../../../src-core/method';
import type { EntryOf } from '../../../../src-core/model/workshop-run';
import { useClusterReinforcement } from '../../../db/reinforcement-queries';
import { Loading } from '../../../ui/Loading';
import { useWorkspace } from '../../../db/provider';
import { entriesOfKind, freezeReadinessSnapshot, type RunData } from '../../../db/workshop-run';
import { countryName, formatDateTime, formatNumber, formatPercent } from '../../../i18n/format';
import { StaticTable, type StaticColumn } from '../../../ui/table/StaticTable';
import { todayIso } from '../../../ui/today';
import { useNotifyError } from '../../../ui/useNotifyError';
import { nowMs } from '../../../ui/useNow';
import { CandidateRanking, candidateReasons } from '../../editors/CandidateRanking';
import { useClusterCandidates } from '../../reinforcement/useClusterCandidates';
import { useEntryActions } from './useEntryActions';
import { organisationLabel } from '../organisation-label';

type SnapshotRow = EntryOf<'readiness-snapshot'>['clusters'][number];

/** The readiness snapshot's columns (module scope: stable between renders). */
function snapshotColumns(t: TFunction, language: string): StaticColumn<SnapshotRow>[] {
  const c = (key: 'cluster' | 'country' | 'members' | 'knowledge' | 'share' | 'checks') =>
    t(`runner.capture.readiness-snapshot.${key}`);
  const n = (value: number) => formatNumber(value, language);
  return [
    { id: 'cluster', header: c('cluster'), cell: (row) => row.name },
    { id: 'country', header: c('country'), cell: (row) => countryName(row.country, language) },
    { id: 'members', header: c('members'), isNumeric: true, cell: (row) => n(row.members) },
    {
      id: 'knowledge',
      header: c('knowledge'),
      isNumeric: true,
      cell: (row) => n(row.knowledgeEntities),
    },
    {
      id: 'share',
      header: c('share'),
      isNumeric: true,
      cell: (row) => formatPercent(row.knowledgeShare, language),
    },
    {
      id: 'checks',
      header: c('checks'),
      isNumeric: true,
      cell: (row) =>
        t('runner.capture.readiness-snapshot.checksOf', {
          passed: n(row.checksPassed),
          total: n(row.checksTotal),
        }),
    },
  ];
}

export interface StageProps {
  readonly data: RunData;
  readonly stage: Stage;
}

export function ReadinessStage({ data, stage }: StageProps) {
  const { t, i18n } = useTranslation();
  const { db, repositories } = useWorkspace();
  const notifyError = useNotifyError();
  const language = i18n.language;
  const snapshots = entriesOfKind(data.entries, 'readiness-snapshot');
  const latest = snapshots[snapshots.length - 1];

  return (
    <section className="card capture" aria-labelledby={`capture-${stage.id}`}>
      <h3 id={`capture-${stage.id}`}>{t('runner.capture.readiness-snapshot.title')}</h3>
      <p>
        {t('runner.capture.readiness-snapshot.clusters', {
          count: data.clusters.length,
          countries: new Set(data.clusters.map((cluster) => cluster.country)).size,
        })}
      </p>
      <button
        type="button"
        className="button-primary"
        disabled={data.clusters.length === 0}
        onClick={() =>
          void freezeReadinessSnapshot(db, repositories, data, stage.id, nowMs(), todayIso()).catch(
            notifyError,
          )
        }
      >
        {t('runner.capture.readiness-snapshot.take')}
      </button>
      {latest ? (
        <>
          <p className="field-hint">
            {t('runner.capture.readiness-snapshot.takenAt', {
              when: formatDateTime(latest.entry.takenAt, language),
              count: snapshots.length,
            })}
          </p>
          <StaticTable
            label={t('runner.capture.readiness-snapshot.title')}
            columns={snapshotColumns(t, language)}
            rows={latest.entry.clusters}
            rowKey={(row) => row.clusterId}
            isCompact
          />
        </>
      ) : (
        <p className="empty-state">{t('runner.capture.readiness-snapshot.none')}</p>
      )}
    </section>
  );
}

export function CandidatesStage({
  data,
  stage,
}: {
  data: RunData;
  stage: Extract<Stage, { kind: 'candidates' }>;
}) {
  const { t, i18n } = useTranslation();
  const clusterId = data.workshop.clusterId ?? data.clusters[0]?.id ?? '';
  const view = useClusterReinforcement(clusterId, todayIso(), null);
  const { candidates, organisationNames } = useClusterCandidates(clusterId, view?.pipeline);
  const { save, remove } = useEntryActions(data.workshop.id, stage.id);
  const language = i18n.language;
  const shortlist = entriesOfKind(data.entries, 'candidate-list');
  const listed = new Set(shortlist.map((row) => row.entry.organisationId));
  const full = shortlist.length >= stage.shortlist;
  const nameOf = (id: string) => organisationLabel(t, data, id);

  return (
    <section className="card capture" aria-labelledby={`capture-${stage.id}`}>
      <h3 id={`capture-${stage.id}`}>{t('runner.capture.candidate-list.title')}</h3>
      <p>
        {t('runner.capture.candidate-list.progress', {
          n: formatNumber(shortlist.length, language),
          max: formatNumber(stage.shortlist, language),
        })}
      </p>
      {shortlist.length > 0 && (
        <ol className="entry-cards">
          {shortlist.map((row) => (
            <li key={row.id} className="entry-card">
              <span className="entry-card-text">{nameOf(row.entry.organisationId)}</span>
              <span className="field-hint">{row.entry.reason}</span>
              <button
                type="button"
                aria-label={t('runner.capture.removeCard', {
                  text: nameOf(row.entry.organisationId),
                })}
                onClick={() => void remove(row.id, nameOf(row.entry.organisationId))}
              >
                {t('common.remove')}
              </button>
            </li>
          ))}
        </ol>
      )}
      {!view || candidates === undefined ? (
        <Loading label={t('reinforcement.ranking')} />
      ) : candidates.length === 0 ? (
        <p className="empty-state">{t('runner.capture.candidate-list.noCandidates')}</p>
      ) : (
        <CandidateRanking
          label={t('runner.capture.candidate-list.ranked')}
          candidates={candidates.slice(0, stage.shortlist * 2)}
          segmentNames={view.segmentNames}
          organisationNames={organisationNames}
          action={(candidate) =>
            listed.has(candidate.organisationId) ? (
              t('runner.capture.candidate-list.listed')
            ) : (
              <button
                type="button"
                disabled={full}
                aria-label={t('runner.capture.candidate-list.addNamed', { name: candidate.name })}
                onClick={() =>
                  void save({
                    kind: 'candidate-list',
                    organisationId: candidate.organisationId,
                    score: candidate.score,
                    reason: candidateReasons(t, candidate, {
                      segmentNames: view.segmentNames,
                      organisationNames,
                      language,
                    })
                      .join(' · ')
                      .slice(0, 300),
                  })
                }
              >
                {t('runner.capture.candidate-list.add')}
              </button>
            )
          }
        />
      )}
    </section>
  );
}
