/**
 * A horizontal bar chart for every page (vote rankings, helix composition, the pipeline funnel):
 * one bar per row, top to bottom in the order given; several series are stacked, with a legend.
 * Each value is written on its bar (a stack also gets its total at the end), long row labels wrap
 * to two lines and are cut with "…" (the whole label is the tick's title). For assistive
 * technology the figure is its caption and a visually hidden table of the values; the drawing
 * itself is hidden. No animation, so a page printed at once shows it whole.
 */
import { useId, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  Text,
  Tooltip,
  XAxis,
  YAxis,
  type LabelProps,
} from 'recharts';
import { formatNumber } from '../../i18n/format';
import { useWidth } from '../useWidth';
import './charts.css';

export interface BarSeries {
  readonly key: string;
  readonly label: string;
  readonly colour: string;
}

export interface BarRow {
  readonly id: string;
  readonly label: string;
  readonly values: Readonly<Record<string, number>>;
}

export interface HorizontalBarChartProps {
  /** The figure's caption (its accessible name, and the name of the table of values). */
  readonly caption: string;
  /** Header of the first column of the table of values (what a row is: "Idea", "Cluster"). */
  readonly rowHeader: string;
  readonly rows: readonly BarRow[];
  readonly series: readonly BarSeries[];
  /** Header of the totals column of a stacked chart's table (no totals column without it). */
  readonly totalHeader?: string;
  /** Fixed width in CSS pixels (a printed report); otherwise the chart fills its container. */
  readonly width?: number;
  readonly rowHeight?: number;
  /** Projector type. */
  readonly large?: boolean;
  /** Room for the row labels, as a share of the width. */
  readonly labelShare?: number;
}

const TOTAL = '__total';
const INK = '#1d2733';

/** Dark or light text, whichever reads on the bar's colour. */
function textOn(colour: string): string {
  const hex = colour.replace('#', '');
  const [r, g, b] = [0, 2, 4].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255);
  const luminance = 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  return luminance > 0.55 ? INK : '#ffffff';
}

/** A stacked segment's value, in its middle, only where it fits. */
function segmentLabel(fill: string, fontSize: number, format: (value: number) => string) {
  return function SegmentLabel({ viewBox, value }: LabelProps): ReactElement | null {
    const box = viewBox && 'width' in viewBox ? viewBox : null;
    const amount = Number(value);
    if (!box || !amount) return null;
    const text = format(amount);
    const [x, y, width, height] = [box.x ?? 0, box.y ?? 0, box.width ?? 0, box.height ?? 0];
    if (width < text.length * fontSize * 0.62 + 8) return null;
    return (
      <text
        x={x + width / 2}
        y={y + height / 2}
        fill={fill}
        fontSize={fontSize}
        textAnchor="middle"
        dominantBaseline="central"
      >
        {text}
      </text>
    );
  };
}

interface TickProps {
  readonly x?: number | string;
  readonly y?: number | string;
  readonly payload?: { readonly value?: unknown };
}

function rowTick(labelOf: (id: string) => string, width: number, fontSize: number) {
  return function RowTick({ x, y, payload }: TickProps) {
    const label = labelOf(String(payload?.value ?? ''));
    return (
      <g>
        <title>{label}</title>
        <Text
          x={Number(x)}
          y={Number(y)}
          width={width}
          maxLines={2}
          textAnchor="end"
          verticalAnchor="middle"
          fontSize={fontSize}
          fill={INK}
        >
          {label}
        </Text>
      </g>
    );
  };
}

export function HorizontalBarChart({
  caption,
  rowHeader,
  rows,
  series,
  totalHeader,
  width,
  rowHeight,
  large = false,
  labelShare = 0.35,
}: HorizontalBarChartProps) {
  const { i18n } = useTranslation();
  const captionId = useId();
  const [ref, measured] = useWidth<HTMLDivElement>(640, 280);
  const chartWidth = width ?? measured;
  const format = (value: number) => formatNumber(value, i18n.language);
  const fontSize = large ? 22 : 12;
  const isStacked = series.length > 1;
  const sumOf = (row: BarRow) => series.reduce((sum, s) => sum + (row.values[s.key] ?? 0), 0);
  const data = rows.map((row) => ({ id: row.id, ...row.values, [TOTAL]: sumOf(row) }));
  const labels = new Map(rows.map((row) => [row.id, row.label]));
  const labelWidth = Math.round(chartWidth * labelShare);
  const perRow = rowHeight ?? (large ? 56 : 32);
  const height = rows.length * perRow + (isStacked ? 72 : 40);
  const last = series.at(-1)?.key;

  return (
    <figure ref={ref} className="chart hbar-chart" aria-labelledby={captionId}>
      <figcaption id={captionId}>{caption}</figcaption>
      <div aria-hidden="true">
        <BarChart
          width={chartWidth}
          height={height}
          data={data}
          layout="vertical"
          margin={{ top: 4, right: 48, bottom: 4, left: 8 }}
          barCategoryGap="22%"
          accessibilityLayer={false}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis
            type="number"
            allowDecimals={false}
            tick={{ fontSize }}
            tickFormatter={(value: number) => format(value)}
          />
          <YAxis
            type="category"
            dataKey="id"
            width={labelWidth}
            interval={0}
            tick={rowTick((id) => labels.get(id) ?? id, labelWidth - 8, fontSize)}
          />
          <Tooltip
            formatter={(value) => format(Number(value))}
            labelFormatter={(id) => labels.get(String(id)) ?? String(id)}
          />
          {isStacked && <Legend wrapperStyle={{ fontSize }} />}
          {series.map((s) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stackId={isStacked ? 'stack' : undefined}
              fill={s.colour}
              isAnimationActive={false}
            >
              {isStacked ? (
                <LabelList
                  dataKey={s.key}
                  content={segmentLabel(textOn(s.colour), fontSize, format)}
                />
              ) : null}
              {!isStacked || s.key === last ? (
                <LabelList
                  dataKey={isStacked ? TOTAL : s.key}
                  position="right"
                  fill={INK}
                  fontSize={fontSize}
                  formatter={(value) => format(Number(value))}
                />
              ) : null}
            </Bar>
          ))}
        </BarChart>
      </div>
      <table className="visually-hidden" aria-labelledby={captionId}>
        <thead>
          <tr>
            {[
              rowHeader,
              ...series.map((s) => s.label),
              ...(isStacked && totalHeader ? [totalHeader] : []),
            ].map((header) => (
              <th key={header} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.label}</th>
              {series.map((s) => (
                <td key={s.key}>{format(row.values[s.key] ?? 0)}</td>
              ))}
              {isStacked && totalHeader ? <td>{format(sumOf(row))}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
