/**
 * The exchange folder for the web host, through the File System Access API (Chromium-based
 * browsers): the user picks a folder that Syncthing, Nextcloud or a network share keeps in step
 * between partners; the app lists, reads and adds `.mcpkg` package files there. The folder handle
 * is kept across reloads in a small IndexedDB database of its own (not the workspace database);
 * the browser asks the user again for permission after a restart, which needs a click, so every
 * operation checks permission first and says what to do when it is missing.
 */
import {
  exchangeFileNameSchema,
  HostError,
  MAX_FILE_BYTES,
  parseHostRequest,
  type ExchangeFileInfo,
  type HostApi,
} from '../../src-core/host/contract';

export type ExchangeFolderOperations = Pick<
  HostApi,
  | 'exchangeFolderStatus'
  | 'chooseExchangeFolder'
  | 'listExchangeFolder'
  | 'readExchangeFile'
  | 'writeExchangeFile'
>;

type PermissionMode = { mode: 'read' | 'readwrite' };

/** What lib.dom does not (yet) declare for local-folder handles in Chromium. */
type FolderHandle = FileSystemDirectoryHandle & {
  values(): AsyncIterable<FileSystemHandle>;
  queryPermission(descriptor: PermissionMode): Promise<PermissionState>;
  requestPermission(descriptor: PermissionMode): Promise<PermissionState>;
};

type MovableFileHandle = FileSystemFileHandle & { move?: (name: string) => Promise<void> };

type DirectoryPicker = (options: {
  id?: string;
  mode?: 'read' | 'readwrite';
}) => Promise<FileSystemDirectoryHandle>;

const DATABASE_NAME = 'mcs-host';
const STORE_NAME = 'handles';
const HANDLE_KEY = 'exchangeFolder';

const UNSUPPORTED_REASON =
  'This browser cannot use an exchange folder. Use the desktop app, or a Chromium-based browser such as Chrome or Edge.';

function unsupported(): HostError {
  return new HostError('unsupported', 'exchangeUnsupported', {}, UNSUPPORTED_REASON);
}

function directoryPicker(): DirectoryPicker | undefined {
  const picker = (window as Window & { showDirectoryPicker?: DirectoryPicker }).showDirectoryPicker;
  return typeof picker === 'function' ? picker.bind(window) : undefined;
}

function errorName(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'name' in error
    ? String((error as { name: unknown }).name)
    : undefined;
}

// --- The handle, kept in IndexedDB -------------------------------------------------------------

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE_NAME, 1);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(STORE_NAME)) {
        request.result.createObjectStore(STORE_NAME);
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened.'));
    request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab.'));
  });
}

async function inStore<T>(
  mode: IDBTransactionMode,
  run: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const database = await openDatabase();
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = database.transaction(STORE_NAME, mode);
      const request = run(transaction.objectStore(STORE_NAME));
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = () => reject(transaction.error ?? request.error);
      transaction.onabort = () => reject(transaction.error ?? new Error('Transaction aborted.'));
    });
  } finally {
    database.close();
  }
}

/** The stored handle, loaded once per page; null when none was chosen or it cannot be read. */
let storedHandle: Promise<FolderHandle | null> | undefined;

function loadHandle(): Promise<FolderHandle | null> {
  storedHandle ??= inStore<unknown>('readonly', (store) => store.get(HANDLE_KEY)).then(
    (value) =>
      typeof FileSystemDirectoryHandle !== 'undefined' && value instanceof FileSystemDirectoryHandle
        ? (value as FolderHandle)
        : null,
    (error: unknown) => {
      console.warn('[host] the exchange folder could not be loaded', error);
      return null;
    },
  );
  return storedHandle;
}

async function saveHandle(handle: FileSystemDirectoryHandle): Promise<void> {
  storedHandle = Promise.resolve(handle as FolderHandle);
  try {
    await inStore('readwrite', (store) => store.put(handle, HANDLE_KEY));
  } catch (error) {
    // Still usable until the page reloads; the user then chooses again.
    console.warn('[host] the exchange folder could not be remembered', error);
  }
}

// --- Checks before every use -------------------------------------------------------------------

function noFolderChosen(): HostError {
  return new HostError(
    'unsupported',
    'noExchangeFolder',
    {},
    'No exchange folder is chosen yet. Choose the exchange folder first.',
  );
}

function folderGone(handle: FileSystemDirectoryHandle): HostError {
  return new HostError(
    'io',
    'exchangeFolderGone',
    { folder: handle.name },
    `The exchange folder "${handle.name}" can no longer be found. If it was moved or renamed, choose the folder again.`,
  );
}

/** Throws a HostError saying what to do when the folder cannot be used. */
function folderError(handle: FileSystemDirectoryHandle, error: unknown): HostError {
  if (error instanceof HostError) return error;
  const name = errorName(error);
  if (name === 'NotFoundError' || name === 'TypeMismatchError') return folderGone(handle);
  if (name === 'NotAllowedError' || name === 'SecurityError') return permissionMissing(handle);
  if (name === 'QuotaExceededError') {
    return new HostError(
      'io',
      'diskFull',
      {},
      'The disk is full. Free some space, then try again.',
    );
  }
  return new HostError(
    'io',
    'exchangeFolderFailed',
    { folder: handle.name },
    `The exchange folder "${handle.name}" could not be used. Try again, or choose the folder again.`,
  );
}

function permissionMissing(handle: FileSystemDirectoryHandle): HostError {
  return new HostError(
    'unsupported',
    'exchangeFolderPermission',
    { folder: handle.name },
    `The browser needs your permission to use the exchange folder "${handle.name}". Click Sync now again and allow it, or choose the folder again.`,
  );
}

