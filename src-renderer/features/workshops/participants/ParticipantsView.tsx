/**
 * The Participants tab: who is invited, who came, and where they sit. Before the day the
 * facilitator invites from the rosters; at the door they check people in (the time is kept, for
 * the report) and add walk-ins in seconds; then they print the sign-in sheet and name tags.
 *
 * The list is the runner's own live read (`useRunData`), so what is shown here is exactly what the
 * Run and Report tabs count. Every change is saved at once; removing someone offers Undo. Someone
 * whose organisation is not in the workspace at all is listed with the missing state (whom to ask
 * for the organisation), never with a blank organisation.
 */
import { intlFormatter } from '../../../../src-core/text/intl-cache';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopRecord } from '../../../../src-core/model/entities';
import {
  checkReferences,
  missingAt,
  useWriterDirectory,
  targetLookup,
  type MissingReference,
  type WriterDirectory,
} from '../../../db/missing-references';
import { useWorkspace } from '../../../db/provider';
import {
  checkIn,
  removeParticipant,
  restoreParticipant,
  setTable,
} from '../../../db/workshop-participants';
import { useRunData, type RunData, type RunParticipant } from '../../../db/workshop-run';
import { getHost } from '../../../host';
import { countryName, formatNumber } from '../../../i18n/format';
import { useStudioStore } from '../../../state/store';
import { todayIso } from '../../../ui/today';
import { useNotifyError } from '../../../ui/useNotifyError';
import { MissingReferenceNote, missingReferenceName } from '../../../ui/MissingNote';
import { InviteSection } from './InviteSection';
import { PrintLayouts, type PrintLayout } from './PrintLayouts';
import { WalkInForm } from './WalkInForm';
import './participants.css';

/** "09:42" (or "9:42 a. m.", as the language writes it), in the computer's time zone. */
function localTime(iso: string, language: string): string {
  const format = intlFormatter(
    'time-short',
    language,
    (locale) => new Intl.DateTimeFormat(locale, { timeStyle: 'short' }),
  );
  return format.format(new Date(iso));
}

/** By organisation, then person: how a sign-in desk finds people. */
function byOrganisation(a: RunParticipant, b: RunParticipant): number {
  return a.organisation.localeCompare(b.organisation) || a.person.localeCompare(b.person);
}

/**
 * Participants whose organisation is missing, by participant id. The run data holds every
 * organisation its participants name (deleted ones too), so absent there means missing.
 */
function missingOrganisations(
  data: RunData | null | undefined,
  directory: WriterDirectory | undefined,
): ReadonlyMap<string, MissingReference> {
  const out = new Map<string, MissingReference>();
  if (!data || !directory) return out;
  const lookup = targetLookup({ organisations: data.organisations });
  for (const { record } of data.participants) {
    const { missing } = checkReferences('workshopParticipants', record, lookup, directory);
    const organisation = missingAt(missing, 'organisationId');
    if (organisation) out.set(record.id, organisation);
  }
  return out;
}

/** A file name the host accepts (no path or reserved characters). */
function fileNameOf(workshop: WorkshopRecord, suffix: string): string {
  // Control characters are exactly what this removes.
  // eslint-disable-next-line no-control-regex
  const base = workshop.name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').trim() || 'workshop';
  return `${base.slice(0, 150)} - ${suffix}.pdf`;
}

