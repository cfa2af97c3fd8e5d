/**
 * The UI language picker (Settings, and the welcome screen before anything else): each language
 * is named in itself, so whoever reads the list finds their own. The choice applies at once and
 * is remembered in the workspace settings.
 */
import { useTranslation } from 'react-i18next';
import { uiLanguageSchema, uiLanguages, type UiLanguage } from '../../../src-core/model/workspace';
import { useWorkspace } from '../../db/provider';
import { writeSetting } from '../../db/settings';
import { switchLanguage } from '../../i18n';
import { SelectField, enumOptions } from '../../ui/form';
import { useNotifyError } from '../../ui/useNotifyError';

/** "Français", "العربية", "Hrvatski": the language's own name, capitalised as a list item. */
export function languageName(language: UiLanguage): string {
  const name = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}

export function LanguageField() {
  const { t, i18n } = useTranslation();
  const { db } = useWorkspace();
  const notifyError = useNotifyError();

  async function choose(value: string) {
    const language = uiLanguageSchema.parse(value);
    await switchLanguage(language);
    await writeSetting(db, 'language', language);
  }

  return (
    <SelectField
      name="language"
      label={t('settings.languageLabel')}
      value={i18n.language}
      options={enumOptions(uiLanguages, languageName)}
      onChange={(value) => void choose(value).catch(notifyError)}
    />
  );
}
