/**
 * Partners on different app versions (issue 12; docs/exchange-format.md, "Versions"), through the
 * app's importer and exporter on fake-indexeddb with real zips:
 * - a package of a NEWER minor version (an extra record field, a table, a manifest key and an
 *   attachment this version does not know) is previewed and applied; the extra field is kept in
 *   the records, survives edits, travels on in re-exports (`carriedFields`), reaches a third
 *   workspace unchanged and merges by clock like any field;
 * - the same field in a package of this minor without `carriedFields` is still refused;
 * - a newer MAJOR version is refused ("update"), the database byte-for-byte unchanged;
 * - a newer minor package whose known fields are invalid is refused;
 * (What older apps read of this version's packages: compat-older.test.ts.)
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  MAX_UNKNOWN_FIELDS,
  PackageError,
  packageErrorMessage,
  readPackage,
} from '../../../src-core/exchange';
import { applyPackage, exportPackage, previewPackage } from '../../../src-renderer/db/exchange';
import type { StudioDb } from '../../../src-renderer/db/schema';
import { editLines, manifestOf, setManifest } from '../exchange/helpers';
import {
  clusterFields,
  databaseSnapshot,
  openWorkspaces,
  organisationFields,
  syncedRecords,
} from './helpers';
import {
  T0,
  MINUTE,
  HOUR,
  NEWER,
  NEWER_TOO,
  TENDER_PORTAL,
  clock,
  stamped,
  newerRoster,
  newerPackage,
  isPackageError,
} from './newer-package';

const { workspace, closeAll } = openWorkspaces(T0 + HOUR);
afterEach(closeAll);

describe('a package of a newer minor version', () => {
  it('is previewed and applied; its extra field is kept, edited around, re-exported and merged', async () => {
    const { cluster, organisation, knowledge } = newerRoster();
    const bytes = await newerPackage({
      knowledge,
      tables: { clusters: [cluster], organisations: [organisation] },
      extras: true,
    });

    // Preview: what this version does not know is named.
    const b = await workspace();
    const preview = await previewPackage(b.db, bytes);
    expect(preview.newer).toEqual({
      fields: { clusters: ['tenderPortal'], organisations: ['tenderPortal'] },
      tables: [{ table: 'fundingCalls', records: 2 }],
      attachments: ['reviews'],
    });
    expect(preview.perTable.filter((t) => t.new > 0).map((t) => [t.table, t.new])).toEqual([
      ['clusters', 1],
      ['organisations', 1],
    ]);

    // Apply: the records hold the extra field, exactly as sent.
    const applied = await applyPackage(b.db, bytes, { now: T0 + HOUR });
    expect(applied.changed).toBe(2);
    expect(await b.db.clusters.get(cluster.id)).toEqual(cluster);
    expect(await b.db.organisations.get(organisation.id)).toEqual(organisation);

    // An edit of another field through the repositories keeps it.
    b.at(T0 + 2 * HOUR);
    const renamed = await b.repos.organisations.update(organisation.id, {
      name: 'Huilerie Ben Salah SARL',
    });
    await b.repos.clusters.update(cluster.id, { managementFte: 2 });
    expect(renamed).toMatchObject({ name: 'Huilerie Ben Salah SARL' });
    expect(await b.db.organisations.get(organisation.id)).toMatchObject({
      name: 'Huilerie Ben Salah SARL',
      tenderPortal: organisation.tenderPortal,
      clocks: { '*': organisation.clocks['*'] },
    });
    expect(await b.db.clusters.get(cluster.id)).toMatchObject({
      managementFte: 2,
      tenderPortal: TENDER_PORTAL,
    });

    // The re-export carries the field on, says so, and needs only 1.1.
    const reexport = await exportPackage(b.db, {
      scope: { kind: 'workspace' },
      appVersion: '0.2.0-test',
      now: T0 + 3 * HOUR,
    });
    const read = await readPackage(reexport.bytes);
    expect(read.manifest.formatMinor).toBe(1);
    expect(read.manifest.carriedFields).toEqual({
      clusters: ['tenderPortal'],
      organisations: ['tenderPortal'],
    });
    expect(read.manifest.entries.map((e) => e.table)).not.toContain('fundingCalls');
    expect(read.tables.organisations?.[0]).toMatchObject({
      name: 'Huilerie Ben Salah SARL',
      tenderPortal: organisation.tenderPortal,
    });
    expect(read.tables.clusters?.[0]).toMatchObject({ tenderPortal: TENDER_PORTAL });

    // A third, fresh workspace ends with the identical records, extra field included.
    const c = await workspace();
    await applyPackage(c.db, reexport.bytes, { now: T0 + 3 * HOUR });
    const [atB, atC] = [await syncedRecords(b.db), await syncedRecords(c.db)];
    expect(atC).toEqual(atB);
    expect(atC.organisations).toEqual([
      expect.objectContaining({ tenderPortal: organisation.tenderPortal }),
    ]);
  });

  it('a concurrent edit of the extra field by two newer partners converges by clock', async () => {
    const created = clock(T0, NEWER);
    const base = stamped(organisationFields(), created, { tenderPortal: TENDER_PORTAL });
    // NEWER edits the portal at +5 min without having seen NEWER_TOO's edit at +10 min.
    const byNewer = {
      ...base,
      tenderPortal: `${TENDER_PORTAL}/a`,
      clocks: { ...base.clocks, tenderPortal: clock(T0 + 5 * MINUTE, NEWER) },
    };
    const byNewerToo = {
      ...base,
      tenderPortal: `${TENDER_PORTAL}/b`,
      clocks: { ...base.clocks, tenderPortal: clock(T0 + 10 * MINUTE, NEWER_TOO) },
    };
    const first = await newerPackage({
      knowledge: { [NEWER]: clock(T0 + 5 * MINUTE, NEWER) },
      tables: { organisations: [byNewer] },
    });
    const second = await newerPackage({
      node: NEWER_TOO,
      knowledge: { [NEWER]: created, [NEWER_TOO]: clock(T0 + 10 * MINUTE, NEWER_TOO) },
      tables: { organisations: [byNewerToo] },
    });

    const b = await workspace();
    const c = await workspace();
    for (const bytes of [first, second]) await applyPackage(b.db, bytes, { now: T0 + HOUR });
    for (const bytes of [second, first]) await applyPackage(c.db, bytes, { now: T0 + HOUR });

    const atB = await b.db.organisations.get(base.id);
    expect(atB).toEqual(await c.db.organisations.get(base.id));
    expect(atB).toMatchObject({
      tenderPortal: `${TENDER_PORTAL}/b`,
      clocks: { tenderPortal: clock(T0 + 10 * MINUTE, NEWER_TOO) },
    });
    // Each saw a concurrent edit, and keeps the value that lost.
    for (const db of [b.db, c.db]) {
      expect(await db.conflicts.toArray()).toEqual([
        expect.objectContaining({
          table: 'organisations',
          recordId: base.id,
          field: 'tenderPortal',
          keptValue: `${TENDER_PORTAL}/b`,
          lostValue: `${TENDER_PORTAL}/a`,
        }),
      ]);
    }
  });
});

/** A workspace with data of its own and one import behind it, and its database as it is. */
async function populatedWorkspace() {
  const b = await workspace();
  await b.repos.clusters.create(clusterFields({ name: 'Pôle Agroalimentaire de Tunis' }));
  const { cluster, knowledge } = newerRoster();
  await applyPackage(b.db, await newerPackage({ knowledge, tables: { clusters: [cluster] } }), {
    now: T0 + HOUR,
  });
  return { b, before: await databaseSnapshot(b.db) };
}

