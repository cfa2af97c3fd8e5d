/**
 * Prioritisation in the report: the ideas ranked by their dots (the runner's vote ranking, with
 * its chart), every vote with proxy and table votes marked as such, and the impact × feasibility
 * grid. The report always shows results, revealed in the room or not: it is the record.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { WorkshopEntryRecord } from '../../../../src-core/model/entities';
import type { EntryOf } from '../../../../src-core/model/workshop-run';
import type { IdeaScore } from '../../../../src-core/workshop/scores';
import { quadrantOf } from '../../../../src-core/workshop/votes';
import { entriesOfKind } from '../../../db/workshop-run';
import { formatNumber } from '../../../i18n/format';
import { StaticTable, type StaticColumn } from '../../../ui/table/StaticTable';
import { VoteRanking } from '../../editors/VoteRanking';
import { ImpactFeasibilityChart } from './charts';
import type { ReportLookup } from './lookup';
import { impactPoints, type ImpactPoint } from './report-model';

const CHART_WIDTH = 680;

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
  return (
    <>
      <p className="report-note">{t('report.votes.note')}</p>
      {!lookup.isRevealed(stageId) && (
        <p className="report-note">{t('report.votes.notRevealed')}</p>
      )}
      <VoteRanking
        label={t('report.votes.rankedTitle')}
        tallies={lookup.tallies.filter((tally) => ids.has(tally.ideaId))}
        chartWidth={CHART_WIDTH}
      />
    </>
  );
}

type VoteRecord = WorkshopEntryRecord & { entry: EntryOf<'dot-votes'> };

/** Who cast a vote: proxy and table votes marked as such (as the ranking marks their ideas). */
function castBy(t: TFunction, lookup: ReportLookup, { entry }: VoteRecord): string {
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
}

function voteColumns(t: TFunction, lookup: ReportLookup): StaticColumn<VoteRecord>[] {
  return [
    {
      id: 'idea',
      header: t('report.columns.idea'),
      cell: (vote) => lookup.ideaText(vote.entry.ideaId),
    },
    {
      id: 'dots',
      header: t('report.columns.dots'),
      isNumeric: true,
      cell: (vote) => formatNumber(vote.entry.dots, lookup.language),
    },
    {
      id: 'voter',
      header: t('report.columns.voter'),
      cell: (vote) => (
        <span className={`report-vote-${vote.entry.source}`}>{castBy(t, lookup, vote)}</span>
      ),
    },
  ];
}

export function VotesCast({
  records,
  lookup,
}: {
  records: readonly WorkshopEntryRecord[];
  lookup: ReportLookup;
}) {
  const { t } = useTranslation();
  return (
    <>
      <p className="report-note">{t('report.votes.note')}</p>
      <StaticTable
        label={t('report.votes.castTitle')}
        isCompact
        rows={entriesOfKind(records, 'dot-votes')}
        rowKey={(vote) => vote.id}
        columns={voteColumns(t, lookup)}
      />
    </>
  );
}

function impactColumns(t: TFunction, language: string): StaticColumn<ImpactPoint>[] {
  const n = (value: number) => formatNumber(value, language);
  return [
    { id: 'idea', header: t('report.columns.idea'), cell: (point) => point.label },
    {
      id: 'impact',
      header: t('report.columns.impact'),
      isNumeric: true,
      cell: (point) => n(point.impact),
    },
    {
      id: 'feasibility',
      header: t('report.columns.feasibility'),
      isNumeric: true,
      cell: (point) => n(point.feasibility),
    },
    {
      id: 'quadrant',
      header: t('report.columns.quadrant'),
      cell: (point) => t(`report.impact.quadrants.${quadrantOf(point.impact, point.feasibility)}`),
    },
    {
      id: 'scoredBy',
      header: t('report.columns.scoredBy'),
      cell: (point) => scoredBy(t, point, language),
    },
  ];
}

/** Who set the score shown, and what the phones said when the facilitator decided. */
function scoredBy(t: TFunction, point: IdeaScore, language: string): string {
  const phones = point.phones;
  if (point.decidedBy === 'phones' && phones !== null) {
    return t('report.impact.byPhones', {
      count: phones.count,
      n: formatNumber(phones.count, language),
    });
  }
  if (phones === null) return t('report.impact.byFacilitator');
  return t('report.impact.byFacilitatorWithPhones', {
    count: phones.count,
    n: formatNumber(phones.count, language),
    impact: formatNumber(phones.impact, language),
    feasibility: formatNumber(phones.feasibility, language),
  });
}

export function ImpactFeasibility({
  records,
  lookup,
}: {
  records: readonly WorkshopEntryRecord[];
  lookup: ReportLookup;
}) {
  const { t } = useTranslation();
  const points = impactPoints(entriesOfKind(records, 'impact-feasibility'), lookup.ideaText);
  return (
    <>
      <figure className="chart report-chart">
        <figcaption>{t('report.outputs.impact-feasibility')}</figcaption>
        <ImpactFeasibilityChart points={points} width={CHART_WIDTH} height={420} />
      </figure>
      <StaticTable
        label={t('report.outputs.impact-feasibility')}
        isCompact
        rows={points}
        rowKey={(point) => point.ideaId}
        columns={impactColumns(t, lookup.language)}
      />
    </>
  );
}
