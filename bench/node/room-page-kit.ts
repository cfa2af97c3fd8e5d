/**
 * Helpers of the room's real-path benchmark (bench/node/room-page.bench.ts, issue 15): one clock
 * shared by Node and the facilitator's page, the web build served by `vite preview`, a probe run
 * in the page (what its room socket receives and sends, and when the screen first shows a card
 * or a dot count), an optional CPU profile of the page, and simulated phones (room-sim's Peer)
 * that note when each stage, ack and welcome arrived, join, walk in and wait for quiet.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { preview } from 'vite';
import { connectPhone, type Message, type OpenRoom, type Peer } from '../../tests/node/room-sim';

export const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Wall-clock milliseconds, high resolution (the page's probe uses the same formula). The global
 * `performance`, not node:perf_hooks's: the probe below is sent to the page as its source text.
 */
export const clock = (): number => performance.timeOrigin + performance.now();

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
export const TIMEOUT = 30_000;

function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return Math.round((sorted[index] ?? 0) * 10) / 10;
}

export interface Stats {
  readonly n: number;
  readonly p50: number;
  readonly p90: number;
  readonly p95: number;
  readonly max: number;
}

export const stats = (values: readonly number[]): Stats => ({
  n: values.length,
  p50: quantile(values, 0.5),
  p90: quantile(values, 0.9),
  p95: quantile(values, 0.95),
  max: quantile(values, 1),
});

/** The web build (built into a temp folder unless ROOM_BENCH_DIST names one), served on loopback. */
export async function serveWebBuild(): Promise<{ origin: string; close(): Promise<void> }> {
  const given = process.env.ROOM_BENCH_DIST;
  const dist = given ? resolve(given) : mkdtempSync(join(tmpdir(), 'room-page-bench-'));
  if (!given) {
    console.log(`Building the web app into ${dist}…`);
    const build = spawnSync('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (build.status !== 0) throw new Error(`vite build failed (${build.status})`);
  }
  const server = await preview({
    configFile: false,
    root: dist,
    build: { outDir: dist },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'error',
  });
  const origin = (server.resolvedUrls?.local[0] ?? '').replace(/\/$/, '');
  if (!origin) throw new Error('vite preview gave no address');
  return {
    origin,
    async close() {
      await server.close();
      if (!given) rmSync(dist, { recursive: true, force: true });
    },
  };
}

/** When the page first had something in its DOM (`dom`) and the frame that painted it (`frame`). */
export interface Seen {
  readonly dom: number;
  frame: number;
}

export interface Probe {
  /** Host socket: when each submission arrived (by clientId) and its result left. */
  readonly received: Record<string, number>;
  readonly results: Record<string, number>;
  /** Host socket: when each `stage` left. */
  readonly stages: number[];
  /** Idea cards ("Bench idea …") by text, and the dots-cast count by value, first seen. */
  readonly cards: Record<string, Seen>;
  readonly dots: Record<string, Seen>;
  lastDots: number;
  when(bucket: 'cards' | 'dots', key: string, timeoutMs: number): Promise<Seen>;
}

declare global {
  interface Window {
    __roomBench?: Probe;
  }
}

/** The probe's source for page.addInitScript (`__name`: the helper tsx's keepNames calls). */
export const probeScript = () => `var __name = (f) => f;\n(${installProbe.toString()})();`;

/** Runs in the page before its scripts: self-contained (sent as source text). */
function installProbe(): void {
  const now = () => performance.timeOrigin + performance.now();
  const waiters: { bucket: 'cards' | 'dots'; key: string; done: (seen: Seen) => void }[] = [];
  const probe: Probe = {
    received: {},
    results: {},
    stages: [],
    cards: {},
    dots: {},
    lastDots: -1,
    when(bucket, key, timeoutMs) {
      const seen = probe[bucket][key];
      if (seen && seen.frame > 0) return Promise.resolve(seen);
      return new Promise((done, fail) => {
        const timer = setTimeout(
          () => fail(new Error(`${bucket} ${key}: not on screen`)),
          timeoutMs,
        );
        waiters.push({
          bucket,
          key,
          done: (seen) => {
            clearTimeout(timer);
            done(seen);
          },
        });
      });
    },
  };
  window.__roomBench = probe;
  const framed: Seen[] = [];
  const note = (bucket: 'cards' | 'dots', key: string) => {
    if (probe[bucket][key]) return;
    const seen: Seen = { dom: now(), frame: 0 };
    probe[bucket][key] = seen;
    framed.push(seen);
    if (framed.length === 1) {
      requestAnimationFrame(() => {
        const at = now();
        for (const s of framed.splice(0)) s.frame = at;
        for (const waiter of [...waiters]) {
          const seen = probe[waiter.bucket][waiter.key];
          if (!seen || seen.frame === 0) continue;
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.done(seen);
        }
      });
    }
  };
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        const found = node.matches('.stage-idea-text')
          ? [node]
          : [...node.querySelectorAll('.stage-idea-text')];
        for (const el of found) {
          const text = el.textContent ?? '';
          if (text.startsWith('Bench idea')) note('cards', text);
        }
      }
    }
    const cast = document.querySelector('[data-testid="dots-cast"]')?.textContent ?? '';
    const count = Number(cast.replace(/\D+/g, '') || -1);
    if (count !== probe.lastDots && count >= 0) note('dots', String((probe.lastDots = count)));
  }).observe(document, { childList: true, subtree: true, characterData: true });

  const Native = window.WebSocket;
  class Probed extends Native {
    private readonly isHost: boolean;
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      this.isHost = String(url).includes('/host');
      if (!this.isHost) return;
      // Registered before the app's onmessage, so it notes the arrival before any handling.
      this.addEventListener('message', (event: MessageEvent) => {
        const text = String(event.data);
        if (text.startsWith('{"type":"submission"'))
          probe.received[(JSON.parse(text) as { clientId: string }).clientId] = now();
      });
    }
    override send(data: string | ArrayBufferLike | Blob | ArrayBufferView): void {
      if (this.isHost && typeof data === 'string') {
        if (data.startsWith('{"type":"result"'))
          probe.results[(JSON.parse(data) as { clientId: string }).clientId] = now();
        else if (data.startsWith('{"type":"stage"')) probe.stages.push(now());
      }
      super.send(data);
    }
  }
  window.WebSocket = Probed;
}

