/**
 * Result packages: export this workspace as a `.mcpkg` for partners, and import theirs — first a
 * preview (who sent it, what it changes, how many conflicts), then an atomic apply, with Undo of
 * the last import. (Scopes, redaction, the exchange folder, conflict review and the partners page
 * follow in the rest of issue 4.)
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  exportWorkspacePackage,
  applyPackage,
  previewPackage,
  undoLastImport,
  type PackagePreview,
} from '../../db/exchange';
import { useWorkspace } from '../../db/provider';
import { ConflictsSection } from './ConflictsSection';
import { getHost } from '../../host';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useStudioStore } from '../../state/store';
import { errorText } from '../../ui/errors';

interface Picked {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly preview: PackagePreview;
}

export function ExchangePage() {
  const { t, i18n } = useTranslation();
  const { db } = useWorkspace();
  const notify = useStudioStore((state) => state.notify);
  const [picked, setPicked] = useState<Picked | null>(null);
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const n = (value: number) => formatNumber(value, i18n.language);

  async function guarded(work: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (failure) {
      setError(errorText(t, failure));
    } finally {
      setBusy(false);
    }
  }

  const exportPackage = () =>
    guarded(async () => {
      const now = Date.now();
      const data = await exportWorkspacePackage(db, {
        scope: 'workspace',
        appVersion: __APP_VERSION__,
        now,
      });
      const stamp = new Date(now).toISOString().slice(0, 16).replace(/[:T]/g, '-');
      const result = await getHost().saveFile({
        suggestedName: `workspace-${stamp}.mcpkg`,
        data,
        filters: [{ name: t('exchange.fileFilter'), extensions: ['mcpkg'] }],
      });
      if (result.saved)
        notify({
          tone: 'success',
          message: t('exchange.exported', { location: result.location ?? '' }),
        });
    });

  const pickPackage = () =>
    guarded(async () => {
      const [file] = await getHost().openFiles({
        filters: [{ name: t('exchange.fileFilter'), extensions: ['mcpkg'] }],
        multiple: false,
      });
      if (!file) return;
      setPicked({
        name: file.name,
        bytes: file.data,
        preview: await previewPackage(db, file.data),
      });
    });

  const apply = () =>
    guarded(async () => {
      if (!picked) return;
      const result = await applyPackage(db, picked.bytes, { now: Date.now() });
      setPicked(null);
      notify({
        tone: 'success',
        message: t('exchange.applied', {
          changed: n(result.changed),
          conflicts: n(result.conflicts),
        }),
        action: { label: t('exchange.undo'), run: () => void undo() },
      });
    });

  const undo = () =>
    guarded(async () => {
      const undone = await undoLastImport(db);
      notify({
        tone: undone ? 'success' : 'info',
        message: undone ? t('exchange.undone') : t('exchange.nothingToUndo'),
      });
    });

  const preview = picked?.preview;
  return (
    <section className="page" aria-labelledby="exchange-title">
      <div className="page-header">
        <h1 id="exchange-title">{t('exchange.title')}</h1>
      </div>
      {error && (
        <p className="form-error exchange-error" role="alert">
          {error}
        </p>
      )}
      <div className="cards">
        <section className="card" aria-labelledby="export-title">
          <h2 id="export-title">{t('exchange.exportTitle')}</h2>
          <p className="field-hint">{t('exchange.exportHint')}</p>
          <button
            type="button"
            className="button-primary"
            disabled={isBusy}
            onClick={() => void exportPackage()}
          >
            {t('exchange.export')}
          </button>
        </section>
        <section className="card" aria-labelledby="import-package-title">
          <h2 id="import-package-title">{t('exchange.importTitle')}</h2>
          <p className="field-hint">{t('exchange.importHint')}</p>
          <div className="wizard-actions">
            <button type="button" disabled={isBusy} onClick={() => void pickPackage()}>
              {t('exchange.choose')}
            </button>
            <button type="button" disabled={isBusy} onClick={() => void undo()}>
              {t('exchange.undoLast')}
            </button>
          </div>
          {picked && preview && (
            <div className="package-preview" aria-label={t('exchange.previewLabel')}>
              <p data-testid="package-source">
                {t('exchange.source', {
                  partner: preview.manifest.source.partnerOrganisation,
                  facilitator: preview.manifest.source.facilitator,
                  date: formatDateTime(preview.manifest.createdAt, i18n.language),
                })}
              </p>
              <p>{t(`exchange.signature.${preview.signature}`)}</p>
              {preview.alreadyImported && (
                <p className="notice-inline">{t('exchange.alreadyImported')}</p>
              )}
              <table className="data-table compact" aria-label={t('exchange.previewLabel')}>
                <thead>
                  <tr>
                    <th scope="col">{t('exchange.columns.table')}</th>
                    <th scope="col" className="numeric">
                      {t('exchange.columns.new')}
                    </th>
                    <th scope="col" className="numeric">
                      {t('exchange.columns.updated')}
                    </th>
                    <th scope="col" className="numeric">
                      {t('exchange.columns.deleted')}
                    </th>
                    <th scope="col" className="numeric">
                      {t('exchange.columns.unchanged')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {preview.perTable.map((row) => (
                    <tr key={row.table}>
                      <th scope="row">{t(`exchange.tables.${row.table}`)}</th>
                      <td className="numeric">{n(row.new)}</td>
                      <td className="numeric">{n(row.updated)}</td>
                      <td className="numeric">{n(row.deleted)}</td>
                      <td className="numeric">{n(row.unchanged)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p data-testid="package-conflicts">
                {t('exchange.conflicts', { n: n(preview.conflicts) })}
              </p>
              <div className="wizard-actions">
                <button type="button" onClick={() => setPicked(null)}>
                  {t('common.cancel')}
                </button>
                <button
                  type="button"
                  className="button-primary"
                  disabled={isBusy}
                  onClick={() => void apply()}
                >
                  {t('exchange.apply')}
                </button>
              </div>
            </div>
          )}
        </section>
        <ConflictsSection />
      </div>
    </section>
  );
}
