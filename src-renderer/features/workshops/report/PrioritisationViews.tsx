/**
 * Prioritisation in the report: the ideas ranked by their dots (participant, proxy and table dots
 * in separate columns), every vote with proxy and table votes marked as such, and the impact ×
 * feasibility grid. The report always shows results, revealed in the room or not: it is the record.
 */
import { useTranslation } from 'react-i18next';
import type { WorkshopEntryRecord } from '../../../../src-core/model/entities';
import { quadrantOf } from '../../../../src-core/workshop/votes';
import { entriesOfKind } from '../../../db/workshop-run';
import { formatNumber } from '../../../i18n/format';
import { ImpactFeasibilityChart, VoteResultsChart } from './charts';
import type { ReportLookup } from './lookup';
import { impactPoints } from './report-model';

const CHART_WIDTH = 680;
const BAR_HEIGHT = 30;

export function RankedIdeas({
  records,
  stageId,
  lookup,
}: {
  records: readonly WorkshopEntryRecord[];
  stageId: string;
  lookup: ReportLookup;
}) {
  const { t } = useTranslation();
  const ids = new Set(records.map((record) => record.id));
  const rows = lookup.tallies.filter((tally) => ids.has(tally.ideaId));
  const number = (value: number) => formatNumber(value, lookup.language);
  return (
    <>
      <p className="report-note">{t('report.votes.note')}</p>
      {!lookup.isRevealed(stageId) && (
        <p className="report-note">{t('report.votes.notRevealed')}</p>
      )}
      <table className="data-table compact">
        <thead>
          <tr>
            <th scope="col" className="numeric">
              {t('report.columns.rank')}
            </th>
            <th scope="col">{t('report.columns.idea')}</th>
            <th scope="col">{t('report.columns.theme')}</th>
            <th scope="col" className="numeric">
              {t('report.columns.total')}
            </th>
            <th scope="col" className="numeric">
              {t('report.columns.participant')}
            </th>
            <th scope="col" className="numeric">
              {t('report.columns.proxy')} {t('report.votes.proxyMark')}
            </th>
            <th scope="col" className="numeric">
              {t('report.columns.tableVotes')} {t('report.votes.tableMark')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.ideaId}>
              <td className="numeric">{number(row.rank)}</td>
              <td>{row.text}</td>
              <td>{row.theme}</td>
              <td className="numeric">
                <strong>{number(row.total)}</strong>
              </td>
              <td className="numeric">{number(row.participant)}</td>
              <td className="numeric">{number(row.proxy)}</td>
              <td className="numeric">{number(row.table)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

export function VotesCast({
  records,
  lookup,
}: {
  records: readonly WorkshopEntryRecord[];
  lookup: ReportLookup;
}) {
  const { t } = useTranslation();
  const votes = entriesOfKind(records, 'dot-votes');
  const voted = lookup.tallies.filter((tally) => tally.total > 0);
  const castBy = ({ entry }: (typeof votes)[number]): string => {
    switch (entry.source) {
      case 'participant':
        return entry.voterId ? lookup.participantName(entry.voterId) : t('report.unknown');
      case 'proxy': {
        const name = entry.voterId ? lookup.participantName(entry.voterId) : t('report.unknown');
        return `${name} ${t('report.votes.proxyMark')}`;
      }
      case 'table': {
        const table =
          entry.table === null ? t('report.unknown') : t('report.votes.tableN', { n: entry.table });
        return `${table} ${t('report.votes.tableMark')}`;
      }
      default: {
        const unhandled: never = entry.source;
        return unhandled;
      }
    }
  };
  return (
    <>
      <p className="report-note">{t('report.votes.note')}</p>
      {voted.length > 0 && (
        <figure className="chart report-chart">
          <figcaption>{t('report.votes.chartTitle')}</figcaption>
          <VoteResultsChart
            tallies={voted}
            width={CHART_WIDTH}
            height={Math.max(160, voted.length * BAR_HEIGHT + 80)}
          />
        </figure>
      )}
      <table className="data-table compact">
        <thead>
          <tr>
            <th scope="col">{t('report.columns.idea')}</th>
            <th scope="col" className="numeric">
              {t('report.columns.dots')}
            </th>
            <th scope="col">{t('report.columns.voter')}</th>
          </tr>
        </thead>
        <tbody>
          {votes.map((vote) => (
            <tr key={vote.id} className={`report-vote-${vote.entry.source}`}>
              <td>{lookup.ideaText(vote.entry.ideaId)}</td>
              <td className="numeric">{formatNumber(vote.entry.dots, lookup.language)}</td>
              <td>{castBy(vote)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

export function ImpactFeasibility({
  records,
  lookup,
}: {
  records: readonly WorkshopEntryRecord[];
  lookup: ReportLookup;
}) {
  const { t } = useTranslation();
  const points = impactPoints(
    entriesOfKind(records, 'impact-feasibility').map((record) => record.entry),
    lookup.ideaText,
  );
  return (
    <>
      <figure className="chart report-chart">
        <figcaption>{t('report.outputs.impact-feasibility')}</figcaption>
        <ImpactFeasibilityChart points={points} width={CHART_WIDTH} height={420} />
      </figure>
      <table className="data-table compact">
        <thead>
          <tr>
            <th scope="col">{t('report.columns.idea')}</th>
            <th scope="col" className="numeric">
              {t('report.columns.impact')}
            </th>
            <th scope="col" className="numeric">
              {t('report.columns.feasibility')}
            </th>
            <th scope="col">{t('report.columns.quadrant')}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.ideaId}>
              <td>{point.label}</td>
              <td className="numeric">{formatNumber(point.impact, lookup.language)}</td>
              <td className="numeric">{formatNumber(point.feasibility, lookup.language)}</td>
              <td>{t(`report.impact.quadrants.${quadrantOf(point.impact, point.feasibility)}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
