// "Sync now" with an exchange folder, on a REAL temporary folder through the desktop service
// (src-main/services/exchange-folder.ts: list, read, write-without-replacing), with two
// fake-IndexedDB workspaces of different nodes taking turns.
import 'fake-indexeddb/auto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PackageError } from '../../../src-core/exchange';
import { erasedContactFields } from '../../../src-core/roster/erasure';
import {
  listExchangeFolder,
  readExchangeFile,
  writeExchangeFile,
} from '../../../src-main/services/exchange-folder';
import { applyPackage, exportPackage } from '../../../src-renderer/db/exchange';
import {
  readFolderState,
  resetFolderState,
  syncExchangeFolder,
  type FolderAccess,
  type SyncReport,
} from '../../../src-renderer/db/exchange-folder';
import { readPartners, SignerTrustError } from '../../../src-renderer/db/partners';
import {
  clusterFields,
  contactFields,
  databaseSnapshot,
  loseSigningKey,
  openWorkspaces,
  organisationFields,
  signerFor,
  syncedRecords,
  type Workspace,
} from './helpers';

const T0 = Date.parse('2026-03-14T14:32:00Z');
const MINUTE = 60_000;
const APP = '0.1.0-test';

let folder: string;
const { workspace, database, closeAll } = openWorkspaces(T0);
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'mcs-sync-'));
});
afterEach(async () => {
  closeAll();
  await rm(folder, { recursive: true, force: true });
});

/** The desktop host's folder access: the main-process service over a real folder. */
function desktopFolder(dir: string): FolderAccess & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    list: () => listExchangeFolder(dir),
    read: (name) => {
      reads.push(name);
      return readExchangeFile(dir, name);
    },
    write: async (name, data) => {
      await writeExchangeFile(dir, name, data);
    },
  };
}

/** Plain node:fs that lists EVERY file, so only the sync's own filter keeps non-packages out. */
function rawFolder(dir: string): FolderAccess & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    list: async () =>
      Promise.all(
        (await readdir(dir)).map(async (name) => ({
          name,
          size: (await readFile(path.join(dir, name))).byteLength,
        })),
      ),
    read: async (name) => {
      reads.push(name);
      return new Uint8Array(await readFile(path.join(dir, name)));
    },
    write: (name, data) => writeFile(path.join(dir, name), data, { flag: 'wx' }),
  };
}

const sync = (w: Workspace, access: FolderAccess, now: number): Promise<SyncReport> =>
  syncExchangeFolder(w.db, access, {
    now,
    appVersion: APP,
    // Signed, as the app's exports are (FolderSection signs through the host).
    exportChanges: (options) => exportPackage(w.db, { ...options, signer: signerFor(w.db) }),
  });

const packageName = (node: string) =>
  new RegExp(`^${node}-[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}\\.mcpkg$`);

const NOTHING: Omit<SyncReport, 'written'> = {
  imported: [],
  skipped: 0,
  own: [],
  refused: [],
  review: [],
};

/**
 * Partners who have met: each has accepted a (still empty) package of the other, as after a
 * first review on the Exchange page. A package of a node never seen goes to review on Sync now.
 */
async function acquaint(...workspaces: Workspace[]): Promise<void> {
  for (const from of workspaces) {
    const { bytes } = await exportPackage(from.db, {
      scope: { kind: 'workspace' },
      appVersion: APP,
      now: T0,
    });
    for (const to of workspaces) if (to !== from) await applyPackage(to.db, bytes, { now: T0 });
  }
}

async function membershipOf(w: Workspace, organisationId: string, clusterId: string) {
  return w.repos.memberships.create({
    organisationId,
    clusterId,
    status: 'member',
    since: '2025-01-01',
    until: null,
  });
}

