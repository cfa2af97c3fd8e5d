/**
 * The names of the host operations, with no dependencies, so the Electron preload can expose
 * exactly these and nothing else without bundling the schemas.
 */
export const hostOperationNames = [
  'appInfo',
  'saveFile',
  'openFiles',
  'writeBackup',
  'listBackups',
  'readBackup',
  'deleteBackup',
  'printToPdf',
  'exchangeFolderStatus',
  'chooseExchangeFolder',
  'listExchangeFolder',
  'readExchangeFile',
  'writeExchangeFile',
  'takeOpenedPackages',
  'openPresenterWindow',
  'roomStart',
  'roomStop',
  'signingKeyStatus',
  'signManifest',
  'exportSigningKey',
  'importSigningKey',
  'adoptSigningKey',
] as const;

export type HostOperationName = (typeof hostOperationNames)[number];

/** IPC channel of an operation: one namespace, so the main side can refuse anything else. */
export function hostChannel(name: HostOperationName): string {
  return `mcs:host:${name}`;
}

/** The name under which the preload exposes the HostApi on `window`. */
export const HOST_GLOBAL = 'mcsHost';
