/** Helix composition per cluster: a horizontal stacked bar chart (recharts), one bar per cluster. */
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { helices, type Helix } from '../../../src-core/analysis';
import type { ClusterReadinessRow } from '../../db/readiness-queries';
import { formatNumber } from '../../i18n/format';

export const helixColours: Record<Helix, string> = {
  industry: '#0b6e8a',
  knowledge: '#f0a500',
  government: '#6a4c93',
  society: '#2a9d5b',
  other: '#9aa5b1',
};

const ROW_HEIGHT = 26;

export function HelixChart({
  rows,
  width,
}: {
  rows: readonly ClusterReadinessRow[];
  width: number;
}) {
  const { t, i18n } = useTranslation();
  const data = rows.map((row) => ({ name: row.name, ...row.composition.byHelix }));
  const height = Math.max(160, rows.length * ROW_HEIGHT + 80);
  return (
    <figure className="chart" aria-labelledby="helix-chart-title">
      <figcaption id="helix-chart-title">{t('readinessPage.chartTitle')}</figcaption>
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
          tickFormatter={(value: number) => formatNumber(value, i18n.language)}
        />
        <YAxis type="category" dataKey="name" width={260} interval={0} tick={{ fontSize: 12 }} />
        <Tooltip formatter={(value) => formatNumber(Number(value), i18n.language)} />
        <Legend />
        {helices.map((helix) => (
          <Bar
            key={helix}
            dataKey={helix}
            name={t(`readinessPage.helices.${helix}`)}
            stackId="members"
            fill={helixColours[helix]}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </figure>
  );
}
