/**
 * The stage editors' entry commands for one stage: capture an entry, set some fields of a stored
 * one (read and written in one transaction, never rebuilt from what the page rendered) and remove
 * one with Undo. All run through `useCommand`, which turns a refusal into an error notice.
 */
import { useTranslation } from 'react-i18next';
import type { OutputKind } from '../../../../src-core/method/schema';
import type { EntryOf, WorkshopEntry } from '../../../../src-core/model/workshop-run';
import { useCommand, type CommandNotice } from '../../../ui/useCommand';

/** The fields of an entry of `kind` that an edit changes. */
export type EntryPatch<K extends OutputKind> = Partial<Omit<EntryOf<K>, 'kind'>>;

export function useEntryActions(workshopId: string, stageId: string) {
  const { t } = useTranslation();
  const run = useCommand();
  return {
    /** Captures a new entry; resolves true when saved (a refusal is shown as a notice). */
    save: (entry: WorkshopEntry, notice?: CommandNotice): Promise<boolean> =>
      run('entry.add', { workshopId, stageId, entry }, notice),
    /** Sets only the given fields of a stored entry; resolves false when refused. */
    patch: <K extends OutputKind>(id: string, kind: K, patch: EntryPatch<K>): Promise<boolean> =>
      run('entry.patch', { id, kind, patch }),
    /** Removes an entry, the notice naming it ("“Solar desalination” removed.") with Undo. */
    remove: async (id: string, label: string): Promise<void> => {
      await run('entry.remove', { id }, { success: t('runner.removed', { label }) });
    },
    /** Removes an entry with a notice of the caller's wording ("Tally removed."), with Undo. */
    removeSaying: async (id: string, message: string): Promise<void> => {
      await run('entry.remove', { id }, { success: message });
    },
  };
}
