/** Create or edit a cluster: profile, location, value chains, ecosystems, NACE and its label. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clusterFieldsSchema, type ClusterFields } from '../../../../src-core/model/entities';
import { clusterLabelLevels } from '../../../../src-core/model/enums';
import { websiteInputSchema } from '../../../../src-core/model/website';
import { hrefOf } from '../../../routing/router';
import {
  CheckboxField,
  DateInput,
  NumberInput,
  SelectField,
  TextInput,
  decimalText,
  parseDecimal,
  validateWith,
  withRules,
  type FieldErrors,
} from '../../../ui/form';
import { EcosystemPicker, NacePicker, ValueChainPicker } from '../../../ui/pickers';
import { LocationFields, useLocation } from './LocationFields';
import { EditableRecord, RecordForm, useRecordForm, type FormProps } from './record-form';

/** A bare domain typed as the website gets https://; user:password@ is refused. */
const clusterFormSchema = clusterFieldsSchema.extend({ website: websiteInputSchema.nullable() });

export function ClusterFormPage({ id, params }: FormProps) {
  return (
    <EditableRecord section="clusters" id={id} nameOf={(record) => record.name}>
      {(initial) => <ClusterForm key={id ?? 'new'} id={id} initial={initial} params={params} />}
    </EditableRecord>
  );
}

function ClusterForm({
  id,
  initial,
  params,
}: {
  id?: string;
  initial: ClusterFields | null;
  params: Readonly<Record<string, string>>;
}) {
  const { t } = useTranslation();
  const { formRef, errors, isSaving, save } = useRecordForm('clusters', id);
  const [name, setName] = useState(initial?.name ?? params.name ?? '');
  const location = useLocation({
    country: initial?.country ?? params.country ?? null,
    region: initial?.region ?? null,
  });
  const { country, region } = location;
  const [valueChainIds, setValueChainIds] = useState<string[]>(initial?.valueChainIds ?? []);
  const [ecosystems, setEcosystems] = useState<string[]>(initial?.ecosystems ?? []);
  const [naceCodes, setNaceCodes] = useState<string[]>(initial?.naceCodes ?? []);
  const [managementFte, setManagementFte] = useState(decimalText(initial?.managementFte ?? null));
  const [website, setWebsite] = useState(initial?.website ?? '');
  const [hasEnglishWebsite, setHasEnglishWebsite] = useState(initial?.hasEnglishWebsite ?? false);
  const [labelLevel, setLabelLevel] = useState<string>(initial?.label?.level ?? '');
  const [labelExpires, setLabelExpires] = useState(initial?.label?.expires ?? '');

  function submit() {
    const fte = parseDecimal(managementFte);
    const candidate = {
      name,
      country: country ?? '',
      region,
      valueChainIds,
      ecosystems,
      naceCodes,
      managementFte: fte,
      website: website.trim() === '' ? null : website.trim(),
      hasEnglishWebsite,
      label: labelLevel === '' ? null : { level: labelLevel, expires: labelExpires },
    };
    const validated = validateWith(t, clusterFormSchema, candidate);
    const rules: FieldErrors = {};
    if (!country) rules.country = t('forms.errors.chooseCountry');
    if (fte !== null && Number.isNaN(fte)) rules.managementFte = t('forms.errors.number');
    else if (!validated.ok && validated.errors.managementFte) {
      rules.managementFte = t('forms.errors.fteRange');
    }
    if (labelLevel !== '' && labelExpires === '') {
      rules['label.expires'] = t('forms.errors.labelExpires');
    }
    void save(withRules(validated, rules));
  }

  return (
    <RecordForm
      title={
        id ? t('forms.cluster.editTitle', { name: initial?.name }) : t('forms.cluster.newTitle')
      }
      formRef={formRef}
      errors={errors}
      isSaving={isSaving}
      cancelHref={id ? hrefOf('clusters', id) : hrefOf('clusters')}
      onSubmit={submit}
    >
      <fieldset className="form-grid">
        <legend>{t('forms.cluster.sections.profile')}</legend>
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
        <NumberInput
          name="managementFte"
          label={t('forms.cluster.fields.managementFte')}
          hint={t('forms.cluster.hints.managementFte')}
          value={managementFte}
          onChange={setManagementFte}
          error={errors.managementFte}
        />
        <CheckboxField
          wide
          name="hasEnglishWebsite"
          label={t('forms.cluster.fields.hasEnglishWebsite')}
          checked={hasEnglishWebsite}
          onChange={setHasEnglishWebsite}
          error={errors.hasEnglishWebsite}
        />
      </fieldset>

      <LocationFields location={location} errors={errors} />

      <fieldset className="form-grid">
        <legend>{t('forms.cluster.sections.activities')}</legend>
        <ValueChainPicker
          wide
          name="valueChainIds"
          label={t('forms.cluster.fields.valueChainIds')}
          value={valueChainIds}
          onChange={setValueChainIds}
          error={errors.valueChainIds}
        />
        <EcosystemPicker
          wide
          name="ecosystems"
          label={t('forms.cluster.fields.ecosystems')}
          hint={t('forms.cluster.hints.ecosystems')}
          value={ecosystems}
          onChange={setEcosystems}
          error={errors.ecosystems}
        />
        <NacePicker
          wide
          name="naceCodes"
          label={t('forms.fields.naceCodes')}
          value={naceCodes}
          onChange={setNaceCodes}
          error={errors.naceCodes}
        />
      </fieldset>

      <fieldset className="form-grid">
        <legend>{t('forms.cluster.fields.label')}</legend>
        <SelectField
          name="labelLevel"
          label={t('forms.cluster.fields.labelLevel')}
          hint={t('forms.cluster.hints.label')}
          value={labelLevel}
          onChange={setLabelLevel}
          emptyLabel={t('forms.cluster.noLabel')}
          options={clusterLabelLevels.map((level) => ({
            value: level,
            label: t(`codes.labelLevels.${level}`),
          }))}
          error={errors['label.level']}
        />
        <DateInput
          name="labelExpires"
          label={t('forms.cluster.fields.labelExpires')}
          value={labelExpires}
          onChange={setLabelExpires}
          disabled={labelLevel === ''}
          required={labelLevel !== ''}
          error={errors['label.expires']}
        />
      </fieldset>
    </RecordForm>
  );
}
