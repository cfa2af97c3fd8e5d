/**
 * The B2B meeting schedule: tables × slots filled from the kept pairs (no organisation twice in a
 * slot), saved as one entry that a new run replaces, shown as a grid, and printed as one page per
 * table and one per organisation. It starts, unless told otherwise, when the agenda plans the
 * stage to start; times are written as the language writes them (24-hour in English too).
 */
import { useId, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useCommand } from '../../../ui/useCommand';
import { ScrollRegion } from '../../../ui/ScrollRegion';
import type { Stage } from '../../../../src-core/method';
import { clockTimeSchema, type EntryOf } from '../../../../src-core/model/workshop-run';
import {
  generateSchedule,
  meetingsByOrganisation,
  meetingsByTable,
  scheduleProblems,
  type ScheduleProblem,
} from '../../../../src-core/workshop/schedule';
import { formatClockTime, plannedStartOf } from '../../../../src-core/workshop/plan-edits';
import {
  slotStart,
  unscheduledPairs,
  wholeNumberIn,
} from '../../../../src-core/workshop/stage-logic';
import { getHost } from '../../../host';
import { formatNumber } from '../../../i18n/format';
import { entriesOfKind, type RunData } from '../../../db/workshop-run';
import { useStudioStore } from '../../../state/store';
import { errorText } from '../../../ui/errors';
import { Field, NumberInput, formatIsoDate, useFieldIds } from '../../../ui/form';
import { organisationLabel } from '../organisation-label';

type ScheduleEntry = EntryOf<'b2b-schedule'>;

export function ScheduleSection({
  data,
  stage,
}: {
  data: RunData;
  stage: Extract<Stage, { kind: 'matchmaking' }>;
}) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const run = useCommand();
  const notify = useStudioStore((state) => state.notify);
  const kept = entriesOfKind(data.entries, 'organisation-pairs');
  const saved = entriesOfKind(data.entries, 'b2b-schedule').at(-1);
  const { workshop } = data;
  const plannedStart = plannedStartOf(data.stages, workshop.agenda, workshop.startTime, stage.id);
  const [tables, setTables] = useState(String(saved?.entry.tables ?? stage.tables));
  const [slots, setSlots] = useState(String(saved?.entry.slots ?? 3));
  const [slotMinutes, setSlotMinutes] = useState(
    String(saved?.entry.slotMinutes ?? stage.slotMinutes),
  );
  const [startTime, setStartTime] = useState(
    saved?.entry.startTime ?? plannedStart ?? workshop.startTime,
  );
  const startIds = useFieldIds({ label: t('stages.matchmaking.startTime') });
  const [error, setError] = useState<string | null>(null);
  const [isPrinting, setPrinting] = useState(false);
  const n = (value: number) => formatNumber(value, i18n.language);

  async function generate(event: FormEvent) {
    event.preventDefault();
    const tableCount = wholeNumberIn(tables, 1, 100);
    const slotCount = wholeNumberIn(slots, 1, 48);
    const minutes = wholeNumberIn(slotMinutes, 5, 60);
    if (
      tableCount === null ||
      slotCount === null ||
      minutes === null ||
      !clockTimeSchema.safeParse(startTime).success
    ) {
      setError(t('stages.matchmaking.settingsInvalid'));
      return;
    }
    if (kept.length === 0) {
      setError(t('stages.matchmaking.needPairs'));
      return;
    }
    setError(null);
    const schedule = generateSchedule(
      kept.map((pair) => ({ a: pair.entry.a, b: pair.entry.b, score: pair.entry.score })),
      { tables: tableCount, slots: slotCount },
    );
    const entry: ScheduleEntry = {
      kind: 'b2b-schedule',
      tables: tableCount,
      slots: slotCount,
      slotMinutes: minutes,
      startTime,
      meetings: schedule.meetings.map(({ slot, table, a, b }) => ({ slot, table, a, b })),
    };
    // A new schedule replaces every field of the stored one (or is the first), read and written in
    // one transaction: two quick runs make one schedule, never two.
    const { kind, ...fields } = entry;
    const isSaved = await run('entry.upsert', {
      workshopId: data.workshop.id,
      stageId: stage.id,
      kind,
      match: {},
      entry,
      patch: fields,
    });
    if (isSaved) {
      notify({
        tone: 'success',
        message: t('stages.matchmaking.scheduleSaved', {
          count: entry.meetings.length,
          meetings: n(entry.meetings.length),
        }),
      });
    }
  }

  async function print() {
    flushSync(() => setPrinting(true));
    try {
      const result = await getHost().printToPdf({ suggestedName: 'b2b-schedule.pdf' });
      if (result.saved && result.location) {
        notify({ tone: 'success', message: t('header.printSaved', { location: result.location }) });
      }
    } catch (failure) {
      notify({
        tone: 'error',
        message: t('header.printFailed', { message: errorText(t, failure) }),
      });
    } finally {
      setPrinting(false);
    }
  }

  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('stages.matchmaking.scheduleTitle')}</h2>
      <form className="inline-form" onSubmit={(event) => void generate(event)}>
        <NumberInput label={t('stages.matchmaking.tables')} value={tables} onChange={setTables} />
        <NumberInput label={t('stages.matchmaking.slots')} value={slots} onChange={setSlots} />
        <NumberInput
          label={t('stages.matchmaking.slotMinutes')}
          value={slotMinutes}
          onChange={setSlotMinutes}
        />
        {/* The kit has no clock-time control yet: the browser's own, in the kit's field frame. */}
        <Field label={t('stages.matchmaking.startTime')} ids={startIds}>
          <input
            {...startIds.control}
            type="time"
            value={startTime}
            onChange={(event) => setStartTime(event.target.value)}
          />
        </Field>
        <button type="submit" className="button-primary">
          {t('stages.matchmaking.generate')}
        </button>
        {saved && (
          <button type="button" onClick={() => void print()}>
            {t('stages.matchmaking.print')}
          </button>
        )}
      </form>
      {plannedStart && (
        <p className="field-hint" data-testid="schedule-planned-start">
          {t('workshops.schedule.plannedStart', {
            date: formatIsoDate(workshop.date, i18n.language),
            time: formatClockTime(workshop.date, plannedStart, i18n.language),
          })}
        </p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {saved ? (
        <ScheduleView data={data} schedule={saved.entry} isPrinting={isPrinting} />
      ) : (
        <p className="field-hint">{t('stages.matchmaking.noSchedule')}</p>
      )}
    </section>
  );
}

