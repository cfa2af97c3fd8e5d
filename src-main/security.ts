/**
 * The desktop shell's security rules: what the window may navigate to, which frames may call the
 * host, the Content-Security-Policy, which files the app:// protocol may serve, the window's web
 * preferences and menu (no DevTools in the installed app), and installers that apply these rules
 * to Electron objects. Electron is only imported as types, so every rule here runs (and is
 * tested) in plain Node.
 */
import path from 'node:path';
import type { MenuItemConstructorOptions, Session, WebContents, WebPreferences } from 'electron';
import { mainCatalogue, type MainStrings } from './main-strings';

/** The renderer is served from its own privileged scheme so it has a real, stable origin. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Sent with every app:// response. 'unsafe-inline' for styles only, because React writes inline
 * style attributes; scripts stay 'self' so injected markup cannot run code.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  // The workshop room's host socket (issue 15): the room server on this computer, over loopback.
  "connect-src 'self' ws://127.0.0.1:*",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True when `frameUrl` belongs to the app's origin. Compared by scheme and host rather than
 * `URL.origin`, because Node's URL reports "null" as the origin of any non-web scheme.
 */
export function isTrustedSender(frameUrl: string, appOrigin: string): boolean {
  const frame = parseUrl(frameUrl);
  const app = parseUrl(appOrigin);
  if (!frame || !app || app.host === '') return false;
  return (
    frame.protocol === app.protocol &&
    frame.host.toLowerCase() === app.host.toLowerCase() &&
    frame.username === '' &&
    frame.password === ''
  );
}

/** The window only ever shows the app itself; everything else is refused. */
export function isAllowedNavigation(url: string, appOrigin: string = APP_ORIGIN): boolean {
  return isTrustedSender(url, appOrigin);
}

/**
 * Maps an app:// request to a file inside `rootDir`, or null when the request names another
 * host, a folder, or anything outside the root (including encoded `..` and backslashes).
 */
export function resolveAppAssetPath(rootDir: string, requestUrl: string): string | null {
  const url = parseUrl(requestUrl);
  if (!url || url.protocol !== `${APP_SCHEME}:` || url.host.toLowerCase() !== APP_HOST) return null;
  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (relative.includes('\0')) return null;
  if (relative === '/' || relative === '') relative = '/index.html';
  const root = path.resolve(rootDir);
  const resolved = path.resolve(root, `.${relative}`);
  const inside = path.relative(root, resolved);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return null;
  return resolved;
}

/**
 * Called with the address of every window a page tries to open; external-links.ts decides whether
 * to ask the user and open it in the system browser.
 */
export type ExternalLinkRequest = (url: string) => void;

/**
 * Locks one webContents to the app: no navigation or redirect away from it, no new windows (a
 * link is handed to `onExternalLink`, which asks before the system browser opens it), no
 * <webview>.
 */
export function hardenWebContents(
  contents: WebContents,
  onExternalLink: ExternalLinkRequest,
): void {
  contents.on('will-navigate', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    onExternalLink(url);
    return { action: 'deny' };
  });
}

/** The app needs no camera, location, notifications or other web permissions: refuse them all. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/** Whether the app runs installed (app.isPackaged) or from the source tree (npm start, tests). */
export type BuildKind = { readonly isPackaged: boolean };

/**
 * The web preferences of every app window: isolated, sandboxed, no Node, no <webview>. DevTools
 * only when run from source: in the installed app nobody can open a console into the workspace
 * (contacts, signing key) with a keyboard shortcut.
 */
export function windowPreferences({
  isPackaged,
  preloadPath,
}: BuildKind & { readonly preloadPath: string }): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    devTools: !isPackaged,
  };
}

/**
 * The application menu of the installed app, in place of Electron's default one (which has
 * Reload, Force Reload and Toggle Developer Tools). What stays is what a facilitator uses: the
 * editing commands (on macOS copy, paste and undo in text fields only work through menu roles)
 * and zoom (Ctrl/Cmd + and −, for a projector or tired eyes). On Windows and Linux the window
 * hides the menu bar (Alt shows it); the shortcuts work either way. Run from source, null:
 * Electron's default menu, with DevTools, stays for development.
 */
export function applicationMenuTemplate({
  isPackaged,
  platform,
  strings = mainCatalogue.en,
}: BuildKind & {
  readonly platform: NodeJS.Platform;
  readonly strings?: MainStrings;
}): MenuItemConstructorOptions[] | null {
  if (!isPackaged) return null;
  const isMac = platform === 'darwin';
  const edit: MenuItemConstructorOptions = {
    label: strings.editMenu,
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(isMac ? [{ role: 'pasteAndMatchStyle' } as const] : []),
      { role: 'delete' },
      { type: 'separator' },
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: strings.viewMenu,
    submenu: [
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  return isMac
    ? [{ role: 'appMenu' }, edit, view, { role: 'windowMenu' }]
    : [{ role: 'fileMenu' }, edit, view];
}
