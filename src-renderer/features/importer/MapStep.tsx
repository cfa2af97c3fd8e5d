/** Step 2: which column feeds which field (guessed from the headers; required fields marked). */
import { useTranslation } from 'react-i18next';
import { fieldLabelKey, importFieldsOf } from '../../../src-core/roster';
import { formatNumber } from '../../i18n/format';
import type { ImportWizard, WizardStep } from './useImportWizard';

type MapState = Extract<WizardStep, { step: 'map' }>;

export function MapStep({ wizard, state }: { wizard: ImportWizard; state: MapState }) {
  const { t, i18n } = useTranslation();
  const fields = importFieldsOf(wizard.kind);
  const missingRequired = fields.filter(
    (field) => field.isRequired && state.mapping[field.key] == null,
  );
  return (
    <div className="import-step">
      <p>
        {t('importPage.fileSummary', {
          file: state.fileName,
          rows: formatNumber(state.sheet.rows.length, i18n.language),
          columns: formatNumber(state.sheet.header.length, i18n.language),
        })}
      </p>
      <table className="data-table compact mapping-table" aria-label={t('importPage.mappingTitle')}>
        <thead>
          <tr>
            <th scope="col">{t('importPage.mappingField')}</th>
            <th scope="col">{t('importPage.mappingColumn')}</th>
            <th scope="col">{t('importPage.mappingExample')}</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => {
            const column = state.mapping[field.key] ?? null;
            const label = t(fieldLabelKey(field.key) as 'importPage.title');
            return (
              <tr key={field.key}>
                <th scope="row">
                  <label htmlFor={`map-${field.key}`}>
                    {label}
                    {field.isRequired && <span className="required"> *</span>}
                  </label>
                </th>
                <td>
                  <select
                    id={`map-${field.key}`}
                    value={column ?? ''}
                    onChange={(event) =>
                      wizard.setMapping(
                        field.key,
                        event.target.value === '' ? null : Number(event.target.value),
                      )
                    }
                  >
                    <option value="">{t('importPage.notImported')}</option>
                    {state.sheet.header.map((header, index) => (
                      <option key={index} value={index}>
                        {header || t('importPage.unnamedColumn', { number: index + 1 })}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="example">
                  {column === null ? '' : (state.sheet.rows[0]?.[column] ?? '')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {missingRequired.length > 0 && (
        <p className="form-error" role="alert">
          {t('importPage.missingRequired', {
            fields: missingRequired
              .map((f) => t(fieldLabelKey(f.key) as 'importPage.title'))
              .join(', '),
          })}
        </p>
      )}
      <div className="wizard-actions">
        <button type="button" onClick={wizard.back}>
          {t('importPage.back')}
        </button>
        <button
          type="button"
          className="button-primary"
          disabled={wizard.isBusy || missingRequired.length > 0}
          onClick={() => void wizard.check()}
        >
          {t('importPage.checkRows')}
        </button>
      </div>
    </div>
  );
}
