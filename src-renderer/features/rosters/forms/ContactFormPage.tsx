/**
 * Create or edit a contact person, with the privacy fields: legal basis (consent needs the date it
 * was given), share scope and do-not-contact. An erased person cannot be edited: their personal
 * data is gone, and typing it in again would undo the erasure.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contactFieldsSchema, type ContactFields } from '../../../../src-core/model/entities';
import {
  legalBasisSchema,
  legalBases,
  shareScopeSchema,
  shareScopes,
  type LegalBasis,
  type ShareScope,
} from '../../../../src-core/model/enums';
import { hrefOf } from '../../../routing/router';
import { formatDateTime } from '../../../i18n/format';
import {
  CheckboxField,
  DateInput,
  SelectField,
  TextInput,
  dateOrNull,
  validateWith,
  withRules,
  type FieldErrors,
} from '../../../ui/form';
import { LanguagePicker, OrganisationPicker } from '../../../ui/pickers';
import { RecordHeader } from '../detail/parts';
import { contactName } from '../detail/shared-values';
import { EditableRecord, RecordForm, useRecordForm, type FormProps } from './record-form';

export function ContactFormPage({ id, params }: FormProps) {
  const { t } = useTranslation();
  const nameOf = (record: ContactFields) =>
    contactName(record, t('forms.contact.unnamed'), t('forms.contact.erased'));
  return (
    <EditableRecord
      section="contacts"
      id={id}
      nameOf={nameOf}
      blocked={(record) =>
        record.erasedAt ? <ErasedContact id={record.id} erasedAt={record.erasedAt} /> : null
      }
    >
      {(initial) => <ContactForm key={id ?? 'new'} id={id} initial={initial} params={params} />}
    </EditableRecord>
  );
}

function ErasedContact({ id, erasedAt }: { id: string; erasedAt: string }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="page record-state" aria-labelledby="record-title">
      <RecordHeader kind={t('forms.contact.kind')} title={t('forms.contact.erased')} />
      <p className="form-note" role="status">
        {t('forms.contact.erasedCannotEdit', { date: formatDateTime(erasedAt, i18n.language) })}
      </p>
      <a className="button" href={hrefOf('contacts', id)}>
        {t('forms.contact.backToContact')}
      </a>
    </section>
  );
}

function ContactForm({
  id,
  initial,
  params,
}: {
  id?: string;
  initial: ContactFields | null;
  params: Readonly<Record<string, string>>;
}) {
  const { t } = useTranslation();
  const { formRef, errors, isSaving, save } = useRecordForm('contacts', id);
  const [organisationId, setOrganisationId] = useState<string | null>(
    initial?.organisationId ?? params.organisationId ?? null,
  );
  const [givenName, setGivenName] = useState(initial?.givenName ?? '');
  const [familyName, setFamilyName] = useState(initial?.familyName ?? '');
  const [role, setRole] = useState(initial?.role ?? '');
  const [email, setEmail] = useState(initial?.email ?? '');
  const [phone, setPhone] = useState(initial?.phone ?? '');
  const [languages, setLanguages] = useState<string[]>(initial?.languages ?? []);
  const [legalBasis, setLegalBasis] = useState<LegalBasis>(
    initial?.legalBasis ?? 'legitimate-interest',
  );
  const [consentDate, setConsentDate] = useState(initial?.consentDate ?? '');
  const [shareScope, setShareScope] = useState<ShareScope>(initial?.shareScope ?? 'private');
  const [doNotContact, setDoNotContact] = useState(initial?.doNotContact ?? false);

  function submit() {
    const candidate: Record<keyof ContactFields, unknown> = {
      organisationId: organisationId ?? '',
      givenName,
      familyName,
      email: email.trim() === '' ? null : email.trim(),
      phone: phone.trim() === '' ? null : phone.trim(),
      role,
      languages,
      legalBasis,
      consentDate: dateOrNull(consentDate),
      shareScope,
      doNotContact,
      // Not edited here: kept as they are (set only by erasure).
      erasedAt: initial?.erasedAt ?? null,
      erasureFingerprints: initial?.erasureFingerprints ?? [],
    };
    const rules: FieldErrors = {};
    if (!organisationId) rules.organisationId = t('forms.errors.chooseOrganisation');
    if (givenName.trim() === '' && familyName.trim() === '') {
      rules.givenName = t('forms.errors.contactName');
    }
    if (legalBasis === 'consent' && consentDate.trim() === '') {
      rules.consentDate = t('forms.errors.consentDate');
    }
    void save(withRules(validateWith(t, contactFieldsSchema, candidate), rules));
  }

  return (
    <RecordForm
      title={id ? t('forms.contact.editTitle') : t('forms.contact.newTitle')}
      formRef={formRef}
      errors={errors}
      isSaving={isSaving}
      cancelHref={
        id
          ? hrefOf('contacts', id)
          : params.organisationId
            ? hrefOf('organisations', params.organisationId)
            : hrefOf('contacts')
      }
      onSubmit={submit}
    >
      <fieldset className="form-grid">
        <legend>{t('forms.contact.sections.person')}</legend>
        <OrganisationPicker
          wide
          required
          name="organisationId"
          label={t('forms.fields.organisation')}
          value={organisationId}
          onChange={setOrganisationId}
          error={errors.organisationId}
        />
        <TextInput
          name="givenName"
          label={t('forms.contact.fields.givenName')}
          value={givenName}
          onChange={setGivenName}
          error={errors.givenName}
          autoComplete="off"
          maxLength={100}
        />
        <TextInput
          name="familyName"
          label={t('forms.contact.fields.familyName')}
          value={familyName}
          onChange={setFamilyName}
          error={errors.familyName}
          maxLength={100}
        />
        <TextInput
          name="role"
          label={t('forms.contact.fields.role')}
          hint={t('forms.contact.hints.role')}
          value={role}
          onChange={setRole}
          error={errors.role}
          maxLength={120}
        />
        <LanguagePicker
          name="languages"
          label={t('forms.contact.fields.languages')}
          value={languages}
          onChange={setLanguages}
          error={errors.languages}
        />
        <TextInput
          name="email"
          type="email"
          label={t('forms.contact.fields.email')}
          value={email}
          onChange={setEmail}
          error={errors.email}
        />
        <TextInput
          name="phone"
          type="tel"
          label={t('forms.contact.fields.phone')}
          hint={t('forms.contact.hints.phone')}
          value={phone}
          onChange={setPhone}
          error={errors.phone}
          maxLength={40}
        />
      </fieldset>

      <fieldset className="form-grid">
        <legend>{t('forms.contact.sections.privacy')}</legend>
        <SelectField
          required
          name="legalBasis"
          label={t('forms.contact.fields.legalBasis')}
          hint={t('forms.contact.hints.legalBasis')}
          value={legalBasis}
          onChange={(next) => setLegalBasis(legalBasisSchema.catch(legalBasis).parse(next))}
          options={legalBases.map((value) => ({ value, label: t(`codes.legalBases.${value}`) }))}
          error={errors.legalBasis}
        />
        <DateInput
          name="consentDate"
          label={t('forms.contact.fields.consentDate')}
          hint={t('forms.contact.hints.consentDate')}
          required={legalBasis === 'consent'}
          value={consentDate}
          onChange={setConsentDate}
          error={errors.consentDate}
        />
        <SelectField
          required
          name="shareScope"
          label={t('forms.contact.fields.shareScope')}
          hint={t('forms.contact.hints.shareScope')}
          value={shareScope}
          onChange={(next) => setShareScope(shareScopeSchema.catch(shareScope).parse(next))}
          options={shareScopes.map((value) => ({ value, label: t(`codes.shareScopes.${value}`) }))}
          error={errors.shareScope}
        />
        <CheckboxField
          name="doNotContact"
          label={t('forms.contact.fields.doNotContact')}
          hint={t('forms.contact.hints.doNotContact')}
          checked={doNotContact}
          onChange={setDoNotContact}
          error={errors.doNotContact}
        />
      </fieldset>
    </RecordForm>
  );
}
