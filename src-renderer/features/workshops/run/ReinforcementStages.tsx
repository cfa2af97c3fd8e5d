/**
 * Stages that work on the clusters' rosters: the readiness snapshot (frozen at the moment the
 * facilitator takes it, so later roster edits do not change what the room saw), the ranked
 * candidate knowledge entities and the shortlist (the recruitment plan and the commitments are in
 * PlanStages.tsx).
 */
import { useTranslation } from 'react-i18next';
import type { Stage } from '../../../../src-core/method';
import { useClusterReinforcement } from '../../../db/reinforcement-queries';
import { useWorkspace } from '../../../db/provider';
import { entriesOfKind, freezeReadinessSnapshot, type RunData } from '../../../db/workshop-run';
import { countryName, formatDateTime, formatNumber, formatPercent } from '../../../i18n/format';
import { todayIso } from '../../../ui/today';
import { useNotifyError } from '../../../ui/useNotifyError';
import { nowMs } from '../../../ui/useNow';
import { explainFactor } from '../../reinforcement/explain';
import { useEntryActions } from './useEntryActions';
import { organisationLabel } from '../organisation-label';

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
          <table className="data-table compact">
            <thead>
              <tr>
                <th scope="col">{t('runner.capture.readiness-snapshot.cluster')}</th>
                <th scope="col">{t('runner.capture.readiness-snapshot.country')}</th>
                <th scope="col" className="numeric">
                  {t('runner.capture.readiness-snapshot.members')}
                </th>
                <th scope="col" className="numeric">
                  {t('runner.capture.readiness-snapshot.knowledge')}
                </th>
                <th scope="col" className="numeric">
                  {t('runner.capture.readiness-snapshot.share')}
                </th>
                <th scope="col" className="numeric">
                  {t('runner.capture.readiness-snapshot.checks')}
                </th>
              </tr>
            </thead>
            <tbody>
              {latest.entry.clusters.map((row) => (
                <tr key={row.clusterId}>
                  <th scope="row">{row.name}</th>
                  <td>{countryName(row.country, language)}</td>
                  <td className="numeric">{formatNumber(row.members, language)}</td>
                  <td className="numeric">{formatNumber(row.knowledgeEntities, language)}</td>
                  <td className="numeric">{formatPercent(row.knowledgeShare, language)}</td>
                  <td className="numeric">
                    {t('runner.capture.readiness-snapshot.checksOf', {
                      passed: formatNumber(row.checksPassed, language),
                      total: formatNumber(row.checksTotal, language),
                    })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
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
      {!view ? (
        <p>{t('forms.states.loading')}</p>
      ) : view.candidates.length === 0 ? (
        <p className="empty-state">{t('runner.capture.candidate-list.noCandidates')}</p>
      ) : (
        <table className="data-table compact">
          <caption>{t('runner.capture.candidate-list.ranked')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('runner.capture.candidate-list.name')}</th>
              <th scope="col" className="numeric">
                {t('runner.capture.candidate-list.score')}
              </th>
              <th scope="col">{t('runner.capture.candidate-list.why')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('runner.capture.candidate-list.add')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {view.candidates.slice(0, stage.shortlist * 2).map((candidate) => {
              const reason = candidate.factors
                .map((factor) =>
                  explainFactor(t, factor, {
                    language,
                    segmentNames: view.segmentNames,
                    organisationNames: view.organisationNames,
                  }),
                )
                .join(' · ');
              return (
                <tr key={candidate.organisationId}>
                  <th scope="row">
                    {candidate.name}{' '}
                    <span className="field-hint">{countryName(candidate.country, language)}</span>
                  </th>
                  <td className="numeric">{formatNumber(candidate.score, language)}</td>
                  <td>{reason}</td>
                  <td>
                    {listed.has(candidate.organisationId) ? (
                      t('runner.capture.candidate-list.listed')
                    ) : (
                      <button
                        type="button"
                        disabled={full}
                        aria-label={t('runner.capture.candidate-list.addNamed', {
                          name: candidate.name,
                        })}
                        onClick={() =>
                          void save({
                            kind: 'candidate-list',
                            organisationId: candidate.organisationId,
                            score: candidate.score,
                            reason: reason.slice(0, 300),
                          })
                        }
                      >
                        {t('runner.capture.candidate-list.add')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
