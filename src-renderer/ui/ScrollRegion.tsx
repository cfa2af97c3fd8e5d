/**
 * A wide table's horizontal scroller: a named region that takes keyboard focus, so a keyboard
 * user can scroll it with the arrow keys (axe: scrollable-region-focusable).
 */
import type { ReactNode } from 'react';

export function ScrollRegion({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div
      className={['table-wrap', className].filter(Boolean).join(' ')}
      role="region"
      aria-label={label}
      tabIndex={0}
    >
      {children}
    </div>
  );
}
