/**
 * Saving and removing a stage's entries from the runner: every entry is written the moment it is
 * made; a removal says so with Undo (a slip in the room must not cost a card).
 */
import { useTranslation } from 'react-i18next';
import type { WorkshopEntry } from '../../../../src-core/model/workshop-run';
import { useWorkspace } from '../../../db/provider';
import { addEntry, removeEntry, restoreEntry, updateEntry } from '../../../db/workshop-run';
import { useStudioStore } from '../../../state/store';
import { useNotifyError } from '../../../ui/useNotifyError';

export function useEntryActions(workshopId: string, stageId: string) {
  const { t } = useTranslation();
  const { repositories } = useWorkspace();
  const notify = useStudioStore((state) => state.notify);
  const notifyError = useNotifyError();

  /** Resolves true when saved; a refusal shows its message and resolves false. */
  async function save(entry: WorkshopEntry, id?: string): Promise<boolean> {
    try {
      if (id) await updateEntry(repositories, id, entry);
      else await addEntry(repositories, workshopId, stageId, entry);
      return true;
    } catch (error) {
      notifyError(error);
      return false;
    }
  }

  async function remove(id: string, label: string): Promise<void> {
    try {
      await removeEntry(repositories, id);
      notify({
        tone: 'info',
        message: t('runner.removed', { label }),
        action: {
          label: t('common.undo'),
          run: () => void restoreEntry(repositories, id).catch(notifyError),
        },
      });
    } catch (error) {
      notifyError(error);
    }
  }

  return { save, remove };
}
