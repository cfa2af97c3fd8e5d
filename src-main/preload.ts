/**
 * The preload: the only code with ipcRenderer. It exposes exactly one function per HostApi
 * operation under window.mcsHost and nothing else — no ipcRenderer, no generic invoke, no channel
 * names — so the page can only ask for what the contract lists. It imports only the operation
 * names (no schemas), because a sandboxed preload is one file that may require only 'electron';
 * validation happens in the main process and again in src-renderer/host/electron.ts.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { HOST_GLOBAL, hostChannel, type HostOperationName } from '../src-core/host/operations';

type BridgeFunction = (request: unknown) => Promise<unknown>;

function invoker(name: HostOperationName): BridgeFunction {
  // Only `request` crosses over: the IPC event and ipcRenderer itself stay in the preload.
  return (request) => ipcRenderer.invoke(hostChannel(name), request);
}

// An object literal checked with `satisfies`, so a missing or extra operation fails to compile.
const api = {
  appInfo: invoker('appInfo'),
  saveFile: invoker('saveFile'),
  openFiles: invoker('openFiles'),
  writeBackup: invoker('writeBackup'),
  listBackups: invoker('listBackups'),
  readBackup: invoker('readBackup'),
  deleteBackup: invoker('deleteBackup'),
  printToPdf: invoker('printToPdf'),
  exchangeFolderStatus: invoker('exchangeFolderStatus'),
  chooseExchangeFolder: invoker('chooseExchangeFolder'),
  listExchangeFolder: invoker('listExchangeFolder'),
  readExchangeFile: invoker('readExchangeFile'),
  writeExchangeFile: invoker('writeExchangeFile'),
  takeOpenedPackages: invoker('takeOpenedPackages'),
  openPresenterWindow: invoker('openPresenterWindow'),
  roomStart: invoker('roomStart'),
  roomStop: invoker('roomStop'),
  signingKeyStatus: invoker('signingKeyStatus'),
  signManifest: invoker('signManifest'),
  exportSigningKey: invoker('exportSigningKey'),
  importSigningKey: invoker('importSigningKey'),
  adoptSigningKey: invoker('adoptSigningKey'),
} satisfies Record<HostOperationName, BridgeFunction>;

contextBridge.exposeInMainWorld(HOST_GLOBAL, api);
