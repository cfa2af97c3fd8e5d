/**
 * The desktop shell's security rules: what the window may navigate to, which frames may call the
 * host, the Content-Security-Policy, which files the app:// protocol may serve, and installers
 * that apply these rules to Electron objects. Electron is only imported as types, so every rule
 * here runs (and is tested) in plain Node.
 */
import path from 'node:path';
import type { Session, WebContents } from 'electron';

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

/** Links the user may follow in the system browser: plain web addresses, nothing local. */
export function isExternalWebUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && (parsed.protocol === 'https:' || parsed.protocol === 'http:');
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

export type OpenExternal = (url: string) => Promise<void>;

/**
 * Locks one webContents to the app: no navigation or redirect away from it, no new windows (web
 * links go to the system browser instead), no <webview>.
 */
export function hardenWebContents(contents: WebContents, openExternal: OpenExternal): void {
  contents.on('will-navigate', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalWebUrl(url)) {
      openExternal(url).catch(() => {
        // No browser configured: nothing useful to tell the page, which only asked for a link.
      });
    }
    return { action: 'deny' };
  });
}

/** The app needs no camera, location, notifications or other web permissions: refuse them all. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