async function refusedBoth(db: StudioDb, bytes: Uint8Array): Promise<PackageError> {
  const previewed = previewPackage(db, bytes).then(
    () => null,
    (error: unknown) => error,
  );
  const applied = applyPackage(db, bytes, { now: T0 + HOUR }).then(
    () => null,
    (error: unknown) => error,
  );
  const [a, b] = await Promise.all([previewed, applied]);
  expect(a).toBeInstanceOf(PackageError);
  expect(b).toEqual(a);
  return b as PackageError;
}

describe('what is still refused', () => {
  it.each([
    ['1.1 without carriedFields', 1],
    ['1.0', null],
  ] as const)(
    'the extra field in a package of this or an older minor (%s) names the field, writes nothing',
    async (_label, minor) => {
      const { b, before } = await populatedWorkspace();
      const { organisation, knowledge } = newerRoster();
      const bytes = await newerPackage({
        knowledge,
        tables: { organisations: [organisation] },
        minor,
      });
      const error = await refusedBoth(b.db, bytes);
      expect(error).toEqual(
        isPackageError('schemaInvalid', { table: 'organisations', field: 'tenderPortal' }),
      );
      expect(await databaseSnapshot(b.db)).toEqual(before);
    },
  );

  it('a newer major version: "made by a newer Meta-Cluster Studio", update; nothing written', async () => {
    const { b, before } = await populatedWorkspace();
    const { organisation, knowledge } = newerRoster();
    const bytes = await newerPackage({
      knowledge,
      tables: { organisations: [organisation] },
      formatVersion: 2,
      extras: true,
      edit: (files) => {
        const manifest = manifestOf(files);
        setManifest(files, { ...manifest, appVersion: '2.0.0' });
      },
    });
    const error = await refusedBoth(b.db, bytes);
    expect(error).toEqual(
      isPackageError('newerFormat', { needed: 2, supported: 1, appVersion: '2.0.0' }),
    );
    const message = packageErrorMessage(error);
    expect(message).toContain('made by a newer Meta-Cluster Studio (2.0.0)');
    expect(message).toContain('update to read it');
    expect(await databaseSnapshot(b.db)).toEqual(before);
  });

  const invalid: [string, (row: Record<string, unknown>) => void, Record<string, unknown>][] = [
    [
      'a known field invalid',
      (row) => (row.country = 'Tunisia'),
      { table: 'organisations', field: 'country' },
    ],
    [
      'an unknown field no version would name so',
      (row) => (row['Tender-Portal'] = TENDER_PORTAL),
      { table: 'organisations', field: 'Tender-Portal' },
    ],
    [
      `more than ${MAX_UNKNOWN_FIELDS} unknown fields`,
      (row) => {
        for (let i = 0; i < MAX_UNKNOWN_FIELDS; i++) row[`extra${i}`] = i;
      },
      { table: 'organisations', message: 'too many unknown fields' },
    ],
  ];

  it.each(invalid)(
    'a newer minor package with %s; nothing written',
    async (_label, edit, values) => {
      const { b, before } = await populatedWorkspace();
      const { organisation, knowledge } = newerRoster();
      const bytes = await newerPackage({
        knowledge,
        tables: { organisations: [organisation] },
        extras: true,
        edit: (files) =>
          editLines(files, 'data/organisations/0000.ndjson', (lines) => {
            const row = JSON.parse(lines[0] ?? '') as Record<string, unknown>;
            edit(row);
            lines[0] = JSON.stringify(row);
          }),
      });
      expect(await refusedBoth(b.db, bytes)).toEqual(isPackageError('schemaInvalid', values));
      expect(await databaseSnapshot(b.db)).toEqual(before);
    },
  );

  it('a newer minor package whose known manifest key is invalid; nothing written', async () => {
    const { b, before } = await populatedWorkspace();
    const { organisation, knowledge } = newerRoster();
    const bytes = await newerPackage({
      knowledge,
      tables: { organisations: [organisation] },
      extras: true,
      edit: (files) =>
        setManifest(files, {
          ...manifestOf(files),
          omitted: [{ table: 'memberships', reason: 'lostInTransit', records: 1 }],
        }),
    });
    expect(await refusedBoth(b.db, bytes)).toEqual(
      isPackageError('schemaInvalid', { table: 'manifest', field: 'omitted.0.reason' }),
    );
    expect(await databaseSnapshot(b.db)).toEqual(before);
  });
});