function ScheduleView({
  data,
  schedule,
  isPrinting,
}: {
  data: RunData;
  schedule: ScheduleEntry;
  isPrinting: boolean;
}) {
  const { t, i18n } = useTranslation();
  const gridId = useId();
  const n = (value: number) => formatNumber(value, i18n.language);
  const options = { tables: schedule.tables, slots: schedule.slots };
  const problems = scheduleProblems(schedule.meetings, options);
  const kept = entriesOfKind(data.entries, 'organisation-pairs').map((pair) => pair.entry);
  const unscheduled = unscheduledPairs(kept, schedule.meetings);
  const byTable = meetingsByTable(schedule.meetings);
  const byOrganisation = [...meetingsByOrganisation(schedule.meetings).entries()].sort(([x], [y]) =>
    nameOf(x).localeCompare(nameOf(y)),
  );
  const slotIndexes = Array.from({ length: schedule.slots }, (_, slot) => slot);
  const tableIndexes = Array.from({ length: schedule.tables }, (_, table) => table);

  function nameOf(id: string): string {
    return organisationLabel(t, data, id);
  }
  function timeOf(slot: number): string {
    const clock = (at: number) =>
      formatClockTime(
        data.workshop.date,
        slotStart(schedule.startTime, schedule.slotMinutes, at),
        i18n.language,
      );
    return t('stages.matchmaking.slotTime', { start: clock(slot), end: clock(slot + 1) });
  }
  function meetingText(a: string, b: string): string {
    return t('stages.matchmaking.pair', { a: nameOf(a), b: nameOf(b) });
  }
  function problemText(problem: ScheduleProblem): string {
    switch (problem.kind) {
      case 'double-booked':
        return t('stages.matchmaking.problem.doubleBooked', {
          organisation: nameOf(problem.organisationId),
          time: timeOf(problem.slot),
        });
      case 'table-overbooked':
        return t('stages.matchmaking.problem.tableOverbooked', {
          table: n(problem.table + 1),
          time: timeOf(problem.slot),
        });
      case 'table-out-of-range':
        return t('stages.matchmaking.problem.tableOutOfRange', { table: n(problem.table + 1) });
      case 'slot-out-of-range':
        return t('stages.matchmaking.problem.slotOutOfRange', { slot: n(problem.slot + 1) });
      case 'repeat-pair':
        return t('stages.matchmaking.problem.repeatPair', {
          pair: meetingText(problem.a, problem.b),
        });
      case 'self-meeting':
        return t('stages.matchmaking.problem.selfMeeting', {
          organisation: nameOf(problem.organisationId),
        });
    }
  }

  return (
    <>
      {problems.length > 0 && (
        <div className="notice-inline stage-warning" role="alert">
          <p>{t('stages.matchmaking.problemsTitle')}</p>
          <ul>
            {problems.map((problem) => (
              <li key={JSON.stringify(problem)}>{problemText(problem)}</li>
            ))}
          </ul>
        </div>
      )}
      <ScrollRegion label={t('stages.matchmaking.gridRegion')}>
        <table className="data-table compact stage-grid" aria-labelledby={gridId}>
          <caption id={gridId}>
            {t('stages.matchmaking.gridCaption', {
              meetings: n(schedule.meetings.length),
              tables: n(schedule.tables),
              slots: n(schedule.slots),
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('stages.matchmaking.tableColumn')}</th>
              {slotIndexes.map((slot) => (
                <th key={slot} scope="col">
                  {timeOf(slot)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {tableIndexes.map((table) => {
              const meetings = byTable.get(table) ?? [];
              return (
                <tr key={table}>
                  <th scope="row">{t('stages.matchmaking.table', { n: n(table + 1) })}</th>
                  {slotIndexes.map((slot) => {
                    const meeting = meetings.find((m) => m.slot === slot);
                    return (
                      <td key={slot}>
                        {meeting ? meetingText(meeting.a, meeting.b) : t('stages.free')}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      {unscheduled.length > 0 && (
        <>
          <h3>{t('stages.matchmaking.unscheduledTitle', { n: n(unscheduled.length) })}</h3>
          <ul>
            {unscheduled.map((pair) => (
              <li key={`${pair.a}-${pair.b}`}>{meetingText(pair.a, pair.b)}</li>
            ))}
          </ul>
        </>
      )}
      <div className={`print-only stage-print${isPrinting ? ' stage-print-active' : ''}`}>
        {tableIndexes.map((table) => (
          <section key={table} className="stage-print-page">
            <h2>
              {data.workshop.name} — {t('stages.matchmaking.table', { n: n(table + 1) })}
            </h2>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('stages.matchmaking.timeColumn')}</th>
                  <th scope="col">{t('stages.matchmaking.meetingColumn')}</th>
                </tr>
              </thead>
              <tbody>
                {slotIndexes.map((slot) => {
                  const meeting = byTable.get(table)?.find((m) => m.slot === slot);
                  return (
                    <tr key={slot}>
                      <th scope="row">{timeOf(slot)}</th>
                      <td>{meeting ? meetingText(meeting.a, meeting.b) : t('stages.free')}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
        ))}
        {byOrganisation.map(([organisationId, meetings]) => (
          <section key={organisationId} className="stage-print-page">
            <h2>
              {data.workshop.name} — {nameOf(organisationId)}
            </h2>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('stages.matchmaking.timeColumn')}</th>
                  <th scope="col">{t('stages.matchmaking.tableColumn')}</th>
                  <th scope="col">{t('stages.matchmaking.withColumn')}</th>
                </tr>
              </thead>
              <tbody>
                {meetings.map((meeting) => (
                  <tr key={`${meeting.slot}-${meeting.table}`}>
                    <th scope="row">{timeOf(meeting.slot)}</th>
                    <td>{n(meeting.table + 1)}</td>
                    <td>{nameOf(meeting.a === organisationId ? meeting.b : meeting.a)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      </div>
    </>
  );
}
