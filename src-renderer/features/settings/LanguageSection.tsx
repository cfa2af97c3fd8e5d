/** The UI language: applied at once and remembered in the workspace settings. */
import { useTranslation } from 'react-i18next';
import { uiLanguageSchema, uiLanguages } from '../../../src-core/model/workspace';
import { useWorkspace } from '../../db/provider';
import { writeSetting } from '../../db/settings';
import { switchLanguage } from '../../i18n';

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
      <div className="field">
        <label htmlFor="ui-language">{t('settings.languageLabel')}</label>
        <select
          id="ui-language"
          value={i18n.language}
          onChange={(event) => void choose(event.target.value)}
        >
          {uiLanguages.map((language) => (
            <option key={language} value={language} lang={language}>
              {t(`settings.languages.${language}`)}
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}
