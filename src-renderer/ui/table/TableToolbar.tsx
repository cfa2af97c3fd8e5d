/** The controls above a data table: search, column filters, column choice, export, row count. */
import type { Column, Table } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { Menu } from './Menu';
import type { TableRow } from './types';

export type ExportFormat = 'csv' | 'xlsx';

export interface ToolbarProps<T extends TableRow> {
  readonly table: Table<T>;
  readonly searchLabel: string;
  readonly searchPlaceholder: string;
  readonly search: string;
  readonly onSearch: (search: string) => void;
  readonly filterValue: (columnId: string) => string;
  readonly onFilter: (columnId: string, value: string) => void;
  /** Choices of enum filters that take theirs from the rows, by column id. */
  readonly foundOptions: ReadonlyMap<string, readonly string[]>;
  readonly countText: string;
  readonly onExport?: (format: ExportFormat) => void;
  /** Every record with every field, for importing again (shown when given). */
  readonly onExportAll?: (format: ExportFormat) => void;
  readonly isExporting: boolean;
}

export function TableToolbar<T extends TableRow>(props: ToolbarProps<T>) {
  const { t } = useTranslation();
  const { table } = props;
  const filterable = table.getAllLeafColumns().filter((column) => column.columnDef.meta?.filter);

  return (
    <div className="table-toolbar">
      <div className="table-toolbar-row">
        <label className="search">
          <span>{props.searchLabel}</span>
          <input
            type="search"
            value={props.search}
            placeholder={props.searchPlaceholder}
            onChange={(event) => props.onSearch(event.target.value)}
          />
        </label>
        <Menu label={t('lists.table.columns')}>
          {
            <fieldset className="menu-fieldset">
              <legend>{t('lists.table.showColumns')}</legend>
              {table.getAllLeafColumns().map((column) => (
                <label key={column.id} className="menu-check">
                  <input
                    type="checkbox"
                    checked={column.getIsVisible()}
                    disabled={!column.getCanHide()}
                    onChange={column.getToggleVisibilityHandler()}
                  />
                  {column.columnDef.meta?.label(t) ?? column.id}
                </label>
              ))}
            </fieldset>
          }
        </Menu>
        {props.onExport && (
          <Menu label={t('lists.table.export')}>
            {
              <>
                <ExportGroup
                  label={t('lists.table.exportFormats')}
                  note={t('lists.table.exportNote')}
                  disabled={props.isExporting}
                  onExport={props.onExport}
                />
                {props.onExportAll && (
                  <ExportGroup
                    label={t('lists.table.exportAllFormats')}
                    note={t('lists.table.exportAllNote')}
                    disabled={props.isExporting}
                    onExport={props.onExportAll}
                  />
                )}
              </>
            }
          </Menu>
        )}
        <p className="count" data-testid="row-count" aria-live="polite">
          {props.countText}
        </p>
      </div>
      {filterable.length > 0 && (
        <div className="table-filters" role="group" aria-label={t('lists.table.filters')}>
          {filterable.map((column) => (
            <ColumnFilter
              key={column.id}
              column={column}
              value={props.filterValue(column.id)}
              onChange={(value) => props.onFilter(column.id, value)}
              options={props.foundOptions.get(column.id)}
            />
          ))}
        </div>
      )}
    </div>
  );
}

function ColumnFilter<T extends TableRow>({
  column,
  value,
  onChange,
  options,
}: {
  column: Column<T>;
  value: string;
  onChange: (value: string) => void;
  options: readonly string[] | undefined;
}) {
  const { t } = useTranslation();
  const meta = column.columnDef.meta;
  const spec = meta?.filter;
  if (!meta || !spec) return null;
  const label = meta.label(t);
  if (spec.kind === 'text') {
    return (
      <label className="table-filter">
        <span>{label}</span>
        <input
          type="text"
          value={value}
          placeholder={t('lists.table.contains')}
          onChange={(event) => onChange(event.target.value)}
        />
      </label>
    );
  }
  const choices = spec.options ?? options ?? [];
  return (
    <label className="table-filter">
      <span>{label}</span>
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('lists.table.all')}</option>
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {spec.optionLabel ? spec.optionLabel(t, choice) : choice}
          </option>
        ))}
      </select>
    </label>
  );
}

/** One way of exporting, as CSV or XLSX, with a note on what the file holds. */
function ExportGroup(props: {
  label: string;
  note: string;
  disabled: boolean;
  onExport: (format: ExportFormat) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="menu-actions" role="group" aria-label={props.label}>
      <p className="menu-note">
        <strong>{props.label}</strong>
      </p>
      {(['csv', 'xlsx'] as const).map((format) => (
        <button
          key={format}
          type="button"
          disabled={props.disabled}
          onClick={() => props.onExport(format)}
        >
          {format === 'csv' ? t('lists.table.exportCsv') : t('lists.table.exportXlsx')}
        </button>
      ))}
      <p className="menu-note">{props.note}</p>
    </div>
  );
}
