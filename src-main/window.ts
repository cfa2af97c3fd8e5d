/**
 * The app window and the app:// protocol it is served from.
 *
 * Why app:// and not loadFile: file:// pages share one opaque origin with every file on disk, so
 * "is this frame ours?" cannot be answered and CSP 'self' means "any local file". A privileged
 * standard scheme gives the renderer a real origin (app://bundle): 'self', IndexedDB, module
 * workers and the sender check all mean exactly "the files in dist-web". The handler below serves
 * only files under dist-web and sends the CSP header with every response.
 */
import { app, BrowserWindow, protocol, type Rectangle, type Session } from 'electron';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  CONTENT_SECURITY_POLICY,
  resolveAppAssetPath,
  windowPreferences,
} from './security';
import { toPlainBytes } from './services/user-files';
import { closeWhenWritesLand } from './unload-guard';

export const PRODUCT_NAME = 'Meta-Cluster Studio';

/** Must run before the app is ready: Chromium fixes the scheme table at startup. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: {
        standard: true,
        secure: true,
        supportFetchAPI: true,
        corsEnabled: true,
        codeCache: true,
      },
    },
  ]);
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** Module scripts are refused unless served as JavaScript, so the type is never left to sniffing. */
export function contentTypeFor(filePath: string): string {
  return contentTypes[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

type ResponseBody = ConstructorParameters<typeof Response>[0];

function respond(status: number, body: ResponseBody, contentType: string): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': contentType,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

/** Serves dist-web over app://bundle/. Anything that does not resolve inside it is a 404. */
export function registerAppProtocol(session: Session, distWebDir: string): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return respond(405, 'Method not allowed', 'text/plain; charset=utf-8');
    }
    const filePath = resolveAppAssetPath(distWebDir, request.url);
    if (!filePath) return respond(404, 'Not found', 'text/plain; charset=utf-8');
    try {
      const body = toPlainBytes(await fs.readFile(filePath));
      return respond(200, request.method === 'HEAD' ? null : body, contentTypeFor(filePath));
    } catch {
      return respond(404, 'Not found', 'text/plain; charset=utf-8');
    }
  });
}

/** webContents ids of the windows created here: only they may call the host. */
const appWindowContents = new Set<number>();

export function isAppWindowContents(contentsId: number): boolean {
  return appWindowContents.has(contentsId);
}

export interface WindowOptions {
  /** A route to open (the presenter view: `#/workshops/<id>?view=present`). */
  readonly hash?: string;
  /** Where to put it (the presenter goes full screen on the second display). */
  readonly bounds?: Rectangle;
  readonly fullscreen?: boolean;
}

export function createMainWindow(preloadPath: string, options: WindowOptions = {}): BrowserWindow {
  const window = new BrowserWindow({
    title: PRODUCT_NAME,
    width: options.bounds?.width ?? 1280,
    height: options.bounds?.height ?? 820,
    ...(options.bounds ? { x: options.bounds.x, y: options.bounds.y } : {}),
    fullscreen: options.fullscreen ?? false,
    minWidth: 800,
    minHeight: 560,
    show: false,
    backgroundColor: '#ffffff',
    // The installed app's small menu (security.ts) stays out of sight on Windows and Linux; Alt
    // shows it. macOS keeps its menu bar at the top of the screen.
    autoHideMenuBar: app.isPackaged,
    webPreferences: windowPreferences({ isPackaged: app.isPackaged, preloadPath }),
  });
  // Kept by id: after 'closed' the webContents object can no longer be read.
  const contentsId = window.webContents.id;
  appWindowContents.add(contentsId);
  window.on('closed', () => appWindowContents.delete(contentsId));
  // A close while the page is still writing waits for the write to land.
  closeWhenWritesLand(window);

  // Shown once painted to avoid a white flash; shown anyway if loading fails, so the user is
  // not left with an invisible window.
  window.once('ready-to-show', () => window.show());
  window.webContents.once('did-fail-load', () => window.show());
  loadAppRoute(window, options.hash ?? '');
  return window;
}

/** Shows one of the app's routes in `window` (built by main.ts from a validated record id). */
export function loadAppRoute(window: BrowserWindow, hash: string): void {
  window.loadURL(`${APP_ENTRY_URL}${hash}`).catch((error: unknown) => {
    console.error(
      `Could not load ${APP_ENTRY_URL}; was the renderer built (npm run build)?`,
      error,
    );
  });
}
