/**
 * A full disk or an exhausted browser quota while a package is applied (issue 17): IndexedDB
 * refuses a write with QuotaExceededError part-way through; the apply is one transaction, so
 * nothing of it stays, and the user reads what happened and what to do, in their language.
 */
import 'fake-indexeddb/auto';
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { applyPackage } from '../../../src-renderer/db/exchange';
import { resourcesFor } from '../../../src-renderer/i18n/resources';
import { errorText } from '../../../src-renderer/ui/errors';
import { rebuildError, serializeError } from '../../../src-renderer/workers/errors';
import { sampleTables, validPackage } from '../exchange/helpers';
import { clusterFields, databaseSnapshot, openWorkspaces } from './helpers';

const T0 = Date.parse('2026-03-14T14:32:00Z');
const { workspace, closeAll } = openWorkspaces(T0);
afterEach(closeAll);

describe('storage full during an apply', () => {
  it('keeps the workspace as it was and says the disk is full', async () => {
    const { db, repos } = await workspace();
    await repos.clusters.create(clusterFields({ name: 'Sfax Olive Cluster' }));
    const before = await databaseSnapshot(db);
    const pkg = await validPackage({ tables: sampleTables(5) });

    // The disk fills up after the first records are written: the organisations are refused.
    let writes = 0;
    const tableOf = db.table.bind(db);
    db.table = ((name: string) => {
      const table = tableOf(name);
      if (name !== 'organisations') return table;
      return Object.assign(Object.create(table) as typeof table, {
        bulkPut: () => {
          writes += 1;
          return Promise.reject(
            new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
          );
        },
      });
    }) as typeof db.table;

    const failure = await applyPackage(db, pkg, { now: T0 + 60_000 }).catch((e: unknown) => e);
    db.table = tableOf;
    expect(writes).toBeGreaterThan(0);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).name).toBe('QuotaExceededError');
    expect(await databaseSnapshot(db)).toEqual(before);

    const i18n = i18next.createInstance();
    await i18n.init({ resources: await resourcesFor(['en', 'fr']), lng: 'en' });
    expect(errorText(i18n.t, failure)).toBe(i18n.t('storageErrors.full'));
    expect(errorText(i18n.t, failure)).toMatch(/full.*Nothing was changed/s);
    await i18n.changeLanguage('fr');
    expect(errorText(i18n.t, failure)).toMatch(/plein/);
  });

  it('recognises the commit-time refusal Chromium gives, through the worker too', async () => {
    // Chromium often refuses at commit: Dexie rejects with an AbortError holding the quota error.
    const aborted = Object.assign(new Error('QuotaExceededError The quota has been exceeded.'), {
      name: 'AbortError',
      inner: new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    });
    const crossed = rebuildError(serializeError(aborted));
    const i18n = i18next.createInstance();
    await i18n.init({ resources: await resourcesFor(['en']), lng: 'en' });
    expect(errorText(i18n.t, aborted)).toBe(i18n.t('storageErrors.full'));
    expect(errorText(i18n.t, crossed)).toBe(i18n.t('storageErrors.full'));
    // Another abort is not a full disk.
    const other = Object.assign(new Error('Transaction aborted'), { name: 'AbortError' });
    expect(errorText(i18n.t, other)).not.toBe(i18n.t('storageErrors.full'));
  });
});
