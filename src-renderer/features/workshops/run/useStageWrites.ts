/**
 * Saving entries from the stage editors: every capture is written the moment it is made, failures
 * reach the facilitator as a notice, and a removal (the `entry.remove` command) offers Undo. A field
 * edited in place is not saved here but with the `entry.patch` command (see useEntryActions).
 */
import type { WorkshopEntryRecord } from '../../../../src-core/model/entities';
import type { WorkshopEntry } from '../../../../src-core/model/workshop-run';
import { addEntry, updateEntry } from '../../../db/workshop-run';
import { useWorkspace } from '../../../db/provider';
import { useCommand } from '../../../ui/useCommand';
import { useNotifyError } from '../../../ui/useNotifyError';

export interface StageWrites {
  /** Adds an entry at the stage; resolves to the record, or null if it failed (already notified). */
  add: (entry: WorkshopEntry) => Promise<WorkshopEntryRecord | null>;
  /**
   * Replaces a whole entry: only for one regenerated as a whole (a B2B schedule). Changing some
   * fields of an entry is the `entry.patch` command, which reads what is stored.
   */
  update: (id: string, entry: WorkshopEntry) => Promise<boolean>;
  /** Removes an entry and offers Undo in a notice saying `message`. */
  remove: (id: string, message: string) => Promise<boolean>;
}

export function useStageWrites(workshopId: string, stageId: string): StageWrites {
  const { repositories } = useWorkspace();
  const run = useCommand();
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
    remove: (id, message) => run('entry.remove', { id }, { success: message }),
  };
}
