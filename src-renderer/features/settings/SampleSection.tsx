/**
 * Load the sample workspace, or remove it in one step. Removing never removes anything of the
 * user's: the dialog says how many sample records go, and which stay as the user's own because
 * their records use them (or they changed them — a choice the dialog offers).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncedTableName } from '../../../src-core/model/entities';
import { useSetting } from '../../db/hooks';
import { snapshotBefore } from '../../db/snapshots';
import { getHost } from '../../host';
import { snapshotHost } from '../../workers/backups';
import { useWorkspace } from '../../db/provider';
import {
  previewSampleRemoval,
  removeSampleWorkspace,
  type SampleRemovalPreview,
} from '../../db/sample';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useStudioStore } from '../../state/store';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { errorText } from '../../ui/errors';
import { CheckboxField } from '../../ui/form';
import { SampleProgress } from '../sample/SampleProgress';
import { useSampleLoader } from '../sample/useSampleLoader';

export function SampleSection() {
  const { t, i18n } = useTranslation();
  const { db } = useWorkspace();
  const sample = useSetting('sample');
  const loader = useSampleLoader();
  const notify = useStudioStore((state) => state.notify);
  const [removal, setRemoval] = useState<SampleRemovalPreview | null>(null);
  const [keepChanged, setKeepChanged] = useState(true);
  const n = (value: number) => formatNumber(value, i18n.language);

  const fail = (error: unknown) =>
    notify({ tone: 'error', message: t('common.error', { message: errorText(t, error) }) });

  async function ask(keep: boolean) {
    try {
      setKeepChanged(keep);
      setRemoval(await previewSampleRemoval(db, { keepChanged: keep }));
    } catch (error) {
      fail(error);
    }
  }

  async function remove() {
    setRemoval(null);
    try {
      await snapshotBefore(db, snapshotHost(db, getHost()), 'before-sample-removal');
      const result = await removeSampleWorkspace(db, { keepChanged });
      notify({
        tone: 'success',
        message:
          result.kept > 0
            ? t('settings.sampleRemovedKept', { removed: n(result.removed), kept: n(result.kept) })
            : t('settings.sampleRemoved', { count: result.removed }),
      });
    } catch (error) {
      fail(error);
    }
  }

  async function load() {
    try {
      const count = await loader.load();
      notify({
        tone: 'success',
        message: t('settings.sampleLoadedNotice', { count, n: formatNumber(count, i18n.language) }),
      });
    } catch (error) {
      notify({
        tone: 'error',
        message: t('welcome.sampleFailed', { message: errorText(t, error) }),
      });
    }
  }

  const keptTables = Object.entries(removal?.keep ?? {})
    .map(([table, count]) => `${t(`exchange.tables.${table as SyncedTableName}`)} ${n(count)}`)
    .join(', ');
  return (
    <section className="card" aria-labelledby="sample-title">
      <h2 id="sample-title">{t('settings.sampleTitle')}</h2>
      {loader.isLoading ? (
        <SampleProgress progress={loader.progress} />
      ) : sample ? (
        <>
          <p>
            {t('settings.sampleLoaded', { date: formatDateTime(sample.loadedAt, i18n.language) })}
          </p>
          <button type="button" className="button-danger" onClick={() => void ask(true)}>
            {t('settings.removeSample')}
          </button>
        </>
      ) : (
        <>
          <p>{t('settings.sampleNotLoaded')}</p>
          <button type="button" onClick={() => void load()}>
            {t('settings.loadSample')}
          </button>
        </>
      )}
      <ConfirmDialog
        open={removal !== null}
        title={t('settings.confirmRemoveTitle')}
        body={t('settings.confirmRemoveBody')}
        confirmLabel={t('settings.removeSample')}
        tone="danger"
        onConfirm={() => void remove()}
        onCancel={() => setRemoval(null)}
      >
        {removal && (
          <div className="dialog-details" data-testid="sample-removal-summary">
            <p>{t('settings.removeWillRemove', { n: n(removal.remove) })}</p>
            {removal.keepTotal > 0 && (
              <p>{t('settings.removeWillKeep', { n: n(removal.keepTotal), tables: keptTables })}</p>
            )}
            {removal.changed > 0 && (
              <CheckboxField
                label={t('settings.removeKeepChanged', { n: n(removal.changed) })}
                checked={keepChanged}
                onChange={(checked) => void ask(checked)}
              />
            )}
          </div>
        )}
      </ConfirmDialog>
    </section>
  );
}
