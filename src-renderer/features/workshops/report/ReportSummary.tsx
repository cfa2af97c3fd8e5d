/**
 * The report's opening: who, where and when (title block), the agenda as planned against the time
 * actually spent, and every gate the facilitator passed although it failed, with the reason given.
 */
import { useTranslation } from 'react-i18next';
import { methodText } from '../../../../src-core/method';
import { builtinMethod } from '../../../db/workshops';
import type { RunData } from '../../../db/workshop-run';
import { formatDateTime, formatNumber } from '../../../i18n/format';
import { StaticTable } from '../../../ui/table/StaticTable';
import { agendaRows, formatCalendarDate, participantCounts, type AgendaRow } from './report-model';

export function ReportTitleBlock({ data }: { data: RunData }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { workshop } = data;
  const counts = participantCounts(data.participants.map((participant) => participant.record));
  const heldFor =
    workshop.kind === 'meta-cluster'
      ? data.metaCluster?.name
      : data.allClusters.find((cluster) => cluster.id === workshop.clusterId)?.name;
  const method =
    builtinMethod.id === workshop.methodId
      ? methodText(builtinMethod.title, language)
      : workshop.methodId;
  const none = t('report.summary.none');
  const list = (items: readonly string[]) => (items.length > 0 ? items.join(', ') : none);
  const rows: [string, string][] = [
    [t('report.summary.date'), formatCalendarDate(workshop.date, language)],
    [t('report.summary.venue'), workshop.venue || none],
    [t(`workshops.heldFor.${workshop.kind}`), heldFor ?? t('report.unknown')],
    [
      t('report.summary.method'),
      t('report.summary.methodValue', { method, version: workshop.methodVersion }),
    ],
    [t('report.summary.facilitators'), list(workshop.facilitators)],
    [t('report.summary.languages'), list(workshop.languages)],
    [
      t('report.summary.participants'),
      t('report.summary.participantsValue', {
        invited: formatNumber(counts.invited, language),
        checkedIn: formatNumber(counts.checkedIn, language),
        walkIns: formatNumber(counts.walkIns, language),
      }),
    ],
    [t('report.summary.status'), t(`report.summary.statuses.${workshop.run.status}`)],
  ];
  return (
    <header className="report-title-block">
      <p className="report-kicker">{t('report.title')}</p>
      <h2 id="report-title">
        <bdi>{workshop.name}</bdi>
      </h2>
      <p className="report-type">{t(`workshops.types.${workshop.kind}`)}</p>
      <dl className="report-facts">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </header>
  );
}

function totals(rows: readonly AgendaRow[]): { planned: number; actual: number } {
  let planned = 0;
  let actual = 0;
  for (const row of rows) {
    planned += row.plannedMinutes;
    actual += row.actualMinutes ?? 0;
  }
  return { planned, actual };
}

export function ReportAgenda({
  data,
  spentMs,
}: {
  data: RunData;
  spentMs: Readonly<Record<string, number>>;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { workshop } = data;
  const rows = agendaRows(data.stages, workshop.agenda, workshop.startTime, spentMs);
  const sum = totals(rows);
  return (
    <section className="report-section" aria-labelledby="report-agenda">
      <h3 id="report-agenda">{t('report.agenda.title')}</h3>
      <table className="data-table compact">
        <thead>
          <tr>
            <th scope="col">{t('report.agenda.code')}</th>
            <th scope="col">{t('report.agenda.stage')}</th>
            <th scope="col">{t('report.agenda.start')}</th>
            <th scope="col" className="numeric">
              {t('report.agenda.planned')}
            </th>
            <th scope="col" className="numeric">
              {t('report.agenda.actual')}
            </th>
            <th scope="col">{t('report.agenda.notes')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.stageId} className={row.skipped ? 'report-skipped' : undefined}>
              <td>{row.code}</td>
              <td>{methodText(row.title, language)}</td>
              <td>{row.skipped ? t('report.agenda.notTimed') : row.start}</td>
              <td className="numeric">
                {row.skipped
                  ? t('report.agenda.notTimed')
                  : formatNumber(row.plannedMinutes, language)}
              </td>
              <td className="numeric">
                {row.actualMinutes === null
                  ? t('report.agenda.notTimed')
                  : formatNumber(row.actualMinutes, language)}
              </td>
              <td>{row.skipped ? t('report.agenda.skipped', { reason: row.skipReason }) : ''}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              {t('report.agenda.total')}
            </th>
            <td className="numeric">{formatNumber(sum.planned, language)}</td>
            <td className="numeric">{formatNumber(sum.actual, language)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </section>
  );
}

export function ReportOverrides({ data }: { data: RunData }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const overrides = data.workshop.run.overrides;
  const stageOf = (id: string) => data.stages.find((stage) => stage.id === id);
  return (
    <section className="report-section" aria-labelledby="report-overrides">
      <h3 id="report-overrides">{t('report.overrides.title')}</h3>
      {overrides.length === 0 ? (
        <p>{t('report.overrides.none')}</p>
      ) : (
        <StaticTable
          label={t('report.overrides.title')}
          isCompact
          rows={overrides}
          rowKey={(override) => `${override.stageId}/${override.gateId}/${override.at}`}
          columns={[
            {
              id: 'stage',
              header: t('report.overrides.stage'),
              cell: (override) => {
                const stage = stageOf(override.stageId);
                return stage
                  ? `${stage.code} · ${methodText(stage.title, language)}`
                  : override.stageId;
              },
            },
            {
              id: 'gate',
              header: t('report.overrides.gate'),
              cell: (override) => {
                const gate = stageOf(override.stageId)?.gates.find((g) => g.id === override.gateId);
                return gate ? methodText(gate.label, language) : override.gateId;
              },
            },
            { id: 'reason', header: t('report.overrides.reason'), cell: (o) => o.reason },
            {
              id: 'by',
              header: t('report.overrides.by'),
              cell: (override) => override.by || t('report.summary.none'),
            },
            {
              id: 'at',
              header: t('report.overrides.at'),
              cell: (override) => formatDateTime(override.at, language),
            },
          ]}
        />
      )}
    </section>
  );
}
