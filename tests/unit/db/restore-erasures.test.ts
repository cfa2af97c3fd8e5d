// Restoring a backup made before a person was erased (issue 17): the person stays erased — no
// personal value comes back, from the records, the conflict log or the undo slot — and later
// writes are clocked after the erasure.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { erasedContactFields } from '../../../src-core/roster/erasure';
import { compareHlc } from '../../../src-core/sync/hlc';
import { createBackup, restoreBackup } from '../../../src-renderer/db/backup';
import { readSetting } from '../../../src-renderer/db/settings';
import { contactFields, openWorkspaces, organisationFields } from './helpers';

const T0 = Date.parse('2026-03-14T14:32:00Z');
const MINUTE = 60_000;
const { workspace, closeAll } = openWorkspaces(T0);
afterEach(closeAll);

describe('restoring an older backup', () => {
  it('keeps a person erased since the backup erased', async () => {
    const { db, repos, at } = await workspace();
    const org = await repos.organisations.create(organisationFields());
    const leila = await repos.contacts.create(
      contactFields(org.id, { givenName: 'Leila', familyName: 'Trabelsi', email: 'leila@sfax.tn' }),
    );
    const kept = await repos.contacts.create(
      contactFields(org.id, { givenName: 'Omar', familyName: 'Ben Salah' }),
    );
    // The conflict log keeps an old e-mail of hers: it is in the backup.
    await db.conflicts.put({
      id: 'pkg-1:contacts:email',
      table: 'contacts',
      recordId: leila.id,
      field: 'email',
      keptValue: 'leila@sfax.tn',
      keptClock: leila.clocks['*']!,
      lostValue: 'l.trabelsi@old-mail.tn',
      lostClock: '000001741962720000-0000-bbbbbbbbbbbbbbbb',
      detectedAt: new Date(T0).toISOString(),
      packageId: '019bc0e2-1280-774f-93d3-d0f4f4f40001',
      resolvedAt: null,
    });
    const backup = await createBackup(db, new Date(T0 + MINUTE));

    at(T0 + 2 * MINUTE);
    const current = (await db.contacts.get(leila.id))!;
    await repos.contacts.update(
      leila.id,
      erasedContactFields(current, new Date(T0 + 2 * MINUTE).toISOString()),
    );
    const erased = (await db.contacts.get(leila.id))!;
    expect(erased.erasedAt).not.toBeNull();

    await restoreBackup(db, backup);
    const after = (await db.contacts.get(leila.id))!;
    expect(after.erasedAt).toBe(erased.erasedAt);
    expect(JSON.stringify(await db.contacts.toArray())).not.toMatch(/Leila|Trabelsi|leila@/);
    // Nor from the conflict log the backup brought back.
    expect(JSON.stringify(await db.conflicts.toArray())).not.toMatch(/leila@|old-mail/);
    expect((await db.contacts.get(kept.id))?.givenName).toBe('Omar');
    // The clock is not behind the erasure: the next write is clocked after it.
    const clock = (await readSetting(db, 'clock'))!;
    for (const stamp of Object.values(after.clocks))
      expect(compareHlc(clock, stamp)).toBeGreaterThanOrEqual(0);
  });

  it('without erasures restores the backup exactly', async () => {
    const { db, repos } = await workspace();
    const org = await repos.organisations.create(organisationFields());
    await repos.contacts.create(contactFields(org.id, { givenName: 'Leila' }));
    const before = await db.contacts.toArray();
    const backup = await createBackup(db, new Date(T0 + MINUTE));
    await repos.contacts.create(contactFields(org.id, { givenName: 'Omar' }));
    await restoreBackup(db, backup);
    expect(await db.contacts.toArray()).toEqual(before);
  });
});
