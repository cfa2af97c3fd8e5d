/**
 * What every command works with, and what it gives back: the change it made, said in a notice
 * with an Undo that writes the former values back (through the same repositories).
 */
import type { FieldsOf, SyncedTableName } from '../../../src-core/model/entities';
import type { Repositories } from '../repositories';
import type { StudioDb } from '../schema';

export interface CommandContext {
  readonly db: StudioDb;
  readonly repositories: Repositories;
  /** Today as an ISO date, in the user's time zone. */
  readonly today: string;
}

export interface CommandOutcome {
  /** Puts back what the command changed; absent when there is nothing to undo. */
  readonly undo?: () => Promise<unknown>;
}

/** A read-modify-write of one record whose Undo writes the changed fields' former values back. */
export async function changeRecord<T extends SyncedTableName>(
  ctx: CommandContext,
  table: T,
  id: string,
  edit: (current: FieldsOf<T>) => Partial<FieldsOf<T>>,
): Promise<CommandOutcome> {
  const repository = ctx.repositories[table] as unknown as Repositories[T];
  const { previous } = await repository.change(id, edit as never);
  if (Object.keys(previous).length === 0) return {};
  return { undo: () => repository.change(id, () => previous as never) };
}
