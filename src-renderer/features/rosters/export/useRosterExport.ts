/** Exporting a roster list: builds the file, hands it to the host to save, and says how it went. */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportKind } from '../../../../src-core/roster';
import { queryExportRecords } from '../../../db/export-records';
import { useWorkspace } from '../../../db/provider';
import { getHost } from '../../../host';
import { useStudioStore } from '../../../state/store';
import { errorText } from '../../../ui/errors';
import type { TableSheet } from '../../../ui/table/sheet';
import { recordSheet } from './record-sheets';
import { csvBytes, exportFileName, xlsxBytes, type ExportFormat } from './sheet-files';

/** Builds a sheet, saves it as CSV or XLSX, and notifies the outcome (errors included). */
function useSheetSaver(
  fileBase: string,
): (makeSheet: () => TableSheet | Promise<TableSheet>, format: ExportFormat) => Promise<void> {
  const { t } = useTranslation();
  const notify = useStudioStore((state) => state.notify);
  return useCallback(
    async (makeSheet, format) => {
      try {
        const sheet = await makeSheet();
        const data = format === 'csv' ? csvBytes(sheet) : await xlsxBytes(sheet);
        const suggestedName = exportFileName(fileBase, format);
        const result = await getHost().saveFile({
          suggestedName,
          data,
          filters: [
            format === 'csv'
              ? { name: t('lists.table.csvFiles'), extensions: ['csv'] }
              : { name: t('lists.table.xlsxFiles'), extensions: ['xlsx'] },
          ],
        });
        if (result.saved) {
          notify({
            tone: 'success',
            message: t('lists.table.exported', {
              count: sheet.rows.length,
              location: result.location ?? suggestedName,
            }),
          });
        }
      } catch (error) {
        notify({
          tone: 'error',
          message: t('lists.table.exportFailed', { message: errorText(t, error) }),
        });
      }
    },
    [fileBase, notify, t],
  );
}

/** The list as shown: the sheet of its visible columns and filtered, sorted rows. */
export function useRosterExport(
  fileBase: string,
): (sheet: TableSheet, format: ExportFormat) => Promise<void> {
  const save = useSheetSaver(fileBase);
  return useCallback((sheet, format) => save(() => sheet, format), [save]);
}

/**
 * The whole list as records, every importable field in the import's format (record-sheets.ts):
 * the export to use when the file is to be imported again, here or in another workspace.
 */
export function useRecordExport(
  kind: ImportKind,
  fileBase: string,
): (format: ExportFormat) => Promise<void> {
  const { db } = useWorkspace();
  const { t, i18n } = useTranslation();
  const save = useSheetSaver(fileBase);
  const language = i18n.language;
  return useCallback(
    (format) =>
      save(async () => {
        const { records, names } = await queryExportRecords(db, kind);
        return recordSheet(kind, records as never[], { t, language, names });
      }, format),
    [db, kind, language, save, t],
  );
}
