/**
 * While the app is open, a snapshot every hour when something changed (issue 17): checked every
 * few minutes, the first time a few minutes after start (not while the app is starting up).
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../db/provider';
import { scheduledSnapshotIfDue } from '../../db/snapshots';
import { getHost } from '../../host';
import { snapshotHost } from '../../workers/backups';
import { useStudioStore } from '../../state/store';
import { errorText } from '../../ui/errors';

export const SNAPSHOT_CHECK_MS = 5 * 60_000;

export function useScheduledSnapshots(): void {
  const { t } = useTranslation();
  const { db } = useWorkspace();
  const notify = useStudioStore((state) => state.notify);
  useEffect(() => {
    let running = false;
    // Said once per run of failures (a full disk would otherwise repeat it every few minutes);
    // said again after a snapshot succeeded and a later one fails.
    let saidFailure = false;
    const check = () => {
      if (running) return;
      running = true;
      scheduledSnapshotIfDue(db, snapshotHost(db, getHost()))
        .then(
          (name) => {
            if (name !== null) saidFailure = false;
          },
          (error: unknown) => {
            console.error('The hourly snapshot could not be saved', error);
            if (saidFailure) return;
            saidFailure = true;
            notify({
              tone: 'error',
              message: t('settings.snapshotFailed', { message: errorText(t, error) }),
            });
          },
        )
        .finally(() => {
          running = false;
        });
    };
    const timer = setInterval(check, SNAPSHOT_CHECK_MS);
    return () => clearInterval(timer);
  }, [db, notify, t]);
}
