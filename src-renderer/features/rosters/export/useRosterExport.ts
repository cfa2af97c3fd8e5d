/** Exporting a roster list: builds the file, hands it to the host to save, and says how it went. */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { getHost } from '../../../host';
import { useStudioStore } from '../../../state/store';
import { errorText } from '../../../ui/errors';
import type { TableSheet } from '../../../ui/table/sheet';
import { csvBytes, exportFileName, xlsxBytes, type ExportFormat } from './sheet-files';

export function useRosterExport(
  fileBase: string,
): (sheet: TableSheet, format: ExportFormat) => Promise<void> {
  const { t } = useTranslation();
  const notify = useStudioStore((state) => state.notify);
  return useCallback(
    async (sheet, format) => {
      try {
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
