/**
 * A labelled, accessible progress bar for long work (imports, sample loading). Without `value`
 * it is indeterminate — work whose length is not known yet (reading a package): no aria-valuenow,
 * and a sliding bar (still, with a full track, when the user asks for reduced motion).
 */
import { useId } from 'react';

export function ProgressBar({
  label,
  value,
  max = 1,
}: {
  label: string;
  value?: number;
  max?: number;
}) {
  const labelId = useId();
  const known = value !== undefined;
  const percent = known && max > 0 ? Math.min(100, Math.round((value / max) * 100)) : 0;
  return (
    <div
      className={known ? 'progress' : 'progress progress-indeterminate'}
      role="group"
      aria-label={label}
    >
      <div
        className="progress-track"
        role="progressbar"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={known ? percent : undefined}
        aria-valuetext={label}
      >
        <div className="progress-fill" style={known ? { width: `${percent}%` } : undefined} />
      </div>
      <p id={labelId} className="progress-label" aria-live="polite">
        {label}
      </p>
    </div>
  );
}
