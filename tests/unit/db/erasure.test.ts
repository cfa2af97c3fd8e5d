// Erasing a person here also wipes what the conflict log and the undo slot of the last import
// kept of them (found by the importer property suite: only an erasure arriving in a package did).
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { erasedContactFields } from '../../../src-core/roster/erasure';
import { applyPackage, exportWorkspacePackage } from '../../../src-renderer/db/exchange';
import { readSetting } from '../../../src-renderer/db/settings';
import { contactFields, openWorkspaces, organisationFields } from './helpers';

const T0 = Date.parse('2026-03-14T14:32:00Z');
const MINUTE = 60_000;
const { workspace, closeAll } = openWorkspaces(T0);
afterEach(closeAll);

describe('erasing a person here', () => {
  it('leaves none of their personal values in the conflict log or the undo slot', async () => {
    const a = await workspace();
    const b = await workspace();
    const org = await a.repos.organisations.create(organisationFields());
    const amal = await a.repos.contacts.create(
      contactFields(org.id, { givenName: 'Leila', familyName: 'Trabelsi', email: 'leila@sfax.tn' }),
    );
    await applyPackage(b.db, await exportWorkspacePackage(a.db, { appVersion: 't', now: T0 }), {
      now: T0,
    });
    // Concurrent edits of her role and phone; B imports A's: a conflict, and an undo slot
    // holding B's copy of her.
    a.at(T0 + MINUTE);
    await a.repos.contacts.update(amal.id, {
      role: 'Chief Olive Officer',
      phone: '+216 71 111 111',
    });
    b.at(T0 + 2 * MINUTE);
    await b.repos.contacts.update(amal.id, { role: 'Managing Director' });
    await applyPackage(
      b.db,
      await exportWorkspacePackage(a.db, { appVersion: 't', now: T0 + 3 * MINUTE }),
      { now: T0 + 3 * MINUTE },
    );
    expect(await b.db.conflicts.count()).toBeGreaterThan(0);
    expect(JSON.stringify(await readSetting(b.db, 'exchange:lastImport'))).toContain('leila@');

    b.at(T0 + 4 * MINUTE);
    const current = (await b.db.contacts.get(amal.id))!;
    await b.repos.contacts.update(
      amal.id,
      erasedContactFields(current, new Date(T0 + 4 * MINUTE).toISOString()),
    );
    const left = JSON.stringify({
      conflicts: await b.db.conflicts.toArray(),
      undo: await readSetting(b.db, 'exchange:lastImport'),
    });
    for (const value of [
      'Chief Olive Officer',
      'Managing Director',
      'leila@',
      'Trabelsi',
      '+216',
    ]) {
      expect(left).not.toContain(value);
    }
    expect((await readSetting(b.db, 'exchange:lastImport'))?.undoable).toBe(false);
  });

  it('an ordinary edit of a contact keeps the undo slot as it was', async () => {
    const a = await workspace();
    const b = await workspace();
    const org = await a.repos.organisations.create(organisationFields());
    const amal = await a.repos.contacts.create(contactFields(org.id));
    await applyPackage(b.db, await exportWorkspacePackage(a.db, { appVersion: 't', now: T0 }), {
      now: T0,
    });
    const before = await readSetting(b.db, 'exchange:lastImport');
    await b.repos.contacts.update(amal.id, { role: 'Director general' });
    expect(await readSetting(b.db, 'exchange:lastImport')).toEqual(before);
  });
});
