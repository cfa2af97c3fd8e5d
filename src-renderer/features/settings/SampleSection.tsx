/** Load the sample workspace, or remove every sample record in one step. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSetting } from '../../db/hooks';
import { useWorkspace } from '../../db/provider';
import { removeSampleWorkspace } from '../../db/sample';
import { formatDateTime } from '../../i18n/format';
import { useStudioStore } from '../../state/store';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { errorText } from '../../ui/errors';
import { SampleProgress } from '../sample/SampleProgress';
import { useSampleLoader } from '../sample/useSampleLoader';

export function SampleSection() {
  const { t, i18n } = useTranslation();
  const { db } = useWorkspace();
  const sample = useSetting('sample');
  const loader = useSampleLoader();
  const notify = useStudioStore((state) => state.notify);
  const [isConfirming, setConfirming] = useState(false);

  async function remove() {
    setConfirming(false);
    try {
      const count = await removeSampleWorkspace(db);
      notify({ tone: 'success', message: t('settings.sampleRemoved', { count }) });
    } catch (error) {
      notify({ tone: 'error', message: t('common.error', { message: errorText(t, error) }) });
    }
  }

  async function load() {
    try {
      const count = await loader.load();
      notify({ tone: 'success', message: t('settings.sampleLoadedNotice', { count }) });
    } catch (error) {
      notify({
        tone: 'error',
        message: t('welcome.sampleFailed', { message: errorText(t, error) }),
      });
    }
  }

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
          <button type="button" className="button-danger" onClick={() => setConfirming(true)}>
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
        open={isConfirming}
        title={t('settings.confirmRemoveTitle')}
        body={t('settings.confirmRemoveBody')}
        confirmLabel={t('settings.removeSample')}
        tone="danger"
        onConfirm={() => void remove()}
        onCancel={() => setConfirming(false)}
      />
    </section>
  );
}
