/** One organisation: its fields, its memberships in clusters and its contacts. */
import { useTranslation } from 'react-i18next';
import { helixOf } from '../../../../src-core/model/enums';
import { hrefOf } from '../../../routing/router';
import { useOrganisationDetail, type OrganisationDetail } from '../../../db/record-queries';
import { segmentOptions } from '../../../ui/pickers/ValueChainPickers';
import { StaticTable } from '../../../ui/table/StaticTable';
import {
  DetailItem,
  EditDeleteActions,
  DetailList,
  RecordHeader,
  RosterRecordGate,
  RecordLink,
} from './parts';
import {
  CountryValue,
  DateValue,
  NaceList,
  RegionValue,
  TextList,
  WebsiteLink,
  contactName,
  membershipStatusColumns,
} from './shared-values';

export function OrganisationDetailPage({ id }: { id: string }) {
  const detail = useOrganisationDetail(id);
  return (
    <RosterRecordGate
      section="organisations"
      id={id}
      value={detail}
      isDeleted={(value) => value.organisation.deleted}
      nameOf={(value) => value.organisation.name}
    >
      {(value) => <OrganisationDetailView detail={value} />}
    </RosterRecordGate>
  );
}

function OrganisationDetailView({ detail }: { detail: OrganisationDetail }) {
  const { t } = useTranslation();
  const { organisation, memberships, contacts, valueChains } = detail;
  const segmentNames = new Map(segmentOptions(valueChains).map((o) => [o.code, o.label]));

  return (
    <article className="page record-page" aria-labelledby="record-title">
      <RecordHeader kind={t('forms.organisation.kind')} title={organisation.name}>
        <a
          className="button"
          href={hrefOf('memberships', undefined, 'new', { organisationId: organisation.id })}
        >
          {t('forms.organisation.addToCluster')}
        </a>
        <a
          className="button"
          href={hrefOf('contacts', undefined, 'new', { organisationId: organisation.id })}
        >
          {t('forms.organisation.addContact')}
        </a>
        <EditDeleteActions section="organisations" id={organisation.id} name={organisation.name} />
      </RecordHeader>

      <section className="card" aria-labelledby="organisation-fields">
        <h2 id="organisation-fields">{t('forms.organisation.sections.profile')}</h2>
        <DetailList>
          <DetailItem label={t('forms.organisation.fields.type')}>
            {t(`codes.organisationTypes.${organisation.type}`)}
          </DetailItem>
          <DetailItem label={t('forms.organisation.helix')}>
            {t(`codes.helices.${helixOf[organisation.type]}`)}
          </DetailItem>
          <DetailItem label={t('forms.fields.country')}>
            <CountryValue code={organisation.country} />
          </DetailItem>
          <DetailItem label={t('forms.fields.region')}>
            <RegionValue code={organisation.region} />
          </DetailItem>
          <DetailItem label={t('forms.fields.website')}>
            <WebsiteLink url={organisation.website} />
          </DetailItem>
          <DetailItem label={t('forms.fields.naceCodes')} wide>
            {organisation.naceCodes.length > 0 && <NaceList codes={organisation.naceCodes} />}
          </DetailItem>
          <DetailItem label={t('forms.organisation.fields.segments')} wide>
            {organisation.segments.length > 0 && (
              <TextList items={organisation.segments.map((s) => segmentNames.get(s) ?? s)} />
            )}
          </DetailItem>
          <DetailItem label={t('forms.organisation.fields.offers')}>
            {organisation.offers.length > 0 && <TextList items={organisation.offers} />}
          </DetailItem>
          <DetailItem label={t('forms.organisation.fields.needs')}>
            {organisation.needs.length > 0 && <TextList items={organisation.needs} />}
          </DetailItem>
        </DetailList>
      </section>

      <section className="card" aria-labelledby="organisation-memberships">
        <h2 id="organisation-memberships">
          {t('forms.organisation.membershipsTitle', { count: memberships.length })}
        </h2>
        {memberships.length === 0 ? (
          <p className="detail-empty">{t('forms.organisation.noMemberships')}</p>
        ) : (
          <div className="table-wrap">
            <StaticTable
              label={t('forms.organisation.membershipsTitle', { count: memberships.length })}
              isCompact
              rows={memberships}
              rowKey={(row) => row.membership.id}
              columns={[
                {
                  id: 'cluster',
                  header: t('forms.fields.cluster'),
                  cell: ({ cluster }) => (
                    <RecordLink section="clusters" id={cluster.id}>
                      {cluster.name}
                    </RecordLink>
                  ),
                },
                {
                  id: 'country',
                  header: t('forms.fields.country'),
                  cell: ({ cluster }) => <CountryValue code={cluster.country} />,
                },
                ...membershipStatusColumns<(typeof memberships)[number]>(t),
                {
                  id: 'until',
                  header: t('forms.membership.fields.until'),
                  cell: ({ membership }) => <DateValue iso={membership.until} />,
                },
              ]}
            />
          </div>
        )}
      </section>

      <section className="card" aria-labelledby="organisation-contacts">
        <h2 id="organisation-contacts">
          {t('forms.organisation.contactsTitle', { count: contacts.length })}
        </h2>
        {contacts.length === 0 ? (
          <p className="detail-empty">{t('forms.organisation.noContacts')}</p>
        ) : (
          <div className="table-wrap">
            <StaticTable
              label={t('forms.organisation.contactsTitle', { count: contacts.length })}
              isCompact
              rows={contacts}
              rowKey={(contact) => contact.id}
              columns={[
                {
                  id: 'name',
                  header: t('forms.contact.name'),
                  cell: (contact) => (
                    <>
                      <RecordLink section="contacts" id={contact.id}>
                        {contactName(
                          contact,
                          t('forms.contact.unnamed'),
                          t('forms.contact.erased'),
                        )}
                      </RecordLink>
                      {contact.doNotContact && (
                        <>
                          {' '}
                          <span className="badge badge-warning">
                            {t('forms.contact.doNotContactBadge')}
                          </span>
                        </>
                      )}
                    </>
                  ),
                },
                { id: 'role', header: t('forms.contact.fields.role'), cell: (c) => c.role },
                { id: 'email', header: t('forms.contact.fields.email'), cell: (c) => c.email },
                {
                  id: 'share',
                  header: t('forms.contact.fields.shareScope'),
                  cell: (c) => t(`codes.shareScopes.${c.shareScope}`),
                },
              ]}
            />
          </div>
        )}
      </section>
    </article>
  );
}
