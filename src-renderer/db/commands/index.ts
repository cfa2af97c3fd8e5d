/**
 * The one command table: every edit a page makes is a named command that reads the stored record,
 * applies a pure edit from src-core and writes, in one transaction. Pages run them through
 * `useCommand` (ui/useCommand.ts), which says what happened and offers Undo.
 */
import { agendaCommands } from './agenda-commands';
import type { CommandContext } from './context';
import { dotCommands } from './dot-commands';
import { ideaCommands } from './idea-commands';
import { metaClusterCommands } from './metacluster-commands';
import { reinforcementCommands } from './reinforcement-commands';
import { workshopCommands } from './workshop-commands';

export const commands = {
  ...workshopCommands,
  ...metaClusterCommands,
  ...reinforcementCommands,
  ...agendaCommands,
  ...dotCommands,
  ...ideaCommands,
};

export type Commands = typeof commands;
export type CommandName = keyof Commands;
export type CommandArgs<N extends CommandName> = Parameters<Commands[N]>[1];

export function runCommand<N extends CommandName>(
  ctx: CommandContext,
  name: N,
  args: CommandArgs<N>,
): ReturnType<Commands[N]> {
  const command = commands[name] as (
    ctx: CommandContext,
    args: CommandArgs<N>,
  ) => ReturnType<Commands[N]>;
  return command(ctx, args);
}

export { changeRecord, type CommandContext, type CommandOutcome } from './context';
export { editEntry, type StageTarget } from './workshop-commands';
export { DotRefusedError } from './dot-commands';