describe('syncing two workspaces through a real folder', () => {
  it('A writes, B imports and writes, A imports; both end identical; then nothing moves', async () => {
    const access = desktopFolder(folder);
    const a = await workspace();
    const b = await workspace();
    await acquaint(a, b);
    const cluster = await a.repos.clusters.create(clusterFields());
    const org = await a.repos.organisations.create(organisationFields());
    await membershipOf(a, org.id, cluster.id);
    await a.repos.contacts.create(contactFields(org.id));

    // 1. A: nothing to import, writes its package.
    const first = await sync(a, access, T0 + MINUTE);
    expect(first).toMatchObject(NOTHING);
    expect(first.written?.name).toMatch(packageName(a.node));
    expect(first.written?.records).toBe(4);
    const aFile = first.written?.name ?? '';
    expect(await readdir(folder)).toEqual([aFile]);
    expect((await readFolderState(a.db)).handled).toEqual([aFile]);

    // 2. B: has its own edit, imports A's package, writes its own.
    b.at(T0 + 2 * MINUTE);
    const own = await b.repos.organisations.create(organisationFields({ name: 'Made on B' }));
    const second = await sync(b, access, T0 + 3 * MINUTE);
    expect(second.imported).toEqual([{ name: aFile, changed: 4, conflicts: 0 }]);
    expect(second).toMatchObject({ skipped: 0, refused: [], review: [] });
    expect(second.written?.name).toMatch(packageName(b.node));
    // Only what the folder did not hold yet: B's own organisation, not A's records again.
    expect(second.written?.records).toBe(1);
    const bFile = second.written?.name ?? '';
    expect((await readdir(folder)).sort()).toEqual([aFile, bFile].sort());
    expect(await b.db.organisations.get(own.id)).toEqual(own);

    // 3. A: imports B's package, skips its own file, has nothing new to write.
    access.reads.length = 0;
    const third = await sync(a, access, T0 + 4 * MINUTE);
    expect(third).toEqual({
      imported: [{ name: bFile, changed: 1, conflicts: 0 }],
      skipped: 0,
      own: [],
      refused: [],
      review: [],
      written: null,
    });
    expect(access.reads).toEqual([bFile]);
    expect((await readdir(folder)).sort()).toEqual([aFile, bFile].sort());
    expect(await syncedRecords(a.db)).toEqual(await syncedRecords(b.db));

    // 4. Nothing changed anywhere: each sync imports nothing and writes nothing.
    access.reads.length = 0;
    for (const [w, at] of [
      [b, T0 + 5 * MINUTE],
      [a, T0 + 6 * MINUTE],
    ] as const) {
      const before = await syncedRecords(w.db);
      expect(await sync(w, access, at)).toEqual({ ...NOTHING, written: null });
      expect(await syncedRecords(w.db)).toEqual(before);
    }
    expect(access.reads).toEqual([]);
    expect((await readdir(folder)).length).toBe(2);
    expect((await readFolderState(a.db)).lastSync).toEqual({
      at: new Date(T0 + 6 * MINUTE).toISOString(),
      written: null,
      imported: 0,
      skipped: 0,
      refused: 0,
      review: 0,
    });
  });

  it("after the folder state is forgotten: own files are skipped unread, partners' counted as already imported", async () => {
    const access = desktopFolder(folder);
    const a = await workspace();
    const b = await workspace();
    await acquaint(a, b);
    await a.repos.clusters.create(clusterFields());
    const aFile = (await sync(a, access, T0 + MINUTE)).written?.name ?? '';
    b.at(T0 + 2 * MINUTE);
    await b.repos.organisations.create(organisationFields());
    const bFile = (await sync(b, access, T0 + 3 * MINUTE)).written?.name ?? '';
    expect((await sync(a, access, T0 + 4 * MINUTE)).imported).toHaveLength(1);

    await resetFolderState(a.db);
    access.reads.length = 0;
    const report = await sync(a, access, T0 + 5 * MINUTE);
    expect(report).toEqual({ ...NOTHING, skipped: 1, written: null });
    expect(access.reads).toEqual([bFile]);
    expect((await readFolderState(a.db)).handled).toEqual([aFile, bFile].sort());
  });

  it('a later edit travels as a new package holding only that edit', async () => {
    const access = desktopFolder(folder);
    const a = await workspace();
    const b = await workspace();
    await acquaint(a, b);
    const org = await a.repos.organisations.create(organisationFields());
    await a.repos.clusters.create(clusterFields());
    await sync(a, access, T0 + MINUTE);
    await sync(b, access, T0 + 2 * MINUTE);

    b.at(T0 + 3 * MINUTE);
    await b.repos.organisations.update(org.id, { name: 'Renamed on B' });
    const fromB = await sync(b, access, T0 + 4 * MINUTE);
    expect(fromB.written?.records).toBe(1);
    const onA = await sync(a, access, T0 + 5 * MINUTE);
    expect(onA.imported).toEqual([{ name: fromB.written?.name, changed: 1, conflicts: 0 }]);
    expect(onA.written).toBeNull();
    expect((await a.db.organisations.get(org.id))?.name).toBe('Renamed on B');
    expect(await syncedRecords(a.db)).toEqual(await syncedRecords(b.db));
  });

  it('records edited in many fields at once end identical on both sides', async () => {
    const access = desktopFolder(folder);
    const a = await workspace();
    const b = await workspace();
    await acquaint(a, b);
    const org = await a.repos.organisations.create(organisationFields());
    const person = await a.repos.contacts.create(contactFields(org.id));
    a.at(T0 + MINUTE);
    // Erasing blanks nine of the contact's fields in one write.
    await a.repos.contacts.update(
      person.id,
      erasedContactFields(person, new Date(T0 + MINUTE).toISOString()),
    );
    await sync(a, access, T0 + 2 * MINUTE);
    expect((await sync(b, access, T0 + 3 * MINUTE)).imported).toHaveLength(1);
    expect(await syncedRecords(b.db)).toEqual(await syncedRecords(a.db));
  });
});

