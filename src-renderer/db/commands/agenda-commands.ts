/**
 * Commands of a workshop's agenda: each reads the stored agenda, applies a pure edit by stage id
 * and writes, in one transaction (a time box typed and a stage skipped in quick succession both
 * land; a move never moves the wrong row).
 */
import { addBreak, editAgendaItem, moveAgendaStage, removeBreak } from '../../../src-core/edits';
import type { AgendaItem } from '../../../src-core/method/agenda';
import { changeRecord, type CommandContext } from './context';

export const agendaCommands = {
  'agenda.edit': (
    ctx: CommandContext,
    args: { id: string; stageId: string; patch: Partial<Omit<AgendaItem, 'stageId'>> },
  ) =>
    changeRecord(ctx, 'workshops', args.id, (current) => ({
      agenda: editAgendaItem(current.agenda, args.stageId, args.patch),
    })),
  'agenda.move': (ctx: CommandContext, args: { id: string; stageId: string; delta: -1 | 1 }) =>
    changeRecord(ctx, 'workshops', args.id, (current) => ({
      agenda: moveAgendaStage(current.agenda, args.stageId, args.delta),
    })),
  'agenda.addBreak': (
    ctx: CommandContext,
    args: { id: string; afterStageId: string | null; minutes: number },
  ) =>
    changeRecord(ctx, 'workshops', args.id, (current) => ({
      agenda: addBreak(current.agenda, args.afterStageId, args.minutes),
    })),
  'agenda.removeBreak': (ctx: CommandContext, args: { id: string; stageId: string }) =>
    changeRecord(ctx, 'workshops', args.id, (current) => ({
      agenda: removeBreak(current.agenda, args.stageId),
    })),
};
