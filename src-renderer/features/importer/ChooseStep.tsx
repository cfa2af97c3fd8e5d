/** Step 1: what to import, and the file (picked, or dropped on the page). */
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { importKinds } from '../../../src-core/roster';
import { getHost } from '../../host';
import { RadioGroup } from '../../ui/form';
import type { ImportWizard } from './useImportWizard';

export function ChooseStep({ wizard }: { wizard: ImportWizard }) {
  const { t } = useTranslation();
  const [isOver, setOver] = useState(false);

  async function pick() {
    const files = await getHost().openFiles({
      filters: [{ name: t('importPage.fileFilter'), extensions: ['csv', 'xlsx', 'txt', 'tsv'] }],
      multiple: false,
    });
    const file = files[0];
    if (file) await wizard.readFile(file.name, file.data);
  }

  async function drop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) await wizard.readFile(file.name, new Uint8Array(await file.arrayBuffer()));
  }

  return (
    <div className="import-step">
      <RadioGroup
        label={t('importPage.kindLegend')}
        name="import-kind"
        value={wizard.kind}
        options={importKinds.map((kind) => ({ value: kind, label: t(`importPage.kinds.${kind}`) }))}
        onChange={wizard.setKind}
      />
      <div
        className={isOver ? 'drop-zone drop-zone-over' : 'drop-zone'}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(event) => void drop(event)}
      >
        <p>{t('importPage.dropHint')}</p>
        <button
          type="button"
          className="button-primary"
          disabled={wizard.isBusy}
          onClick={() => void pick()}
        >
          {t('importPage.chooseFile')}
        </button>
        <p className="field-hint">{t('importer.file.chooseHint')}</p>
      </div>
    </div>
  );
}
