/**
 * Import a partner's package: pick it, drop it (here or anywhere on the window), or open it from
 * the file manager (desktop). First a preview — who sent it, the signer (with a loud warning and
 * an explicit confirmation when a known partner's key changed), what it changes per table and how
 * many conflicts — then apply in a worker with progress, atomically, with Undo.
 */
import { useCallback, useEffect, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { undoLastImport, type PackagePreview } from '../../db/exchange';
import type { BulkProgress } from '../../db/progress';
import { snapshotBefore } from '../../db/snapshots';
import { useWorkspace } from '../../db/provider';
import { getHost } from '../../host';
import { snapshotHost } from '../../workers/backups';
import { formatNumber } from '../../i18n/format';
import { useStudioStore } from '../../state/store';
import { errorText } from '../../ui/errors';
import { ProgressBar } from '../../ui/ProgressBar';
import { runWorkerTask } from '../../workers/client';
import { packageFileOf } from './package-intake';
import { PackagePreviewView } from './PackagePreviewView';

interface Picked {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly preview: PackagePreview;
}

export function ImportSection() {
  const { t, i18n } = useTranslation();
  const { db } = useWorkspace();
  const notify = useStudioStore((state) => state.notify);
  const [picked, setPicked] = useState<Picked | null>(null);
  const [trusted, setTrusted] = useState(false);
  const [isBusy, setBusy] = useState(false);
  const [progress, setProgress] = useState<BulkProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isDragOver, setDragOver] = useState(false);
  /** The package being read and checked (a large one takes seconds). */
  const [reading, setReading] = useState<string | null>(null);
  const n = (value: number) => formatNumber(value, i18n.language);

  async function guarded(work: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (failure) {
      setError(errorText(t, failure));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  const open = useCallback(
    async (name: string, bytes: Uint8Array) => {
      setPicked(null);
      setTrusted(false);
      setReading(name);
      try {
        // Read, checked and planned in the worker: a large package no longer freezes the page.
        const preview = await runWorkerTask({
          kind: 'exchange-preview',
          dbName: db.name,
          bytes,
          now: Date.now(),
        });
        setPicked({ name, bytes, preview });
      } finally {
        setReading(null);
      }
    },
    [db],
  );

  // A package dropped on the window or opened from the file manager, now or while this is open.
  useEffect(() => {
    const consume = () => {
      const file = useStudioStore.getState().takeOfferedPackage();
      if (!file) return;
      setBusy(true);
      setError(null);
      open(file.name, file.bytes)
        .catch((failure: unknown) => setError(errorText(t, failure)))
        .finally(() => setBusy(false));
    };
    void Promise.resolve().then(consume);
    return useStudioStore.subscribe((state) => {
      if (state.offeredPackage) consume();
    });
  }, [open, t]);

  const pickPackage = () =>
    guarded(async () => {
      const [file] = await getHost().openFiles({
        filters: [{ name: t('exchange.fileFilter'), extensions: ['mcpkg'] }],
        multiple: false,
      });
      if (file) await open(file.name, file.data);
    });

  async function drop(event: DragEvent<HTMLElement>) {
    event.preventDefault();
    event.stopPropagation();
    setDragOver(false);
    const file = packageFileOf(event.dataTransfer);
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    await guarded(() => open(file.name, bytes));
  }

  const apply = () =>
    guarded(async () => {
      if (!picked) return;
      setProgress({ phase: 'validating', done: 0, total: 1 });
      await snapshotBefore(db, snapshotHost(db, getHost()), 'before-import');
      const result = await runWorkerTask(
        {
          kind: 'exchange-apply',
          dbName: db.name,
          bytes: picked.bytes,
          now: Date.now(),
          acceptSigner: trusted,
        },
        setProgress,
      );
      setPicked(null);
      if (result.isOwn) {
        notify({ tone: 'info', message: t('exchange.ownPackageNotice') });
        return;
      }
      if (result.alreadyImported) {
        notify({ tone: 'info', message: t('exchange.alreadyAppliedNotice') });
        return;
      }
      notify({
        tone: 'success',
        message: t('exchange.applied', {
          changed: n(result.changed),
          conflicts: n(result.conflicts),
        }),
        action: { label: t('exchange.undo'), run: () => void undo() },
      });
    });

  const undo = () =>
    guarded(async () => {
      const undone = await undoLastImport(db);
      notify({
        tone: undone ? 'success' : 'info',
        message: undone ? t('exchange.undone') : t('exchange.nothingToUndo'),
      });
    });

  const preview = picked?.preview;
  return (
    <section
      className={`card drop-zone${isDragOver ? ' drag-over' : ''}`}
      aria-labelledby="import-package-title"
      onDragOver={(event) => {
        event.preventDefault();
        setDragOver(true);
      }}
      onDragLeave={() => setDragOver(false)}
      onDrop={(event) => void drop(event)}
    >
      <h2 id="import-package-title">{t('exchange.importTitle')}</h2>
      <p className="field-hint">{t('exchange.importHint')}</p>
      <p className="field-hint">{isDragOver ? t('exchange.dropHere') : t('exchange.dropHint')}</p>
      <div className="wizard-actions">
        <button type="button" disabled={isBusy} onClick={() => void pickPackage()}>
          {t('exchange.choose')}
        </button>
        <button type="button" disabled={isBusy} onClick={() => void undo()}>
          {t('exchange.undoLast')}
        </button>
      </div>
      {error && (
        <p className="form-error exchange-error" role="alert">
          {error}
        </p>
      )}
      {reading !== null && <ProgressBar label={t('exchange.reading', { name: reading })} />}
      {progress && (
        <ProgressBar
          label={t(`exchange.applyProgress.${progress.phase}`, {
            done: n(progress.done),
            total: n(progress.total),
          })}
          value={progress.done}
          max={progress.total}
        />
      )}
      {picked && preview && (
        <PackagePreviewView
          preview={preview}
          isBusy={isBusy}
          isTrusted={trusted}
          onTrustedChange={setTrusted}
          onCancel={() => setPicked(null)}
          onApply={() => void apply()}
        />
      )}
    </section>
  );
}
