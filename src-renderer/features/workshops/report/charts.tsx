/**
 * The prioritisation charts, shared by the report, the runner and the presenter view: dots per
 * idea (stacked by how they were cast) and the impact × feasibility grid. Fixed sizes and no
 * animation, so they are fully drawn the moment a page is printed; `large` sets projector type.
 */
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  ReferenceLine,
  Scatter,
  ScatterChart,
  XAxis,
  YAxis,
} from 'recharts';
import type { IdeaTally, VoteSource } from '../../../../src-core/workshop/votes';
import { formatNumber } from '../../../i18n/format';

export const voteSourceColours: Record<VoteSource, string> = {
  participant: '#0b6e8a',
  proxy: '#f0a500',
  table: '#6a4c93',
};

const sources: readonly VoteSource[] = ['participant', 'proxy', 'table'];
const LABEL_LENGTH = 48;

function shortLabel(text: string, length = LABEL_LENGTH): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

export function VoteResultsChart({
  tallies,
  width,
  height,
  large = false,
}: {
  tallies: readonly IdeaTally[];
  width: number;
  height: number;
  large?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const fontSize = large ? 22 : 12;
  const data = tallies.map((tally) => ({
    name: `${tally.rank}. ${shortLabel(tally.text, large ? 32 : LABEL_LENGTH)}`,
    participant: tally.participant,
    proxy: tally.proxy,
    table: tally.table,
  }));
  return (
    <BarChart
      width={width}
      height={height}
      data={data}
      layout="vertical"
      margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
      accessibilityLayer
    >
      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
      <XAxis
        type="number"
        allowDecimals={false}
        tick={{ fontSize }}
        tickFormatter={(value: number) => formatNumber(value, i18n.language)}
      />
      <YAxis
        type="category"
        dataKey="name"
        width={Math.round(width * 0.4)}
        interval={0}
        tick={{ fontSize }}
      />
      <Legend wrapperStyle={{ fontSize }} />
      {sources.map((source) => (
        <Bar
          key={source}
          dataKey={source}
          name={t(`report.votes.sources.${source}`)}
          stackId="dots"
          fill={voteSourceColours[source]}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
}

export interface ImpactFeasibilityPoint {
  readonly label: string;
  readonly impact: number;
  readonly feasibility: number;
}

const SCALE = [1, 2, 3, 4, 5];

export function ImpactFeasibilityChart({
  points,
  width,
  height,
  large = false,
}: {
  points: readonly ImpactFeasibilityPoint[];
  width: number;
  height: number;
  large?: boolean;
}) {
  const { t } = useTranslation();
  const fontSize = large ? 22 : 12;
  const data = points.map((point) => ({ ...point, label: shortLabel(point.label, 28) }));
  return (
    <ScatterChart
      width={width}
      height={height}
      margin={{ top: 24, right: 32, bottom: 32, left: 16 }}
      accessibilityLayer
    >
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis
        type="number"
        dataKey="feasibility"
        name={t('report.impact.feasibility')}
        domain={[1, 5]}
        ticks={SCALE}
        tick={{ fontSize }}
        label={{ value: t('report.impact.feasibility'), position: 'bottom', fontSize }}
      />
      <YAxis
        type="number"
        dataKey="impact"
        name={t('report.impact.impact')}
        domain={[1, 5]}
        ticks={SCALE}
        tick={{ fontSize }}
        label={{ value: t('report.impact.impact'), angle: -90, position: 'insideLeft', fontSize }}
      />
      <ReferenceLine x={3} stroke="#55606e" strokeDasharray="6 4" />
      <ReferenceLine y={3} stroke="#55606e" strokeDasharray="6 4" />
      <Scatter data={data} fill={voteSourceColours.participant} isAnimationActive={false}>
        <LabelList dataKey="label" position="top" style={{ fontSize }} />
      </Scatter>
    </ScatterChart>
  );
}
