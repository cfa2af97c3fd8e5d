/**
 * The phone page's files (issue 15), read once from `phoneDir` (src-main/room/phone in
 * development, dist-main/room-phone in the desktop app) and served with a strict
 * Content-Security-Policy: scripts and styles from this server only, no inline code, no frames,
 * WebSockets back to this same address only.
 */
import { uiLanguages } from '../../src-core/model/workspace';
import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';

interface PhoneFile {
  readonly type: string;
  readonly body: string;
}

export interface PhoneFiles {
  /** Answers a GET/HEAD for `pathname`; false when it is not a file of the page. */
  serve(
    pathname: string,
    host: string | undefined,
    response: ServerResponse,
    head: boolean,
  ): boolean;
}

const FILES: Record<string, { file: string; type: string }> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/index.html': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/phone.js': { file: 'phone.js', type: 'text/javascript; charset=utf-8' },
  '/phone-base.js': { file: 'phone-base.js', type: 'text/javascript; charset=utf-8' },
  '/phone-stages.js': { file: 'phone-stages.js', type: 'text/javascript; charset=utf-8' },
  '/phone-ui.js': { file: 'phone-ui.js', type: 'text/javascript; charset=utf-8' },
  '/phone.css': { file: 'phone.css', type: 'text/css; charset=utf-8' },
  // The words, one file per UI language (strings/<lang>.js).
  ...Object.fromEntries(
    uiLanguages.map((language) => [
      `/strings/${language}.js`,
      { file: `strings/${language}.js`, type: 'text/javascript; charset=utf-8' },
    ]),
  ),
};

const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})?$/;
const HOST = /^[A-Za-z0-9.:[\]-]{1,255}$/;

/** The page's policy; the socket's ws:// address is named too (older Safari: 'self' ≠ ws:). */
export function phonePolicy(host: string | undefined): string {
  const socket = host !== undefined && HOST.test(host) ? ` ws://${host}` : '';
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self'${socket}`,
    "manifest-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function loadPhoneFiles(phoneDir: string, language: () => string): PhoneFiles {
  const cache = new Map<string, PhoneFile>();
  for (const [pathname, { file, type }] of Object.entries(FILES)) {
    cache.set(pathname, { type, body: readFileSync(path.join(phoneDir, file), 'utf8') });
  }
  return {
    serve(pathname, host, response, head) {
      const file = cache.get(pathname);
      if (!file) return false;
      let body = file.body;
      if (file.type.startsWith('text/html')) {
        const lang = language();
        // The workshop's language, for phones whose own language the page does not speak.
        body = body.replace(
          'data-workshop-lang=""',
          `data-workshop-lang="${LANGUAGE.test(lang) ? lang : ''}"`,
        );
      }
      response.writeHead(200, {
        'Content-Type': file.type,
        'Content-Length': Buffer.byteLength(body, 'utf8'),
        'Content-Security-Policy': phonePolicy(host),
        'X-Content-Type-Options': 'nosniff',
        'X-Frame-Options': 'DENY',
        'Referrer-Policy': 'no-referrer',
        'Cache-Control': 'no-store',
      });
      response.end(head ? undefined : body);
      return true;
    },
  };
}
