/**
 * The workspace clock, persisted in the settings table. It is read, advanced and written back in
 * the same transaction as the write it stamps, so two windows of one workspace never hand out the
 * same clock value.
 */
import { formatHlc, initialHlc, parseHlc, receiveHlc, tickHlc } from '../../src-core/sync/hlc';
import type { StudioDb } from './schema';
import { readSetting } from './settings';

export class NoIdentityError extends Error {
  constructor() {
    super('This workspace has no identity yet: finish the welcome screen first.');
    this.name = 'NoIdentityError';
  }
}

/** Must run inside a read-write transaction that includes the settings table. */
export async function nextClock(db: StudioDb, now: number = Date.now()): Promise<string> {
  const identity = await readSetting(db, 'identity');
  if (!identity) throw new NoIdentityError();
  const stored = await readSetting(db, 'clock');
  const current = stored ? parseHlc(stored) : initialHlc(identity.nodeId);
  // A workspace keeps its node id for life; a stored clock of another node means a restored backup.
  const local = current.node === identity.nodeId ? current : { ...current, node: identity.nodeId };
  const next = formatHlc(tickHlc(local, now));
  await db.settings.put({ key: 'clock', value: next });
  return next;
}

/** Fold clocks seen in imported records into the local clock (inside the importing transaction). */
export async function observeClock(
  db: StudioDb,
  seen: string,
  now: number = Date.now(),
): Promise<void> {
  const identity = await readSetting(db, 'identity');
  if (!identity) throw new NoIdentityError();
  const stored = await readSetting(db, 'clock');
  const local = stored ? parseHlc(stored) : initialHlc(identity.nodeId);
  const next = receiveHlc({ ...local, node: identity.nodeId }, parseHlc(seen), now, {
    maxDriftMs: Number.POSITIVE_INFINITY,
  });
  await db.settings.put({ key: 'clock', value: formatHlc(next) });
}
