/** The UI language: applied at once and remembered in the workspace settings. */
import { useTranslation } from 'react-i18next';
import { uiLanguageSchema, uiLanguages } from '../../../src-core/model/workspace';
import { useWorkspace } from '../../db/provider';
import { writeSetting } from '../../db/settings';
import { switchLanguage } from '../../i18n';
import { SelectField, enumOptions } from '../../ui/form';

export function LanguageSection() {
  const { t, i18n } = useTranslation();
  const { db } = useWorkspace();

  async function choose(value: string) {
    const language = uiLanguageSchema.parse(value);
    await switchLanguage(language);
    await writeSetting(db, 'language', language);
  }

  return (
    <section className="card" aria-labelledby="language-title">
      <h2 id="language-title">{t('settings.languageTitle')}</h2>
      <SelectField
        label={t('settings.languageLabel')}
        value={i18n.language}
        options={enumOptions(uiLanguages, (language) => t(`settings.languages.${language}`))}
        onChange={(value) => void choose(value)}
      />
    </section>
  );
}
