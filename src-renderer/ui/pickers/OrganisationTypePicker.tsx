/** An organisation's type, grouped by helix (a native select: the list is short and closed). */
import { useTranslation } from 'react-i18next';
import {
  helixOf,
  organisationTypeSchema,
  organisationTypes,
  type OrganisationType,
} from '../../../src-core/model/enums';
import { SelectField, type SelectFieldProps } from '../form/SelectField';

export interface OrganisationTypePickerProps extends Omit<
  SelectFieldProps,
  'value' | 'onChange' | 'options' | 'emptyLabel'
> {
  readonly value: OrganisationType | null;
  readonly onChange: (value: OrganisationType | null) => void;
}

const helixOrder = ['industry', 'knowledge', 'government', 'society', 'other'] as const;

export function OrganisationTypePicker({ value, onChange, ...props }: OrganisationTypePickerProps) {
  const { t } = useTranslation();
  const options = helixOrder.flatMap((helix) =>
    organisationTypes
      .filter((type) => helixOf[type] === helix)
      .map((type) => ({
        value: type,
        label: t(`codes.organisationTypes.${type}`),
        group: t(`codes.helices.${helix}`),
      })),
  );
  return (
    <SelectField
      {...props}
      value={value ?? ''}
      emptyLabel={t('forms.picker.chooseType')}
      options={options}
      onChange={(next) => {
        const parsed = organisationTypeSchema.safeParse(next);
        onChange(parsed.success ? parsed.data : null);
      }}
    />
  );
}
