/**
 * One contact person: who they are, and how we may process and share their data (legal basis,
 * consent date, share scope, do-not-contact, erasure). The erase action lives in privacy/. An
 * organisation that is not in the workspace at all is shown as missing, with whom to ask for it.
 */
import { useTranslation } from 'react-i18next';
import { useContactDetail, type ContactDetail } from '../../../db/record-queries';
import { formatDateTime } from '../../../i18n/format';
import { languageName } from '../../../ui/pickers/code-options';
import { EraseContactSlot } from '../../privacy/EraseContactSlot';
import { MissingReferenceNote } from '../../../ui/MissingNote';
import {
  DetailItem,
  EditDeleteActions,
  DetailList,
  RecordHeader,
  RosterRecordGate,
  RecordLink,
} from './parts';
import { DateValue, contactName } from './shared-values';

export function ContactDetailPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const detail = useContactDetail(id);
  const nameOf = (value: ContactDetail) =>
    contactName(value.contact, t('forms.contact.unnamed'), t('forms.contact.erased'));
  return (
    <RosterRecordGate
      section="contacts"
      id={id}
      value={detail}
      isDeleted={(value) => value.contact.deleted}
      nameOf={nameOf}
    >
      {(value) => <ContactDetailView detail={value} name={nameOf(value)} />}
    </RosterRecordGate>
  );
}

function ContactDetailView({ detail, name }: { detail: ContactDetail; name: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { contact, organisation, missingOrganisation } = detail;
  const isErased = contact.erasedAt !== null;

  return (
    <article className="page record-page" aria-labelledby="record-title">
      <RecordHeader kind={t('forms.contact.kind')} title={name}>
        <EditDeleteActions section="contacts" id={contact.id} name={name} canEdit={!isErased} />
        <EraseContactSlot contact={contact} />
      </RecordHeader>

      {isErased && contact.erasedAt && (
        <p className="form-note" role="status">
          {t('forms.contact.erasedNote', { date: formatDateTime(contact.erasedAt, language) })}
        </p>
      )}
      {contact.doNotContact && (
        <p className="form-note form-warning" role="note">
          {t('forms.contact.doNotContactNote')}
        </p>
      )}

      <section className="card" aria-labelledby="contact-fields">
        <h2 id="contact-fields">{t('forms.contact.sections.person')}</h2>
        <DetailList>
          <DetailItem label={t('forms.fields.organisation')}>
            {organisation ? (
              <RecordLink section="organisations" id={organisation.id}>
                {organisation.deleted
                  ? t('forms.picker.deletedRecord', { name: organisation.name })
                  : organisation.name}
              </RecordLink>
            ) : (
              missingOrganisation && <MissingReferenceNote missing={missingOrganisation} />
            )}
          </DetailItem>
          <DetailItem label={t('forms.contact.fields.role')}>{contact.role}</DetailItem>
          <DetailItem label={t('forms.contact.fields.givenName')}>{contact.givenName}</DetailItem>
          <DetailItem label={t('forms.contact.fields.familyName')}>{contact.familyName}</DetailItem>
          <DetailItem label={t('forms.contact.fields.email')}>
            {contact.email && <a href={`mailto:${contact.email}`}>{contact.email}</a>}
          </DetailItem>
          <DetailItem label={t('forms.contact.fields.phone')}>{contact.phone}</DetailItem>
          <DetailItem label={t('forms.contact.fields.languages')} wide>
            {contact.languages.map((code) => languageName(code, language)).join(', ')}
          </DetailItem>
        </DetailList>
      </section>

      <section className="card" aria-labelledby="contact-privacy">
        <h2 id="contact-privacy">{t('forms.contact.sections.privacy')}</h2>
        <DetailList>
          <DetailItem label={t('forms.contact.fields.legalBasis')}>
            {t(`codes.legalBases.${contact.legalBasis}`)}
          </DetailItem>
          <DetailItem label={t('forms.contact.fields.consentDate')}>
            <DateValue iso={contact.consentDate} />
          </DetailItem>
          <DetailItem label={t('forms.contact.fields.shareScope')}>
            {t(`codes.shareScopes.${contact.shareScope}`)}
          </DetailItem>
          <DetailItem label={t('forms.contact.fields.doNotContact')}>
            {contact.doNotContact ? t('forms.yes') : t('forms.no')}
          </DetailItem>
          <DetailItem label={t('forms.contact.erasedAt')}>
            {contact.erasedAt && formatDateTime(contact.erasedAt, language)}
          </DetailItem>
        </DetailList>
      </section>
    </article>
  );
}
