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

/** Keep the current value (just close the conflict) or take the other one (a new write). */
export async function resolveConflict(
  db: StudioDb,
  repositories: Repositories,
  conflict: Conflict,
  choice: 'keep' | 'take',
  now: Date = new Date(),
): Promise<void> {
  if (choice === 'take') {
    const table = conflict.table as SyncedTableName;
    await repositories[table].update(conflict.recordId, {
      [conflict.field]: conflict.lostValue,
    } as never);
  }
  await db.conflicts.update(conflict.id, { resolvedAt: now.toISOString() });
}
