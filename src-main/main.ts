/**
 * The Electron main process: one instance per profile, a hardened session, the host handlers,
 * then the window; the workshop room's server, when open, is closed on quit. `.mcpkg` files
 * handed to the app (double-click, "Open with", command line) are queued here until the renderer
 * collects them with the takeOpenedPackages operation (on start and whenever the window gains
 * focus). Links go to the system browser only after the user saw the host and said yes.
 */
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  safeStorage,
  screen,
  session,
  shell,
} from 'electron';
import path from 'node:path';
import { createExternalLinkOpener, OPEN_BUTTON } from './external-links';
import { mainStrings, type MainStrings } from './main-strings';
import { createHostServices } from './host-handlers';
import { isTrustedIpcEvent, registerHostHandlers } from './ipc';
import { PresenterWindows, presenterRoute } from './presenter-windows';
import { createRoomController, stopRoomBeforeQuit } from './room/desktop';
import {
  APP_ORIGIN,
  applicationMenuTemplate,
  denyAllPermissions,
  hardenWebContents,
} from './security';
import { backupsFolderIn } from './services/backups';
import { exchangeSettingsFileIn } from './services/exchange-folder';
import { keyProtectionFrom } from './services/key-protection';
import {
  createMainWindow,
  isAppWindowContents,
  loadAppRoute,
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

/**
 * One presenter window per workshop and at most two in all (presenter-windows.ts): asked again,
 * the open one comes to the front; asked for a third workshop, the oldest shows it instead.
 */
const presenterWindows = new PresenterWindows<BrowserWindow>((window) => window.isDestroyed());

function bringToFront(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.focus();
}

function openPresenterWindow(workshopId: string): boolean {
  const plan = presenterWindows.plan(workshopId);
  switch (plan.kind) {
    case 'focus':
      bringToFront(plan.window);
      return true;
    case 'reuse':
      presenterWindows.show(workshopId, plan.window);
      loadAppRoute(plan.window, presenterRoute(workshopId));
      bringToFront(plan.window);
      return true;
    case 'open': {
      // On the projector when one is connected: the first display that is not the primary one.
      const primary = screen.getPrimaryDisplay();
      const projector = screen.getAllDisplays().find((display) => display.id !== primary.id);
      const window = createMainWindow(preloadPath, {
        hash: presenterRoute(workshopId),
        bounds: projector?.bounds,
        fullscreen: projector !== undefined,
      });
      presenterWindows.show(workshopId, window);
      window.on('closed', () => presenterWindows.forget(window));
      return true;
    }
  }
}

/**
 * Links a page asks to open (external-links.ts): the user sees the host in a dialog over the
 * window that asked, Cancel by default, and only then does the system browser get the address.
 */
const openExternalLink = createExternalLinkOpener<BrowserWindow>({
  async confirm(prompt, owner) {
    const options = { ...prompt, buttons: [...prompt.buttons] };
    const { response } = owner
      ? await dialog.showMessageBox(owner, options)
      : await dialog.showMessageBox(options);
    return response === OPEN_BUTTON;
  },
  open: (url) => shell.openExternal(url),
  strings: systemStrings,
});

/** The main process's own dialogs and menus speak the system's language (main-strings.ts). */
function systemStrings(): MainStrings {
  return mainStrings([...app.getPreferredSystemLanguages(), app.getLocale()]);
}

function onReady(): void {
  // The installed app has no Reload or DevTools in its menu (security.ts); from source, Electron's.
  const menu = applicationMenuTemplate({
    isPackaged: app.isPackaged,
    platform: process.platform,
    strings: systemStrings(),
  });
  if (menu) Menu.setApplicationMenu(Menu.buildFromTemplate(menu));
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
      // After 'ready': only then does safeStorage know the system's key store.
      userDataFolder: app.getPath('userData'),
      keyProtection: keyProtectionFrom(safeStorage, process.platform),
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
    hardenWebContents(contents, (url) => {
      const owner = BrowserWindow.fromWebContents(contents) ?? undefined;
      void openExternalLink(url, owner);
    });
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
