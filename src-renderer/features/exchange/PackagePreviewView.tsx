/**
 * What a package would do, before anything is written: who sent it and whether the key is theirs,
 * whether it is this workspace's own package or comes from a partner never seen before, what it
 * changes per table, the conflicts and erasures it brings, what the sender left out, what is
 * missing (records pointing at something neither in the package nor here: ask the sender), and
 * what a newer version put in it. Apply waits for every confirmation the preview asks for.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PackagePreview, TablePreview } from '../../db/exchange';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { CheckboxField } from '../../ui/form';
import { StaticTable, type StaticColumn } from '../../ui/table/StaticTable';

interface PackagePreviewViewProps {
  readonly preview: PackagePreview;
  readonly isBusy: boolean;
  readonly isTrusted: boolean;
  readonly onTrustedChange: (trusted: boolean) => void;
  readonly onCancel: () => void;
  readonly onApply: () => void;
}

type Translate = TFunction;

function countColumns(t: Translate, n: (v: number) => string): StaticColumn<TablePreview>[] {
  const count = (id: 'new' | 'updated' | 'deleted' | 'unchanged'): StaticColumn<TablePreview> => ({
    id,
    header: t(`exchange.columns.${id}` as const),
    cell: (row: TablePreview) => n(row[id]),
    isNumeric: true,
  });
  return [
    {
      id: 'table',
      header: t('exchange.columns.table'),
      cell: (row) => t(`exchange.tables.${row.table}`),
    },
    count('new'),
    count('updated'),
    count('deleted'),
    count('unchanged'),
  ];
}

/** A table's label, also for tables this version does not know (shown as named). */
function tableLabel(t: Translate, table: string): string {
  return t(`exchange.tables.${table}` as 'exchange.tables.clusters', { defaultValue: table });
}

export function PackagePreviewView({
  preview,
  isBusy,
  isTrusted,
  onTrustedChange,
  onCancel,
  onApply,
}: PackagePreviewViewProps) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatNumber(value, i18n.language);
  const { manifest } = preview;
  const partner = manifest.source.partnerOrganisation;
  const needsTrust = preview.trust !== null;
  const newerFields = Object.values(preview.newer.fields).flat();
  return (
    <div className="package-preview" aria-label={t('exchange.previewLabel')}>
      <p data-testid="package-source">
        {t('exchange.source', {
          partner,
          facilitator: manifest.source.facilitator,
          date: formatDateTime(manifest.createdAt, i18n.language),
        })}
      </p>
      {preview.isOwn ? (
        <p className="notice-inline" role="status" data-testid="own-package">
          {t('exchange.ownPackage')}
        </p>
      ) : (
        <>
          <p data-testid="package-signature">
            {t(`exchange.signature.${preview.signature}`)}
            {preview.signerFingerprint && (
              <>
                {' '}
                <span className="fingerprint">
                  {t('exchange.fingerprint', { fingerprint: preview.signerFingerprint })}
                </span>
              </>
            )}
          </p>
          {preview.isNewPartner && (
            <p className="notice-inline" data-testid="new-partner">
              {t('exchange.newPartner', { partner })}
            </p>
          )}
          {preview.trust && (
            <div className="warning-loud" role="alert" data-testid="signer-warning">
              <p>
                {t(`exchange.trust.${preview.trust}`, {
                  partner,
                  fingerprint: preview.signerFingerprint ?? '',
                  known: preview.knownFingerprint ?? '',
                  erasures: n(preview.erasures),
                })}
              </p>
              <CheckboxField
                label={
                  preview.trust === 'newPartnerErasures'
                    ? t('exchange.trust.confirmErasures', { partner })
                    : t('exchange.trust.confirm', { partner })
                }
                checked={isTrusted}
                onChange={onTrustedChange}
              />
            </div>
          )}
          {preview.alreadyImported && (
            <p className="notice-inline">{t('exchange.alreadyImported')}</p>
          )}
          <StaticTable
            label={t('exchange.previewLabel')}
            columns={countColumns(t, n)}
            rows={preview.perTable}
            rowKey={(row) => row.table}
            isCompact
          />
          <p data-testid="package-conflicts">
            {t('exchange.conflicts', { n: n(preview.conflicts) })}
          </p>
          {preview.erasures > 0 && (
            <p data-testid="package-erasures">
              {t('exchange.erasures', { n: n(preview.erasures) })}
            </p>
          )}
        </>
      )}
      {preview.missing.length > 0 && (
        <div className="warning-loud" data-testid="package-missing">
          <h3>{t('exchange.missingTitle')}</h3>
          <ul>
            {preview.missing.map((missing) => (
              <li key={`${missing.table}|${missing.field}`}>
                {t('exchange.missing', {
                  table: tableLabel(t, missing.table),
                  records: n(missing.records),
                  target: tableLabel(t, missing.target),
                  partner,
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {preview.omitted.length > 0 && (
        <div className="notice-inline" data-testid="package-omitted">
          <h3>{t('exchange.omittedTitle')}</h3>
          <ul>
            {preview.omitted.map((omission) => (
              <li key={`${omission.table}|${omission.reason}|${omission.field ?? ''}`}>
                {t(`exchange.omitted.${omission.reason}`, {
                  table: tableLabel(t, omission.table),
                  records: n(omission.records),
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {newerFields.length > 0 && (
        <p className="notice-inline" data-testid="package-newer-fields">
          {t('exchange.newerFields', {
            appVersion: manifest.appVersion,
            fields: [...new Set(newerFields)].join(', '),
          })}
        </p>
      )}
      {preview.newer.tables.length > 0 && (
        <p className="warning-loud" data-testid="package-newer-tables">
          {t('exchange.newerTables', {
            tables: preview.newer.tables
              .map((skipped) => `${skipped.table} (${n(skipped.records)})`)
              .join(', '),
          })}
        </p>
      )}
      {preview.packageConflicts > 0 && (
        <p className="notice-inline">
          {t('exchange.packageConflicts', {
            count: preview.packageConflicts,
            n: n(preview.packageConflicts),
          })}
        </p>
      )}
      <div className="wizard-actions">
        <button type="button" onClick={onCancel}>
          {preview.isOwn ? t('common.close') : t('common.cancel')}
        </button>
        {!preview.isOwn && (
          <button
            type="button"
            className="button-primary"
            disabled={isBusy || (needsTrust && !isTrusted)}
            onClick={onApply}
          >
            {t('exchange.apply')}
          </button>
        )}
      </div>
    </div>
  );
}
