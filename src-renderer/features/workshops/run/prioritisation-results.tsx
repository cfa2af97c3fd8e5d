/**
 * Vote results: hidden until the facilitator reveals them (before that, only the number of dots
 * cast so far), then the ranking with how the dots were cast, the chart and the theme totals.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredVote } from '../../../../src-core/workshop/stage-logic';
import { tallyVotes, themeTotals, type IdeaRef } from '../../../../src-core/workshop/votes';
import { formatNumber } from '../../../i18n/format';
import { useWorkspace } from '../../../db/provider';
import { runActions, type RunData } from '../../../db/workshop-run';
import { useNotifyError } from '../../../ui/useNotifyError';
import { useWidth } from '../../../ui/useWidth';
import { VoteResultsChart } from '../report/charts';
import { useStageWrites } from './useStageWrites';

export function ResultsSection({
  data,
  stageId,
  ideas,
  votes,
  isRevealed,
}: {
  data: RunData;
  stageId: string;
  ideas: readonly IdeaRef[];
  votes: readonly StoredVote[];
  isRevealed: boolean;
}) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const { db, repositories } = useWorkspace();
  const notifyError = useNotifyError();
  const [isBusy, setBusy] = useState(false);
  const n = (value: number) => formatNumber(value, i18n.language);
  const tallies = tallyVotes(ideas, votes);
  const cast = tallies.reduce((sum, tally) => sum + tally.total, 0);

  async function reveal(revealed: boolean) {
    setBusy(true);
    try {
      await runActions.reveal(db, repositories, data.workshop.id, stageId, revealed);
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('stages.prioritisation.resultsTitle')}</h2>
      <p data-testid="dots-cast">{t('stages.prioritisation.dotsCast', { n: n(cast) })}</p>
      {isRevealed ? (
        <>
          <button type="button" disabled={isBusy} onClick={() => void reveal(false)}>
            {t('stages.prioritisation.hide')}
          </button>
          <Revealed data={data} stageId={stageId} tallies={tallies} votes={votes} />
        </>
      ) : (
        <>
          <p className="field-hint">{t('stages.prioritisation.hiddenHint')}</p>
          <button
            type="button"
            className="button-primary"
            disabled={isBusy}
            onClick={() => void reveal(true)}
          >
            {t('stages.prioritisation.reveal')}
          </button>
        </>
      )}
    </section>
  );
}

function Revealed({
  data,
  stageId,
  tallies,
  votes,
}: {
  data: RunData;
  stageId: string;
  tallies: ReturnType<typeof tallyVotes>;
  votes: readonly StoredVote[];
}) {
  const { t, i18n } = useTranslation();
  const rankingId = useId();
  const themesId = useId();
  const tablesId = useId();
  const writes = useStageWrites(data.workshop.id, stageId);
  const [chartRef, width] = useWidth<HTMLDivElement>(800, 320);
  const n = (value: number) => formatNumber(value, i18n.language);
  const themes = themeTotals(tallies);
  const textOf = new Map(tallies.map((tally) => [tally.ideaId, tally.text]));
  const tableVotes = votes.filter((vote) => vote.source === 'table' && textOf.has(vote.ideaId));

  return (
    <>
      <table className="data-table compact" aria-labelledby={rankingId}>
        <caption id={rankingId}>{t('stages.prioritisation.rankingTitle')}</caption>
        <thead>
          <tr>
            <th scope="col" className="numeric">
              {t('stages.prioritisation.rank')}
            </th>
            <th scope="col">{t('stages.prioritisation.idea')}</th>
            <th scope="col">{t('stages.prioritisation.theme')}</th>
            <th scope="col" className="numeric">
              {t('stages.prioritisation.participantDots')}
            </th>
            <th scope="col" className="numeric">
              {t('stages.prioritisation.proxyDots')}
            </th>
            <th scope="col" className="numeric">
              {t('stages.prioritisation.tableDots')}
            </th>
            <th scope="col" className="numeric">
              {t('stages.prioritisation.totalDots')}
            </th>
          </tr>
        </thead>
        <tbody>
          {tallies.map((tally) => (
            <tr key={tally.ideaId}>
              <td className="numeric">{n(tally.rank)}</td>
              <th scope="row">
                {tally.text}{' '}
                {tally.proxy > 0 && (
                  <span className="badge stage-badge-proxy">
                    {t('stages.prioritisation.proxyBadge')}
                  </span>
                )}{' '}
                {tally.table > 0 && (
                  <span className="badge stage-badge-table">
                    {t('stages.prioritisation.tableBadge')}
                  </span>
                )}
              </th>
              <td>{tally.theme || t('stages.prioritisation.noTheme')}</td>
              <td className="numeric">{n(tally.participant)}</td>
              <td className="numeric">{n(tally.proxy)}</td>
              <td className="numeric">{n(tally.table)}</td>
              <td className="numeric">
                <strong>{n(tally.total)}</strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div ref={chartRef} className="chart-wrap">
        <VoteResultsChart
          tallies={tallies}
          width={width}
          height={Math.max(200, 48 * tallies.length + 80)}
        />
      </div>
      <table className="data-table compact" aria-labelledby={themesId}>
        <caption id={themesId}>{t('stages.prioritisation.themeTotalsTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('stages.prioritisation.theme')}</th>
            <th scope="col" className="numeric">
              {t('stages.prioritisation.ideasColumn')}
            </th>
            <th scope="col" className="numeric">
              {t('stages.prioritisation.totalDots')}
            </th>
          </tr>
        </thead>
        <tbody>
          {themes.map((row) => (
            <tr key={row.theme}>
              <th scope="row">{row.theme || t('stages.prioritisation.noTheme')}</th>
              <td className="numeric">{n(row.ideas)}</td>
              <td className="numeric">{n(row.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {tableVotes.length > 0 && (
        <table className="data-table compact" aria-labelledby={tablesId}>
          <caption id={tablesId}>{t('stages.prioritisation.tablesTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('stages.prioritisation.tallyTable')}</th>
              <th scope="col">{t('stages.prioritisation.idea')}</th>
              <th scope="col" className="numeric">
                {t('stages.prioritisation.tallyDots')}
              </th>
              <td />
            </tr>
          </thead>
          <tbody>
            {tableVotes.map((vote) => (
              <tr key={vote.id}>
                <th scope="row">{n(vote.table ?? 0)}</th>
                <td>{textOf.get(vote.ideaId)}</td>
                <td className="numeric">{n(vote.dots)}</td>
                <td>
                  <button
                    type="button"
                    aria-label={t('stages.prioritisation.removeTallyLabel', {
                      table: n(vote.table ?? 0),
                      idea: textOf.get(vote.ideaId) ?? '',
                    })}
                    onClick={() =>
                      void writes.remove(vote.id, t('stages.prioritisation.tallyRemoved'))
                    }
                  >
                    {t('stages.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
