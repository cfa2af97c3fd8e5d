/** Renderer entry: open the workspace database, set the language, render the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './app/app.css';
import './app/shell.css';
import './app/tables-cards.css';
import './app/feedback.css';
import './app/readiness-import.css';
import './app/exchange-reinforcement.css';
import { HOST_GLOBAL } from '../src-core/host/operations';
import { setFormatPreferences } from '../src-core/model/workspace';
import { WorkspaceProvider } from './db/provider';
import { DEFAULT_DB_NAME, openStudioDb } from './db/schema';
import { moveLegacySigningKey } from './db/partners';
import { guardUnload } from './db/pending-writes';
import { prepareWorker } from './workers/client';
import { readSetting } from './db/settings';
import { snapshotBeforeUpgrade } from './db/snapshots';
import { getHost } from './host';
import { requestPersistentStorage } from './db/storage';
import { guessLanguage, initI18n } from './i18n';

async function start(): Promise<void> {
  const rootElement = document.getElementById('root');
  if (!rootElement) throw new Error('No #root element');
  const db = openStudioDb(DEFAULT_DB_NAME);
  let language = guessLanguage(navigator.languages);
  try {
    // An older database is backed up as it is before this version upgrades it.
    await snapshotBeforeUpgrade(DEFAULT_DB_NAME, getHost()).catch((error: unknown) =>
      console.error('No snapshot could be taken before the upgrade', error),
    );
    await db.open();
    language = (await readSetting(db, 'language')) ?? language;
    const formats = await readSetting(db, 'formats');
    if (formats) setFormatPreferences(formats);
    // An older version's signing key goes to the host before anything can sign (and make one).
    await moveLegacySigningKey(db, getHost()).catch((error: unknown) =>
      console.error('The signing key could not be moved to the host', error),
    );
  } catch (error) {
    const i18n = await initI18n(language);
    rootElement.textContent = i18n.t('app.startFailed', {
      message: error instanceof Error ? error.message : String(error),
    });
    rootElement.setAttribute('role', 'alert');
    return;
  }
  await initI18n(language);
  guardUnload(window);
  void requestPersistentStorage(HOST_GLOBAL in window);
  createRoot(rootElement).render(
    <StrictMode>
      <WorkspaceProvider db={db}>
        <App />
      </WorkspaceProvider>
    </StrictMode>,
  );
  // The first background task (an analysis, a package read) finds its worker started.
  prepareWorker();
}

void start();
