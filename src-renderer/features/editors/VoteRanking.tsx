/**
 * The ideas ranked by their dots, as the runner shows them once revealed and as the report records
 * them: one table (participant, proxy and table dots apart, ideas with proxy or table dots marked
 * as the votes list marks them) and the chart of the ideas that got dots, stacked by how the dots
 * were cast. The presenter view draws the same chart in projector type.
 */
import { useTranslation } from 'react-i18next';
import type { IdeaTally, VoteSource } from '../../../src-core/workshop/votes';
import { formatNumber } from '../../i18n/format';
import { HorizontalBarChart } from '../../ui/charts/HorizontalBarChart';
import { StaticTable, type StaticColumn } from '../../ui/table/StaticTable';
import './vote-ranking.css';

export const voteSourceColours: Record<VoteSource, string> = {
  participant: '#0b6e8a',
  proxy: '#f0a500',
  table: '#6a4c93',
};

const sources: readonly VoteSource[] = ['participant', 'proxy', 'table'];

export function VoteChart({
  tallies,
  width,
  large = false,
}: {
  tallies: readonly IdeaTally[];
  width?: number;
  large?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const voted = tallies.filter((tally) => tally.total > 0);
  if (voted.length === 0) return null;
  return (
    <HorizontalBarChart
      caption={t('report.votes.chartTitle')}
      rowHeader={t('report.columns.idea')}
      totalHeader={t('report.columns.total')}
      rows={voted.map((tally) => ({
        id: tally.ideaId,
        label: `${formatNumber(tally.rank, i18n.language)}. ${tally.text}`,
        values: { participant: tally.participant, proxy: tally.proxy, table: tally.table },
      }))}
      series={sources.map((source) => ({
        key: source,
        label: t(`report.votes.sources.${source}`),
        colour: voteSourceColours[source],
      }))}
      width={width}
      large={large}
    />
  );
}

export function VoteRanking({
  label,
  tallies,
  chartWidth,
}: {
  /** The ranking table's accessible name. */
  label: string;
  tallies: readonly IdeaTally[];
  /** A fixed chart width (the printed report); otherwise the chart fills its container. */
  chartWidth?: number;
}) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatNumber(value, i18n.language);
  const c = (key: 'rank' | 'idea' | 'theme' | 'total' | 'participant' | 'proxy' | 'tableVotes') =>
    t(`report.columns.${key}`);
  const columns: StaticColumn<IdeaTally>[] = [
    { id: 'rank', header: c('rank'), isNumeric: true, cell: (tally) => n(tally.rank) },
    {
      id: 'idea',
      header: c('idea'),
      cell: (tally) => (
        <>
          {tally.text}
          {tally.proxy > 0 && (
            <span className="vote-mark vote-mark-proxy"> {t('report.votes.proxyMark')}</span>
          )}
          {tally.table > 0 && (
            <span className="vote-mark vote-mark-table"> {t('report.votes.tableMark')}</span>
          )}
        </>
      ),
    },
    { id: 'theme', header: c('theme'), cell: (tally) => tally.theme || t('report.summary.none') },
    {
      id: 'total',
      header: c('total'),
      isNumeric: true,
      cell: (tally) => <strong>{n(tally.total)}</strong>,
    },
    { id: 'participant', header: c('participant'), isNumeric: true, cell: (x) => n(x.participant) },
    { id: 'proxy', header: c('proxy'), isNumeric: true, cell: (tally) => n(tally.proxy) },
    { id: 'table', header: c('tableVotes'), isNumeric: true, cell: (tally) => n(tally.table) },
  ];
  return (
    <div className="vote-ranking">
      <StaticTable
        label={label}
        columns={columns}
        rows={tallies}
        rowKey={(tally) => tally.ideaId}
        isCompact
      />
      <VoteChart tallies={tallies} width={chartWidth} />
    </div>
  );
}
