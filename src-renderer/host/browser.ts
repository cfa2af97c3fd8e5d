/**
 * HostApi for the web host: downloads for saving, a file input for opening, the origin-private
 * file system (OPFS) for backups, the browser's print dialog for PDFs, and a folder picked
 * through the File System Access API as the exchange folder (browser-folder.ts).
 */
import {
  hostContract,
  HostError,
  parseHostRequest,
  type AppInfo,
  type BackupInfo,
  type HostApi,
  type HostErrorDetail,
} from '../../src-core/host/contract';
import { createBrowserExchangeFolder } from './browser-folder';
import { createBrowserKeys, type BrowserKeyOps } from './browser-keys';

/** The key operations with their requests checked against the contract, as every other one. */
function checkedKeyOps(keys: BrowserKeyOps): BrowserKeyOps {
  return {
    signingKeyStatus: async (request) =>
      keys.signingKeyStatus(parseHostRequest('signingKeyStatus', request)),
    signManifest: async (request) => keys.signManifest(parseHostRequest('signManifest', request)),
    exportSigningKey: async (request) =>
      keys.exportSigningKey(parseHostRequest('exportSigningKey', request)),
    importSigningKey: async (request) =>
      keys.importSigningKey(parseHostRequest('importSigningKey', request)),
    adoptSigningKey: async (request) =>
      keys.adoptSigningKey(parseHostRequest('adoptSigningKey', request)),
  };
}

const BACKUP_FOLDER = 'backups';

function roomUnsupported(): HostError {
  return new HostError(
    'unsupported',
    'roomUnsupported',
    {},
    'The workshop room is opened by the desktop app, or started together with the web server.',
  );
}

/** A failure of the browser's storage, worded by its kind (a full disk) or by what was done. */
function storageError(error: unknown, ...failure: HostErrorDetail): HostError {
  if (error instanceof HostError) return error;
  const name = error instanceof DOMException ? error.name : undefined;
  if (name === 'QuotaExceededError') {
    return new HostError(
      'io',
      'diskFull',
      {},
      'The disk is full. Free some space, then try again.',
    );
  }
  const detail = error instanceof Error ? `: ${error.name}: ${error.message}` : '';
  return new HostError('io', ...failure, `The browser's storage failed${detail}`);
}

async function backupsFolder(): Promise<FileSystemDirectoryHandle> {
  if (!navigator.storage?.getDirectory) {
    throw new HostError(
      'unsupported',
      'backupsUnsupported',
      {},
      'This browser cannot keep backups. Use the desktop app or a current Chromium, Firefox or Safari.',
    );
  }
  try {
    const root = await navigator.storage.getDirectory();
    return await root.getDirectoryHandle(BACKUP_FOLDER, { create: true });
  } catch (error) {
    throw storageError(error, 'backupsFolderFailed', {});
  }
}

function download(name: string, data: Uint8Array, type: string): void {
  const blob = new Blob([data as Uint8Array<ArrayBuffer>], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Let the download start before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function pickFiles(accept: string, multiple: boolean): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.multiple = multiple;
    input.style.display = 'none';
    input.addEventListener('change', () => {
      resolve(Array.from(input.files ?? []));
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve([]);
      input.remove();
    });
    document.body.append(input);
    input.click();
  });
}

