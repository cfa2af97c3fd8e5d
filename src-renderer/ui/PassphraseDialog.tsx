/**
 * Asks for a passphrase in a modal <dialog> (issue 17): a new one typed twice (protecting backups,
 * exporting the signing key) or the one a file was protected with (restoring, importing a key).
 * The dialog stays open on a refusal — a wrong passphrase is said under the field, nothing done —
 * and closes when `onSubmit` succeeds. The passphrase lives in this dialog's state only.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE_LENGTH } from '../../src-core/backup/passphrase';
import { errorText } from './errors';
import { TextInput } from './form';
import { useModalDialog } from './useModalDialog';

interface PassphraseDialogProps {
  readonly open: boolean;
  readonly title: string;
  readonly body: string;
  readonly confirmLabel: string;
  /**
   * `new`: typed twice, at least 8 characters; `change`: the same, labelled "New passphrase" (one
   * is already set); `enter`: the one a file was protected with.
   */
  readonly mode: 'new' | 'change' | 'enter';
  /** Does the work; a thrown error is shown in the dialog, which stays open. */
  readonly onSubmit: (passphrase: string) => Promise<void>;
  readonly onCancel: () => void;
}

export function PassphraseDialog(props: PassphraseDialogProps) {
  const { open, onCancel } = props;
  const dialog = useModalDialog(open);
  const titleId = useId();
  // While the work runs, Escape does not close the dialog (the work would finish unseen).
  const [busy, setBusy] = useState(false);
  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={titleId}
      aria-busy={busy}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      {/* Mounted only while open: what was typed is forgotten when the dialog closes. */}
      {open && <PassphraseForm {...props} titleId={titleId} busy={busy} setBusy={setBusy} />}
    </dialog>
  );
}

function PassphraseForm({
  title,
  body,
  confirmLabel,
  mode,
  onSubmit,
  onCancel,
  titleId,
  busy,
  setBusy,
}: PassphraseDialogProps & {
  titleId: string;
  busy: boolean;
  setBusy: (busy: boolean) => void;
}) {
  const { t } = useTranslation();
  const choosing = mode !== 'enter';
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [repeatError, setRepeatError] = useState<string | undefined>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const tooShort = choosing && passphrase.length < MIN_PASSPHRASE_LENGTH;
    const mismatch = choosing && !tooShort && repeat !== passphrase;
    setError(tooShort ? t('passphrase.tooShort', { min: MIN_PASSPHRASE_LENGTH }) : undefined);
    setRepeatError(mismatch ? t('passphrase.mismatch') : undefined);
    if (tooShort || mismatch || passphrase === '') return;
    setBusy(true);
    try {
      await onSubmit(passphrase);
    } catch (failure) {
      setError(errorText(t, failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <h2 id={titleId}>{title}</h2>
      <p>{body}</p>
      <TextInput
        type="password"
        label={mode === 'change' ? t('passphrase.newLabel') : t('passphrase.label')}
        hint={choosing ? t('passphrase.hint', { min: MIN_PASSPHRASE_LENGTH }) : undefined}
        autoComplete={choosing ? 'new-password' : 'current-password'}
        value={passphrase}
        onChange={setPassphrase}
        error={error}
        maxLength={1024}
        focusOnMount
        required
      />
      {choosing && (
        <TextInput
          type="password"
          label={t('passphrase.repeat')}
          autoComplete="new-password"
          value={repeat}
          onChange={setRepeat}
          error={repeatError}
          maxLength={1024}
          required
        />
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button-primary" disabled={busy} aria-busy={busy}>
          {busy ? t('passphrase.working') : confirmLabel}
        </button>
      </div>
    </form>
  );
}
