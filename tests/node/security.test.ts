// The desktop shell's security rules, exercised in plain Node (no Electron needed).
import path from 'node:path';
import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
  denyAllPermissions,
  hardenWebContents,
  isAllowedNavigation,
  isExternalWebUrl,
  isTrustedSender,
  resolveAppAssetPath,
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

describe('isExternalWebUrl', () => {
  it('accepts http(s) only', () => {
    expect(isExternalWebUrl('https://medmci.org/about')).toBe(true);
    expect(isExternalWebUrl('http://example.org')).toBe(true);
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'mailto:a@b.c',
      'smb://host/share',
      'app://bundle/',
    ]) {
      expect(isExternalWebUrl(url)).toBe(false);
    }
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
    hardenWebContents(
      fake.contents,
      vi.fn(async () => undefined),
    );
    expect(fake.emit('will-navigate', 'https://example.org')).toBe(true);
    expect(fake.emit('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fake.emit('will-navigate', APP_ENTRY_URL)).toBe(false);
    expect(fake.emit('will-redirect', 'https://example.org')).toBe(true);
    expect(fake.emit('will-attach-webview', APP_ENTRY_URL)).toBe(true);
  });

  it('denies every new window and sends only web links to the system browser', () => {
    const fake = fakeContents();
    const openExternal = vi.fn(async () => undefined);
    hardenWebContents(fake.contents, openExternal);
    expect(fake.open('https://medmci.org/')).toEqual({ action: 'deny' });
    expect(fake.open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(fake.open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(fake.open(APP_ENTRY_URL)).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://medmci.org/']]);
  });

  it('survives a failing system browser', async () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents, () => Promise.reject(new Error('no browser')));
    expect(fake.open('https://medmci.org/')).toEqual({ action: 'deny' });
    await new Promise((resolve) => setTimeout(resolve, 0));
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
