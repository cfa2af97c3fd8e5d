/**
 * Helix composition as horizontal stacked bars (the kit's chart), one bar per row: every cluster
 * on the readiness page, one cluster now and at an earlier date on its reinforcement page.
 */
import { useTranslation } from 'react-i18next';
import { helices, type Helix } from '../../../src-core/analysis';
import type { ClusterReadinessRow } from '../../db/readiness-queries';
import { HorizontalBarChart } from '../../ui/charts/HorizontalBarChart';

export const helixColours: Record<Helix, string> = {
  industry: '#0b6e8a',
  knowledge: '#f0a500',
  government: '#6a4c93',
  society: '#2a9d5b',
  other: '#9aa5b1',
};

export interface HelixBar {
  readonly id: string;
  readonly name: string;
  readonly byHelix: Readonly<Record<Helix, number>>;
}

export function HelixBars({
  caption,
  rowHeader,
  bars,
  width,
}: {
  caption: string;
  rowHeader: string;
  bars: readonly HelixBar[];
  width?: number;
}) {
  const { t } = useTranslation();
  return (
    <HorizontalBarChart
      caption={caption}
      rowHeader={rowHeader}
      totalHeader={t('reinforcement.helixTotal')}
      rows={bars.map((bar) => ({ id: bar.id, label: bar.name, values: bar.byHelix }))}
      series={helices.map((helix) => ({
        key: helix,
        label: t(`codes.helices.${helix}`),
        colour: helixColours[helix],
      }))}
      width={width}
      rowHeight={28}
    />
  );
}

export function HelixChart({
  rows,
  width,
}: {
  rows: readonly ClusterReadinessRow[];
  width: number;
}) {
  const { t } = useTranslation();
  return (
    <HelixBars
      caption={t('readinessPage.chartTitle')}
      rowHeader={t('readinessPage.columns.cluster')}
      bars={rows.map((row) => ({
        id: row.clusterId,
        name: row.name,
        byHelix: row.composition.byHelix,
      }))}
      width={width}
    />
  );
}
