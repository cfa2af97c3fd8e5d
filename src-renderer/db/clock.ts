/**
 * The workspace clock, persisted in the settings table. It is read, advanced and written back in
 * the same transaction as the write it stamps, so two windows of one workspace never hand out the
 * same clock value.
 */
import {
  formatHlc,
  initialHlc,
  parseHlc,
  receiveHlc,
  tickHlc,
  type Hlc,
} from '../../src-core/sync/hlc';
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
  const next = formatHlc(tickHlc(localClock(identity.nodeId, await readSetting(db, 'clock')), now));
  await db.settings.put({ key: 'clock', value: next });
  return next;
}

/**
 * `count` successive clock values (one per record of a bulk write), read and stored once. Must
 * run inside a read-write transaction that includes the settings table. (`nextClock` is not
 * written around it: one more level of native `await` under the room writer's nested
 * transactions made Dexie lose the transaction — TransactionInactiveError in its tests.)
 */
export async function nextClocks(db: StudioDb, count: number, now: number = Date.now()) {
  const identity = await readSetting(db, 'identity');
  if (!identity) throw new NoIdentityError();
  let local = localClock(identity.nodeId, await readSetting(db, 'clock'));
  const clocks: string[] = [];
  for (let i = 0; i < count; i += 1) {
    local = tickHlc(local, now);
    clocks.push(formatHlc(local));
  }
  if (count > 0) await db.settings.put({ key: 'clock', value: clocks[count - 1] });
  return clocks;
}

/** The stored clock, as this workspace's node (a stored clock of another node: a restored backup). */
function localClock(nodeId: string, stored: string | undefined): Hlc {
  const current = stored ? parseHlc(stored) : initialHlc(nodeId);
  return current.node === nodeId ? current : { ...current, node: nodeId };
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
