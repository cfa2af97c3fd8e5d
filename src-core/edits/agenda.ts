/**
 * Pure edits of a workshop's agenda, by stage id (never by a position a page rendered): a time
 * box or a skip changed, a stage moved earlier or later, a break added or removed. A break is an
 * agenda item whose id starts with "break-": it takes time on the day but is not a method stage.
 */
import { isBreak, type AgendaItem } from '../method/agenda';
import { EditError } from './lists';

export function editAgendaItem(
  agenda: readonly AgendaItem[],
  stageId: string,
  patch: Partial<Omit<AgendaItem, 'stageId'>>,
): AgendaItem[] {
  if (!agenda.some((item) => item.stageId === stageId)) throw new EditError('edit.notFound');
  return agenda.map((item) => (item.stageId === stageId ? { ...item, ...patch } : item));
}

/** Moves an item one place earlier (-1) or later (+1); at either end it stays. */
export function moveAgendaStage(
  agenda: readonly AgendaItem[],
  stageId: string,
  delta: -1 | 1,
): AgendaItem[] {
  const from = agenda.findIndex((item) => item.stageId === stageId);
  if (from < 0) throw new EditError('edit.notFound');
  const to = from + delta;
  if (to < 0 || to >= agenda.length) return [...agenda];
  const next = [...agenda];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

/** A break of `minutes` after the item `afterStageId` (at the end when it is not found). */
export function addBreak(
  agenda: readonly AgendaItem[],
  afterStageId: string | null,
  minutes: number,
): AgendaItem[] {
  let n = 1;
  while (agenda.some((item) => item.stageId === `break-${n}`)) n += 1;
  const item: AgendaItem = { stageId: `break-${n}`, minutes, skipped: false, skipReason: '' };
  const at = agenda.findIndex((entry) => entry.stageId === afterStageId);
  const next = [...agenda];
  next.splice(at < 0 ? next.length : at + 1, 0, item);
  return next;
}

/** Removes a break (method stages are skipped with a reason, never removed). */
export function removeBreak(agenda: readonly AgendaItem[], stageId: string): AgendaItem[] {
  if (!isBreak(stageId)) throw new EditError('edit.kind');
  return agenda.filter((item) => item.stageId !== stageId);
}
