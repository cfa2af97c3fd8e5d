/**
 * Protecting backups with a passphrase (issue 17): set, change or stop. The passphrase itself is
 * never kept — only a key derived from it, on this computer (db/backup-key.ts) — so a lost
 * passphrase cannot be recovered; the dialog says so before it is set.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clearBackupPassphrase, setBackupPassphrase } from '../../db/backup-key';
import { useBackupProtection } from '../../db/hooks';
import { useWorkspace } from '../../db/provider';
import { formatDateTime } from '../../i18n/format';
import { useStudioStore } from '../../state/store';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { PassphraseDialog } from '../../ui/PassphraseDialog';
import { useNotifyError } from '../../ui/useNotifyError';

export function BackupProtection() {
  const { t, i18n } = useTranslation();
  const { db } = useWorkspace();
  const notify = useStudioStore((state) => state.notify);
  const notifyError = useNotifyError();
  const protection = useBackupProtection();
  const [asking, setAsking] = useState(false);
  const [stopping, setStopping] = useState(false);

  async function protect(passphrase: string) {
    await setBackupPassphrase(db, passphrase);
    setAsking(false);
    notify({ tone: 'success', message: t('settings.protectionSet') });
  }

  async function stop() {
    setStopping(false);
    try {
      await clearBackupPassphrase(db);
      notify({ tone: 'success', message: t('settings.protectionStopped') });
    } catch (error) {
      notifyError(error);
    }
  }

  if (protection === null) return null;
  return (
    <div className="backup-protection" role="group" aria-labelledby="backup-protection-title">
      <h3 id="backup-protection-title">{t('settings.protectionTitle')}</h3>
      <p data-testid="backup-protection">
        {protection
          ? t('settings.protectedSince', { at: formatDateTime(protection.setAt, i18n.language) })
          : t('settings.notProtected')}
      </p>
      <div className="button-row">
        <button type="button" onClick={() => setAsking(true)}>
          {protection ? t('settings.changePassphrase') : t('settings.setPassphrase')}
        </button>
        {protection && (
          <button type="button" onClick={() => setStopping(true)}>
            {t('settings.stopProtection')}
          </button>
        )}
      </div>
      <PassphraseDialog
        open={asking}
        mode={protection ? 'change' : 'new'}
        title={protection ? t('settings.changePassphraseTitle') : t('settings.setPassphraseTitle')}
        body={protection ? t('settings.changePassphraseBody') : t('settings.setPassphraseBody')}
        confirmLabel={protection ? t('settings.changePassphraseConfirm') : t('settings.protect')}
        onSubmit={protect}
        onCancel={() => setAsking(false)}
      />
      <ConfirmDialog
        open={stopping}
        title={t('settings.stopProtectionTitle')}
        body={t('settings.stopProtectionBody')}
        confirmLabel={t('settings.stopProtection')}
        onConfirm={() => void stop()}
        onCancel={() => setStopping(false)}
      />
    </div>
  );
}
