/**
 * Backups through the host (the app's data folder on the desktop, OPFS in the browser): the
 * user's own and the app's automatic snapshots, each with its reason; restorable and deletable.
 * Restoring first takes a snapshot of the current state, so a restore can itself be undone.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseSnapshotName } from '../../../src-core/backup/snapshots';
import type { BackupInfo } from '../../../src-core/host/contract';
import { applyBackup, BackupError, backupFileName, checkBackup } from '../../db/backup';
import { useWorkspace } from '../../db/provider';
import { onSnapshotsChanged, snapshotBefore } from '../../db/snapshots';
import { getHost } from '../../host';
import { backupInWorker, snapshotHost } from '../../workers/backups';
import { formatBytes, formatDateTime, formatNumber } from '../../i18n/format';
import { useStudioStore } from '../../state/store';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { PassphraseDialog } from '../../ui/PassphraseDialog';
import { BackupProtection } from './BackupProtection';
import { errorText } from '../../ui/errors';
import { StaticTable, type StaticColumn } from '../../ui/table/StaticTable';
import { useHostInfo } from './useHostInfo';
import './settings.css';

export function BackupsSection() {
  const { t, i18n } = useTranslation();
  const { db } = useWorkspace();
  const info = useHostInfo();
  const notify = useStudioStore((state) => state.notify);
  const dropUndoOffers = useStudioStore((state) => state.dropUndoOffers);
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [isBusy, setBusy] = useState(false);
  const [toRestore, setToRestore] = useState<string | null>(null);
  const [toDelete, setToDelete] = useState<string | null>(null);
  // An encrypted backup waiting for its passphrase.
  const [locked, setLocked] = useState<string | null>(null);

  // Bumped after every backup or restore, to list the folder again.
  const [listing, setListing] = useState(0);
  const refresh = () => setListing((n) => n + 1);
  // Snapshots taken elsewhere (removing the sample, an import) are listed at once.
  useEffect(() => onSnapshotsChanged(() => setListing((n) => n + 1)), []);

  useEffect(() => {
    let isCurrent = true;
    getHost()
      .listBackups({})
      .then(
        (list) => isCurrent && setBackups(list),
        (error: unknown) => {
          if (!isCurrent) return;
          setBackups([]);
          notify({ tone: 'error', message: t('common.error', { message: errorText(t, error) }) });
        },
      );
    return () => {
      isCurrent = false;
    };
  }, [listing, notify, t]);

  async function backUp(): Promise<string> {
    const name = backupFileName(new Date());
    await getHost().writeBackup({ name, data: await backupInWorker(db) });
    return name;
  }

  async function backUpNow() {
    setBusy(true);
    try {
      const name = await backUp();
      notify({ tone: 'success', message: t('settings.backupSaved', { name }) });
    } catch (error) {
      notify({
        tone: 'error',
        message: t('settings.backupFailed', { message: errorText(t, error) }),
      });
    } finally {
      setBusy(false);
      refresh();
    }
  }

  /**
   * Restores a backup: checked (and decrypted) first, then a snapshot of the current state, then
   * written. An encrypted backup this computer cannot open by itself asks for its passphrase; a
   * wrong one is said in that dialog and nothing is done.
   */
  async function restore(name: string, passphrase?: string) {
    setToRestore(null);
    setBusy(true);
    try {
      const data = await getHost().readBackup({ name });
      const checked = await checkBackup(db, data, passphrase === undefined ? {} : { passphrase });
      const previous = await snapshotBefore(db, snapshotHost(db, getHost()), 'before-restore');
      const count = await applyBackup(db, checked);
      setLocked(null);
      // "Package applied — Undo" would now act on a workspace that is no longer there.
      dropUndoOffers();
      notify({
        tone: 'success',
        message: t('settings.restored', {
          name,
          count,
          n: formatNumber(count, i18n.language),
          previous,
        }),
      });
    } catch (error) {
      if (error instanceof BackupError && error.code === 'passphraseNeeded') {
        setLocked(name);
        return;
      }
      // A wrong passphrase is answered in the passphrase dialog, which stays open.
      if (passphrase !== undefined) throw error;
      notify({
        tone: 'error',
        message: t('settings.restoreFailed', { message: errorText(t, error) }),
      });
    } finally {
      setBusy(false);
      refresh();
    }
  }

  async function remove(name: string) {
    setToDelete(null);
    setBusy(true);
    try {
      await getHost().deleteBackup({ name });
      notify({ tone: 'success', message: t('settings.backupDeleted', { name }) });
    } catch (error) {
      notify({ tone: 'error', message: t('common.error', { message: errorText(t, error) }) });
    } finally {
      setBusy(false);
      refresh();
    }
  }

  const reasonOf = (backup: BackupInfo) =>
    t(`settings.snapshotReasons.${parseSnapshotName(backup.name)?.reason ?? 'own'}`);

  const columns: StaticColumn<BackupInfo>[] = [
    {
      // What people look for is why and when; the file name is there for support and the CLI.
      id: 'name',
      header: t('settings.backupColumns.name'),
      cell: (backup) => (
        <>
          {reasonOf(backup)}
          <span className="backup-file">{backup.name}</span>
        </>
      ),
    },
    {
      id: 'createdAt',
      header: t('settings.backupColumns.createdAt'),
      cell: (backup) => formatDateTime(backup.createdAt, i18n.language),
    },
    {
      id: 'size',
      header: t('settings.backupColumns.size'),
      cell: (backup) => (
        <span className="backup-size">{formatBytes(backup.size, i18n.language)}</span>
      ),
      isNumeric: true,
    },
    {
      id: 'restore',
      header: '',
      cell: (backup) => (
        <div className="button-row backup-actions">
          <button
            type="button"
            disabled={isBusy}
            aria-label={`${t('settings.restore')} ${backup.name}`}
            onClick={() => setToRestore(backup.name)}
          >
            {t('settings.restore')}
          </button>
          <button
            type="button"
            className="button-danger"
            disabled={isBusy}
            aria-label={`${t('settings.deleteBackup')} ${backup.name}`}
            onClick={() => setToDelete(backup.name)}
          >
            {t('settings.deleteBackup')}
          </button>
        </div>
      ),
    },
  ];

  const where =
    info?.host === 'electron'
      ? t('settings.backupsWhereElectron')
      : t('settings.backupsWhereBrowser');

  return (
    <section className="card" aria-labelledby="backups-title">
      <h2 id="backups-title">{t('settings.backupsTitle')}</h2>
      <p className="field-hint">{t('settings.backupsIntro', { where })}</p>
      <p className="field-hint">{t('settings.snapshotsIntro')}</p>
      <button
        type="button"
        className="button-primary"
        disabled={isBusy}
        onClick={() => void backUpNow()}
      >
        {t('settings.backupNow')}
      </button>
      <BackupProtection />
      {backups !== null && backups.length === 0 && <p>{t('settings.noBackups')}</p>}
      {backups !== null && backups.length > 0 && (
        <StaticTable
          label={t('settings.backupsTitle')}
          columns={columns}
          rows={backups}
          rowKey={(backup) => backup.name}
          isCompact
        />
      )}
      <ConfirmDialog
        open={toRestore !== null}
        title={t('settings.confirmRestoreTitle')}
        body={t('settings.confirmRestoreBody', { name: toRestore ?? '' })}
        confirmLabel={t('settings.restore')}
        onConfirm={() => toRestore && void restore(toRestore)}
        onCancel={() => setToRestore(null)}
      />
      <PassphraseDialog
        open={locked !== null}
        mode="enter"
        title={t('settings.lockedTitle')}
        body={t('settings.lockedBody', { name: locked ?? '' })}
        confirmLabel={t('settings.restore')}
        onSubmit={(passphrase) => (locked ? restore(locked, passphrase) : Promise.resolve())}
        onCancel={() => setLocked(null)}
      />
      <ConfirmDialog
        open={toDelete !== null}
        title={t('settings.confirmDeleteBackupTitle')}
        body={t('settings.confirmDeleteBackupBody', { name: toDelete ?? '' })}
        confirmLabel={t('settings.deleteBackup')}
        tone="danger"
        onConfirm={() => toDelete && void remove(toDelete)}
        onCancel={() => setToDelete(null)}
      />
    </section>
  );
}
