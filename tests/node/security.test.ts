// The desktop shell's security rules, exercised in plain Node (no Electron needed).
import path from 'node:path';
import type { MenuItemConstructorOptions, Session, WebContents } from 'electron';
import { mainStrings } from '../../src-main/main-strings';
import { describe, expect, it, vi } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  applicationMenuTemplate,
  CONTENT_SECURITY_POLICY,
  denyAllPermissions,
  hardenWebContents,
  isAllowedNavigation,
  isTrustedSender,
  resolveAppAssetPath,
  windowPreferences,
} from '../../src-main/security';

describe('CONTENT_SECURITY_POLICY', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values.join(' ')] as const;
    }),
  );

  it('has the agreed directives', () => {
    expect(Object.fromEntries(directives)).toEqual({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self' 'unsafe-inline'",
      'img-src': "'self' data: blob:",
      'worker-src': "'self' blob:",
      'connect-src': "'self' ws://127.0.0.1:*",
      'object-src': "'none'",
      'base-uri': "'none'",
      'frame-ancestors': "'none'",
      'form-action': "'none'",
    });
  });

  it('lets the page reach only the workshop room on this computer beyond itself', () => {
    expect(directives.get('connect-src')?.split(' ')).toEqual(["'self'", 'ws://127.0.0.1:*']);
    // No other socket origin anywhere in the policy: not localhost, not a LAN address, not wss:.
    expect(CONTENT_SECURITY_POLICY.match(/wss?:[^\s;]*/g)).toEqual(['ws://127.0.0.1:*']);
  });

  it('never allows eval or inline scripts', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(directives.get('script-src')).not.toContain('unsafe-inline');
  });
});

describe('isTrustedSender', () => {
  it.each([
    APP_ENTRY_URL,
    `${APP_ORIGIN}/`,
    `${APP_ORIGIN}/index.html#/settings`,
    'app://BUNDLE/index.html',
  ])('trusts the app origin: %s', (url) => expect(isTrustedSender(url, APP_ORIGIN)).toBe(true));

  it.each([
    'app://evil/index.html',
    'app://bundle.evil/index.html',
    'app://bundle:8080/index.html',
    'app://user@bundle/index.html',
    'https://bundle/index.html',
    'https://example.org/',
    'file:///etc/passwd',
    'devtools://devtools/bundled/inspector.html',
    'about:blank',
    'data:text/html,<script>1</script>',
    'not a url',
    '',
  ])('refuses %s', (url) => expect(isTrustedSender(url, APP_ORIGIN)).toBe(false));

  it('refuses everything when the app origin itself is malformed', () => {
    expect(isTrustedSender(APP_ENTRY_URL, 'garbage')).toBe(false);
  });
});

describe('isAllowedNavigation', () => {
  it('allows only the app itself', () => {
    expect(isAllowedNavigation(APP_ENTRY_URL)).toBe(true);
    expect(isAllowedNavigation('https://example.org')).toBe(false);
    expect(isAllowedNavigation('http://127.0.0.1:5173/')).toBe(false);
    expect(isAllowedNavigation('file:///home/user/evil.html')).toBe(false);
    expect(isAllowedNavigation('javascript:alert(1)')).toBe(false);
  });
});

describe('resolveAppAssetPath', () => {
  const root = path.resolve('/srv/dist-web');
  const inside = (p: string | null) => p !== null && p.startsWith(root + path.sep);

  it('serves index.html for the root and files under the root', () => {
    expect(resolveAppAssetPath(root, 'app://bundle/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppAssetPath(root, 'app://bundle/index.html')).toBe(
      path.join(root, 'index.html'),
    );
    expect(resolveAppAssetPath(root, 'app://bundle/assets/index-abc.js?v=1#x')).toBe(
      path.join(root, 'assets', 'index-abc.js'),
    );
    expect(resolveAppAssetPath(root, 'app://bundle/assets/a%20b.css')).toBe(
      path.join(root, 'assets', 'a b.css'),
    );
  });

  it('never resolves outside the root', () => {
    for (const url of [
      'app://bundle/../../etc/passwd',
      'app://bundle/%2e%2e/%2e%2e/etc/passwd',
      'app://bundle/assets/..%2f..%2f..%2fetc%2fpasswd',
      'app://bundle/..%5c..%5cwindows%5cwin.ini',
    ]) {
      const resolved = resolveAppAssetPath(root, url);
      expect(resolved === null || inside(resolved), `${url} → ${resolved}`).toBe(true);
    }
    expect(resolveAppAssetPath(root, 'app://bundle/..%2f..%2fetc%2fpasswd')).toBeNull();
  });

  it('refuses other hosts, other schemes, NUL bytes and broken escapes', () => {
    expect(resolveAppAssetPath(root, 'app://other/index.html')).toBeNull();
    expect(resolveAppAssetPath(root, 'file:///srv/dist-web/index.html')).toBeNull();
    expect(resolveAppAssetPath(root, 'app://bundle/index.html%00.png')).toBeNull();
    expect(resolveAppAssetPath(root, 'app://bundle/%E0%A4%A')).toBeNull();
  });
});

type Listener = (event: { url: string; preventDefault: () => void }) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on(name: string, listener: Listener) {
      listeners.set(name, listener);
      return contents;
    },
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      openHandler = handler;
    },
  };
  const emit = (name: string, url: string) => {
    const preventDefault = vi.fn();
    listeners.get(name)?.({ url, preventDefault });
    return preventDefault.mock.calls.length > 0;
  };
  const open = (url: string) => openHandler?.({ url });
  return { contents: contents as unknown as WebContents, emit, open, listeners };
}

