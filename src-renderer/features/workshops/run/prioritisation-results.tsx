/**
 * Vote results: hidden until the facilitator reveals them (before that, only the number of dots
 * cast so far), then the vote ranking (the report's, with its chart), the theme totals and the
 * table tallies.
 */
import { useId, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { StoredVote } from '../../../../src-core/workshop/stage-logic';
import { tallyVotes, themeTotals, type IdeaRef } from '../../../../src-core/workshop/votes';
import { formatNumber } from '../../../i18n/format';
import { useWorkspace } from '../../../db/provider';
import { runActions, type RunData } from '../../../db/workshop-run';
import { useNotifyError } from '../../../ui/useNotifyError';
import { StaticTable, type StaticColumn } from '../../../ui/table/StaticTable';
import { VoteRanking } from '../../editors/VoteRanking';
import { useEntryActions } from './useEntryActions';

type PrioritisationKey =
  'theme' | 'noTheme' | 'ideasColumn' | 'totalDots' | 'tallyTable' | 'idea' | 'tallyDots';

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

type ThemeRow = ReturnType<typeof themeTotals>[number];

function themeColumns(t: TFunction, language: string): StaticColumn<ThemeRow>[] {
  const n = (value: number) => formatNumber(value, language);
  const p = (key: PrioritisationKey) => t(`stages.prioritisation.${key}`);
  return [
    { id: 'theme', header: p('theme'), cell: (row) => row.theme || p('noTheme') },
    { id: 'ideas', header: p('ideasColumn'), isNumeric: true, cell: (row) => n(row.ideas) },
    { id: 'total', header: p('totalDots'), isNumeric: true, cell: (row) => n(row.total) },
  ];
}

/** The table tallies, each with its Remove (the tally was typed in from paper: it may be wrong). */
function tallyColumns(
  t: TFunction,
  language: string,
  textOf: ReadonlyMap<string, string>,
  onRemove: (vote: StoredVote) => void,
): StaticColumn<StoredVote>[] {
  const n = (value: number) => formatNumber(value, language);
  const p = (key: PrioritisationKey) => t(`stages.prioritisation.${key}`);
  return [
    { id: 'table', header: p('tallyTable'), cell: (vote) => n(vote.table ?? 0) },
    { id: 'idea', header: p('idea'), cell: (vote) => textOf.get(vote.ideaId) },
    { id: 'dots', header: p('tallyDots'), isNumeric: true, cell: (vote) => n(vote.dots) },
    {
      id: 'remove',
      header: t('stages.remove'),
      cell: (vote) => (
        <button
          type="button"
          aria-label={t('stages.prioritisation.removeTallyLabel', {
            table: n(vote.table ?? 0),
            idea: textOf.get(vote.ideaId) ?? '',
          })}
          onClick={() => onRemove(vote)}
        >
          {t('stages.remove')}
        </button>
      ),
    },
  ];
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
  const { removeSaying } = useEntryActions(data.workshop.id, stageId);
  const textOf = new Map(tallies.map((tally) => [tally.ideaId, tally.text]));
  const tableVotes = votes.filter((vote) => vote.source === 'table' && textOf.has(vote.ideaId));
  const removeTally = (vote: StoredVote) =>
    void removeSaying(vote.id, t('stages.prioritisation.tallyRemoved'));

  return (
    <>
      <h3>{t('stages.prioritisation.rankingTitle')}</h3>
      <VoteRanking label={t('stages.prioritisation.rankingTitle')} tallies={tallies} />
      <h3>{t('stages.prioritisation.themeTotalsTitle')}</h3>
      <StaticTable
        label={t('stages.prioritisation.themeTotalsTitle')}
        isCompact
        rows={themeTotals(tallies)}
        rowKey={(row) => row.theme}
        columns={themeColumns(t, i18n.language)}
      />
      {tableVotes.length > 0 && (
        <>
          <h3>{t('stages.prioritisation.tablesTitle')}</h3>
          <StaticTable
            label={t('stages.prioritisation.tablesTitle')}
            isCompact
            rows={tableVotes}
            rowKey={(vote) => vote.id}
            columns={tallyColumns(t, i18n.language, textOf, removeTally)}
          />
        </>
      )}
    </>
  );
}
