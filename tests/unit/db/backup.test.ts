import 'fake-indexeddb/auto';
import { gunzipSync, gzipSync, strFromU8, strToU8 } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_UNKNOWN_FIELDS } from '../../../src-core/exchange/format';
import { BackupError, createBackup, restoreBackup } from '../../../src-renderer/db/backup';
import { loadRecords, type RecordSet } from '../../../src-renderer/db/bulk-load';
import { createRepositories } from '../../../src-renderer/db/repositories';
import type { StudioDb } from '../../../src-renderer/db/schema';
import { readSetting } from '../../../src-renderer/db/settings';
import { clusterFields, freshDb } from './helpers';

let db: StudioDb;
let other: StudioDb;
afterEach(() => {
  db?.close();
  other?.close();
});

async function snapshot(target: StudioDb) {
  return {
    clusters: await target.clusters.orderBy('id').toArray(),
    settings: await target.settings.orderBy('key').toArray(),
  };
}

const gz = (value: unknown) =>
  gzipSync(strToU8(typeof value === 'string' ? value : JSON.stringify(value)));

describe('workspace backups', () => {
  it('restores exactly what was backed up, replacing the current workspace', async () => {
    db = await freshDb();
    const repos = createRepositories(db);
    await repos.clusters.create(clusterFields());
    const removed = await repos.clusters.create(clusterFields({ name: 'Gone' }));
    await repos.clusters.remove(removed.id);
    const bytes = await createBackup(db, new Date('2026-03-14T14:32:00Z'));
    const before = await snapshot(db);

    other = await freshDb();
    await createRepositories(other).clusters.create(clusterFields({ name: 'Will be replaced' }));
    const count = await restoreBackup(other, bytes);
    expect(count).toBe(2);
    expect(await snapshot(other)).toEqual(before);
    expect((await readSetting(other, 'identity'))?.nodeId).toBe(
      (await readSetting(db, 'identity'))?.nodeId,
    );
  });

  it('is deterministic for the same data and time', async () => {
    db = await freshDb();
    await createRepositories(db, () => 1000).clusters.create(clusterFields());
    const when = new Date('2026-03-14T14:32:00Z');
    expect(await createBackup(db, when)).toEqual(await createBackup(db, when));
  });

  const refusals: [string, Uint8Array, string][] = [
    ['a file that is not compressed', strToU8('hello'), 'notCompressed'],
    ['compressed text that is not JSON', gz('{"format":'), 'notJson'],
    ['JSON that is not a backup', gz({ hello: 'world' }), 'notBackup'],
    [
      'a backup from a newer app',
      gz({
        format: 'meta-cluster-studio/backup',
        formatVersion: 99,
        createdAt: '2026-03-14T14:32:00.000Z',
        tables: {},
        settings: [],
        conflicts: [],
      }),
      'newerVersion',
    ],
    [
      'an unknown table',
      gz({
        format: 'meta-cluster-studio/backup',
        formatVersion: 1,
        createdAt: '2026-03-14T14:32:00.000Z',
        tables: { secrets: [] },
        settings: [],
        conflicts: [],
      }),
      'unknownTable',
    ],
    [
      'an invalid record',
      gz({
        format: 'meta-cluster-studio/backup',
        formatVersion: 1,
        createdAt: '2026-03-14T14:32:00.000Z',
        tables: { clusters: [{ id: 'x' }] },
        settings: [],
        conflicts: [],
      }),
      'badRecord',
    ],
  ];

  it.each(refusals)('refuses %s and changes nothing', async (_label, bytes, code) => {
    db = await freshDb();
    await createRepositories(db).clusters.create(clusterFields());
    const before = await snapshot(db);
    await expect(restoreBackup(db, bytes)).rejects.toSatisfy(
      (error: unknown) => error instanceof BackupError && error.code === code,
    );
    expect(await snapshot(db)).toEqual(before);
  });

  describe('fields a newer partner brought (docs/exchange-format.md, "Versions")', () => {
    const TENDER_PORTAL = 'https://tenders.example.tn/sfax';

    /** A workspace whose cluster holds a field this version does not know. */
    async function withNewerField() {
      db = await freshDb();
      const cluster = await createRepositories(db).clusters.create(clusterFields());
      await db.clusters.put({ ...cluster, tenderPortal: TENDER_PORTAL } as typeof cluster);
      return cluster;
    }

    /** A backup of `db` whose first cluster was edited. */
    async function editedBackup(edit: (cluster: Record<string, unknown>) => void) {
      const document = JSON.parse(strFromU8(gunzipSync(await createBackup(db)))) as {
        tables: { clusters: Record<string, unknown>[] };
      };
      edit(document.tables.clusters[0] as Record<string, unknown>);
      return gz(document);
    }

    it('a record with an extra field survives backup and restore', async () => {
      const cluster = await withNewerField();
      const bytes = await createBackup(db);
      const before = await snapshot(db);

      other = await freshDb();
      expect(await restoreBackup(other, bytes)).toBe(1);
      expect(await other.clusters.get(cluster.id)).toEqual({
        ...cluster,
        tenderPortal: TENDER_PORTAL,
      });
      expect(await snapshot(other)).toEqual(before);
    });

    const refused: [string, (cluster: Record<string, unknown>) => void][] = [
      ['an invalid known field beside it', (c) => (c.country = 'Tunisia')],
      ['a field name no version would write', (c) => (c['Tender-Portal'] = TENDER_PORTAL)],
      ['a forbidden key', (c) => Object.assign(c, JSON.parse('{"constructor":"x"}'))],
      [
        `more than ${MAX_UNKNOWN_FIELDS} unknown fields`,
        (c) => {
          for (let i = 0; i < MAX_UNKNOWN_FIELDS; i++) c[`extra${i}`] = i;
        },
      ],
    ];

    it.each(refused)('refuses %s and changes nothing', async (_label, edit) => {
      await withNewerField();
      const bytes = await editedBackup(edit);
      const before = await snapshot(db);
      await expect(restoreBackup(db, bytes)).rejects.toSatisfy(
        (error: unknown) => error instanceof BackupError && error.code === 'badRecord',
      );
      expect(await snapshot(db)).toEqual(before);
    });

    it('the sample loader stays strict: an unknown field is refused', async () => {
      db = await freshDb();
      const cluster = await createRepositories(db).clusters.create(clusterFields());
      other = await freshDb();
      const set = {
        clusters: [{ ...cluster, tenderPortal: TENDER_PORTAL }],
      } as unknown as RecordSet;
      await expect(loadRecords(other, set)).rejects.toThrow(/clusters\[0\]/);
      expect(await other.clusters.count()).toBe(0);
    });
  });
});
