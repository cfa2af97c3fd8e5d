/**
 * Saving entries from the stage editors: every capture is written
 * the moment it is made, failures reach the facilitator as a notice, and a removal offers Undo.
 */
import { useTranslation } from 'react-i18next';
import type { WorkshopEntryRecord } from '../../../../src-core/model/entities';
import type { WorkshopEntry } from '../../../../src-core/model/workshop-run';
import { addEntry, removeEntry, restoreEntry, updateEntry } from '../../../db/workshop-run';
import { useWorkspace } from '../../../db/provider';
import { useStudioStore } from '../../../state/store';
import { useNotifyError } from '../../../ui/useNotifyError';

export interface StageWrites {
  /** Adds an entry at the stage; resolves to the record, or null if it failed (already notified). */
  add: (entry: WorkshopEntry) => Promise<WorkshopEntryRecord | null>;
  update: (id: string, entry: WorkshopEntry) => Promise<boolean>;
  /** Removes an entry and offers Undo in a notice saying `message`. */
  remove: (id: string, message: string) => Promise<boolean>;
}

export function useStageWrites(workshopId: string, stageId: string): StageWrites {
  const { t } = useTranslation();
  const { repositories } = useWorkspace();
  const notify = useStudioStore((state) => state.notify);
  const notifyError = useNotifyError();

  async function attempt<T>(write: () => Promise<T>): Promise<T | null> {
    try {
      return await write();
    } catch (error) {
      notifyError(error);
      return null;
    }
  }

  return {
    add: (entry) => attempt(() => addEntry(repositories, workshopId, stageId, entry)),
    update: async (id, entry) =>
      (await attempt(() => updateEntry(repositories, id, entry))) !== null,
    remove: async (id, message) => {
      const removed = await attempt(() => removeEntry(repositories, id));
      if (removed === null) return false;
      notify({
        tone: 'success',
        message,
        action: {
          label: t('stages.undo'),
          run: () => void attempt(() => restoreEntry(repositories, id)),
        },
      });
      return true;
    },
  };
}
