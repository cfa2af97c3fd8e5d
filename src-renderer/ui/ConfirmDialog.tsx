/**
 * A modal confirmation built on <dialog>: the browser traps focus, Escape cancels, and the
 * confirming button says what it does.
 */
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useModalDialog } from './useModalDialog';

interface ConfirmDialogProps {
  readonly open: boolean;
  readonly title: string;
  readonly body: string;
  readonly confirmLabel: string;
  readonly tone?: 'danger' | 'default';
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  /** What the body cannot say in one sentence: counts, a choice (shown below the body). */
  readonly children?: ReactNode;
}

export function ConfirmDialog({
  open,
  title,
  body,
  confirmLabel,
  tone = 'default',
  onConfirm,
  onCancel,
  children,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  const dialog = useModalDialog(open);
  const titleId = useId();
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={titleId} onCancel={onCancel}>
      <h2 id={titleId}>{title}</h2>
      <p>{body}</p>
      {children}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className={tone === 'danger' ? 'button-danger' : 'button-primary'}
          onClick={onConfirm}
        >
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
