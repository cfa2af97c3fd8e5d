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

const INK = '#1d2733';

/** Dark or light text, whichever reads on the bar's colour. */
function textOn(colour: string): string {
  const hex = colour.replace('#', '');
  const [r, g, b] = [0, 2, 4].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255);
  const luminance = 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  return luminance > 0.55 ? INK : '#ffffff';
}

interface LabelContext {
  readonly totals: readonly number[];
  /** The series whose segment ends each row's bar (its last one with a value). */
  readonly lastKeys: readonly (string | undefined)[];
  readonly isStacked: boolean;
  readonly fontSize: number;
  readonly format: (value: number) => string;
  /** Bars grow leftwards (right to left): the total goes after their left end. */
  readonly isRtl: boolean;
}

/**
 * The values written on a bar: a stacked segment's value in its middle where it fits, and the
 * whole bar's value after its end (drawn by the segment that ends the bar).
 */
function barLabel(key: string, fill: string, ctx: LabelContext) {
  return function BarLabel({ viewBox, value, index = -1 }: LabelProps): ReactElement | null {
    const box = viewBox && 'width' in viewBox ? viewBox : null;
    const amount = Number(value);
    if (!box || !amount) return null;
    const [x, y, width, height] = [box.x ?? 0, box.y ?? 0, box.width ?? 0, box.height ?? 0];
    const middle = y + height / 2;
    const text = ctx.format(amount);
    const fits = width >= text.length * ctx.fontSize * 0.62 + 8;
    const isEnd = ctx.lastKeys[index] === key;
    return (
      <g fontSize={ctx.fontSize} dominantBaseline="central">
        {ctx.isStacked && fits && (
          <text x={x + width / 2} y={middle} fill={fill} textAnchor="middle">
            {text}
          </text>
        )}
        {isEnd && (
          // "start" follows the page's direction: the text runs away from the bar either way.
          <text
            x={ctx.isRtl ? Math.min(x, x + width) - 6 : Math.max(x, x + width) + 6}
            y={middle}
            fill={INK}
            textAnchor="start"
          >
            {ctx.format(ctx.totals[index] ?? amount)}
          </text>
        )}
      </g>
    );
  };
}

interface TickProps {
  readonly x?: number | string;
  readonly y?: number | string;
  readonly payload?: { readonly value?: unknown };
}

/**
 * A label in at most two lines of `perLine` characters, broken between words (a word longer than
 * a line is cut), the rest left out with an ellipsis. Wrapped here rather than by Recharts' Text,
 * whose measuring lost the first line of long labels at projector size.
 */
export function labelLines(text: string, perLine: number): string[] {
  const lines: string[] = [];
  let line = '';
  let isCut = false;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const fitted = word.length > perLine ? `${word.slice(0, perLine - 1)}…` : word;
    const next = line ? `${line} ${fitted}` : fitted;
    if (next.length <= perLine) {
      line = next;
      continue;
    }
    lines.push(line);
    if (lines.length === 2) {
      isCut = true;
      break;
    }
    line = fitted;
  }
  if (!isCut && line) lines.push(line);
  if (isCut) {
    const last = lines[1] ?? '';
    lines[1] = last.length < perLine ? `${last}…` : `${last.slice(0, perLine - 1)}…`;
  }
  return lines;
}

function rowTick(labelOf: (id: string) => string, width: number, fontSize: number) {
  const perLine = Math.max(8, Math.floor(width / (fontSize * 0.6)));
  const lineHeight = fontSize * 1.15;
  return function RowTick({ x, y, payload }: TickProps) {
    const label = labelOf(String(payload?.value ?? ''));
    const lines = labelLines(label, perLine);
    const top = Number(y) - ((lines.length - 1) * lineHeight) / 2;
    return (
      <g>
        <title>{label}</title>
        <text
          x={Number(x)}
          y={top}
          textAnchor="end"
          dominantBaseline="central"
          fontSize={fontSize}
          fill={INK}
        >
          {lines.map((line, index) => (
            <tspan key={index} x={Number(x)} dy={index === 0 ? 0 : lineHeight}>
              {line}
            </tspan>
          ))}
        </text>
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
  // Projector type: 32 px labels, read from the back of a 15 m room at 1920×1080.
  const fontSize = large ? 32 : 12;
  // Right to left (Arabic): the labels on the right, bars growing leftwards.
  const isRtl = i18n.dir() === 'rtl';
  const isStacked = series.length > 1;
  const sumOf = (row: BarRow) => series.reduce((sum, s) => sum + (row.values[s.key] ?? 0), 0);
  const data = rows.map((row) => ({ id: row.id, ...row.values }));
  const labels = new Map(rows.map((row) => [row.id, row.label]));
  const labelWidth = Math.round(chartWidth * labelShare);
  const perRow = rowHeight ?? (large ? 84 : 32);
  const height = rows.length * perRow + (isStacked ? 72 : 40);
  const labelContext: LabelContext = {
    totals: rows.map(sumOf),
    lastKeys: rows.map((row) => series.findLast((s) => (row.values[s.key] ?? 0) > 0)?.key),
    isStacked,
    fontSize,
    format,
    isRtl,
  };

  return (
    <figure ref={ref} className="chart hbar-chart" aria-labelledby={captionId}>
      <figcaption id={captionId}>{caption}</figcaption>
      <div aria-hidden="true">
        <BarChart
          width={chartWidth}
          height={height}
          data={data}
          layout="vertical"
          margin={
            isRtl
              ? { top: 4, right: 8, bottom: 4, left: large ? 96 : 48 }
              : { top: 4, right: large ? 96 : 48, bottom: 4, left: 8 }
          }
          barCategoryGap="22%"
          accessibilityLayer={false}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis
            type="number"
            allowDecimals={false}
            reversed={isRtl}
            tick={{ fontSize }}
            tickFormatter={(value: number) => format(value)}
          />
          <YAxis
            type="category"
            dataKey="id"
            orientation={isRtl ? 'right' : 'left'}
            width={labelWidth}
            interval={0}
            tick={rowTick((id) => labels.get(id) ?? id, labelWidth - 8, fontSize)}
          />
          <Tooltip
            cursor={{ fill: 'rgba(11, 110, 138, 0.08)' }}
            formatter={(value) => format(Number(value))}
            labelFormatter={(id) => labels.get(String(id)) ?? String(id)}
          />
          {/* The legend keeps the series' order (by default it sorts them by name). */}
          {isStacked && <Legend wrapperStyle={{ fontSize }} itemSorter={null} />}
          {series.map((s) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stackId={isStacked ? 'stack' : undefined}
              fill={s.colour}
              isAnimationActive={false}
            >
              <LabelList
                dataKey={s.key}
                content={barLabel(s.key, textOn(s.colour), labelContext)}
              />
            </Bar>
          ))}
        </BarChart>
      </div>
      {/* Hidden in a box: a table ignores a 1px width and would widen the page. */}
      <div className="visually-hidden">
        <table aria-labelledby={captionId}>
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
      </div>
    </figure>
  );
}
