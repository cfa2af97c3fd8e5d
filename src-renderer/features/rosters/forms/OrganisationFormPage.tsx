/** Create or edit an organisation: type on the helix, location, activities, offers and needs. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  organisationFieldsSchema,
  type OrganisationFields,
} from '../../../../src-core/model/entities';
import type { OrganisationType } from '../../../../src-core/model/enums';
import { websiteInputSchema } from '../../../../src-core/model/website';
import { hrefOf } from '../../../routing/router';
import { TagsField, TextInput, validateWith, withRules, type FieldErrors } from '../../../ui/form';
import { NacePicker, OrganisationTypePicker, SegmentPicker } from '../../../ui/pickers';
import { LocationFields, useLocation } from './LocationFields';
import { EditableRecord, RecordForm, useRecordForm, type FormProps } from './record-form';

/** A bare domain typed as the website gets https://; user:password@ is refused. */
const organisationFormSchema = organisationFieldsSchema.extend({
  website: websiteInputSchema.nullable(),
});

export function OrganisationFormPage({ id, params }: FormProps) {
  return (
    <EditableRecord section="organisations" id={id} nameOf={(record) => record.name}>
      {(initial) => (
        <OrganisationForm key={id ?? 'new'} id={id} initial={initial} params={params} />
      )}
    </EditableRecord>
  );
}

function OrganisationForm({
  id,
  initial,
  params,
}: {
  id?: string;
  initial: OrganisationFields | null;
  params: Readonly<Record<string, string>>;
}) {
  const { t } = useTranslation();
  const { formRef, errors, isSaving, save } = useRecordForm('organisations', id);
  const [name, setName] = useState(initial?.name ?? params.name ?? '');
  const [type, setType] = useState<OrganisationType | null>(initial?.type ?? null);
  const location = useLocation({
    country: initial?.country ?? params.country ?? null,
    region: initial?.region ?? null,
  });
  const { country, region } = location;
  const [naceCodes, setNaceCodes] = useState<string[]>(initial?.naceCodes ?? []);
  const [segments, setSegments] = useState<string[]>(initial?.segments ?? []);
  const [website, setWebsite] = useState(initial?.website ?? '');
  const [offers, setOffers] = useState<string[]>(initial?.offers ?? []);
  const [needs, setNeeds] = useState<string[]>(initial?.needs ?? []);

  function submit() {
    const candidate = {
      name,
      type: type ?? '',
      country: country ?? '',
      region,
      naceCodes,
      segments,
      website: website.trim() === '' ? null : website.trim(),
      offers,
      needs,
    };
    const rules: FieldErrors = {};
    if (!type) rules.type = t('forms.errors.chooseType');
    if (!country) rules.country = t('forms.errors.chooseCountry');
    void save(withRules(validateWith(t, organisationFormSchema, candidate), rules));
  }

  const cancelHref = id ? hrefOf('organisations', id) : hrefOf('organisations');

  return (
    <RecordForm
      title={
        id
          ? t('forms.organisation.editTitle', { name: initial?.name })
          : t('forms.organisation.newTitle')
      }
      formRef={formRef}
      errors={errors}
      isSaving={isSaving}
      cancelHref={cancelHref}
      onSubmit={submit}
    >
      <fieldset className="form-grid">
        <legend>{t('forms.organisation.sections.profile')}</legend>
        <TextInput
          wide
          required
          name="name"
          label={t('forms.fields.name')}
          value={name}
          onChange={setName}
          error={errors.name}
          maxLength={200}
        />
        <OrganisationTypePicker
          required
          name="type"
          label={t('forms.organisation.fields.type')}
          hint={t('forms.organisation.hints.type')}
          value={type}
          onChange={setType}
          error={errors.type}
        />
        <TextInput
          name="website"
          type="url"
          label={t('forms.fields.website')}
          hint={t('forms.hints.website')}
          placeholder="https://"
          value={website}
          onChange={setWebsite}
          error={errors.website}
        />
      </fieldset>

      <LocationFields location={location} errors={errors} />

      <fieldset className="form-grid">
        <legend>{t('forms.organisation.sections.activities')}</legend>
        <NacePicker
          wide
          name="naceCodes"
          label={t('forms.fields.naceCodes')}
          value={naceCodes}
          onChange={setNaceCodes}
          error={errors.naceCodes}
        />
        <SegmentPicker
          wide
          name="segments"
          label={t('forms.organisation.fields.segments')}
          hint={t('forms.organisation.hints.segments')}
          value={segments}
          onChange={setSegments}
          error={errors.segments}
        />
      </fieldset>

      <fieldset className="form-grid">
        <legend>{t('forms.organisation.sections.offersNeeds')}</legend>
        <TagsField
          name="offers"
          label={t('forms.organisation.fields.offers')}
          hint={t('forms.organisation.hints.offers')}
          values={offers}
          onChange={setOffers}
          error={errors.offers}
        />
        <TagsField
          name="needs"
          label={t('forms.organisation.fields.needs')}
          hint={t('forms.organisation.hints.needs')}
          values={needs}
          onChange={setNeeds}
          error={errors.needs}
        />
      </fieldset>
    </RecordForm>
  );
}
