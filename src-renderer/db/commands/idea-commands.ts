/**
 * Tidying the wall of idea cards (issue 15: phones write many, some twice): merging a card into
 * another moves its dots and scores to the card kept (src-core/workshop/merge-ideas.ts) and
 * removes it — read and written in one transaction; Undo puts every entry back as it was.
 */
import { EditError } from '../../../src-core/edits';
import type { WorkshopEntry } from '../../../src-core/model/workshop-run';
import { planIdeaMerge } from '../../../src-core/workshop/merge-ideas';
import type { CommandContext, CommandOutcome } from './context';
import { liveEntries, type StageTarget } from './workshop-commands';

const TABLES = ['workshopEntries', 'settings'] as const;

export const ideaCommands = {
  /** Card `fromId` merged into card `intoId`; Undo brings it back with its dots and scores. */
  'ideas.merge': (
    ctx: CommandContext,
    args: StageTarget & { fromId: string; intoId: string },
  ): Promise<CommandOutcome> =>
    ctx.db.transaction('rw', TABLES, async () => {
      const rows = await liveEntries(ctx, args.workshopId);
      const plan = planIdeaMerge(rows, args.fromId, args.intoId);
      if (!plan.ok)
        throw new EditError(plan.reason === 'card-gone' ? 'edit.notFound' : 'edit.kind');
      const before = new Map(rows.map((row) => [row.id, row.entry]));
      const previous: { id: string; entry: WorkshopEntry }[] = [];
      for (const update of plan.updates) {
        previous.push({ id: update.id, entry: before.get(update.id) as WorkshopEntry });
        await ctx.repositories.workshopEntries.update(update.id, { entry: update.entry });
      }
      for (const id of plan.removals) await ctx.repositories.workshopEntries.remove(id);
      return {
        undo: () =>
          ctx.db.transaction('rw', TABLES, async () => {
            for (const id of plan.removals) await ctx.repositories.workshopEntries.restore(id);
            for (const { id, entry } of previous) {
              await ctx.repositories.workshopEntries.update(id, { entry });
            }
          }),
      };
    }),
};