/** Page clock − Node clock, from the quickest of a few round trips (± half of it). */
export async function clockOffset(page: Page): Promise<{ offset: number; error: number }> {
  let best = { offset: 0, error: Number.POSITIVE_INFINITY };
  for (let i = 0; i < 15; i++) {
    const before = clock();
    const there = await page.evaluate(() => performance.timeOrigin + performance.now());
    const after = clock();
    if ((after - before) / 2 < best.error) {
      best = { offset: there - (before + after) / 2, error: (after - before) / 2 };
    }
  }
  return best;
}

export interface StageMessage {
  readonly view: { stageId: string | null; mode: string; ideas: { id: string; text: string }[] };
  readonly mine: { dots: Record<string, number> };
}

/** A simulated phone (a room-sim Peer) noting when each stage, ack and welcome arrived. */
export class BenchPhone {
  readonly stages: { at: number; raw: string }[] = [];
  readonly acks = new Map<string, number>();
  readonly refusals: Message[] = [];
  welcomedAt = Number.NaN;

  constructor(readonly peer: Peer) {
    peer.ws.on('message', (data) => {
      const at = clock();
      const raw = String(data);
      if (raw.startsWith('{"type":"stage"')) this.stages.push({ at, raw });
      else if (raw.startsWith('{"type":"ack"'))
        this.acks.set((JSON.parse(raw) as { clientId: string }).clientId, at);
      else if (raw.startsWith('{"type":"welcome"')) this.welcomedAt = at;
      else if (raw.startsWith('{"type":"refused"')) this.refusals.push(JSON.parse(raw) as Message);
    });
  }

  stage(index: number): StageMessage {
    const found = this.stages[index];
    if (!found) throw new Error(`no stage #${index}`);
    return JSON.parse(found.raw) as StageMessage;
  }

  latest(): StageMessage {
    return this.stage(this.stages.length - 1);
  }