export function createBrowserHost(appVersion: string): HostApi {
  return {
    async appInfo(request) {
      parseHostRequest('appInfo', request);
      const info: AppInfo = {
        name: 'Meta-Cluster Studio',
        version: appVersion,
        host: 'browser',
        platform: navigator.platform || 'web',
        backupLocation: 'OPFS',
      };
      return hostContract.appInfo.response.parse(info);
    },

    async saveFile(request) {
      const { suggestedName, data } = parseHostRequest('saveFile', request);
      download(suggestedName, data, 'application/octet-stream');
      return { saved: true, location: suggestedName };
    },

    async openFiles(request) {
      const { filters, multiple } = parseHostRequest('openFiles', request);
      const accept = filters.flatMap((f) => f.extensions.map((ext) => `.${ext}`)).join(',');
      const files = await pickFiles(accept, multiple);
      return Promise.all(
        files.map(async (file) => ({
          name: file.name,
          data: new Uint8Array(await file.arrayBuffer()),
        })),
      );
    },

    async writeBackup(request) {
      const { name, data } = parseHostRequest('writeBackup', request);
      const folder = await backupsFolder();
      try {
        // Write under a temporary name, then move: a crash mid-write leaves no half backup.
        const temporary = await folder.getFileHandle(`${name}.partial`, { create: true });
        const writable = await temporary.createWritable();
        await writable.write(data as Uint8Array<ArrayBuffer>);
        await writable.close();
        await (temporary as FileSystemFileHandle & { move(name: string): Promise<void> }).move(
          name,
        );
        const file = await (await folder.getFileHandle(name)).getFile();
        return { name, size: file.size, createdAt: new Date(file.lastModified).toISOString() };
      } catch (error) {
        throw storageError(error, 'saveFailed', { name });
      }
    },

    async listBackups(request) {
      parseHostRequest('listBackups', request);
      const folder = await backupsFolder();
      const backups: BackupInfo[] = [];
      try {
        for await (const handle of (
          folder as FileSystemDirectoryHandle & {
            values(): AsyncIterable<FileSystemHandle>;
          }
        ).values()) {
          if (handle.kind !== 'file' || handle.name.endsWith('.partial')) continue;
          const file = await (handle as FileSystemFileHandle).getFile();
          backups.push({
            name: handle.name,
            size: file.size,
            createdAt: new Date(file.lastModified).toISOString(),
          });
        }
      } catch (error) {
        throw storageError(error, 'backupsFolderFailed', {});
      }
      return backups.sort(
        (a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name),
      );
    },

    async readBackup(request) {
      const { name } = parseHostRequest('readBackup', request);
      const folder = await backupsFolder();
      try {
        const file = await (await folder.getFileHandle(name)).getFile();
        return new Uint8Array(await file.arrayBuffer());
      } catch {
        throw new HostError('io', 'backupNotFound', { name }, `The backup ${name} was not found.`);
      }
    },

    async deleteBackup(request) {
      const { name } = parseHostRequest('deleteBackup', request);
      const folder = await backupsFolder();
      try {
        await folder.removeEntry(name);
        return { deleted: true };
      } catch (error) {
        if (error instanceof DOMException && error.name === 'NotFoundError') {
          return { deleted: false };
        }
        throw storageError(error, 'saveFailed', { name });
      }
    },

    async printToPdf(request) {
      parseHostRequest('printToPdf', request);
      // The browser's print dialog offers "Save as PDF"; whether the user saved is not knowable.
      window.print();
      return { saved: false };
    },

    ...createBrowserExchangeFolder(),
    ...checkedKeyOps(createBrowserKeys()),

    async openPresenterWindow(request) {
      const { workshopId } = parseHostRequest('openPresenterWindow', request);
      const url = new URL(window.location.href);
      url.hash = `#/workshops/${workshopId}?view=present`;
      // A named target: asking again brings the same tab back instead of opening another.
      const opened = window.open(url.toString(), `mcs-presenter-${workshopId}`);
      return { opened: opened !== null };
    },

    async takeOpenedPackages(request) {
      parseHostRequest('takeOpenedPackages', request);
      // A web page is never asked by the file manager to open a file.
      return [];
    },

    // Beside the web host the room server starts with the web server and the page's address
    // names it (room-source.ts); a web page cannot open a server itself.
    async roomStart(request) {
      parseHostRequest('roomStart', request);
      throw roomUnsupported();
    },

    async roomStop(request) {
      parseHostRequest('roomStop', request);
      throw roomUnsupported();
    },
  };
}
