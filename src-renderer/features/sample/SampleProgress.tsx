/** Progress of a sample load, in words and as a bar. */
import { useTranslation } from 'react-i18next';
import type { BulkProgress } from '../../db/progress';
import { formatNumber } from '../../i18n/format';
import { ProgressBar } from '../../ui/ProgressBar';

export function SampleProgress({ progress }: { progress: BulkProgress | null }) {
  const { t, i18n } = useTranslation();
  if (!progress) return <ProgressBar label={t('welcome.loadingSample')} value={0} max={1} />;
  const values = {
    done: formatNumber(progress.done, i18n.language),
    total: formatNumber(progress.total, i18n.language),
  };
  // Validation is quick, writing is the long part: show writing as the whole bar.
  const label =
    progress.phase === 'validating'
      ? t('progress.validating', values)
      : t('progress.writing', values);
  return (
    <ProgressBar
      label={label}
      value={progress.phase === 'writing' ? progress.done : 0}
      max={progress.total}
    />
  );
}
