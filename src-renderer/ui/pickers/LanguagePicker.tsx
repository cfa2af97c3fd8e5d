/** Languages a contact works in (BCP 47 tags), named in the UI language. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CodePicker, type MultiCodePickerProps } from './CodePicker';
import { languageName, languageOptions } from './code-options';

export type LanguagePickerProps = Omit<MultiCodePickerProps, 'options' | 'multiple' | 'known'>;

export function LanguagePicker(props: LanguagePickerProps) {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const options = useMemo(() => languageOptions(language), [language]);
  const known = useMemo(
    () => props.value.map((code) => ({ code, label: languageName(code, language) })),
    [props.value, language],
  );
  return <CodePicker {...props} multiple options={options} known={known} />;
}
