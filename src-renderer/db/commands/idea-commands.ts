/**
 * Tidying the wall of idea cards (issue 15: phones write many, some twice): merging a card into
 * another moves its dots and scores to the card kept (src-core/workshop/merge-ideas.ts) and
 * removes it — read and written in one transaction; Undo puts every entry back as it was, unless
 * one of them changed since (a phone voted on the card kept), which it then refuses.
 */
import { EditError } from '../../../src-core/edits';
import { sameValue } from '../../../src-core/sync/stamp';
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
            // Phones keep voting while the facilitator tidies: a dot or score written on a merged
            // entry since would be lost by putting the old one back, so Undo refuses instead.
            const now = await ctx.db.workshopEntries.bulkGet([
              ...plan.updates.map((update) => update.id),
              ...plan.removals,
            ]);
            const unchanged =
              plan.updates.every(
                (update, i) => now[i]?.deleted === false && sameValue(now[i]?.entry, update.entry),
              ) && plan.removals.every((_, i) => now[plan.updates.length + i]?.deleted === true);
            if (!unchanged) throw new EditError('edit.changedSince');
            for (const id of plan.removals) await ctx.repositories.workshopEntries.restore(id);
            for (const { id, entry } of previous) {
              await ctx.repositories.workshopEntries.update(id, { entry });
            }
          }),
      };
    }),
};
