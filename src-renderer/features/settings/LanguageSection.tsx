/** The UI language: applied at once and remembered in the workspace settings. */
import { useTranslation } from 'react-i18next';
import { LanguageField } from './LanguageField';

export function LanguageSection() {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="language-title">
      <h2 id="language-title">{t('settings.languageTitle')}</h2>
      <LanguageField />
    </section>
  );
}
