/**
 * Live counts of the room: phones connected, participants joined, and what phones saved per stage
 * (counted from the local records of written submissions, so a reload keeps them).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { methodText, type Stage } from '../../../../../src-core/method';
import { useWorkspace } from '../../../../db/provider';
import { formatNumber } from '../../../../i18n/format';
import { roomCounts } from '../../../../room/room-writer';
import { StaticTable, type StaticColumn } from '../../../../ui/table/StaticTable';

interface Row {
  readonly stage: Stage;
  readonly count: number;
}

export function RoomCounts({
  workshopId,
  order,
  connected,
  joined,
  invalid,
}: {
  workshopId: string;
  order: readonly Stage[];
  connected: number;
  joined: number;
  invalid: number;
}) {
  const { t, i18n } = useTranslation();
  const { db } = useWorkspace();
  const counts = useLiveQuery(() => roomCounts({ db }, workshopId), [db, workshopId]);
  const n = (value: number) => formatNumber(value, i18n.language);
  const rows: Row[] = order.flatMap((stage) => {
    const count = counts?.[stage.id] ?? 0;
    return count > 0 ? [{ stage, count }] : [];
  });
  const columns: StaticColumn<Row>[] = [
    {
      id: 'stage',
      header: t('room.counts.stage'),
      cell: (row) => `${row.stage.code} ${methodText(row.stage.title, i18n.language)}`,
    },
    {
      id: 'count',
      header: t('room.counts.submissions'),
      cell: (row) => n(row.count),
      isNumeric: true,
    },
  ];
  return (
    <div className="room-counts">
      <h4>{t('room.counts.title')}</h4>
      <p aria-live="polite" data-testid="room-presence">
        {t('room.counts.connected', { count: connected, n: n(connected) })} ·{' '}
        {t('room.counts.joined', { count: joined, n: n(joined) })}
      </p>
      {rows.length === 0 ? (
        <p className="field-hint">{t('room.counts.none')}</p>
      ) : (
        <StaticTable
          label={t('room.counts.title')}
          columns={columns}
          rows={rows}
          rowKey={(row) => row.stage.id}
          isCompact
        />
      )}
      {invalid > 0 && (
        <p className="field-hint">{t('room.counts.invalid', { count: invalid, n: n(invalid) })}</p>
      )}
    </div>
  );
}
