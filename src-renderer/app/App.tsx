/** The app: the welcome flow until the workspace has an identity, then the shell. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSetting } from '../db/hooks';
import { WelcomePage } from '../features/welcome/WelcomePage';
import { Notices } from '../ui/Notices';
import { PresenterView } from '../features/workshops/run/PresenterView';
import { useRoute } from '../routing/router';
import { Shell } from './Shell';

export function App() {
  const { t } = useTranslation();
  const identity = useSetting('identity');
  // Stays true while the welcome flow finishes its work (e.g. loading the sample) after the
  // identity is written, so the shell does not appear half-loaded.
  const [isWelcoming, setWelcoming] = useState(false);
  const route = useRoute();

  if (identity === null) {
    return (
      <p className="app-loading" role="status">
        {t('app.loading')}
      </p>
    );
  }
  return (
    <>
      {!identity || isWelcoming ? (
        <WelcomePage onStart={() => setWelcoming(true)} onDone={() => setWelcoming(false)} />
      ) : route.section === 'workshops' && route.id && route.params.view === 'present' ? (
        // The presenter window: the participant view alone, no app chrome.
        <PresenterView workshopId={route.id} />
      ) : (
        <Shell identity={identity} />
      )}
      <Notices />
    </>
  );
}
