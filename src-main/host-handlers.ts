/**
 * Electron glue behind each HostApi operation: native dialogs and printToPDF, around the plain
 * services in services/ and the workshop room in room/desktop.ts. Requests arrive here already
 * validated by ipc.ts. (Links are not a host operation: a page opens one with window.open, and
 * main.ts asks the user before the system browser gets it — external-links.ts.)
 */
import {
  app,
  BrowserWindow,
  dialog,
  type FileFilter,
  type IpcMainInvokeEvent,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import path from 'node:path';
import { HostError } from '../src-core/host/contract';
import type { HostServices } from './ipc';
import { roomHostServices, type RoomController } from './room/desktop';
import { buildAppInfo } from './services/app-info';
import { writeFileAtomic } from './services/atomic-file';
import { deleteBackup, listBackups, readBackup, writeBackup } from './services/backups';
import {
  chooseExchangeFolder,
  listExchangeFolder,
  readExchangeFile,
  readExchangeFolderSetting,
  readOpenedPackages,
  writeExchangeFile,
} from './services/exchange-folder';
import type { KeyProtection } from './services/key-protection';
import { createSigningKeyService } from './services/signing-key';
import { readUserFiles } from './services/user-files';

export type HostHandlerOptions = {
  productName: string;
  version: string;
  backupsFolder: string;
  /** The profile file remembering the chosen exchange folder (exchange-folder.json). */
  exchangeSettingsFile: string;
  /** Hands over (and forgets) the paths of the packages the app was asked to open (main.ts). */
  takePendingPackagePaths: () => string[];
  /** Opens (or brings back) the presenter window of a workshop (main.ts). */
  openPresenterWindow: (workshopId: string) => boolean;
  /** The workshop room (issue 15), kept by main.ts so it can close it when the app quits. */
  room: RoomController;
  /** The profile folder, where the package-signing key is kept (signing-key.json). */
  userDataFolder: string;
  /** Electron's safeStorage (through keyProtectionFrom), which encrypts the signing key. */
  keyProtection: KeyProtection;
};

function ownerWindow(event: IpcMainInvokeEvent): BrowserWindow | null {
  return BrowserWindow.fromWebContents(event.sender);
}

function defaultFolder(): string {
  try {
    return app.getPath('documents');
  } catch {
    // Some Linux desktops define no Documents folder.
    return app.getPath('home');
  }
}

/** The chosen path, or null when the user cancelled. */
async function askSavePath(
  event: IpcMainInvokeEvent,
  suggestedName: string,
  filters: FileFilter[],
): Promise<string | null> {
  const options: SaveDialogOptions = {
    defaultPath: path.join(defaultFolder(), suggestedName),
    filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const owner = ownerWindow(event);
  const result = owner
    ? await dialog.showSaveDialog(owner, options)
    : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

function withPdfExtension(name: string): string {
  return name.toLowerCase().endsWith('.pdf') ? name : `${name}.pdf`;
}

export function createHostServices(options: HostHandlerOptions): HostServices<IpcMainInvokeEvent> {
  // The chosen exchange folder, read from the profile on first use and kept here afterwards.
  let exchangeFolder: Promise<string | null> | undefined;
  const currentExchangeFolder = (): Promise<string | null> =>
    (exchangeFolder ??= readExchangeFolderSetting(options.exchangeSettingsFile));
  // The signing key stays in this process: the page gets signatures and key files, never the key.
  const signingKey = createSigningKeyService(options.userDataFolder, options.keyProtection);

  return {
    async appInfo() {
      return buildAppInfo({
        name: options.productName,
        version: options.version,
        platform: process.platform,
        arch: process.arch,
        backupsFolder: options.backupsFolder,
      });
    },

    async saveFile({ suggestedName, data, filters }, event) {
      const target = await askSavePath(event, suggestedName, filters);
      if (!target) return { saved: false };
      await writeFileAtomic(target, data);
      return { saved: true, location: target };
    },

    async openFiles({ filters, multiple }, event) {
      const dialogOptions: OpenDialogOptions = {
        filters,
        properties: multiple ? ['openFile', 'multiSelections'] : ['openFile'],
      };
      const owner = ownerWindow(event);
      const result = owner
        ? await dialog.showOpenDialog(owner, dialogOptions)
        : await dialog.showOpenDialog(dialogOptions);
      if (result.canceled) return [];
      return readUserFiles(result.filePaths);
    },

    writeBackup: ({ name, data }) => writeBackup(options.backupsFolder, name, data),
    listBackups: () => listBackups(options.backupsFolder),
    readBackup: ({ name }) => readBackup(options.backupsFolder, name),
    deleteBackup: ({ name }) => deleteBackup(options.backupsFolder, name),

    async printToPdf({ suggestedName }, event) {
      const target = await askSavePath(event, withPdfExtension(suggestedName), [
        { name: 'PDF', extensions: ['pdf'] },
      ]);
      if (!target) return { saved: false };
      let pdf: Buffer;
      try {
        // The page's print stylesheet decides layout; A4 is the default paper in the partner countries.
        pdf = await event.sender.printToPDF({
          pageSize: 'A4',
          printBackground: true,
          preferCSSPageSize: true,
        });
      } catch {
        throw new HostError(
          'io',
          'pdfFailed',
          {},
          'The PDF could not be created. Try again, or print from the page.',
        );
      }
      await writeFileAtomic(target, pdf);
      return { saved: true, location: target };
    },

    async exchangeFolderStatus() {
      return { supported: true, folder: await currentExchangeFolder() };
    },

    async chooseExchangeFolder(_request, event) {
      const current = await currentExchangeFolder();
      const dialogOptions: OpenDialogOptions = {
        title: 'Choose the exchange folder',
        defaultPath: current ?? defaultFolder(),
        properties: ['openDirectory', 'createDirectory'],
      };
      const owner = ownerWindow(event);
      const result = owner
        ? await dialog.showOpenDialog(owner, dialogOptions)
        : await dialog.showOpenDialog(dialogOptions);
      const picked = result.filePaths[0];
      if (result.canceled || !picked) return { folder: null };
      const folder = await chooseExchangeFolder(options.exchangeSettingsFile, picked);
      exchangeFolder = Promise.resolve(folder);
      return { folder };
    },

    listExchangeFolder: async () => listExchangeFolder(await currentExchangeFolder()),
    readExchangeFile: async ({ name }) => readExchangeFile(await currentExchangeFolder(), name),
    writeExchangeFile: async ({ name, data }) =>
      writeExchangeFile(await currentExchangeFolder(), name, data),

    takeOpenedPackages: () => readOpenedPackages(options.takePendingPackagePaths()),

    openPresenterWindow: async ({ workshopId }) => ({
      opened: options.openPresenterWindow(workshopId),
    }),

    ...roomHostServices(options.room),

    signingKeyStatus: () => signingKey.status(),
    signManifest: ({ data }) => signingKey.sign(data),
    exportSigningKey: ({ passphrase }) => signingKey.exportKey(passphrase),
    importSigningKey: ({ data, passphrase }) => signingKey.importKey(data, passphrase),
    adoptSigningKey: (key) => signingKey.adopt(key),
  };
}
