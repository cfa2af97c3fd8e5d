/**
 * "Sync now" with an exchange folder: a folder that Syncthing, Nextcloud or a network share keeps
 * in step between partners. Every package file there is immutable and named
 * `<node id>-<package id>.mcpkg` (package ids are UUIDv7: time-ordered and unique), so the sync
 * engine never has a conflict to resolve. A sync:
 * 1. imports every package file not handled before, in name order, skipping packages already
 *    imported (by package id) and this workspace's own packages (by name, and by the node in the
 *    manifest whatever the file is called); a refused file is reported and tried again next time
 *    (it may still be arriving); a package whose sender needs the user's trust — a partner never
 *    seen before, or a changed key — is not applied but left for review on the Exchange page
 *    (anyone who can write into a shared folder could otherwise rewrite or erase data);
 * 2. then writes this workspace's changes since what the folder already holds as one new package
 *    (none when there is nothing new), after the imports so its knowledge includes them.
 * The folder itself is reached through the host (desktop: the main process; browser: the File
 * System Access API); this module only sees `FolderAccess`.
 */
import type { ExchangeFolderState } from '../../src-core/model/workspace';
import { mergeKnowledge } from '../../src-core/sync/knowledge';
import { NoIdentityError } from './clock';
import {
  applyPackage,
  exportPackage,
  type ApplyResult,
  type ExportOptions,
  type ExportedPackage,
} from './exchange';
import { recordSent, SignerTrustError } from './partners';
import type { StudioDb } from './schema';
import { readSetting } from './settings';

export interface FolderAccess {
  list(): Promise<readonly { readonly name: string; readonly size: number }[]>;
  read(name: string): Promise<Uint8Array>;
  write(name: string, data: Uint8Array): Promise<void>;
}

export interface SyncOptions {
  readonly now: number;
  readonly appVersion: string;
  /** How to apply and export (the page runs them in a worker); the data layer's by default. */
  /** Packages of partners never seen before must be left for review (`newSenders`). */
  readonly apply?: (bytes: Uint8Array, newSenders: 'review') => Promise<ApplyResult>;
  readonly exportChanges?: (options: ExportOptions) => Promise<ExportedPackage>;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface SyncReport {
  readonly imported: {
    readonly name: string;
    readonly changed: number;
    readonly conflicts: number;
  }[];
  /** Files already imported before (by package id). */
  readonly skipped: number;
  /** Files that are this workspace's own packages under another name (e.g. a copy). */
  readonly own: readonly string[];
  readonly refused: { readonly name: string; readonly error: unknown }[];
  /** Packages whose sender needs the user's trust (new partner, changed key): review them. */
  readonly review: { readonly name: string; readonly error: SignerTrustError }[];
  /** The package this sync wrote, or null when there was nothing new to share. */
  readonly written: { readonly name: string; readonly records: number } | null;
}

const EMPTY_STATE: ExchangeFolderState = { folderKnowledge: {}, handled: [], lastSync: null };

export async function readFolderState(db: StudioDb): Promise<ExchangeFolderState> {
  return (await readSetting(db, 'exchange:folder')) ?? EMPTY_STATE;
}

/** Forget what was handled (a different folder was chosen). */
export async function resetFolderState(db: StudioDb): Promise<void> {
  await db.settings.delete('exchange:folder');
}

export const isPackageFileName = (name: string): boolean => name.toLowerCase().endsWith('.mcpkg');

export async function syncExchangeFolder(
  db: StudioDb,
  folder: FolderAccess,
  {
    now,
    appVersion,
    apply = (bytes, newSenders) => applyPackage(db, bytes, { now, newSenders }),
    exportChanges = (options) => exportPackage(db, options),
    onProgress = () => undefined,
  }: SyncOptions,
): Promise<SyncReport> {
  const identity = await readSetting(db, 'identity');
  if (!identity) throw new NoIdentityError();
  const state = await readFolderState(db);
  const handled = new Set(state.handled);
  const ownPrefix = `${identity.nodeId}-`;
  const files = (await folder.list())
    .map((file) => file.name)
    .filter((name) => isPackageFileName(name) && !handled.has(name))
    .sort();

  let folderKnowledge = state.folderKnowledge;
  const imported: SyncReport['imported'] = [];
  const refused: SyncReport['refused'] = [];
  const review: SyncReport['review'] = [];
  let skipped = 0;
  const own: string[] = [];
  const total = files.length + 1;
  for (const [index, name] of files.entries()) {
    onProgress(index, total);
    if (name.startsWith(ownPrefix)) {
      handled.add(name);
      continue;
    }
    try {
      const result = await apply(await folder.read(name), 'review');
      folderKnowledge = mergeKnowledge(folderKnowledge, result.knowledge);
      handled.add(name);
      if (result.isOwn) own.push(name);
      else if (result.alreadyImported) skipped += 1;
      else imported.push({ name, changed: result.changed, conflicts: result.conflicts });
    } catch (error) {
      if (error instanceof SignerTrustError) review.push({ name, error });
      else refused.push({ name, error });
    }
  }

  onProgress(files.length, total);
  const exported = await exportChanges({
    scope: { kind: 'changesSince', partnerNodeId: identity.nodeId, knowledge: folderKnowledge },
    personalData: 'as-shared',
    appVersion,
    now,
  });
  let written: SyncReport['written'] = null;
  if (exported.records > 0) {
    const name = `${identity.nodeId}-${exported.packageId}.mcpkg`;
    await folder.write(name, exported.bytes);
    handled.add(name);
    await recordSent(db, exported, name);
    written = { name, records: exported.records };
  }
  // What the folder now holds covers this workspace's knowledge when it wrote everything new.
  if (written) folderKnowledge = mergeKnowledge(folderKnowledge, exported.knowledge);
  const next: ExchangeFolderState = {
    folderKnowledge,
    handled: [...handled].sort(),
    lastSync: {
      at: new Date(now).toISOString(),
      written: written?.name ?? null,
      imported: imported.length,
      skipped,
      refused: refused.length,
      review: review.length,
    },
  };
  await db.settings.put({ key: 'exchange:folder', value: next });
  onProgress(total, total);
  return { imported, skipped, own, refused, review, written };
}
