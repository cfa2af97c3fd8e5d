/**
 * What goes on paper for the door: a sign-in sheet (name, organisation, country and a signature
 * column, a few blank lines for walk-ins) and name tags, eight to an A4 page. Both render only in
 * print (`.print-only`); the screen keeps the working view.
 */
import { useTranslation } from 'react-i18next';
import type { WorkshopRecord } from '../../../../src-core/model/entities';
import type { RunParticipant } from '../../../db/workshop-run';
import { countryName, formatDay } from '../../../i18n/format';

export type PrintLayout = 'sign-in' | 'tags';

const TAGS_PER_PAGE = 8;
const BLANK_LINES = 6;

export function PrintLayouts({
  layout,
  workshop,
  participants,
}: {
  layout: PrintLayout | null;
  workshop: WorkshopRecord;
  participants: readonly RunParticipant[];
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  if (layout === null) return null;
  const date = formatDay(workshop.date, language, 'long');
  const place = workshop.venue
    ? t('participants.print.venueDate', { date, venue: workshop.venue })
    : date;

  if (layout === 'sign-in') {
    return (
      <div className="print-only participants-print sign-in-sheet">
        <h1>
          <bdi>{workshop.name}</bdi>
        </h1>
        <p>{place}</p>
        <h2>{t('participants.print.sheetTitle')}</h2>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('participants.list.columns.name')}</th>
              <th scope="col">{t('participants.list.columns.organisation')}</th>
              <th scope="col">{t('participants.list.columns.country')}</th>
              <th scope="col" className="signature">
                {t('participants.print.signature')}
              </th>
            </tr>
          </thead>
          <tbody>
            {participants.map((participant) => (
              <tr key={participant.record.id}>
                <td>{participant.person || t('participants.list.noName')}</td>
                <td>{participant.organisation}</td>
                <td>{participant.country ? countryName(participant.country, language) : ''}</td>
                <td className="signature" />
              </tr>
            ))}
            {Array.from({ length: BLANK_LINES }, (_, index) => (
              <tr key={`blank-${index}`} className="blank-line">
                <td />
                <td />
                <td />
                <td className="signature" />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }

  const pages: RunParticipant[][] = [];
  for (let start = 0; start < participants.length; start += TAGS_PER_PAGE) {
    pages.push(participants.slice(start, start + TAGS_PER_PAGE));
  }
  return (
    <div
      className="print-only participants-print name-tags"
      aria-label={t('participants.print.tagsTitle')}
    >
      {pages.map((page, index) => (
        <div className="name-tag-page" key={index}>
          {page.map((participant) => (
            <div className="name-tag" key={participant.record.id}>
              <p className="name-tag-name">{participant.person || participant.organisation}</p>
              {participant.person && (
                <p className="name-tag-organisation">{participant.organisation}</p>
              )}
              <p className="name-tag-country">
                {participant.country ? countryName(participant.country, language) : ''}
              </p>
              <p className="name-tag-event">{workshop.name}</p>
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}
