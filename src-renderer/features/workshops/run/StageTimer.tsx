/**
 * The stage's countdown: time left of the time box, then the overrun counting up in red. Computed
 * from the stored timer at every tick, so a reload or a second window shows the same time. The
 * countdown is a duration ("4:05"); with `showEnd`, the clock time the time box ends (or ended) is
 * shown beside it as the language writes times of day (24-hour in English and Spanish).
 */
import { useTranslation } from 'react-i18next';
import { timerElapsed } from '../../../../src-core/method';
import type { WorkshopRun } from '../../../../src-core/model/workshop-run';
import { useNow } from '../../../ui/useNow';
import { formatClockTime } from './stage-nav';

/** "4:05", "1:02:09". */
export function clockText(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0
    ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${minutes}:${seconds}`;
}

export function StageTimer({
  run,
  plannedMinutes,
  large = false,
  showEnd = false,
}: {
  run: WorkshopRun;
  plannedMinutes: number;
  large?: boolean;
  /** Show when the time box ends, as a clock time (only while the timer runs). */
  showEnd?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const now = useNow(500);
  const left = plannedMinutes * 60_000 - timerElapsed(run, now);
  const over = left < 0;
  const { runningSince, elapsedMs } = run.timer;
  const paused = runningSince === null;
  // Fixed while the timer runs: the start of this run of the clock plus what was left then.
  const endsAt =
    showEnd && runningSince !== null
      ? Date.parse(runningSince) + plannedMinutes * 60_000 - elapsedMs
      : Number.NaN;
  return (
    <div
      className={`stage-timer${over ? ' overrun' : ''}${large ? ' large' : ''}`}
      role="timer"
      aria-label={t('runner.timer.label')}
      data-testid="stage-timer"
    >
      <span className="stage-timer-value">{over ? `+${clockText(left)}` : clockText(left)}</span>
      <span className="stage-timer-caption">
        {over ? t('runner.timer.over') : t('runner.timer.left')}
        {paused ? ` · ${t('runner.timer.paused')}` : ''}
        {Number.isFinite(endsAt) && (
          <>
            {' · '}
            <time dateTime={new Date(endsAt).toISOString()} data-testid="stage-timer-end">
              {t(over ? 'runner.timer.endedAt' : 'runner.timer.endsAt', {
                time: formatClockTime(endsAt, i18n.language),
              })}
            </time>
          </>
        )}
      </span>
    </div>
  );
}
