/**
 * The import wizard's state: choose → map → preview → (writing) → done. File contents and the
 * plan are transient working data, kept here rather than in the store; nothing touches the
 * database until `confirm`.
 */
import { useRef, useState } from 'react';
import type { ImportChoice, ImportKind, ImportMapping } from '../../../src-core/roster';
import type { BulkProgress } from '../../db/progress';
import { useWorkspace } from '../../db/provider';
import { runWorkerTask } from '../../workers/client';
import type { ImportValueMap } from '../../../src-core/roster/value-map';
import type { ImportPreview, ImportSummary } from '../../workers/import-pipeline';
import type { ParsedSheet, ReadOptions, TextEncodingName } from '../../workers/spreadsheet-file';

/** The file as picked, and the sheet, header row and encoding chosen for it on the map step. */
export interface PickedFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly options: ReadOptions;
}

export type WizardStep =
  | { readonly step: 'choose' }
  | {
      readonly step: 'map';
      readonly fileName: string;
      readonly file: PickedFile;
      readonly sheet: ParsedSheet;
      readonly mapping: ImportMapping;
    }
  | {
      readonly step: 'preview';
      readonly fileName: string;
      readonly file: PickedFile;
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
  // Codes chosen in the preview for values not recognised, kept while the page is open.
  const [valueMap, setValueMap] = useState<ImportValueMap>({});
  // The map as last chosen (two quick choices both count) and the latest check asked for (an
  // earlier check that answers late is dropped).
  const latestValueMap = useRef<ImportValueMap>({});
  const latestCheck = useRef(0);
  const [error, setError] = useState<unknown>(null);
  // The legacy encoding the user confirmed the accents of (a new file asks again).
  const [confirmedEncoding, confirmEncoding] = useState<TextEncodingName | null>(null);

  /** Runs a step; its failure is shown on the page. Resolves false when it failed. */
  async function guarded(work: () => Promise<void>): Promise<boolean> {
    setBusy(true);
    setError(null);
    try {
      await work();
      return true;
    } catch (failure) {
      setError(failure);
      return false;
    } finally {
      setBusy(false);
    }
  }

  const read = (file: PickedFile) =>
    guarded(async () => {
      const { sheet, mapping } = await runWorkerTask({
        kind: 'import-read',
        importKind: kind,
        fileName: file.fileName,
        bytes: file.bytes,
        options: file.options,
      });
      setState({ step: 'map', fileName: file.fileName, file, sheet, mapping });
    });

  const readFile = (fileName: string, bytes: Uint8Array) => {
    // A new file: its accents and its unrecognised values are checked afresh.
    confirmEncoding(null);
    latestValueMap.current = {};
    setValueMap({});
    return read({ fileName, bytes, options: {} });
  };

  /**
   * Reads the same file again with another sheet, header row or encoding (the columns are guessed
   * again: they may have changed). Another sheet has its own header row.
   */
  const reread = (change: ReadOptions) => {
    if (state.step !== 'map') return Promise.resolve(false);
    const { headerRow, ...kept } = state.file.options;
    const options =
      change.sheet !== undefined && change.sheet !== state.sheet.sheetName
        ? { ...kept, ...change }
        : { ...kept, ...(headerRow === undefined ? {} : { headerRow }), ...change };
    return read({ ...state.file, options });
  };

  const setMapping = (field: string, column: number | null) => {
    if (state.step !== 'map') return;
    setState({ ...state, mapping: { ...state.mapping, [field]: column } });
  };

  const previewOf = (sheet: ParsedSheet, mapping: ImportMapping, map: ImportValueMap) =>
    runWorkerTask({
      kind: 'import-preview',
      dbName: db.name,
      importKind: kind,
      sheet,
      mapping,
      valueMap: map,
    });

  const check = () =>
    guarded(async () => {
      if (state.step !== 'map') return;
      const preview = await previewOf(state.sheet, state.mapping, latestValueMap.current);
      setChoices(new Map());
      setState({ ...state, step: 'preview', preview });
    });

  /** Gives a value not recognised a code for every row ('' forgets it), and checks them again. */
  const mapValue = (field: string, key: string, code: string) =>
    guarded(async () => {
      if (state.step !== 'preview') return;
      const current = latestValueMap.current;
      const { [key]: _previous, ...others } = current[field] ?? {};
      const next = { ...current, [field]: code === '' ? others : { ...others, [key]: code } };
      latestValueMap.current = next;
      setValueMap(next);
      const request = ++latestCheck.current;
      const preview = await previewOf(state.sheet, state.mapping, next);
      if (request !== latestCheck.current) return;
      setState((now) => (now.step === 'preview' ? { ...now, preview } : now));
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
        file: state.file,
        sheet: state.sheet,
        mapping: state.mapping,
      });
    else setState({ step: 'choose' });
    setError(null);
  };

  const restart = () => {
    setState({ step: 'choose' });
    latestValueMap.current = {};
    setValueMap({});
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
    reread,
    confirmedEncoding,
    confirmEncoding,
    setMapping,
    check,
    valueMap,
    mapValue,
    choose,
    chooseAll,
    confirm,
    back,
    restart,
  };
}

export type ImportWizard = ReturnType<typeof useImportWizard>;
