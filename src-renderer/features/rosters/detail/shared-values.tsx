/** How record pages show coded values: countries, regions, NACE codes, dates, statuses, links. */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { findRegion, naceLabel } from '../../../../src-core/codes';
import type { MembershipRecord } from '../../../../src-core/model/entities';
import type { MembershipStatus } from '../../../../src-core/model/enums';
import type { StaticColumn } from '../../../ui/table/StaticTable';
import { RecordLink } from './parts';
import { countryName } from '../../../i18n/format';
import { formatIsoDate } from '../../../ui/form/DateInput';

export function CountryValue({ code }: { code: string }) {
  const { i18n } = useTranslation();
  return <>{countryName(code, i18n.language)}</>;
}

export function RegionValue({ code }: { code: string | null }) {
  if (!code) return null;
  const region = findRegion(code);
  const name = region ? region.nameLatin : code;
  return (
    <span className="code-label">
      <span className="code">{code}</span> — {name}
    </span>
  );
}

export function NaceList({ codes }: { codes: readonly string[] }) {
  const { i18n } = useTranslation();
  if (codes.length === 0) return null;
  return (
    <ul data-testid="nace-list">
      {codes.map((code) => (
        <li key={code} className="code-label">
          <span className="code">{code}</span> — {naceLabel(code, i18n.language) ?? code}
        </li>
      ))}
    </ul>
  );
}

export function DateValue({ iso }: { iso: string | null }) {
  const { i18n } = useTranslation();
  if (!iso) return null;
  return <time dateTime={iso}>{formatIsoDate(iso, i18n.language)}</time>;
}

export function StatusBadge({ status }: { status: MembershipStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`status-badge status-${status}`}>
      {t(`codes.membershipStatuses.${status}`)}
    </span>
  );
}

export function WebsiteLink({ url }: { url: string | null }) {
  if (!url) return null;
  // External links open in the system browser (the desktop shell denies new windows).
  return (
    <a href={url} target="_blank" rel="noreferrer noopener">
      {url}
    </a>
  );
}

export function TextList({ items }: { items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <ul>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/** "Given Family", or a placeholder for an unnamed or erased person. */
export function contactName(
  contact: { givenName: string; familyName: string; erasedAt: string | null },
  unnamed: string,
  erased: string,
): string {
  if (contact.erasedAt) return erased;
  const name = `${contact.givenName} ${contact.familyName}`.trim();
  return name === '' ? unnamed : name;
}

/** A membership's status (linking to the membership) and its start date, as table columns. */
export function membershipStatusColumns<T extends { readonly membership: MembershipRecord }>(
  t: TFunction,
): StaticColumn<T>[] {
  return [
    {
      id: 'status',
      header: t('forms.membership.fields.status'),
      cell: ({ membership }) => (
        <RecordLink section="memberships" id={membership.id}>
          <StatusBadge status={membership.status} />
        </RecordLink>
      ),
    },
    {
      id: 'since',
      header: t('forms.membership.fields.since'),
      cell: ({ membership }) => <DateValue iso={membership.since} />,
    },
  ];
}
