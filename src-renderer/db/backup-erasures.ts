/**
 * Erasures outlive a restore (issue 17): a person erased after a backup was made must not come
 * back when it is restored. The contacts erased in the workspace now are read before the restore
 * and written over the restored records in the same transaction; their personal values are purged
 * from the conflict log and the undo slot, and the clock is moved past theirs.
 */
import type { ContactRecord } from '../../src-core/model/entities';
import { maxHlc } from '../../src-core/sync/hlc';
import { purgeErasedPersonalData } from './erasure';
import type { StudioDb } from './schema';
import { readSetting } from './settings';

/** The erased people of the workspace as it is now (call inside the restore's transaction). */
export async function erasedContacts(db: StudioDb): Promise<ContactRecord[]> {
  return db.contacts.filter((contact) => contact.erasedAt !== null).toArray();
}

/** Writes the erasures back over a restored workspace; returns how many people stay erased. */
export async function keepErasures(
  db: StudioDb,
  erased: readonly ContactRecord[],
): Promise<number> {
  if (erased.length === 0) return 0;
  await db.contacts.bulkPut([...erased]);
  await purgeErasedPersonalData(
    db,
    erased.map((contact) => contact.id),
  );
  let latest = await readSetting(db, 'clock');
  for (const contact of erased) {
    for (const clock of Object.values(contact.clocks)) latest = maxHlc(latest, clock);
  }
  if (latest !== undefined) await db.settings.put({ key: 'clock', value: latest });
  return erased.length;
}
