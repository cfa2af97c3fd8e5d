/**
 * The pilot dashboard of a meta-cluster: KPI readings over time, the action lines (the same editor
 * as the workshop's action plan), the coverage matrix and the workshops held.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { newRecordId } from '../../../../src-core/model/ids';
import { pilotKpis, type PilotKpi } from '../../../../src-core/model/enums';
import type { MetaClusterAnalysis } from '../../../db/metacluster-analysis';
import { recordKpi, type MetaClusterWorkspace } from '../../../db/metaclusters';
import { useWorkspace } from '../../../db/provider';
import { formatNumber } from '../../../i18n/format';
import { useStudioStore } from '../../../state/store';
import { errorText } from '../../../ui/errors';
import {
  DateInput,
  NumberInput,
  SelectField,
  clearIfUnchanged,
  enumOptions,
  formatIsoDate,
  parseDecimal,
} from '../../../ui/form';
import { ProgressBar } from '../../../ui/ProgressBar';
import { todayIso } from '../../../ui/today';
import { useCommand } from '../../../ui/useCommand';
import { useWidth } from '../../../ui/useWidth';
import { ActionLinesEditor } from '../../editors/ActionLinesEditor';
import { CoverageMatrix } from './MatchingSection';

const kpiColours: Record<PilotKpi, string> = {
  'smes-engaged': '#0b6e8a',
  'joint-projects': '#f0a500',
  'knowledge-entities-added': '#6a4c93',
  'agreements-signed': '#2a9d5b',
};

function KpiForm({ ws }: { ws: MetaClusterWorkspace }) {
  const { t } = useTranslation();
  const { repositories } = useWorkspace();
  const notify = useStudioStore((state) => state.notify);
  const [kpi, setKpi] = useState<PilotKpi>('smes-engaged');
  const [date, setDate] = useState(todayIso());
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | undefined>();

  async function add(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    const number = parseDecimal(value);
    if (number === null || !Number.isFinite(number) || number < 0) {
      setError(t('metaClusters.kpiInvalid'));
      return;
    }
    try {
      await recordKpi(repositories, {
        metaClusterId: ws.metaCluster.id,
        kpi,
        date,
        value: number,
        note: '',
      });
      clearIfUnchanged(setValue, value);
      notify({ tone: 'success', message: t('metaClusters.kpiRecorded') });
    } catch (failure) {
      setError(errorText(t, failure));
    }
  }

  return (
    <form className="inline-form" onSubmit={(event) => void add(event)} noValidate>
      <SelectField
        label={t('metaClusters.kpi')}
        value={kpi}
        options={enumOptions(pilotKpis, (option) => t(`metaClusters.kpis.${option}`))}
        onChange={(next) => setKpi(next as PilotKpi)}
      />
      <DateInput label={t('metaClusters.kpiDate')} value={date} onChange={setDate} />
      <NumberInput
        label={t('metaClusters.kpiValue')}
        value={value}
        error={error}
        onChange={setValue}
      />
      <button type="submit">{t('metaClusters.recordKpi')}</button>
    </form>
  );
}

function ActionLines({ ws }: { ws: MetaClusterWorkspace }) {
  const { t, i18n } = useTranslation();
  const run = useCommand();
  const id = ws.metaCluster.id;
  const actions = ws.metaCluster.actions;
  const done = actions.filter((action) => action.status === 'done').length;
  const open = actions.filter((action) => action.status !== 'dropped').length;
  return (
    <>
      <h3 id="actions-title">{t('metaClusters.actionsTitle')}</h3>
      {actions.length > 0 && (
        <ProgressBar
          label={t('metaClusters.actionProgress', {
            done: formatNumber(done, i18n.language),
            total: formatNumber(open, i18n.language),
          })}
          value={done}
          max={Math.max(1, open)}
        />
      )}
      <ActionLinesEditor
        label={t('metaClusters.actionsTitle')}
        lines={actions}
        onAdd={(action) =>
          run(
            'metaCluster.addAction',
            { id, line: { id: newRecordId().slice(-12), ...action, status: 'planned' } },
            { success: t('metaClusters.actionAdded') },
          )
        }
        onEdit={(actionId, patch) =>
          run(
            'metaCluster.editAction',
            { id, actionId, patch },
            { success: t('editors.actions.saved'), undo: false },
          )
        }
        onRemove={(line) =>
          void run(
            'metaCluster.removeAction',
            { id, actionId: line.id },
            { success: t('editors.actions.removed', { action: line.text }) },
          )
        }
      />
    </>
  );
}

export function PilotSection({
  ws,
  analysis,
  updating,
}: {
  ws: MetaClusterWorkspace;
  analysis: MetaClusterAnalysis | null | undefined;
  /** The coverage matrix shown predates the latest change. */
  updating: boolean;
}) {
  const { t, i18n } = useTranslation();
  const [ref, width] = useWidth<HTMLDivElement>(640, 320);
  const isRtl = i18n.dir() === 'rtl';
  const dates = [...new Set(ws.kpis.map((k) => k.date))].sort();
  const data = dates.map((day) => {
    const row: Record<string, string | number> = { date: formatIsoDate(day, i18n.language) };
    for (const reading of ws.kpis) if (reading.date === day) row[reading.kpi] = reading.value;
    return row;
  });
  return (
    <section className="card" aria-labelledby="dashboard-title">
      <h2 id="dashboard-title">{t('metaClusters.dashboardTitle')}</h2>
      <KpiForm ws={ws} />
      {data.length === 0 ? (
        <p>{t('metaClusters.noKpis')}</p>
      ) : (
        <div ref={ref} className="chart-box">
          <figure className="chart" aria-labelledby="kpi-chart-title">
            <figcaption id="kpi-chart-title">{t('metaClusters.kpiChartTitle')}</figcaption>
            <LineChart width={width} height={260} data={data} accessibilityLayer>
              <CartesianGrid strokeDasharray="3 3" />
              {/* Right to left: time runs leftwards and the values stand on the right. */}
              <XAxis dataKey="date" reversed={isRtl} />
              <YAxis
                allowDecimals={false}
                orientation={isRtl ? 'right' : 'left'}
                tickFormatter={(value: number) => formatNumber(value, i18n.language)}
              />
              <Tooltip />
              <Legend />
              {pilotKpis.map((key) => (
                <Line
                  key={key}
                  type="monotone"
                  dataKey={key}
                  name={t(`metaClusters.kpis.${key}`)}
                  stroke={kpiColours[key]}
                  connectNulls
                  isAnimationActive={false}
                />
              ))}
            </LineChart>
          </figure>
        </div>
      )}
      <ActionLines ws={ws} />
      <h3 id="coverage-matrix-title">{t('metaClusters.coverageMatrixTitle')}</h3>
      <CoverageMatrix ws={ws} analysis={analysis} updating={updating} />
      <h3>{t('metaClusters.workshopsTitle')}</h3>
      {ws.workshops.length === 0 ? (
        <p>{t('metaClusters.noWorkshops')}</p>
      ) : (
        <ul>
          {ws.workshops.map((workshop) => (
            <li key={workshop.id}>
              {workshop.name} — {formatIsoDate(workshop.date, i18n.language)}
            </li>
          ))}
        </ul>
      )}
      <p className="field-hint">
        {t('metaClusters.kpiCount', {
          count: ws.kpis.length,
          n: formatNumber(ws.kpis.length, i18n.language),
        })}
      </p>
    </section>
  );
}
