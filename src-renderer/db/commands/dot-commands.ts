/**
 * Dots as commands: the runner's one click (`dots.change`, read and written in one transaction by
 * `changeDots`, so the voter's budget is checked on what is stored; a refused dot throws
 * `DotRefusedError` and writes nothing) and a room's clicks at once (`dots.changeMany`, issue 15:
 * each decided in turn, refusals returned in their place, one bulk write).
 */
import type { VoteRefusal } from '../../../src-core/workshop/votes';
import type { DotChange, DotClick } from '../../../src-core/workshop/stage-logic';
import { changeDots, changeDotsMany, restoreEntry } from '../workshop-run';
import type { CommandContext, CommandOutcome } from './context';
import type { StageTarget } from './workshop-commands';

export class DotRefusedError extends Error {
  constructor(readonly refusal: VoteRefusal) {
    super(`Dot refused: ${refusal.kind}`);
    this.name = 'DotRefusedError';
  }
}

export const dotCommands = {
  /** One dot more or less on an idea for a voter; Undo takes the click back. */
  'dots.change': async (
    ctx: CommandContext,
    args: StageTarget & {
      voter: { voterId: string; source: 'participant' | 'proxy' };
      ideaId: string;
      delta: 1 | -1;
      dotsPerParticipant: number;
    },
  ): Promise<CommandOutcome> => {
    const target = { workshopId: args.workshopId, stageId: args.stageId };
    const change = await changeDots(
      ctx.db,
      ctx.repositories,
      target,
      args.voter,
      args.ideaId,
      args.delta,
      args.dotsPerParticipant,
    );
    switch (change.kind) {
      case 'refused':
        throw new DotRefusedError(change.refusal);
      case 'none':
        return {};
      case 'remove':
        return { undo: () => restoreEntry(ctx.repositories, change.id) };
      case 'add':
      case 'update':
        return {
          undo: () =>
            changeDots(
              ctx.db,
              ctx.repositories,
              target,
              args.voter,
              args.ideaId,
              args.delta === 1 ? -1 : 1,
              args.dotsPerParticipant,
            ),
        };
      default: {
        const unknown: never = change;
        return unknown;
      }
    }
  },

  /**
   * Clicks of several voters at once (a room voting together), in turn, in one transaction with
   * one bulk write; each click's outcome in its place (a refused one wrote nothing). No Undo: these
   * are the participants' own votes, not the facilitator's edit.
   */
  'dots.changeMany': async (
    ctx: CommandContext,
    args: StageTarget & { clicks: readonly DotClick[]; dotsPerParticipant: number },
  ): Promise<CommandOutcome & { readonly changes: DotChange[] }> => {
    const target = { workshopId: args.workshopId, stageId: args.stageId };
    const changes = await changeDotsMany(ctx.db, ctx.repositories, target, args.clicks, {
      dotsPerParticipant: args.dotsPerParticipant,
    });
    return { changes };
  },
};
