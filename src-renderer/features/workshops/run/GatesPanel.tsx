/**
 * The stage's gate checks: each passes or fails with the figures behind it. Moving on past a
 * failed gate is allowed — the room decides — but only with a reason, recorded with who and when
 * and listed in the report. The heading takes focus from the stage bar's "Show the checks".
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextArea } from '../../../ui/form';
import { methodText, type GateResult, type Stage } from '../../../../src-core/method';
import { useSetting } from '../../../db/hooks';
import { useWorkspace } from '../../../db/provider';
import { runActions } from '../../../db/workshop-run';
import { formatNumber } from '../../../i18n/format';
import { useNotifyError } from '../../../ui/useNotifyError';
import { nowMs } from '../../../ui/useNow';
import { formatClockTime } from './stage-nav';

export function GatesPanel({
  workshopId,
  stage,
  results,
}: {
  workshopId: string;
  stage: Stage;
  results: readonly GateResult[];
}) {
  const { t, i18n } = useTranslation();
  const { db, repositories } = useWorkspace();
  const identity = useSetting('identity');
  const notifyError = useNotifyError();
  const [overriding, setOverriding] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState(false);
  const language = i18n.language;

  if (results.length === 0) return null;

  async function override(gateId: string) {
    if (reason.trim() === '') {
      setProblem(true);
      return;
    }
    try {
      await runActions.override(db, repositories, workshopId, {
        stageId: stage.id,
        gateId,
        reason: reason.trim(),
        at: new Date(nowMs()).toISOString(),
        by: identity?.facilitatorName ?? '',
      });
      setOverriding(null);
      setReason('');
      setProblem(false);
    } catch (error) {
      notifyError(error);
    }
  }

  return (
    <section className="card gates" aria-labelledby="gates-title">
      <h3 id="gates-title" tabIndex={-1}>
        {t('runner.gates.title')}
      </h3>
      <ul className="gate-list">
        {results.map((result) => {
          const label = methodText(result.gate.label, language);
          const state = result.passed ? 'pass' : result.override ? 'overridden' : 'fail';
          return (
            <li key={result.gate.id} className={`gate gate-${state}`} data-testid="gate">
              <span className="gate-mark" aria-hidden="true">
                {result.passed ? '✓' : result.override ? '⚑' : '✗'}
              </span>
              <span className="gate-label">
                {label}{' '}
                <span className="gate-figures">
                  {t('runner.gates.figures', {
                    actual: formatNumber(result.actual, language),
                    required: formatNumber(result.required, language),
                  })}
                </span>
                <span className="visually-hidden">{t(`runner.gates.state.${state}`)}</span>
                {result.override && (
                  <span className="gate-override">
                    {t('runner.gates.overriddenBecause', {
                      reason: result.override.reason,
                      by: result.override.by || t('runner.gates.someone'),
                    })}
                    {formatClockTime(result.override.at, language) !== '' && (
                      <>
                        {' · '}
                        <time dateTime={result.override.at}>
                          {t('runner.gates.overriddenAt', {
                            time: formatClockTime(result.override.at, language),
                          })}
                        </time>
                      </>
                    )}
                  </span>
                )}
              </span>
              {state === 'fail' && overriding !== result.gate.id && (
                <button
                  type="button"
                  onClick={() => {
                    setOverriding(result.gate.id);
                    setProblem(false);
                  }}
                >
                  {t('runner.gates.override')}
                </button>
              )}
              {overriding === result.gate.id && (
                <form
                  className="inline-form gate-override-form"
                  onSubmit={(event) => {
                    event.preventDefault();
                    void override(result.gate.id);
                  }}
                >
                  <TextArea
                    wide
                    focusOnMount
                    label={t('runner.gates.reason', { gate: label })}
                    value={reason}
                    maxLength={500}
                    error={problem ? t('runner.gates.reasonRequired') : undefined}
                    onChange={setReason}
                  />
                  <button type="submit" className="button-primary">
                    {t('runner.gates.confirmOverride')}
                  </button>
                  <button type="button" onClick={() => setOverriding(null)}>
                    {t('common.cancel')}
                  </button>
                </form>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
