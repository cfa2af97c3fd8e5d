/** Picks the host the renderer runs in: Electron (through the preload) or the browser. */
import type { HostApi } from '../../src-core/host/contract';
import { HOST_GLOBAL } from '../../src-core/host/operations';
import { createBrowserHost } from './browser';
import { createElectronHost } from './electron';

let host: HostApi | undefined;

export function getHost(): HostApi {
  if (!host) {
    host = HOST_GLOBAL in window ? createElectronHost() : createBrowserHost(__APP_VERSION__);
  }
  return host;
}
