/**
 * Partners: this workspace's key fingerprint (to read out to partners), the last package saved,
 * and every partner seen so far — their key fingerprint (trusted on first use), when their last
 * package arrived and when one was last addressed to them — with a loud mark on changed keys.
 */
import { useTranslation } from 'react-i18next';
import { usePartners, type PartnerView } from '../../db/exchange-queries';
import { useSetting } from '../../db/hooks';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { StaticTable, type StaticColumn } from '../../ui/table/StaticTable';
import { SigningKeyCard } from './SigningKeyCard';

export function PartnersPage() {
  const { t, i18n } = useTranslation();
  const view = usePartners();
  const identity = useSetting('identity');
  const date = (iso: string | undefined) =>
    iso ? formatDateTime(iso, i18n.language) : t('partners.never');

  const columns: StaticColumn<PartnerView>[] = [
    {
      id: 'partner',
      header: t('partners.columns.partner'),
      cell: (partner) => (
        <>
          {partner.partnerOrganisation}
          <br />
          <span className="field-hint">{partner.facilitator}</span>
        </>
      ),
    },
    {
      id: 'node',
      header: t('partners.columns.node'),
      cell: (partner) => <code>{partner.nodeId.slice(0, 8)}</code>,
    },
    {
      id: 'fingerprint',
      header: t('partners.columns.fingerprint'),
      cell: (partner) => (
        <>
          <span className="fingerprint">{partner.fingerprint ?? t('partners.notSigned')}</span>
          {partner.previousFingerprints.map((old) => (
            <p key={old.fingerprint} className="warning-loud" role="note">
              {t('partners.keyChangedOn', {
                at: date(old.replacedAt),
                fingerprint: old.fingerprint,
              })}
            </p>
          ))}
        </>
      ),
    },
    {
      id: 'received',
      header: t('partners.columns.received'),
      cell: (partner) => date(partner.lastReceivedAt),
    },
    {
      id: 'sent',
      header: t('partners.columns.sent'),
      cell: (partner) => date(partner.lastSentAt),
    },
  ];

  const lastSent = view?.lastSent;
  return (
    <section className="page" aria-labelledby="partners-title">
      <div className="page-header">
        <h1 id="partners-title">{t('partners.title')}</h1>
      </div>
      <div className="cards">
        <section className="card" aria-labelledby="own-key-title">
          <h2 id="own-key-title">{t('partners.ownTitle')}</h2>
          <SigningKeyCard organisation={identity?.partnerOrganisation ?? ''} />
          <p>
            {lastSent
              ? t('partners.lastSent', {
                  at: date(lastSent.at),
                  scope: t(`exchange.scopes.${lastSent.scope}` as 'exchange.scopes.workspace', {
                    defaultValue: lastSent.scope,
                  }),
                  records: formatNumber(lastSent.records, i18n.language),
                  location: lastSent.location,
                })
              : t('partners.noneSent')}
          </p>
        </section>
        <section className="card" aria-labelledby="partners-list-title">
          <h2 id="partners-list-title" className="visually-hidden">
            {t('partners.title')}
          </h2>
          {view === undefined ? null : view.partners.length === 0 ? (
            <p>{t('partners.empty')}</p>
          ) : (
            <StaticTable
              label={t('partners.title')}
              columns={columns}
              rows={view.partners}
              rowKey={(partner) => partner.nodeId}
              isCompact
            />
          )}
        </section>
      </div>
    </section>
  );
}
