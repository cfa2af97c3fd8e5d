/**
 * What an erasure must also wipe beyond the contact itself: the conflict-log rows that keep the
 * person's old personal values, and the undo slot of the last import when it holds a copy of them
 * (an erasure is never undone). Called in the same transaction as the write that erases, whether
 * the user erased the person here or a partner's package did.
 */
import { contactPersonalFields } from '../../src-core/model/entities';
import type { Conflict, LastImport } from '../../src-core/model/workspace';
import type { StudioDb } from './schema';
import { readSetting } from './settings';

/** Fields of an erased contact whose old values must not survive anywhere. */
export const ERASED_CONFLICT_FIELDS = new Set<string>([...contactPersonalFields, 'doNotContact']);

/** The conflict-log rows that keep personal values of these contacts. */
export async function personalConflictsOf(
  db: StudioDb,
  contactIds: readonly string[],
): Promise<Conflict[]> {
  const out: Conflict[] = [];
  for (const contactId of contactIds) {
    const logged = db.conflicts.where('[table+recordId]').equals(['contacts', contactId]);
    for (const row of await logged.toArray()) {
      if (ERASED_CONFLICT_FIELDS.has(row.field)) out.push(row);
    }
  }
  return out;
}

/** Whether the undo slot keeps anything of these contacts (a before-image, a conflict row). */
function slotHolds(last: LastImport, contactIds: ReadonlySet<string>): boolean {
  return (
    last.updated.some((entry) => entry.table === 'contacts' && contactIds.has(entry.before.id)) ||
    last.conflicts.some(
      (entry) =>
        entry.before !== null &&
        entry.before.table === 'contacts' &&
        contactIds.has(entry.before.recordId),
    )
  );
}

/**
 * Wipe what the log and the undo slot keep of people just erased (inside the caller's read-write
 * transaction over `conflicts` and `settings`). The last import can no longer be undone when its
 * undo data held one of them.
 */
export async function purgeErasedPersonalData(
  db: StudioDb,
  contactIds: readonly string[],
): Promise<void> {
  if (contactIds.length === 0) return;
  const rows = await personalConflictsOf(db, contactIds);
  if (rows.length > 0) await db.conflicts.bulkDelete(rows.map((row) => row.id));
  const last = await readSetting(db, 'exchange:lastImport');
  if (last && slotHolds(last, new Set(contactIds))) {
    const scrubbed: LastImport = {
      ...last,
      undoable: false,
      created: {},
      updated: [],
      conflicts: [],
    };
    await db.settings.put({ key: 'exchange:lastImport', value: scrubbed });
  }
}
