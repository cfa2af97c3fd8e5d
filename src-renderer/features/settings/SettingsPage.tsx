/** Settings: identity, language, sample data, backups, and what this app is. */
import { useTranslation } from 'react-i18next';
import { useSetting } from '../../db/hooks';
import { BackupsSection } from './BackupsSection';
import { IdentitySection } from './IdentitySection';
import { LanguageSection } from './LanguageSection';
import { SampleSection } from './SampleSection';
import { useHostInfo } from './useHostInfo';

export function SettingsPage() {
  const { t } = useTranslation();
  const identity = useSetting('identity');
  const info = useHostInfo();
  return (
    <section className="page" aria-labelledby="settings-title">
      <div className="page-header">
        <h1 id="settings-title">{t('settings.title')}</h1>
      </div>
      <div className="cards">
        {identity && <IdentitySection key={identity.nodeId} identity={identity} />}
        <LanguageSection />
        <SampleSection />
        <BackupsSection />
        <section className="card" aria-labelledby="about-title">
          <h2 id="about-title">{t('settings.aboutTitle')}</h2>
          {info && (
            <p>
              {t('app.name')} — {t('settings.version', { version: info.version })} —{' '}
              {t(`settings.host.${info.host}`)}
            </p>
          )}
        </section>
      </div>
    </section>
  );
}
