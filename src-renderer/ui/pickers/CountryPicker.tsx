/** Country of a record: the initiative's Mediterranean countries, named in the UI language. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CodePicker, type SingleCodePickerProps } from './CodePicker';
import { countryOption, countryOptions } from './code-options';

export type CountryPickerProps = Omit<SingleCodePickerProps, 'options' | 'multiple' | 'known'>;

export function CountryPicker({ hint, ...props }: CountryPickerProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const options = useMemo(() => countryOptions(language), [language]);
  // A country outside the list (from an import) is still shown by name.
  const known = props.value ? [countryOption(props.value, language)] : undefined;
  return (
    <CodePicker
      {...props}
      options={options}
      known={known}
      hint={hint ?? t('forms.picker.countryHint')}
    />
  );
}
