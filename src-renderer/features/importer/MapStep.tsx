/**
 * Step 2: how the file is read (sheet, header row, encoding: ./FileOptions.tsx) and which column
 * feeds which field (guessed from the headers; required fields marked).
 */
import { useTranslation } from 'react-i18next';
import { fieldLabelKey, importFieldsOf } from '../../../src-core/roster';
import { formatNumber } from '../../i18n/format';
import { SelectField } from '../../ui/form';
import { StaticTable } from '../../ui/table/StaticTable';
import { FileOptions, needsEncodingConfirmation } from './FileOptions';
import type { ImportWizard, WizardStep } from './useImportWizard';

type MapState = Extract<WizardStep, { step: 'map' }>;

export function MapStep({ wizard, state }: { wizard: ImportWizard; state: MapState }) {
  const { t, i18n } = useTranslation();
  const fields = importFieldsOf(wizard.kind);
  const missingRequired = fields.filter(
    (field) => field.isRequired && state.mapping[field.key] == null,
  );
  const mustConfirmEncoding = needsEncodingConfirmation(wizard, state.sheet);
  const firstRow = state.sheet.rows.find((row) => row.some((cell) => cell !== ''));
  const labelOf = (key: string) => t(fieldLabelKey(key) as 'importPage.title');
  const columnOptions = state.sheet.header.map((header, index) => ({
    value: String(index),
    label: header || t('importPage.unnamedColumn', { number: index + 1 }),
  }));
  return (
    <div className="import-step">
      <p>
        {t('importPage.fileSummary', {
          file: state.fileName,
          rows: t('importPage.fileRows', {
            count: state.sheet.rows.length,
            n: formatNumber(state.sheet.rows.length, i18n.language),
          }),
          columns: t('importPage.fileColumns', {
            count: state.sheet.header.length,
            n: formatNumber(state.sheet.header.length, i18n.language),
          }),
        })}
      </p>
      <FileOptions wizard={wizard} state={state} />
      <StaticTable
        label={t('importPage.mappingTitle')}
        isCompact
        className="mapping-table"
        rows={fields}
        rowKey={(field) => field.key}
        columns={[
          {
            id: 'field',
            header: t('importPage.mappingField'),
            cell: (field) => (
              <>
                {labelOf(field.key)}
                {field.isRequired && <span className="required"> *</span>}
              </>
            ),
          },
          {
            id: 'column',
            header: t('importPage.mappingColumn'),
            cell: (field) => (
              <SelectField
                label={labelOf(field.key)}
                hideLabel
                required={field.isRequired}
                value={String(state.mapping[field.key] ?? '')}
                emptyLabel={t('importPage.notImported')}
                options={columnOptions}
                onChange={(value) =>
                  wizard.setMapping(field.key, value === '' ? null : Number(value))
                }
              />
            ),
          },
          {
            id: 'example',
            header: t('importPage.mappingExample'),
            className: 'example',
            cell: (field) => {
              const column = state.mapping[field.key] ?? null;
              return column === null ? '' : (firstRow?.[column] ?? '');
            },
          },
        ]}
      />
      {missingRequired.length > 0 && (
        <p className="form-error" role="alert">
          {t('importPage.missingRequired', {
            fields: missingRequired.map((f) => labelOf(f.key)).join(', '),
          })}
        </p>
      )}
      {mustConfirmEncoding && (
        <p className="form-error" role="alert">
          {t('importer.file.encodingConfirmNeeded')}
        </p>
      )}
      <div className="wizard-actions">
        <button type="button" onClick={wizard.back}>
          {t('importPage.back')}
        </button>
        <button
          type="button"
          className="button-primary"
          disabled={wizard.isBusy || missingRequired.length > 0 || mustConfirmEncoding}
          onClick={() => void wizard.check()}
        >
          {t('importPage.checkRows')}
        </button>
      </div>
    </div>
  );
}
