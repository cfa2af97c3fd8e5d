/**
 * The Electron main process: one instance per profile, a hardened session, the host handlers,
 * then the window; the workshop room's server, when open, is closed on quit. `.mcpkg` files
 * handed to the app (double-click, "Open with", command line) are queued here until the renderer
 * collects them with the takeOpenedPackages operation (on start and whenever the window gains
 * focus).
 */
import { app, BrowserWindow, ipcMain, screen, session, shell } from 'electron';
import path from 'node:path';
import { createHostServices } from './host-handlers';
import { isTrustedIpcEvent, registerHostHandlers } from './ipc';
import { createRoomController, stopRoomBeforeQuit } from './room/desktop';
import { APP_ORIGIN, denyAllPermissions, hardenWebContents } from './security';
import { backupsFolderIn } from './services/backups';
import { exchangeSettingsFileIn } from './services/exchange-folder';
import {
  createMainWindow,
  isAppWindowContents,
  PRODUCT_NAME,
  registerAppProtocol,
  registerAppScheme,
} from './window';

/** Set by scripts/build-main.mjs from package.json. */
declare const __APP_VERSION__: string;

const distWebDir = path.join(__dirname, '..', 'dist-web');
const preloadPath = path.join(__dirname, 'preload.cjs');

// The same profile folder whether started from source (`electron dist-main/main.cjs`, where
// Electron would call the app "Electron") or installed. MCS_USER_DATA_DIR gives tests and
// portable setups their own profile; it must be set before the single-instance lock, which is
// held per profile.
app.setName(PRODUCT_NAME);
app.setPath(
  'userData',
  process.env.MCS_USER_DATA_DIR
    ? path.resolve(process.env.MCS_USER_DATA_DIR)
    : path.join(app.getPath('appData'), PRODUCT_NAME),
);

/**
 * The workshop room (issue 15): its phone page is copied beside main.cjs by build-main.mjs, and
 * only the app's own page may hold the room's host socket. Closed when the app quits; kept in the
 * profile while open, so after a crash phones resume when the room is opened again.
 */
const room = createRoomController({
  phoneDir: path.join(__dirname, 'room-phone'),
  hostOrigins: [APP_ORIGIN],
  stateFile: path.join(app.getPath('userData'), 'room-state.json'),
});

registerAppScheme();
app.enableSandbox();

const pendingPackagePaths: string[] = [];

function queuePackagePaths(args: readonly string[], workingDirectory: string): void {
  for (const arg of args) {
    if (arg.startsWith('-') || !arg.toLowerCase().endsWith('.mcpkg')) continue;
    const filePath = path.resolve(workingDirectory, arg);
    if (!pendingPackagePaths.includes(filePath)) pendingPackagePaths.push(filePath);
  }
}

/** Hands over (and forgets) the packages the app was asked to open. */
export function takePendingPackagePaths(): string[] {
  return pendingPackagePaths.splice(0, pendingPackagePaths.length);
}

let mainWindow: BrowserWindow | null = null;

function showMainWindow(): void {
  if (!mainWindow || mainWindow.isDestroyed()) {
    mainWindow = createMainWindow(preloadPath);
    return;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

/** One presenter window per workshop: asked again, the open one comes to the front. */
const presenterWindows = new Map<string, BrowserWindow>();

function openPresenterWindow(workshopId: string): boolean {
  const open = presenterWindows.get(workshopId);
  if (open && !open.isDestroyed()) {
    open.focus();
    return true;
  }
  // On the projector when one is connected: the first display that is not the primary one.
  const primary = screen.getPrimaryDisplay();
  const projector = screen.getAllDisplays().find((display) => display.id !== primary.id);
  const window = createMainWindow(preloadPath, {
    hash: `#/workshops/${encodeURIComponent(workshopId)}?view=present`,
    bounds: projector?.bounds,
    fullscreen: projector !== undefined,
  });
  presenterWindows.set(workshopId, window);
  window.on('closed', () => presenterWindows.delete(workshopId));
  return true;
}

function onReady(): void {
  const defaultSession = session.defaultSession;
  denyAllPermissions(defaultSession);
  registerAppProtocol(defaultSession, distWebDir);
  registerHostHandlers(
    ipcMain,
    createHostServices({
      productName: PRODUCT_NAME,
      version: __APP_VERSION__,
      backupsFolder: backupsFolderIn(app.getPath('userData')),
      exchangeSettingsFile: exchangeSettingsFileIn(app.getPath('userData')),
      takePendingPackagePaths,
      openPresenterWindow,
      room,
    }),
    (event) => isTrustedIpcEvent(event, APP_ORIGIN, isAppWindowContents),
  );
  showMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) showMainWindow();
  });
}

if (!app.requestSingleInstanceLock()) {
  // Another window of this profile is open; it receives our arguments through 'second-instance'.
  app.quit();
} else {
  queuePackagePaths(process.argv.slice(1), process.cwd());

  // macOS delivers files through this event, possibly before 'ready'.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    queuePackagePaths([filePath], process.cwd());
    // With the app already running, bring its window up: the renderer collects on focus.
    if (app.isReady()) showMainWindow();
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    queuePackagePaths(argv.slice(1), workingDirectory);
    if (app.isReady()) showMainWindow();
  });
  // Every webContents, including any a future feature creates, gets the same navigation lock.
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, (url) => shell.openExternal(url));
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // Phones are told the room closed and its ports are freed before the app goes (1 s at most).
  let roomClosed = false;
  app.on('will-quit', (event) => {
    if (roomClosed) return;
    event.preventDefault();
    roomClosed = true;
    void stopRoomBeforeQuit(room).finally(() => app.quit());
  });
  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => {
      console.error('Meta-Cluster Studio could not start', error);
      app.exit(1);
    });
}
