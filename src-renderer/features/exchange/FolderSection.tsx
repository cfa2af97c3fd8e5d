/**
 * The exchange folder: choose a folder kept in step by Syncthing, Nextcloud or a network share,
 * and "Sync now" — import the new packages of known partners, write this workspace's new changes
 * as a package of its own — then say what happened. A package from a partner never seen before
 * (or with a changed key) is not applied: "Review" opens it in the import preview above. Explains itself where the host has no folder
 * access (a browser without the File System Access API).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExchangeFolderStatus } from '../../../src-core/host/contract';
import {
  resetFolderState,
  syncExchangeFolder,
  type FolderAccess,
  type SyncReport,
} from '../../db/exchange-folder';
import { useSetting } from '../../db/hooks';
import { snapshotBefore } from '../../db/snapshots';
import { useWorkspace } from '../../db/provider';
import { hostSigner } from '../../db/partners';
import { getHost } from '../../host';
import { snapshotHost } from '../../workers/backups';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useStudioStore } from '../../state/store';
import { errorText } from '../../ui/errors';
import { ProgressBar } from '../../ui/ProgressBar';
import { runWorkerTask } from '../../workers/client';

const hostFolder: FolderAccess = {
  list: () => getHost().listExchangeFolder({}),
  read: (name) => getHost().readExchangeFile({ name }),
  write: async (name, data) => {
    await getHost().writeExchangeFile({ name, data });
  },
};

export function FolderSection() {
  const { t, i18n } = useTranslation();
  const { db } = useWorkspace();
  const folderState = useSetting('exchange:folder');
  const offerPackage = useStudioStore((state) => state.offerPackage);
  const [status, setStatus] = useState<ExchangeFolderStatus | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [report, setReport] = useState<SyncReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const n = (value: number) => formatNumber(value, i18n.language);

  useEffect(() => {
    let live = true;
    getHost()
      .exchangeFolderStatus({})
      .then((value) => live && setStatus(value))
      .catch((failure: unknown) => live && setError(errorText(t, failure)));
    return () => {
      live = false;
    };
  }, [t]);

  async function choose() {
    setError(null);
    try {
      const { folder } = await getHost().chooseExchangeFolder({});
      if (folder === null) return;
      if (folder !== status?.folder) await resetFolderState(db);
      setStatus(await getHost().exchangeFolderStatus({}));
      setReport(null);
    } catch (failure) {
      setError(errorText(t, failure));
    }
  }

  async function syncNow() {
    setError(null);
    setReport(null);
    setProgress({ done: 0, total: 1 });
    try {
      const now = Date.now();
      // One snapshot before the first package of this sync is applied.
      let snapshot: Promise<string> | null = null;
      const result = await syncExchangeFolder(db, hostFolder, {
        now,
        appVersion: __APP_VERSION__,
        apply: async (bytes, newSenders) => {
          snapshot ??= snapshotBefore(db, snapshotHost(db, getHost()), 'before-import');
          await snapshot;
          return runWorkerTask({
            kind: 'exchange-apply',
            dbName: db.name,
            bytes,
            now,
            acceptSigner: false,
            newSenders,
          });
        },
        exportChanges: (options) =>
          runWorkerTask(
            {
              kind: 'exchange-export',
              dbName: db.name,
              scope: options.scope,
              personalData: options.personalData ?? 'as-shared',
              appVersion: options.appVersion,
              now: options.now,
              sign: true,
            },
            undefined,
            [],
            hostSigner(getHost()).sign,
          ),
        onProgress: (done, total) => setProgress({ done, total }),
      });
      setReport(result);
    } catch (failure) {
      setError(errorText(t, failure));
    } finally {
      setProgress(null);
    }
  }

  /** Open a package waiting for review in the import preview above (nothing applied yet). */
  async function review(name: string) {
    setError(null);
    try {
      const bytes = await getHost().readExchangeFile({ name });
      offerPackage({ name, bytes });
      document.getElementById('import-package-title')?.scrollIntoView({ block: 'start' });
    } catch (failure) {
      setError(errorText(t, failure));
    }
  }

  const lastSync = folderState?.lastSync;
  return (
    <section className="card" aria-labelledby="folder-title">
      <h2 id="folder-title">{t('exchange.folderTitle')}</h2>
      <p className="field-hint">{t('exchange.folderHint')}</p>
      {status && !status.supported ? (
        <p className="notice-inline" data-testid="folder-unsupported">
          {t('exchange.folderUnsupported')}
        </p>
      ) : (
        <>
          <p data-testid="folder-name">
            {status?.folder
              ? t('exchange.folderChosen', { folder: status.folder })
              : t('exchange.folderNone')}
          </p>
          {lastSync && (
            <p className="field-hint">
              {t('exchange.lastSync', { at: formatDateTime(lastSync.at, i18n.language) })}
            </p>
          )}
          <div className="wizard-actions">
            <button type="button" disabled={progress !== null} onClick={() => void choose()}>
              {status?.folder ? t('exchange.changeFolder') : t('exchange.chooseFolder')}
            </button>
            <button
              type="button"
              className="button-primary"
              disabled={progress !== null || !status?.folder}
              onClick={() => void syncNow()}
            >
              {t('exchange.syncNow')}
            </button>
          </div>
        </>
      )}
      {progress && (
        <ProgressBar
          label={t('exchange.syncProgress', { done: n(progress.done), total: n(progress.total) })}
          value={progress.done}
          max={progress.total}
        />
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {report && (
        <ul className="sync-report" data-testid="sync-report" aria-live="polite">
          <li>
            {t('exchange.syncDone', {
              imported: n(report.imported.length),
              skipped: n(report.skipped),
            })}
          </li>
          <li>
            {report.written
              ? t('exchange.syncWrote', {
                  name: report.written.name,
                  records: n(report.written.records),
                })
              : t('exchange.syncNothingToWrite')}
          </li>
          {report.refused.map((item) => (
            <li key={item.name} className="form-error">
              {t('exchange.syncRefused', { name: item.name, reason: errorText(t, item.error) })}
            </li>
          ))}
          {report.own.length > 0 && (
            <li>{t('exchange.syncOwn', { count: report.own.length, n: n(report.own.length) })}</li>
          )}
          {report.review.map((item) => (
            <li key={item.name} className="warning-loud" data-testid="sync-review">
              {item.error.code === 'newPartner'
                ? t('exchange.syncReviewNewPartner', {
                    name: item.name,
                    partner: item.error.values.partner ?? '',
                  })
                : t('exchange.syncReview', { name: item.name })}{' '}
              <button type="button" onClick={() => void review(item.name)}>
                {t('exchange.review')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
