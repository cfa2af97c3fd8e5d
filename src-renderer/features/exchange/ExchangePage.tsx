/**
 * Exchange with partners: export a package (a scope, personal data as shared or none), import a
 * partner's package (preview, signer check, apply with progress, undo), sync an exchange folder,
 * and review the conflicts imports recorded.
 */
import { useTranslation } from 'react-i18next';
import { ConflictsSection } from './ConflictsSection';
import { ExportSection } from './ExportSection';
import { FolderSection } from './FolderSection';
import { ImportSection } from './ImportSection';

export function ExchangePage() {
  const { t } = useTranslation();
  return (
    <section className="page" aria-labelledby="exchange-title">
      <div className="page-header">
        <h1 id="exchange-title">{t('exchange.title')}</h1>
      </div>
      <div className="cards">
        <ImportSection />
        <ExportSection />
        <FolderSection />
        <ConflictsSection />
      </div>
    </section>
  );
}
