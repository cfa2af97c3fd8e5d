/**
 * The stage editors' short form of `useStageWrites`: save an entry (new, or over the one with
 * `id`) and remove one with Undo, the notice naming what was removed.
 */
import { useTranslation } from 'react-i18next';
import type { WorkshopEntry } from '../../../../src-core/model/workshop-run';
import { useStageWrites } from './useStageWrites';

export function useEntryActions(workshopId: string, stageId: string) {
  const { t } = useTranslation();
  const writes = useStageWrites(workshopId, stageId);
  return {
    /** Resolves true when saved; a refusal shows its message and resolves false. */
    save: async (entry: WorkshopEntry, id?: string): Promise<boolean> =>
      id ? writes.update(id, entry) : (await writes.add(entry)) !== null,
    remove: async (id: string, label: string): Promise<void> => {
      await writes.remove(id, t('runner.removed', { label }));
    },
  };
}
