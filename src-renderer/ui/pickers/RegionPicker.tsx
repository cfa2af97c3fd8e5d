/**
 * Region of a record within its country: NUTS 2 for EU members, ISO 3166-2 subdivisions elsewhere.
 * The hint names the list and its version, so users know which system the codes come from.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { REGION_LIST_VERSIONS, isEuCountry } from '../../../src-core/codes';
import { CodePicker, type SingleCodePickerProps } from './CodePicker';
import { regionOption, regionOptions } from './code-options';

export interface RegionPickerProps extends Omit<
  SingleCodePickerProps,
  'options' | 'multiple' | 'known'
> {
  /** ISO 3166-1 alpha-2 of the country the region is in; the picker is disabled without one. */
  readonly country: string | null;
}

export function RegionPicker({ country, hint, disabled, ...props }: RegionPickerProps) {
  const { t } = useTranslation();
  const options = useMemo(() => regionOptions(country), [country]);
  const known = props.value ? [regionOption(props.value)] : undefined;
  const source = !country
    ? t('forms.picker.chooseCountryFirst')
    : options.length === 0
      ? t('forms.picker.noRegions')
      : isEuCountry(country)
        ? t('forms.picker.regionHintNuts', { version: REGION_LIST_VERSIONS.nuts })
        : t('forms.picker.regionHintIso', { version: REGION_LIST_VERSIONS.subdivisions });
  return (
    <CodePicker
      {...props}
      options={options}
      known={known}
      disabled={disabled || !country || (options.length === 0 && !props.value)}
      hint={hint ? `${hint} ${source}` : source}
    />
  );
}
