/** One organisation: its fields, its memberships in clusters and its contacts. */
import { useTranslation } from 'react-i18next';
import { helixOf } from '../../../../src-core/model/enums';
import { hrefOf } from '../../../routing/router';
import { useOrganisationDetail, type OrganisationDetail } from '../../../db/record-queries';
import { segmentOptions } from '../../../ui/pickers/ValueChainPickers';
import {
  DetailItem,
  EditDeleteActions,
  DetailList,
  RecordDeleted,
  RecordHeader,
  RecordLink,
  RecordLoading,
  RecordNotFound,
} from './parts';
import {
  CountryValue,
  DateValue,
  NaceList,
  RegionValue,
  StatusBadge,
  TextList,
  WebsiteLink,
  contactName,
} from './shared-values';

export function OrganisationDetailPage({ id }: { id: string }) {
  const detail = useOrganisationDetail(id);
  if (detail === undefined) return <RecordLoading />;
  if (detail === null) return <RecordNotFound section="organisations" />;
  if (detail.organisation.deleted) {
    return <RecordDeleted section="organisations" id={id} name={detail.organisation.name} />;
  }
  return <OrganisationDetailView detail={detail} />;
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
            <table className="data-table compact">
              <thead>
                <tr>
                  <th scope="col">{t('forms.fields.cluster')}</th>
                  <th scope="col">{t('forms.fields.country')}</th>
                  <th scope="col">{t('forms.membership.fields.status')}</th>
                  <th scope="col">{t('forms.membership.fields.since')}</th>
                  <th scope="col">{t('forms.membership.fields.until')}</th>
                </tr>
              </thead>
              <tbody>
                {memberships.map(({ membership, cluster }) => (
                  <tr key={membership.id}>
                    <td>
                      <RecordLink section="clusters" id={cluster.id}>
                        {cluster.name}
                      </RecordLink>
                    </td>
                    <td>
                      <CountryValue code={cluster.country} />
                    </td>
                    <td>
                      <RecordLink section="memberships" id={membership.id}>
                        <StatusBadge status={membership.status} />
                      </RecordLink>
                    </td>
                    <td>
                      <DateValue iso={membership.since} />
                    </td>
                    <td>
                      <DateValue iso={membership.until} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
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
            <table className="data-table compact">
              <thead>
                <tr>
                  <th scope="col">{t('forms.contact.name')}</th>
                  <th scope="col">{t('forms.contact.fields.role')}</th>
                  <th scope="col">{t('forms.contact.fields.email')}</th>
                  <th scope="col">{t('forms.contact.fields.shareScope')}</th>
                </tr>
              </thead>
              <tbody>
                {contacts.map((contact) => (
                  <tr key={contact.id}>
                    <td>
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
                    </td>
                    <td>{contact.role}</td>
                    <td>{contact.email}</td>
                    <td>{t(`codes.shareScopes.${contact.shareScope}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </article>
  );
}
