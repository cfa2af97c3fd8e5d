/**
 * The import wizard's state: choose → map → preview → (writing) → done. File contents and the
 * plan are transient working data, kept here rather than in the store; nothing touches the
 * database until `confirm`.
 */
import { useState } from 'react';
import type { ImportChoice, ImportKind, ImportMapping } from '../../../src-core/roster';
import type { BulkProgress } from '../../db/progress';
import { useWorkspace } from '../../db/provider';
import { runWorkerTask } from '../../workers/client';
import type { ImportPreview, ImportSummary } from '../../workers/import-pipeline';
import type { ParsedSheet } from '../../workers/spreadsheet-file';

export type WizardStep =
  | { readonly step: 'choose' }
  | {
      readonly step: 'map';
      readonly fileName: string;
      readonly sheet: ParsedSheet;
      readonly mapping: ImportMapping;
    }
  | {
      readonly step: 'preview';
      readonly fileName: string;
      readonly sheet: ParsedSheet;
      readonly mapping: ImportMapping;
      readonly preview: ImportPreview;
    }
  | { readonly step: 'writing'; readonly progress: BulkProgress | null }
  | {
      readonly step: 'done';
      readonly summary: ImportSummary;
      readonly invalid: number;
      readonly kind: ImportKind;
    };

export function useImportWizard() {
  const { db } = useWorkspace();
  const [kind, setKind] = useState<ImportKind>('organisations');
  const [state, setState] = useState<WizardStep>({ step: 'choose' });
  const [choices, setChoices] = useState<ReadonlyMap<number, ImportChoice>>(new Map());
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function guarded(work: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  const readFile = (fileName: string, bytes: Uint8Array) =>
    guarded(async () => {
      const { sheet, mapping } = await runWorkerTask({
        kind: 'import-read',
        importKind: kind,
        fileName,
        bytes,
      });
      setState({ step: 'map', fileName, sheet, mapping });
    });

  const setMapping = (field: string, column: number | null) => {
    if (state.step !== 'map') return;
    setState({ ...state, mapping: { ...state.mapping, [field]: column } });
  };

  const check = () =>
    guarded(async () => {
      if (state.step !== 'map') return;
      const preview = await runWorkerTask({
        kind: 'import-preview',
        dbName: db.name,
        importKind: kind,
        sheet: state.sheet,
        mapping: state.mapping,
      });
      setChoices(new Map());
      setState({ ...state, step: 'preview', preview });
    });

  const choose = (rowNumber: number, choice: ImportChoice) =>
    setChoices((current) => new Map(current).set(rowNumber, choice));

  const chooseAll = (rowNumbers: readonly number[], choice: ImportChoice) =>
    setChoices((current) => {
      const next = new Map(current);
      for (const row of rowNumbers) next.set(row, choice);
      return next;
    });

  const confirm = () =>
    guarded(async () => {
      if (state.step !== 'preview') return;
      const { preview } = state;
      const invalid = new Set(preview.problems.map((p) => p.rowNumber)).size;
      setState({ step: 'writing', progress: null });
      try {
        const summary = await runWorkerTask(
          { kind: 'import-apply', dbName: db.name, plan: preview.plan, choices: [...choices] },
          (progress) => setState({ step: 'writing', progress }),
        );
        setState({ step: 'done', summary, invalid, kind: preview.kind });
      } catch (failure) {
        setState(state);
        throw failure;
      }
    });

  const back = () => {
    if (state.step === 'preview')
      setState({
        step: 'map',
        fileName: state.fileName,
        sheet: state.sheet,
        mapping: state.mapping,
      });
    else setState({ step: 'choose' });
    setError(null);
  };

  const restart = () => {
    setState({ step: 'choose' });
    setChoices(new Map());
    setError(null);
  };

  return {
    kind,
    setKind,
    state,
    choices,
    isBusy,
    error,
    readFile,
    setMapping,
    check,
    choose,
    chooseAll,
    confirm,
    back,
    restart,
  };
}

export type ImportWizard = ReturnType<typeof useImportWizard>;