describe('hardenWebContents', () => {
  it('blocks navigation and redirects away from the app', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents, vi.fn());
    expect(fake.emit('will-navigate', 'https://example.org')).toBe(true);
    expect(fake.emit('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fake.emit('will-navigate', APP_ENTRY_URL)).toBe(false);
    expect(fake.emit('will-redirect', 'https://example.org')).toBe(true);
    expect(fake.emit('will-attach-webview', APP_ENTRY_URL)).toBe(true);
  });

  it('denies every new window and hands each address to the link opener to decide', () => {
    const fake = fakeContents();
    const onExternalLink = vi.fn();
    hardenWebContents(fake.contents, onExternalLink);
    const urls = [
      'https://medmci.org/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      APP_ENTRY_URL,
    ];
    for (const url of urls) expect(fake.open(url)).toEqual({ action: 'deny' });
    // external-links.ts refuses, or asks about, each (tests/node/external-links.test.ts).
    expect(onExternalLink.mock.calls).toEqual(urls.map((url) => [url]));
  });
});

describe('windowPreferences', () => {
  const secure = {
    preload: '/app/dist-main/preload.cjs',
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
  };

  it('turns DevTools off in the installed app', () => {
    expect(windowPreferences({ isPackaged: true, preloadPath: secure.preload })).toEqual({
      ...secure,
      devTools: false,
    });
  });

  it('keeps DevTools when run from source, with the same secure settings', () => {
    expect(windowPreferences({ isPackaged: false, preloadPath: secure.preload })).toEqual({
      ...secure,
      devTools: true,
    });
  });
});

describe('applicationMenuTemplate', () => {
  /** Every role in a template, submenus included. */
  function roles(items: readonly MenuItemConstructorOptions[]): string[] {
    return items.flatMap((item) => [
      ...(item.role ? [item.role] : []),
      ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
    ]);
  }
  const developerRoles = ['reload', 'forceReload', 'toggleDevTools', 'viewMenu', 'help'];

  it("leaves Electron's default menu when run from source", () => {
    expect(applicationMenuTemplate({ isPackaged: false, platform: 'linux' })).toBeNull();
    expect(applicationMenuTemplate({ isPackaged: false, platform: 'darwin' })).toBeNull();
  });

  it.each(['darwin', 'win32', 'linux'] as const)(
    'gives the installed app on %s editing and zoom, and no reload or DevTools',
    (platform) => {
      const template = applicationMenuTemplate({ isPackaged: true, platform }) ?? [];
      const all = roles(template);
      for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']) {
        expect(all).toContain(role);
      }
      for (const role of ['zoomIn', 'zoomOut', 'resetZoom']) expect(all).toContain(role);
      for (const role of developerRoles) expect(all).not.toContain(role);
      // Nothing but roles and separators: no click handler of our own to get wrong.
      const flat = (items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
        items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flat(item.submenu) : [])]);
      expect(flat(template).every((item) => item.click === undefined)).toBe(true);
    },
  );

  it('has the macOS application and window menus only on macOS', () => {
    const mac = roles(applicationMenuTemplate({ isPackaged: true, platform: 'darwin' }) ?? []);
    expect(mac).toEqual(expect.arrayContaining(['appMenu', 'windowMenu', 'pasteAndMatchStyle']));
    const windows = roles(applicationMenuTemplate({ isPackaged: true, platform: 'win32' }) ?? []);
    expect(windows).not.toContain('appMenu');
    expect(windows).toContain('fileMenu');
  });
});

describe('denyAllPermissions', () => {
  it('refuses permission requests, checks and devices', () => {
    let request: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined;
    let check: (() => boolean) | undefined;
    let device: (() => boolean) | undefined;
    const session = {
      setPermissionRequestHandler: (handler: typeof request) => (request = handler),
      setPermissionCheckHandler: (handler: typeof check) => (check = handler),
      setDevicePermissionHandler: (handler: typeof device) => (device = handler),
    };
    denyAllPermissions(session as unknown as Session);
    const callback = vi.fn();
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'openExternal',
      'clipboard-read',
    ]) {
      request?.({}, permission, callback);
    }
    expect(callback.mock.calls).toEqual(Array.from({ length: 5 }, () => [false]));
    expect(check?.()).toBe(false);
    expect(device?.()).toBe(false);
  });
});

describe('the installed menu in the system’s language', () => {
  it('names Edit and View in French on a French system', () => {
    const template =
      applicationMenuTemplate({
        isPackaged: true,
        platform: 'win32',
        strings: mainStrings(['fr']),
      }) ?? [];
    expect(template.map((item) => item.label).filter(Boolean)).toEqual(['Édition', 'Affichage']);
  });
});
