/**
 * The runner's stage controls, kept in view at the top of the page while the facilitator scrolls a
 * long stage: where the run stands ("Stage 5 of 9"), the stage's timer and its pause button, whether
 * the gates let the room move on, and Back / Next. A move that is refused (a gate not met, no stage
 * before the first or after the last) is explained in the bar's polite live region, naming what
 * holds it and how to get past it, never a silent no-op.
 */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { methodText, type GateResult, type Stage } from '../../../../src-core/method';
import type { WorkshopRun } from '../../../../src-core/model/workshop-run';
import { formatList, stageArrows, unmetGates, usePublishedBlockSize } from './stage-nav';
import { StageTimer } from './StageTimer';

/** Why the last move was refused. */
export type StageNavHold = 'gates' | 'first' | 'last';

/** The last refusal; `id` counts them, so the same refusal twice is said twice. */
export interface StageNavNotice {
  readonly hold: StageNavHold;
  readonly id: number;
}

export function StageNavBar({
  position,
  total,
  run,
  plannedMinutes,
  results,
  previous,
  next,
  notice,
  onBack,
  onForward,
  onToggleTimer,
  onShowGates,
}: {
  /** 1-based position of the current stage in the agenda. */
  position: number;
  total: number;
  run: WorkshopRun;
  plannedMinutes: number;
  results: readonly GateResult[];
  previous: Stage | null;
  next: Stage | null;
  notice: StageNavNotice | null;
  onBack: () => void;
  onForward: () => void;
  onToggleTimer: () => void;
  onShowGates: () => void;
}) {
  const { t, i18n } = useTranslation();
  const arrows = stageArrows(i18n.dir());
  const language = i18n.language;
  const bar = useRef<HTMLDivElement>(null);
  usePublishedBlockSize(bar);

  const unmet = unmetGates(results);
  const isClear = unmet.length === 0;
  const gateState =
    results.length === 0
      ? 'none'
      : !isClear
        ? 'fail'
        : results.some((result) => !result.passed)
          ? 'overridden'
          : 'pass';
  const stageName = (stage: Stage) => `${stage.code} ${methodText(stage.title, language)}`;

  // A refusal is shown while it still holds: an override or a new entry can lift it.
  let noticeText = '';
  if (notice?.hold === 'gates' && !isClear) {
    noticeText = t('runner.nav.heldByGates', {
      count: unmet.length,
      gates: formatList(
        unmet.map((result) =>
          t('runner.nav.quoted', { text: methodText(result.gate.label, language) }),
        ),
        language,
      ),
      override: t('runner.gates.override'),
      checks: t('runner.gates.title'),
    });
  } else if (notice?.hold === 'last' && next === null) {
    noticeText = t('runner.nav.lastStage', { finish: t('runner.finish') });
  } else if (notice?.hold === 'first' && previous === null) {
    noticeText = t('runner.nav.firstStage');
  }

  return (
    <div
      ref={bar}
      className="stage-nav no-print"
      role="group"
      aria-label={t('runner.nav.label')}
      data-testid="stage-nav"
    >
      <div className="stage-nav-row">
        <div className="stage-nav-clock">
          <p className="stage-nav-position">
            {t('runner.nav.position', { n: position, count: total })}
          </p>
          <StageTimer run={run} plannedMinutes={plannedMinutes} showEnd />
          <button type="button" onClick={onToggleTimer} aria-keyshortcuts="Alt+T">
            {run.timer.runningSince ? t('runner.timer.pause') : t('runner.timer.resume')}
          </button>
        </div>
        <p className={`stage-nav-gates gates-${gateState}`} data-testid="stage-nav-gates">
          <span className="stage-nav-gates-mark" aria-hidden="true">
            {gateState === 'fail' ? '✗' : gateState === 'overridden' ? '⚑' : '✓'}
          </span>{' '}
          {gateState === 'none'
            ? t('runner.nav.gatesNone')
            : gateState === 'fail'
              ? t('runner.nav.gatesUnmet', { count: unmet.length })
              : gateState === 'overridden'
                ? t('runner.nav.gatesOverridden')
                : t('runner.nav.gatesPassed')}
          {gateState === 'fail' && (
            <>
              {' '}
              <button type="button" className="link" onClick={onShowGates}>
                {t('runner.nav.showGates')}
              </button>
            </>
          )}
        </p>
        <div className="stage-nav-moves">
          <button
            type="button"
            aria-disabled={previous === null}
            aria-keyshortcuts={`PageUp Control+${arrows.previous}`}
            onClick={onBack}
          >
            {previous ? t('runner.back', { stage: stageName(previous) }) : t('runner.backNone')}
          </button>
          <button
            type="button"
            className="button-primary"
            aria-disabled={!isClear}
            aria-keyshortcuts={`PageDown Control+${arrows.next}`}
            onClick={onForward}
          >
            {next ? t('runner.next', { stage: stageName(next) }) : t('runner.finish')}
          </button>
        </div>
      </div>
      <p
        className="stage-nav-notice"
        role="status"
        aria-live="polite"
        data-testid="stage-nav-notice"
      >
        {noticeText !== '' && <span key={notice?.id}>{noticeText}</span>}
      </p>
    </div>
  );
}