describe('files the sync cannot import', () => {
  it('a corrupt package is refused with a PackageError and tried again next sync; the rest imports', async () => {
    const access = desktopFolder(folder);
    const a = await workspace();
    const b = await workspace();
    await acquaint(a, b);
    const org = await a.repos.organisations.create(organisationFields());
    const aFile = (await sync(a, access, T0 + MINUTE)).written?.name ?? '';

    // A third partner's package still arriving: only its first half is there yet.
    const c = await workspace();
    await acquaint(b, c);
    c.at(T0 + 2 * MINUTE);
    await c.repos.clusters.create(clusterFields({ name: 'From C' }));
    const cPackage = await exportPackage(c.db, {
      scope: { kind: 'workspace' },
      appVersion: APP,
      now: T0 + 2 * MINUTE,
    });
    const cFile = `${c.node}-${cPackage.packageId}.mcpkg`;
    await writeFile(path.join(folder, cFile), cPackage.bytes.subarray(0, 100));

    const first = await sync(b, access, T0 + 3 * MINUTE);
    expect(first.imported).toEqual([{ name: aFile, changed: 1, conflicts: 0 }]);
    expect(first.refused).toHaveLength(1);
    expect(first.refused[0]?.name).toBe(cFile);
    expect(first.refused[0]?.error).toBeInstanceOf(PackageError);
    expect(await b.db.organisations.get(org.id)).toEqual(org);
    expect((await readFolderState(b.db)).handled).not.toContain(cFile);
    expect((await readFolderState(b.db)).lastSync?.refused).toBe(1);

    // Still broken: refused again (not forgotten), and A's package is not imported twice.
    access.reads.length = 0;
    const second = await sync(b, access, T0 + 4 * MINUTE);
    expect(second).toMatchObject({ imported: [], skipped: 0, review: [], written: null });
    expect(second.refused.map((r) => r.name)).toEqual([cFile]);
    expect(access.reads).toEqual([cFile]);

    // The sync engine finishes the file: the next sync imports it.
    await writeFile(path.join(folder, cFile), cPackage.bytes);
    const third = await sync(b, access, T0 + 5 * MINUTE);
    expect(third.refused).toEqual([]);
    expect(third.imported).toEqual([{ name: cFile, changed: 1, conflicts: 0 }]);
    expect((await readFolderState(b.db)).handled).toContain(cFile);
  });

  it('a package whose signer key changed goes to review and nothing of it is written', async () => {
    const access = desktopFolder(folder);
    const a = await workspace();
    const b = await workspace();
    await acquaint(a, b);
    const org = await a.repos.organisations.create(organisationFields());
    await sync(a, access, T0 + MINUTE);
    await sync(b, access, T0 + 2 * MINUTE);
    const knownKey = (await readPartners(b.db))[a.node]?.publicKey;
    expect(knownKey).toBeDefined();

    // A reinstalls (new key) and edits.
    loseSigningKey(a.db);
    a.at(T0 + 3 * MINUTE);
    await a.repos.organisations.update(org.id, { name: 'After reinstall' });
    const renamed = await a.repos.clusters.create(clusterFields({ name: 'New on A' }));
    const changed = await sync(a, access, T0 + 4 * MINUTE);
    const changedFile = changed.written?.name ?? '';
    expect(changed.written?.records).toBe(2);

    const before = await syncedRecords(b.db);
    const report = await sync(b, access, T0 + 5 * MINUTE);
    expect(report).toMatchObject({ imported: [], skipped: 0, refused: [], written: null });
    expect(report.review.map((r) => r.name)).toEqual([changedFile]);
    expect(report.review[0]?.error).toBeInstanceOf(SignerTrustError);
    expect(report.review[0]?.error.code).toBe('keyChanged');
    expect(await syncedRecords(b.db)).toEqual(before);
    expect(await b.db.clusters.get(renamed.id)).toBeUndefined();
    expect((await readPartners(b.db))[a.node]?.publicKey).toBe(knownKey);
    expect((await readFolderState(b.db)).handled).not.toContain(changedFile);
    expect((await readFolderState(b.db)).lastSync?.review).toBe(1);

    // Still in review next time; once accepted from the Exchange page, the sync skips it.
    expect((await sync(b, access, T0 + 6 * MINUTE)).review).toHaveLength(1);
    await applyPackage(b.db, await readExchangeFile(folder, changedFile), {
      now: T0 + 7 * MINUTE,
      acceptSigner: true,
    });
    expect(await sync(b, access, T0 + 8 * MINUTE)).toEqual({
      ...NOTHING,
      skipped: 1,
      written: null,
    });
    expect(await syncedRecords(b.db)).toEqual(await syncedRecords(a.db));
  });

  it('files not ending in .mcpkg are ignored, even when the folder lists them', async () => {
    const a = await workspace();
    const b = await workspace();
    await acquaint(a, b);
    await a.repos.organisations.create(organisationFields());
    const aFile = (await sync(a, desktopFolder(folder), T0 + MINUTE)).written?.name ?? '';
    const others = ['notes.txt', `${aFile}.partial`, 'README', 'backup.mcpkg.tmp'];
    for (const name of others) await writeFile(path.join(folder, name), 'not a package');

    const raw = rawFolder(folder);
    expect((await raw.list()).length).toBe(5);
    const report = await sync(b, raw, T0 + 2 * MINUTE);
    expect(report).toEqual({
      imported: [{ name: aFile, changed: 1, conflicts: 0 }],
      skipped: 0,
      own: [],
      refused: [],
      review: [],
      written: null,
    });
    expect(raw.reads).toEqual([aFile]);
    expect((await readFolderState(b.db)).handled).toEqual([aFile]);

    // Through the desktop service too, and again with nothing new: nothing read.
    const desktop = desktopFolder(folder);
    expect(await sync(b, desktop, T0 + 3 * MINUTE)).toEqual({ ...NOTHING, written: null });
    expect(desktop.reads).toEqual([]);
  });

  it('a sync with no identity changes nothing', async () => {
    const db = await database(false);
    const before = await databaseSnapshot(db);
    await expect(
      syncExchangeFolder(db, desktopFolder(folder), { now: T0, appVersion: APP }),
    ).rejects.toThrow();
    expect(await databaseSnapshot(db)).toEqual(before);
    expect(await readdir(folder)).toEqual([]);
  });
});