export function ParticipantsView({ workshop }: { workshop: WorkshopRecord }) {
  const { t, i18n } = useTranslation();
  const today = todayIso();
  const data = useRunData(workshop.id, today);
  const directory = useWriterDirectory();
  const missing = useMemo(() => missingOrganisations(data, directory), [data, directory]);
  const notify = useStudioStore((state) => state.notify);
  const notifyError = useNotifyError();
  const [layout, setLayout] = useState<PrintLayout | null>(null);
  // A print waits for the layout to be on the page: set here, printed by the effect below.
  const [printRequest, setPrintRequest] = useState<{ layout: PrintLayout; n: number } | null>(null);
  const language = i18n.language;

  useEffect(() => {
    if (!printRequest) return;
    const suffix =
      printRequest.layout === 'sign-in'
        ? t('participants.print.sheetTitle')
        : t('participants.print.tagsTitle');
    getHost()
      .printToPdf({ suggestedName: fileNameOf(workshop, suffix) })
      .then((result) => {
        if (result.saved && result.location) {
          notify({
            tone: 'success',
            message: t('participants.print.saved', { location: result.location }),
          });
        }
      })
      .catch(notifyError)
      // The page has been printed (the host resolves after it, the browser's print() blocks):
      // back to the tab as shown, so the shell's own Print prints it as seen.
      .finally(() => setLayout(null));
    // Only a new request prints; the other values are read at that moment.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [printRequest]);

  if (data === undefined) return <p>{t('participants.loading')}</p>;
  if (data === null) return null;

  const participants = [...data.participants].sort(byOrganisation);
  const checkedIn = participants.filter((p) => p.record.checkedInAt !== null).length;
  const walkIns = participants.filter((p) => p.record.walkIn).length;

  function print(next: PrintLayout) {
    setLayout(next);
    setPrintRequest((now) => ({ layout: next, n: (now?.n ?? 0) + 1 }));
  }

  return (
    <>
      {/* Hidden in print only while a print layout is on the page. */}
      <div className={layout ? 'participants-screen no-print' : 'participants-screen'}>
        <dl className="participant-counts" aria-label={t('participants.counts.label')}>
          <div>
            <dt>{t('participants.counts.invited')}</dt>
            <dd data-testid="count-invited">{formatNumber(participants.length, language)}</dd>
          </div>
          <div>
            <dt>{t('participants.counts.checkedIn')}</dt>
            <dd data-testid="count-checked-in">{formatNumber(checkedIn, language)}</dd>
          </div>
          <div>
            <dt>{t('participants.counts.walkIns')}</dt>
            <dd data-testid="count-walk-ins">{formatNumber(walkIns, language)}</dd>
          </div>
        </dl>

        <WalkInForm workshopId={workshop.id} defaultCountry={data.clusters[0]?.country ?? null} />

        <section className="card" aria-labelledby="participants-title">
          <div className="card-header">
            <h2 id="participants-title">{t('participants.list.title')}</h2>
            <div className="inline-form" role="group" aria-label={t('participants.print.title')}>
              <button
                type="button"
                disabled={participants.length === 0}
                onClick={() => print('sign-in')}
              >
                {t('participants.print.signInSheet')}
              </button>
              <button
                type="button"
                disabled={participants.length === 0}
                onClick={() => print('tags')}
              >
                {t('participants.print.nameTags')}
              </button>
            </div>
          </div>
          {participants.length === 0 ? (
            <p className="empty-state">{t('participants.list.empty')}</p>
          ) : (
            <ParticipantTable participants={participants} missing={missing} language={language} />
          )}
        </section>
        {/* Last: in the room, walk-ins and check-in come first; inviting is done beforehand. */}
        <InviteSection workshopId={workshop.id} today={today} organisations={data.organisations} />
      </div>
      <PrintLayouts layout={layout} workshop={workshop} participants={participants} />
    </>
  );
}

function ParticipantTable({
  participants,
  missing,
  language,
}: {
  participants: readonly RunParticipant[];
  missing: ReadonlyMap<string, MissingReference>;
  language: string;
}) {
  const { t } = useTranslation();
  return (
    <table className="data-table compact participant-table" aria-labelledby="participants-title">
      <thead>
        <tr>
          <th scope="col">{t('participants.list.columns.name')}</th>
          <th scope="col">{t('participants.list.columns.organisation')}</th>
          <th scope="col">{t('participants.list.columns.country')}</th>
          <th scope="col">{t('participants.list.columns.checkIn')}</th>
          <th scope="col" className="numeric">
            {t('participants.list.columns.table')}
          </th>
          <th scope="col">{t('participants.list.columns.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {participants.map((participant) => (
          <ParticipantRow
            key={participant.record.id}
            participant={participant}
            missingOrganisation={missing.get(participant.record.id) ?? null}
            language={language}
          />
        ))}
      </tbody>
    </table>
  );
}

function ParticipantRow({
  participant,
  missingOrganisation,
  language,
}: {
  participant: RunParticipant;
  missingOrganisation: MissingReference | null;
  language: string;
}) {
  const { t } = useTranslation();
  const { repositories } = useWorkspace();
  const notify = useStudioStore((state) => state.notify);
  const notifyError = useNotifyError();
  const [tableError, setTableError] = useState('');
  const { record } = participant;
  // Labels name the person, or their organisation when nobody is named (or that it is missing).
  const name =
    participant.person ||
    participant.organisation ||
    (missingOrganisation ? missingReferenceName(t, missingOrganisation) : '');
  const tableErrorId = `table-error-${record.id}`;

  async function run(action: () => Promise<unknown>) {
    try {
      await action();
    } catch (error) {
      notifyError(error);
    }
  }

  function remove() {
    void run(async () => {
      await removeParticipant(repositories, record.id);
      notify({
        tone: 'info',
        message: t('participants.list.removed', { name }),
        action: {
          label: t('common.undo'),
          run: () => void run(() => restoreParticipant(repositories, record.id)),
        },
      });
    });
  }

  function commitTable(input: HTMLInputElement) {
    const text = input.value.trim();
    const table = text === '' ? null : Number(text);
    if (table !== null && !(Number.isInteger(table) && table >= 1 && table <= 100)) {
      setTableError(t('participants.list.tableInvalid'));
      return;
    }
    setTableError('');
    if (table !== record.table) void run(() => setTable(repositories, record.id, table));
  }

  return (
    <tr className={record.checkedInAt ? 'checked-in' : undefined}>
      <th scope="row">
        {participant.person || t('participants.list.noName')}
        {record.walkIn && <span className="badge">{t('participants.list.walkInBadge')}</span>}
      </th>
      <td>
        {missingOrganisation ? (
          <MissingReferenceNote missing={missingOrganisation} />
        ) : (
          participant.organisation
        )}
      </td>
      <td>{participant.country ? countryName(participant.country, language) : ''}</td>
      <td>
        {record.checkedInAt ? (
          <span className="check-in-cell">
            <span>
              {t('participants.list.checkedInAt', {
                time: localTime(record.checkedInAt, language),
              })}
            </span>
            <button
              type="button"
              aria-label={t('participants.list.undoCheckInLabel', { name })}
              onClick={() => void run(() => checkIn(repositories, record.id, null))}
            >
              {t('participants.list.undoCheckIn')}
            </button>
          </span>
        ) : (
          <button
            type="button"
            className="button-primary"
            aria-label={t('participants.list.checkInLabel', { name })}
            onClick={() => void run(() => checkIn(repositories, record.id, new Date()))}
          >
            {t('participants.list.checkIn')}
          </button>
        )}
      </td>
      <td className="numeric">
        <input
          key={`${record.id}-${String(record.table)}`}
          className="table-number"
          type="number"
          min={1}
          max={100}
          step={1}
          inputMode="numeric"
          aria-label={t('participants.list.tableLabel', { name })}
          aria-invalid={tableError ? true : undefined}
          aria-describedby={tableError ? tableErrorId : undefined}
          defaultValue={record.table ?? ''}
          onBlur={(event) => commitTable(event.currentTarget)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') event.currentTarget.blur();
          }}
        />
        {tableError && (
          <p id={tableErrorId} className="field-error" role="alert">
            {tableError}
          </p>
        )}
      </td>
      <td>
        <button
          type="button"
          aria-label={t('participants.list.removeLabel', { name })}
          onClick={remove}
        >
          {t('participants.list.remove')}
        </button>
      </td>
    </tr>
  );
}
