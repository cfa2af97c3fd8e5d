/** Economic activities (NACE Rev. 2.1 sections and divisions), labelled in the UI language. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { NACE_VERSION } from '../../../src-core/codes';
import { CodePicker, type MultiCodePickerProps } from './CodePicker';
import { naceOption, naceOptions } from './code-options';

export type NacePickerProps = Omit<MultiCodePickerProps, 'options' | 'multiple' | 'known'>;

export function NacePicker({ hint, ...props }: NacePickerProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const options = useMemo(() => naceOptions(language), [language]);
  // Groups and classes ("26.11") are valid too; they are named by code when not in the list.
  const known = useMemo(
    () => props.value.map((code) => naceOption(code, language)),
    [props.value, language],
  );
  const source = t('forms.picker.naceHint', { version: NACE_VERSION });
  return (
    <CodePicker
      {...props}
      multiple
      options={options}
      known={known}
      hint={hint ? `${hint} ${source}` : source}
    />
  );
}
