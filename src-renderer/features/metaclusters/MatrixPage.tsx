/**
 * The value-chain matrix: segments (in chain order) × countries, or × clusters, with the number
 * of member organisations (and of knowledge entities among them) in each cell, shaded as a heat
 * map; gaps, duplications and complementarities flagged per segment.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { valueChainMatrix } from '../../../src-core/metacluster';
import { hrefOf } from '../../routing/router';
import { useMatrixInputs } from '../../db/metaclusters';
import { formatNumber } from '../../i18n/format';
import { todayIso } from '../../ui/today';
import { MatrixTable } from './MatrixTable';

export function MatrixPage({ valueChainId }: { valueChainId: string }) {
  const { t, i18n } = useTranslation();
  const inputs = useMatrixInputs(valueChainId);
  const [view, setView] = useState<'countries' | 'clusters'>('countries');
  if (inputs === undefined) return <p className="page">{t('forms.states.loading')}</p>;
  if (inputs === null) {
    return (
      <section className="page">
        <h1>{t('forms.states.notFoundTitle')}</h1>
        <a href={hrefOf('valueChains')}>{t('valueChains.back')}</a>
      </section>
    );
  }
  const matrix = valueChainMatrix({ ...inputs, today: todayIso() });
  const n = (value: number) => formatNumber(value, i18n.language);

  return (
    <section className="page" aria-labelledby="matrix-title">
      <div className="page-header">
        <h1 id="matrix-title">{t('valueChains.matrixTitle', { name: inputs.valueChain.name })}</h1>
        <a href={hrefOf('valueChains')}>{t('valueChains.back')}</a>
      </div>
      <p className="page-intro">{t('valueChains.matrixIntro')}</p>
      <p data-testid="matrix-flags">
        {t('valueChains.flagSummary', {
          gaps: n(matrix.flagCounts.gaps),
          duplications: n(matrix.flagCounts.duplications),
          complementary: n(matrix.flagCounts.complementary),
        })}
      </p>
      <div role="group" aria-label={t('valueChains.view')} className="segmented">
        {(['countries', 'clusters'] as const).map((option) => (
          <button
            key={option}
            type="button"
            aria-pressed={view === option}
            onClick={() => setView(option)}
          >
            {t(`valueChains.views.${option}`)}
          </button>
        ))}
      </div>
      <MatrixTable matrix={matrix} view={view} labelledBy="matrix-title" />
      <p className="field-hint">{t('valueChains.legend')}</p>
    </section>
  );
}