/** The chosen folder, with read-write permission (asked for when the browser needs it). */
async function usableFolder(): Promise<FolderHandle> {
  if (!directoryPicker()) throw unsupported();
  const handle = await loadHandle();
  if (!handle) throw noFolderChosen();
  const mode: PermissionMode = { mode: 'readwrite' };
  let state: PermissionState;
  try {
    state = await handle.queryPermission(mode);
    // Asking needs a user gesture (a click on Sync now); without one the browser refuses.
    if (state !== 'granted') state = await handle.requestPermission(mode);
  } catch {
    state = 'denied';
  }
  if (state !== 'granted') throw permissionMissing(handle);
  return handle;
}

async function entryExists(folder: FileSystemDirectoryHandle, name: string): Promise<boolean> {
  try {
    await folder.getFileHandle(name);
    return true;
  } catch (error) {
    const kind = errorName(error);
    if (kind === 'NotFoundError') return false;
    // A folder of that name is in the way just as much as a file.
    if (kind === 'TypeMismatchError') return true;
    throw error;
  }
}

/** Whether the folder itself can still be reached (it may have been deleted or unmounted). */
async function folderReachable(folder: FolderHandle): Promise<boolean> {
  try {
    for await (const _entry of folder.values()) break;
    return true;
  } catch {
    return false;
  }
}

function alreadyThere(name: string): HostError {
  return new HostError(
    'io',
    'packageExists',
    { name },
    `A package named ${name} is already in the exchange folder.`,
  );
}

function megabytes(bytes: number): number {
  return Math.round(bytes / (1024 * 1024));
}

// --- The operations ----------------------------------------------------------------------------

export function createBrowserExchangeFolder(): ExchangeFolderOperations {
  return {
    async exchangeFolderStatus(request) {
      parseHostRequest('exchangeFolderStatus', request);
      if (!directoryPicker()) return { supported: false, folder: null, reason: UNSUPPORTED_REASON };
      const handle = await loadHandle();
      return { supported: true, folder: handle ? handle.name : null };
    },

    async chooseExchangeFolder(request) {
      parseHostRequest('chooseExchangeFolder', request);
      const picker = directoryPicker();
      if (!picker) throw unsupported();
      let handle: FileSystemDirectoryHandle;
      try {
        handle = await picker({ id: 'mcs-exchange', mode: 'readwrite' });
      } catch (error) {
        if (errorName(error) === 'AbortError') return { folder: null };
        throw new HostError(
          'io',
          'exchangeFolderRefused',
          {},
          'The browser did not allow that folder (system folders cannot be chosen). Choose another folder.',
        );
      }
      await saveHandle(handle);
      return { folder: handle.name };
    },

    async listExchangeFolder(request) {
      parseHostRequest('listExchangeFolder', request);
      const folder = await usableFolder();
      const files: ExchangeFileInfo[] = [];
      try {
        for await (const entry of folder.values()) {
          if (entry.kind !== 'file' || !exchangeFileNameSchema.safeParse(entry.name).success) {
            continue;
          }
          try {
            const file = await (entry as FileSystemFileHandle).getFile();
            files.push({ name: entry.name, size: file.size });
          } catch {
            // Removed, or still being written by the sync program: not a package now.
          }
        }
      } catch (error) {
        throw folderError(folder, error);
      }
      return files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    },

    async readExchangeFile(request) {
      const { name } = parseHostRequest('readExchangeFile', request);
      const folder = await usableFolder();
      let file: File;
      try {
        file = await (await folder.getFileHandle(name)).getFile();
      } catch (error) {
        if (errorName(error) === 'NotFoundError' && (await folderReachable(folder))) {
          throw new HostError(
            'io',
            'packageGone',
            { name },
            `The package ${name} is no longer in the exchange folder.`,
          );
        }
        throw folderError(folder, error);
      }
      if (file.size > MAX_FILE_BYTES) {
        throw new HostError(
          'invalid-request',
          'packageTooLarge',
          { name, limit: megabytes(MAX_FILE_BYTES) },
          `${name} is larger than ${megabytes(MAX_FILE_BYTES)} MB and cannot be read.`,
        );
      }
      try {
        return new Uint8Array(await file.arrayBuffer());
      } catch (error) {
        throw folderError(folder, error);
      }
    },

    async writeExchangeFile(request) {
      const { name, data } = parseHostRequest('writeExchangeFile', request);
      const folder = await usableFolder();
      const partialName = `${name}.partial`;
      try {
        if (await entryExists(folder, name)) {
          throw alreadyThere(name);
        }
        // Write under a temporary name, then move: partners never see half a package. The
        // ".partial" name is not a package name, so no listing picks it up meanwhile.
        const temporary = (await folder.getFileHandle(partialName, {
          create: true,
        })) as MovableFileHandle;
        const writable = await temporary.createWritable();
        try {
          await writable.write(data as Uint8Array<ArrayBuffer>);
          await writable.close();
        } catch (error) {
          await writable.abort().catch(() => undefined);
          throw error;
        }
        if (await entryExists(folder, name)) {
          throw alreadyThere(name);
        }
        if (typeof temporary.move === 'function') {
          await temporary.move(name);
        } else {
          // Browsers without move() (before Chromium 110): write the final name directly;
          // Chromium still writes to a swap file and swaps it in on close.
          const final = await folder.getFileHandle(name, { create: true });
          const direct = await final.createWritable();
          await direct.write(data as Uint8Array<ArrayBuffer>);
          await direct.close();
          await folder.removeEntry(partialName);
        }
      } catch (error) {
        await folder.removeEntry(partialName).catch(() => undefined);
        throw folderError(folder, error);
      }
      return { name };
    },
  };
}
