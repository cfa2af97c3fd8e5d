/**
 * The conflict log as the user reviews it: concurrent edits that lost, with who wrote each value
 * and when, and resolving one — keep the current value, or take the other (a new write, which
 * then travels to partners like any edit).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { SyncedTableName } from '../../src-core/model/entities';
import { syncedTableNames } from '../../src-core/model/entities';
import type { Conflict } from '../../src-core/model/workspace';
import { parseHlc } from '../../src-core/sync/hlc';
import { readPartners } from './exchange';
import { useWorkspace } from './provider';
import type { Repositories } from './repositories';
import type { StudioDb } from './schema';
import { readSetting } from './settings';

export interface Author {
  /** "you", a partner known from its packages, or an unknown node. */
  readonly kind: 'you' | 'partner' | 'unknown';
  readonly partnerOrganisation?: string;
  readonly facilitator?: string;
  readonly nodeId: string;
  readonly at: string;
}

export interface ConflictView {
  readonly conflict: Conflict;
  readonly table: SyncedTableName;
  readonly recordName: string;
  /** The field's value now (what "Keep current" keeps; it may have moved since the conflict). */
  readonly currentValue: unknown;
  /** The workshop the value was captured at (its entries and participants), by name. */
  readonly workshop: string | null;
  readonly kept: Author;
  readonly lost: Author;
}

const isSyncedTable = (name: string): name is SyncedTableName =>
  (syncedTableNames as readonly string[]).includes(name);

function nameOf(record: Record<string, unknown> | undefined, fallback: string): string {
  if (!record) return fallback;
  if (typeof record.name === 'string' && record.name) return record.name;
  // A workshop entry: its text (a card, an action), else what kind of output it is.
  const entry = record.entry as { kind?: unknown; text?: unknown } | undefined;
  if (entry && typeof entry.text === 'string' && entry.text) return entry.text;
  if (entry && typeof entry.kind === 'string') return entry.kind;
  const person = [record.givenName, record.familyName]
    .filter((v) => typeof v === 'string' && v)
    .join(' ');
  return person || fallback;
}

export async function queryOpenConflicts(db: StudioDb): Promise<ConflictView[]> {
  const [conflicts, partners, identity] = await Promise.all([
    db.conflicts.orderBy('detectedAt').reverse().toArray(),
    readPartners(db),
    readSetting(db, 'identity'),
  ]);
  const author = (clock: string): Author => {
    const { node, millis } = parseHlc(clock);
    const at = new Date(millis).toISOString();
    if (node === identity?.nodeId) return { kind: 'you', nodeId: node, at };
    const partner = partners[node];
    return partner
      ? { kind: 'partner', ...partner, nodeId: node, at }
      : { kind: 'unknown', nodeId: node, at };
  };
  const open = conflicts.filter((c) => c.resolvedAt === null && isSyncedTable(c.table));
  const views: ConflictView[] = [];
  for (const conflict of open) {
    const table = conflict.table as SyncedTableName;
    const record = (await db.table(table).get(conflict.recordId)) as
      Record<string, unknown> | undefined;
    const workshopId = typeof record?.workshopId === 'string' ? record.workshopId : null;
    const workshop = workshopId ? await db.workshops.get(workshopId) : undefined;
    views.push({
      conflict,
      table,
      recordName: nameOf(record, conflict.recordId),
      currentValue: record ? record[conflict.field] : conflict.keptValue,
      workshop: workshop?.name ?? null,
      kept: author(conflict.keptClock),
      lost: author(conflict.lostClock),
    });
  }
  return views;
}

export function useOpenConflicts(): ConflictView[] | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(() => queryOpenConflicts(db), [db]);
}

/**
 * Resolve a conflict, as a write: "keep" writes the field's current value again and "take" writes
 * the value that lost — either way with a new clock, so the choice travels to partners and wins
 * over what they hold (a later choice elsewhere wins in turn: the last resolver decides). Every
 * open conflict of that field is closed with it. One transaction: the record is read where it is
 * written, never taken from what the page showed.
 */
export async function resolveConflict(
  db: StudioDb,
  repositories: Repositories,
  conflict: Conflict,
  choice: 'keep' | 'take',
  now: Date = new Date(),
): Promise<void> {
  if (!isSyncedTable(conflict.table)) return;
  const table = conflict.table;
  await db.transaction('rw', [table, 'settings', 'conflicts'], async () => {
    await repositories[table].writeDecision(conflict.recordId, (current) => {
      const value =
        choice === 'keep'
          ? (current as unknown as Record<string, unknown>)[conflict.field]
          : conflict.lostValue;
      return { [conflict.field]: value } as never;
    });
    const same = await db.conflicts
      .where('[table+recordId]')
      .equals([table, conflict.recordId])
      .filter((row) => row.field === conflict.field && row.resolvedAt === null)
      .toArray();
    const resolvedAt = now.toISOString();
    await db.conflicts.bulkPut(same.map((row) => ({ ...row, resolvedAt })));
  });
}
