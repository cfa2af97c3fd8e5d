/**
 * How the file is read, on the map step: the workbook sheet (when there are several), the row that
 * names the columns (found below title and empty rows, or typed), and for a CSV file in a legacy
 * encoding a notice the user confirms after checking the accents in the first rows, with another
 * encoding to pick when they look wrong (the same bytes are read again).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { CheckboxField, NumberInput, SelectField, enumOptions } from '../../ui/form';
import { ScrollRegion } from '../../ui/ScrollRegion';
import { StaticTable, type StaticColumn } from '../../ui/table/StaticTable';
import {
  isUnicodeEncoding,
  legacyEncodings,
  type ParsedSheet,
  type TextEncodingName,
} from '../../workers/spreadsheet-file';
import type { ImportWizard, WizardStep } from './useImportWizard';
import './file-options.css';

type MapState = Extract<WizardStep, { step: 'map' }>;

/** How many rows the preview shows. */
const PREVIEW_ROWS = 5;

/** Whether the user still has to confirm the accents before the rows are checked. */
export function needsEncodingConfirmation(wizard: ImportWizard, sheet: ParsedSheet): boolean {
  return (
    sheet.encoding !== null &&
    !isUnicodeEncoding(sheet.encoding) &&
    wizard.confirmedEncoding !== sheet.encoding
  );
}

interface PreviewRow {
  readonly number: number;
  readonly cells: readonly string[];
}

function FirstRows({ sheet }: { sheet: ParsedSheet }) {
  const { t, i18n } = useTranslation();
  const rows: PreviewRow[] = [];
  for (let i = 0; i < sheet.rows.length && rows.length < PREVIEW_ROWS; i += 1) {
    const cells = sheet.rows[i]!;
    if (cells.some((cell) => cell !== '')) rows.push({ number: sheet.headerRow + 1 + i, cells });
  }
  const columns: StaticColumn<PreviewRow>[] = [
    {
      id: 'row',
      header: t('importer.file.rowNumber'),
      cell: (row) => formatNumber(row.number, i18n.language),
      isNumeric: true,
    },
    ...sheet.header.map((header, index) => ({
      id: `column-${index}`,
      header: header || t('importPage.unnamedColumn', { number: index + 1 }),
      cell: (row: PreviewRow) => row.cells[index] ?? '',
    })),
  ];
  return (
    <ScrollRegion label={t('importer.file.firstRows')}>
      <StaticTable
        label={t('importer.file.firstRows')}
        columns={columns}
        rows={rows}
        rowKey={(row) => String(row.number)}
        isCompact
      />
    </ScrollRegion>
  );
}

function HeaderRowField({ wizard, state }: { wizard: ImportWizard; state: MapState }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | undefined>(undefined);
  const row = state.sheet.headerRow;
  const isChosen = state.file.options.headerRow !== undefined;
  return (
    <NumberInput
      label={t('importer.file.headerRow')}
      value={String(row)}
      error={error}
      hint={[
        t(isChosen ? 'importer.file.headerChosen' : 'importer.file.headerFound', { row }),
        row > 1 ? t('importer.file.headerSkipped') : '',
        t('importer.file.headerHint'),
      ]
        .filter(Boolean)
        .join(' ')}
      disabled={wizard.isBusy}
      onCommit={async (text) => {
        const next = Number(text);
        if (!Number.isInteger(next) || next < 1) {
          setError(t('importer.file.headerRowInvalid'));
          return false;
        }
        setError(undefined);
        return wizard.reread({ headerRow: next });
      }}
    />
  );
}

function EncodingNotice({ wizard, sheet }: { wizard: ImportWizard; sheet: ParsedSheet }) {
  const { t } = useTranslation();
  const encoding = sheet.encoding;
  if (encoding === null) return null;
  const label = (value: TextEncodingName) => t(`importer.file.encodings.${value}`);
  const choices: TextEncodingName[] = ['utf-8', ...legacyEncodings];
  if (!choices.includes(encoding)) choices.unshift(encoding);
  return (
    <section className="card import-encoding" aria-labelledby="import-encoding-title">
      <h2 id="import-encoding-title">{t('importer.file.encodingTitle')}</h2>
      <p role="status">{t('importer.file.encodingNotice', { encoding: label(encoding) })}</p>
      <SelectField
        label={t('importer.file.encoding')}
        hint={t('importer.file.encodingHint')}
        value={encoding}
        options={enumOptions(choices, label)}
        disabled={wizard.isBusy}
        onChange={(value) => void wizard.reread({ encoding: value as TextEncodingName })}
      />
      {!isUnicodeEncoding(encoding) && (
        <CheckboxField
          label={t('importer.file.encodingConfirm')}
          checked={wizard.confirmedEncoding === encoding}
          onChange={(checked) => wizard.confirmEncoding(checked ? encoding : null)}
        />
      )}
    </section>
  );
}

export function FileOptions({ wizard, state }: { wizard: ImportWizard; state: MapState }) {
  const { t, i18n } = useTranslation();
  const { sheet } = state;
  const sheetCount = sheet.sheetNames.length;
  const showEncoding =
    sheet.encoding !== null &&
    (!isUnicodeEncoding(sheet.encoding) || state.file.options.encoding !== undefined);
  return (
    <div className="import-file-options">
      <div className="form-grid">
        {sheetCount > 1 && sheet.sheetName !== null && (
          <SelectField
            label={t('importer.file.sheet')}
            hint={t('importer.file.sheetHint', {
              count: sheetCount,
              n: formatNumber(sheetCount, i18n.language),
            })}
            value={sheet.sheetName}
            options={sheet.sheetNames.map((name) => ({ value: name, label: name }))}
            disabled={wizard.isBusy}
            onChange={(name) => void wizard.reread({ sheet: name })}
          />
        )}
        <HeaderRowField
          key={`${sheet.sheetName ?? ''}:${sheet.headerRow}`}
          wizard={wizard}
          state={state}
        />
      </div>
      {showEncoding && <EncodingNotice wizard={wizard} sheet={sheet} />}
      <FirstRows sheet={sheet} />
    </div>
  );
}
