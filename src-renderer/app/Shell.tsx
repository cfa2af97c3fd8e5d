/** The app shell: sidebar of working sections, header with workspace and node identity. */
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { NodeIdentity } from '../../src-core/model/workspace';
import { useSetting } from '../db/hooks';
import { usePackageIntake } from '../features/exchange/package-intake';
import { useScheduledSnapshots } from '../features/settings/useScheduledSnapshots';
import { getHost } from '../host';
import { useStudioStore } from '../state/store';
import { errorText } from '../ui/errors';
import { RoutePage } from './pages';
import { hrefOf, sections, useRoute } from '../routing/router';

export function Shell({ identity }: { identity: NodeIdentity }) {
  const { t } = useTranslation();
  const route = useRoute();
  const section = route.section;
  const sample = useSetting('sample');
  const notify = useStudioStore((state) => state.notify);
  usePackageIntake();
  useScheduledSnapshots();

  async function print() {
    try {
      const result = await getHost().printToPdf({ suggestedName: `${section}.pdf` });
      if (result.saved && result.location) {
        notify({ tone: 'success', message: t('header.printSaved', { location: result.location }) });
      }
    } catch (error) {
      notify({ tone: 'error', message: t('header.printFailed', { message: errorText(t, error) }) });
    }
  }

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="header">
        <div className="brand">{t('app.name')}</div>
        <div className="workspace-name">
          {sample ? t('header.sampleWorkspace') : t('header.workspace')}
          {sample && <span className="badge badge-sample">{t('header.sampleBadge')}</span>}
        </div>
        <div className="identity" title={t('header.node', { nodeId: identity.nodeId })}>
          <span data-testid="identity">
            {t('header.identity', {
              name: identity.facilitatorName,
              organisation: identity.partnerOrganisation,
            })}
          </span>
          <span className="node-id">
            {t('header.node', { nodeId: identity.nodeId.slice(0, 8) })}
          </span>
        </div>
        <button type="button" className="header-action" onClick={() => void print()}>
          {t('header.print')}
        </button>
      </header>
      <nav className="sidebar" aria-label={t('nav.label')}>
        <ul>
          {sections.map((name) => (
            <li key={name}>
              <a href={hrefOf(name)} aria-current={name === section ? 'page' : undefined}>
                {t(`nav.${name}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main className="content" id="main" tabIndex={-1}>
        <Suspense
          fallback={
            <p className="page" role="status">
              {t('forms.states.loading')}
            </p>
          }
        >
          <RoutePage route={route} />
        </Suspense>
      </main>
    </div>
  );
}