  /** Sends a submission now; returns when it left. */
  submit(clientId: string, stageId: string, action: Record<string, unknown>): number {
    const at = clock();
    this.peer.send({ type: 'submit', clientId, stageId, action });
    return at;
  }
}

/** Resolves once `condition` holds (checked every 5 ms), or fails with `what` after `timeoutMs`. */
export async function until(condition: () => boolean, what: string, timeoutMs = TIMEOUT) {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await sleep(5);
  }
}

/**
 * The checked-in names phones pick from, as a phone that knows the PIN gets them; asked again
 * until there are `atLeast` (the page sends the full list once its live data has them all).
 */
export async function names(room: OpenRoom, pin: string, atLeast = 0) {
  const started = Date.now();
  for (;;) {
    const peer = await connectPhone(room);
    const answer = peer.next((m) => m.type === 'participants', TIMEOUT);
    peer.send({ type: 'names', pin });
    const list = (await answer).list as { id: string; name: string }[];
    await peer.close();
    if (list.length >= atLeast) return list;
    if (Date.now() - started > TIMEOUT) throw new Error(`only ${list.length} names to pick from`);
    await sleep(200);
  }
}

/** Walk-ins ask from their phones; the facilitator lets each in from the Room panel. */
export async function admitWalkIns(panel: Locator, room: OpenRoom, pin: string, count: number) {
  const peers = await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const peer = await connectPhone(room);
      const answer = peer.next((m) => m.type === 'pending' || m.type === 'refused', TIMEOUT);
      const name = `Bench walk-in ${i + 1}`;
      peer.send({ type: 'walk-in', pin, name, organisation: `Bench cooperative ${i + 1}` });
      if ((await answer).type !== 'pending') throw new Error(`${name} was refused`);
      return { peer, name };
    }),
  );
  for (const { peer, name } of peers) {
    const welcome = peer.next((m) => m.type === 'welcome', TIMEOUT);
    await panel.getByRole('button', { name: `Let ${name} in` }).click();
    await welcome;
  }
  await Promise.all(peers.map(({ peer }) => peer.close()));
}

/** Every phone at once: open the socket, ask for the names with the PIN, pick one, welcome. */
export async function joinAll(room: OpenRoom, pin: string, list: readonly { id: string }[]) {
  const joins: number[] = [];
  const phones = await Promise.all(
    list.map(async ({ id }) => {
      const started = clock();
      const phone = new BenchPhone(await connectPhone(room));
      const listed = phone.peer.next((m) => m.type === 'participants', TIMEOUT);
      phone.peer.send({ type: 'names', pin });
      if (!((await listed).list as { id: string }[]).some((p) => p.id === id)) {
        throw new Error(`${id} is not on the list`);
      }
      const welcome = phone.peer.next((m) => m.type === 'welcome', TIMEOUT);
      phone.peer.send({ type: 'join', pin, participantId: id });
      await welcome;
      joins.push(phone.welcomedAt - started);
      return phone;
    }),
  );
  return { phones, joins };
}

/**
 * Waits until no stage reached any phone for 400 ms; with `from`, checks that every phone got
 * the same number of stages since (so the n-th stage after `from` is the same one on each).
 */
export async function quiet(phones: readonly BenchPhone[], from?: readonly number[]) {
  const total = () => phones.reduce((sum, phone) => sum + phone.stages.length, 0);
  for (let last = -1, started = Date.now(); last !== total(); await sleep(400)) {
    if (Date.now() - started > TIMEOUT) throw new Error('the phones never went quiet');
    last = total();
  }
  const lengths = phones.map((phone) => phone.stages.length);
  if (from && new Set(lengths.map((n, i) => n - (from[i] ?? 0))).size > 1) {
    throw new Error('the phones did not all get the same stages');
  }
  return lengths;
}

/** A CPU profile of the page's main thread, written to `file` when stopped (none without a file). */
export async function cpuProfile(page: Page, file: string | undefined) {
  if (!file) return async () => undefined;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await cdp.send('Profiler.start');
  return async () => {
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(file, JSON.stringify(profile));
    await cdp.detach();
  };
}
