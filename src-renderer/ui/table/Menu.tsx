/**
 * A small disclosure menu on <details>/<summary>: keyboard accessible without script (Enter or
 * Space opens it), closes on Escape (focus back on its button), on a click outside, and after a
 * button inside it is used (checkboxes leave it open, to tick several).
 */
import { useRef, type ReactNode, type SyntheticEvent } from 'react';

export function Menu({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDetailsElement>(null);

  function close() {
    const details = ref.current;
    if (!details?.open) return;
    details.open = false;
    details.querySelector('summary')?.focus();
  }

  function onToggle(event: SyntheticEvent<HTMLDetailsElement>) {
    const details = event.currentTarget;
    if (!details.open) return;
    const onPointerDown = (pointer: PointerEvent) => {
      if (pointer.target instanceof Node && !details.contains(pointer.target)) details.open = false;
    };
    document.addEventListener('pointerdown', onPointerDown);
    details.addEventListener(
      'toggle',
      () => document.removeEventListener('pointerdown', onPointerDown),
      { once: true },
    );
  }

  return (
    // Escape closes the open menu from anywhere inside it (the summary and the panel's buttons).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <details
      ref={ref}
      className={className ? `menu ${className}` : 'menu'}
      onToggle={onToggle}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && ref.current?.open) {
          event.stopPropagation();
          close();
        }
      }}
    >
      <summary className="button">
        {label}
        <span aria-hidden="true" className="menu-caret">
          ▾
        </span>
      </summary>
      <div
        className="menu-panel"
        role="presentation"
        onClick={(event) => {
          if (event.target instanceof Element && event.target.closest('button')) close();
        }}
      >
        {children}
      </div>
    </details>
  );
}
