/**
 * The room server's small guards (issue 15): a sliding-window rate limit, constant-time secret
 * comparison, random tokens, and the Origin rules of WebSocket upgrades.
 */
import { randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { isLoopbackAddress } from './addresses';

/** At most `limit` events in any `windowMs`; `take()` says whether one more is allowed now. */
export class RateWindow {
  private readonly times: number[] = [];

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records an event if the window has room; false (nothing recorded) when it is full. */
  take(): boolean {
    const t = this.now();
    while (this.times.length > 0 && t - (this.times[0] ?? t) >= this.windowMs) this.times.shift();
    if (this.times.length >= this.limit) return false;
    this.times.push(t);
    return true;
  }

  /** True when the window is full (without recording anything). */
  full(): boolean {
    const t = this.now();
    while (this.times.length > 0 && t - (this.times[0] ?? t) >= this.windowMs) this.times.shift();
    return this.times.length >= this.limit;
  }

  /** True when nothing happened within the window (the limiter can be forgotten). */
  idle(): boolean {
    const last = this.times.at(-1);
    return last === undefined || this.now() - last >= this.windowMs;
  }
}

/**
 * Wrong PINs per network address: `tries` a minute, then every PIN from that address is refused
 * as 'tooFast' (right or wrong) until the minute has passed — a million PINs cannot be tried.
 */
export class PinGuard {
  private readonly wrong = new Map<string, RateWindow>();

  constructor(
    private readonly pin: string,
    private readonly tries: number,
    private readonly now: () => number = Date.now,
  ) {}

  check(address: string, given: string): 'ok' | 'badPin' | 'tooFast' {
    const window = this.wrong.get(address);
    if (window?.full()) return 'tooFast';
    if (sameSecret(given, this.pin)) return 'ok';
    const next = window ?? new RateWindow(this.tries, 60_000, this.now);
    next.take();
    this.wrong.set(address, next);
    for (const [key, value] of this.wrong) if (value.idle()) this.wrong.delete(key);
    return 'badPin';
  }
}

/** A random secret as URL-safe text: `bytes` random bytes, base64url. */
export function randomToken(bytes: number): string {
  return randomBytes(bytes).toString('base64url');
}

/** A room PIN: `length` decimal digits, uniformly random (leading zeros kept). */
export function randomPin(length: number): string {
  let pin = '';
  for (let i = 0; i < length; i++) pin += String(randomInt(10));
  return pin;
}

/** Compares two secrets in constant time (for equal lengths); false for anything missing. */
export function sameSecret(given: string | null | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

function parseOrigin(origin: string): URL | null {
  try {
    return new URL(origin);
  } catch {
    return null;
  }
}

/**
 * A phone's upgrade must come from the page this server served: its Origin is exactly
 * http://<the Host the phone asked for>. A page of any other site (which could know the address)
 * cannot open the room's socket in the visitor's browser.
 */
export function isPhoneOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (!origin || !host) return false;
  return origin.toLowerCase() === `http://${host.toLowerCase()}`;
}

/**
 * The facilitator's page connects from the app's own origin (app://bundle in the desktop app) or
 * from a page served on this computer (the web host, http://127.0.0.1:PORT or localhost). A
 * client that sends no Origin is not a browser page (a local tool holding the host key).
 */
export function isHostOrigin(origin: string | undefined, allowed: readonly string[]): boolean {
  if (origin === undefined) return true;
  if (allowed.some((entry) => entry.toLowerCase() === origin.toLowerCase())) return true;
  const url = parseOrigin(origin);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return false;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || isLoopbackAddress(host);
}
