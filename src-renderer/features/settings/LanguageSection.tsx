/** The UI language and the formats of dates and numbers: applied at once and remembered. */
import { useTranslation } from 'react-i18next';
import { FormatsFields } from './FormatsFields';
import { LanguageField } from './LanguageField';

export function LanguageSection() {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="language-title">
      <h2 id="language-title">{t('settings.languageTitle')}</h2>
      <LanguageField />
      <FormatsFields />
    </section>
  );
}
