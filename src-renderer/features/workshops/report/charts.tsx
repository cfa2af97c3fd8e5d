/**
 * The prioritisation charts shared by the report, the runner and the presenter view: the dots per
 * idea (the vote ranking's chart, `VoteResultsChart`, drawn by the kit's horizontal bar chart) and
 * the impact × feasibility grid. Fixed sizes and no animation, so they are fully drawn the moment
 * a page is printed; `large` sets projector type.
 */
import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  LabelList,
  ReferenceLine,
  Scatter,
  ScatterChart,
  XAxis,
  YAxis,
} from 'recharts';
import type { IdeaTally } from '../../../../src-core/workshop/votes';
import { VoteChart, voteSourceColours } from '../../editors/VoteRanking';

const LABEL_LENGTH = 28;

function shortLabel(text: string, length = LABEL_LENGTH): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/** The presenter's chart of the revealed votes (its height follows the number of ideas). */
export function VoteResultsChart({
  tallies,
  width,
  large = false,
}: {
  tallies: readonly IdeaTally[];
  width: number;
  /** Kept for callers that size the chart themselves; the kit sizes it by its rows. */
  height?: number;
  large?: boolean;
}) {
  return <VoteChart tallies={tallies} width={width} large={large} />;
}

export interface ImpactFeasibilityPoint {
  readonly label: string;
  readonly impact: number;
  readonly feasibility: number;
}

const SCALE = [1, 2, 3, 4, 5];

/** An axis of the 1–5 scoring scale. */
function scaleAxis(dataKey: 'impact' | 'feasibility', name: string, fontSize: number) {
  return {
    type: 'number' as const,
    dataKey,
    name,
    domain: [1, 5],
    ticks: SCALE,
    tick: { fontSize },
  };
}

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
  const { t, i18n } = useTranslation();
  // Right to left: feasibility grows leftwards and the impact axis stands on the right.
  const isRtl = i18n.dir() === 'rtl';
  const fontSize = large ? 22 : 12;
  const data = points.map((point) => ({ ...point, label: shortLabel(point.label) }));
  return (
    <ScatterChart
      width={width}
      height={height}
      margin={{ top: 24, right: isRtl ? 16 : 32, bottom: 32, left: isRtl ? 32 : 16 }}
      accessibilityLayer
    >
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis
        {...scaleAxis('feasibility', t('report.impact.feasibility'), fontSize)}
        reversed={isRtl}
        label={{ value: t('report.impact.feasibility'), position: 'bottom', fontSize }}
      />
      <YAxis
        {...scaleAxis('impact', t('report.impact.impact'), fontSize)}
        orientation={isRtl ? 'right' : 'left'}
        label={{
          value: t('report.impact.impact'),
          angle: isRtl ? 90 : -90,
          position: isRtl ? 'insideRight' : 'insideLeft',
          fontSize,
        }}
      />
      <ReferenceLine x={3} stroke="#55606e" strokeDasharray="6 4" />
      <ReferenceLine y={3} stroke="#55606e" strokeDasharray="6 4" />
      <Scatter data={data} fill={voteSourceColours.participant} isAnimationActive={false}>
        <LabelList dataKey="label" position="top" style={{ fontSize }} />
      </Scatter>
    </ScatterChart>
  );
}
