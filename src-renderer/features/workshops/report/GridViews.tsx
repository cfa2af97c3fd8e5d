/**
 * The report's two grids: the value-chain map (segments × clusters, with each cell's mark and the
 * organisations named) and the B2B timetable (tables × slots, with each slot's clock time).
 */
import { useTranslation } from 'react-i18next';
import type { EntryOf } from '../../../../src-core/model/workshop-run';
import { formatNumber } from '../../../i18n/format';
import type { ReportLookup } from './lookup';
import { scheduleGrid, valueChainGrid } from './report-model';

export function ValueChainTable({
  entries,
  lookup,
}: {
  entries: readonly EntryOf<'value-chain-map'>[];
  lookup: ReportLookup;
}) {
  const { t } = useTranslation();
  const grid = valueChainGrid(entries);
  return (
    <>
      <p className="report-note">{t('report.valueChain.legend')}</p>
      <table className="data-table compact report-grid">
        <thead>
          <tr>
            <th scope="col">{t('report.columns.segment')}</th>
            {grid.clusterIds.map((id) => (
              <th key={id} scope="col">
                {lookup.clusterName(id)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.segmentKeys.map((segment, row) => (
            <tr key={segment}>
              <th scope="row">{lookup.segmentName(segment)}</th>
              {grid.cells[row]?.map((cell, column) => (
                <td
                  key={grid.clusterIds[column]}
                  className={cell ? `report-mark report-mark-${cell.mark}` : undefined}
                >
                  {cell && (
                    <>
                      <strong>{t(`report.valueChain.marks.${cell.mark}`)}</strong>
                      {cell.organisationIds.length > 0 && (
                        <span className="report-cell-detail">
                          {cell.organisationIds.map(lookup.organisationName).join(', ')}
                        </span>
                      )}
                      {cell.note && <span className="report-cell-detail">{cell.note}</span>}
                    </>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

export function ScheduleTable({
  entry,
  lookup,
}: {
  entry: EntryOf<'b2b-schedule'>;
  lookup: ReportLookup;
}) {
  const { t } = useTranslation();
  const grid = scheduleGrid(entry);
  const number = (value: number) => formatNumber(value, lookup.language);
  return (
    <>
      <p className="report-note">
        {t('report.schedule.summary', {
          tables: number(entry.tables),
          slots: number(entry.slots),
          minutes: number(entry.slotMinutes),
          start: entry.startTime,
        })}
      </p>
      <table className="data-table compact report-grid">
        <thead>
          <tr>
            <th scope="col">{t('report.columns.table')}</th>
            {grid.slotTimes.map((time, slot) => (
              <th key={slot} scope="col">
                {time}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((row) => (
            <tr key={row.table}>
              <th scope="row">{t('report.schedule.tableN', { n: row.table + 1 })}</th>
              {row.cells.map((meeting, slot) => (
                <td key={slot}>
                  {meeting
                    ? t('report.schedule.meeting', {
                        a: lookup.organisationName(meeting.a),
                        b: lookup.organisationName(meeting.b),
                      })
                    : t('report.schedule.free')}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
