/**
 * Spreadsheet import (CSV or XLSX) of clusters, organisations, memberships or contacts. Nothing
 * is written until the user confirms the preview; the write runs in a worker, in one transaction,
 * with a progress bar, and ends with a summary.
 */
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../../routing/router';
import { formatNumber } from '../../i18n/format';
import { ProgressBar } from '../../ui/ProgressBar';
import { errorText } from '../../ui/errors';
import { ChooseStep } from './ChooseStep';
import { doneSummaryLines } from './done-summary';
import { MapStep } from './MapStep';
import { PreviewStep } from './PreviewStep';
import { useImportWizard } from './useImportWizard';

const stepOrder = ['choose', 'map', 'preview', 'writing', 'done'] as const;

export function ImportPage() {
  const { t, i18n } = useTranslation();
  const wizard = useImportWizard();
  const { state } = wizard;
  const n = (value: number) => formatNumber(value, i18n.language);
  const current = stepOrder.indexOf(state.step);

  return (
    <section className="page" aria-labelledby="import-title">
      <div className="page-header">
        <h1 id="import-title">{t('importPage.title')}</h1>
      </div>
      <ol className="wizard-steps" aria-label={t('importPage.stepsLabel')}>
        {(['choose', 'map', 'preview', 'done'] as const).map((step) => (
          <li
            key={step}
            aria-current={
              state.step === step || (step === 'done' && state.step === 'writing')
                ? 'step'
                : undefined
            }
            className={stepOrder.indexOf(step) < current ? 'step-done' : undefined}
          >
            {t(`importPage.steps.${step}`)}
          </li>
        ))}
      </ol>
      {wizard.error !== null && (
        <p className="form-error import-error" role="alert">
          {errorText(t, wizard.error)}
        </p>
      )}
      {wizard.isBusy && state.step !== 'writing' && (
        <p role="status" className="field-hint">
          {t('importPage.working')}
        </p>
      )}
      {state.step === 'choose' && <ChooseStep wizard={wizard} />}
      {state.step === 'map' && <MapStep wizard={wizard} state={state} />}
      {state.step === 'preview' && <PreviewStep wizard={wizard} state={state} />}
      {state.step === 'writing' && (
        <ProgressBar
          label={
            state.progress
              ? t('progress.writing', {
                  done: n(state.progress.done),
                  total: n(state.progress.total),
                })
              : t('importPage.starting')
          }
          value={state.progress?.done ?? 0}
          max={state.progress?.total ?? 1}
        />
      )}
      {state.step === 'done' && (
        <div className="card import-summary" role="status">
          <h2>{t('importPage.doneTitle')}</h2>
          <ul>
            {doneSummaryLines(state.summary, state.invalid).map(({ key, count }) => (
              <li key={key}>{t(key, { count, n: n(count) })}</li>
            ))}
          </ul>
          <div className="wizard-actions">
            <a className="button button-primary" href={hrefOf(state.kind)}>
              {t('importPage.openList', { list: t(`nav.${state.kind}`) })}
            </a>
            <button type="button" onClick={wizard.restart}>
              {t('importPage.another')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
