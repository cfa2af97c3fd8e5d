/**
 * The pages benchmark (issue 18): every page of the app opened on the sample-sized workspace and
 * on the programme-sized one (100,000 organisations), in the same run, in headless Chromium on the
 * production build. For each page: the time from the navigation (a hash change, as a click in the
 * sidebar does) until its content shows — its heading, its rows, nothing still loading — and the
 * longest main-thread task from then until a second after (the Long Tasks API; RAIL's budget is
 * 200 ms); at the end the JS heap after visiting every page. Driven from Node (scripts/bench.mjs).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from '@playwright/test';

/**
 * For finding where the time goes: `BENCH_PAGES=Contacts,Clusters` opens only the pages whose
 * name starts with one of these; `BENCH_PROFILE_DIR=/tmp/x` writes a CPU profile of each opening
 * (`<organisations>-<page>.cpuprofile`, for Chrome DevTools' Performance panel). For comparing
 * two versions on a noisy machine, `BENCH_ROUNDS=3` opens every page three times and reports the
 * median of each figure. Pages are opened one after another, as a person goes through the app, so
 * a page can find the previous page's whole-table reads still in Dexie's query cache (the
 * reinforcement programme after Readiness: 0.46 s instead of 5.47 s); `BENCH_COLD=1` reloads the
 * app before each page instead, so each figure is the page's own.
 */
const onlyPages = (process.env.BENCH_PAGES ?? '')
  .split(',')
  .map((name) => name.trim())
  .filter(Boolean);
const profileDir = process.env.BENCH_PROFILE_DIR;
const rounds = Math.max(1, Number.parseInt(process.env.BENCH_ROUNDS ?? '1', 10) || 1);
const cold = process.env.BENCH_COLD === '1';

export interface PageFigure {
  readonly page: string;
  /** Until its heading and rows show, parts computed in the worker still busy (their own status). */
  readonly firstMs: number;
  /** Until everything shows, nothing loading. */
  readonly ms: number;
  readonly longestTaskMs: number;
  readonly domNodes: number;
}

export interface PagesRun {
  readonly organisations: number;
  readonly records: number;
  readonly seedMs: number;
  readonly pages: readonly PageFigure[];
  /** After every page (and a garbage collection). */
  readonly heapMb: number;
  /** The largest heap right after one page (after a garbage collection), and that page. */
  readonly peakHeap: { readonly mb: number; readonly page: string };
}

/** Budgets (issue 18): every page usable within 1 s, no task over 200 ms, heap under 300 MB. */
export const PAGE_TARGET_MS = 1000;
export const TASK_TARGET_MS = 200;
export const HEAP_TARGET_MB = 300;

interface Targets {
  readonly clusterId: string;
  readonly valueChainId: string;
  readonly metaClusterId: string;
  readonly workshopId: string;
}

/** The records whose pages are opened: the heaviest of each kind. */
async function targets(page: Page): Promise<Targets> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('meta-cluster-studio');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = (store: string) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll(null, 5000);
        request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
        request.onerror = () => reject(request.error);
      });
    const metaClusters = (await all('metaClusters')).filter((row) => !row.deleted);
    const workshops = (await all('workshops')).filter((row) => !row.deleted);
    const clusters = await all('clusters');
    const memberships = await all('memberships');
    const counts = new Map<string, number>();
    for (const row of memberships) {
      const cluster = String(row.clusterId);
      counts.set(cluster, (counts.get(cluster) ?? 0) + 1);
    }
    const most = <T>(items: T[], weight: (item: T) => number): T | undefined =>
      [...items].sort((a, b) => weight(b) - weight(a))[0];
    // The heaviest of each: the cluster with most members, the value chain most clusters work
    // on, the meta-cluster workshop (its invite list spans every member cluster) or else the
    // workshop of the largest cluster.
    const clusterId = most([...counts], (entry) => entry[1])?.[0] ?? '';
    const chains = new Map<string, number>();
    for (const cluster of clusters) {
      for (const chain of (cluster.valueChainIds as string[] | undefined) ?? []) {
        chains.set(chain, (chains.get(chain) ?? 0) + 1);
      }
    }
    const workshop =
      workshops.find((row) => row.metaClusterId) ??
      most(workshops, (row) => counts.get(String(row.clusterId)) ?? 0);
    db.close();
    return {
      clusterId,
      valueChainId: most([...chains], (entry) => entry[1])?.[0] ?? '',
      metaClusterId: String(metaClusters[0]?.id ?? ''),
      workshopId: String(workshop?.id ?? ''),
    };
  });
}

function pageList(ids: Targets): { name: string; hash: string }[] {
  return [
    { name: 'Clusters', hash: '#/clusters' },
    { name: 'Organisations', hash: '#/organisations' },
    { name: 'Memberships', hash: '#/memberships' },
    { name: 'Contacts', hash: '#/contacts' },
    { name: 'Readiness', hash: '#/readiness' },
    { name: 'Reinforcement programme', hash: '#/reinforcement' },
    { name: "One cluster's reinforcement page", hash: `#/reinforcement/${ids.clusterId}` },
    { name: 'Value-chain matrix', hash: `#/valueChains/${ids.valueChainId}` },
    { name: 'One meta-cluster page', hash: `#/metaClusters/${ids.metaClusterId}` },
    {
      name: 'Workshop participants (invite)',
      hash: `#/workshops/${ids.workshopId}?view=participants`,
    },
  ];
}

/** Opens one page from a light one (Settings) and measures it in the page itself. */
async function openPage(page: Page, hash: string): Promise<Omit<PageFigure, 'page'>> {
  await page.evaluate(() => {
    window.location.hash = '#/settings';
  });
  if (cold) await page.reload();
  await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor({ timeout: 180_000 });
  // Let the previous page's work settle.
  await page.waitForTimeout(1500);
  return page.evaluate(async (target) => {
    const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
    const hasContent = () => {
      const main = document.querySelector('main');
      if (!main?.querySelector('h1')) return false;
      return main.querySelectorAll('[role="row"], tr').length >= 2;
    };
    const isReady = () => {
      const main = document.querySelector('main');
      if (!main || !hasContent()) return false;
      // A part still read or computed (ui/Loading.tsx, the table's own) is not content yet.
      if (main.querySelector('.loading')) return false;
      for (const status of main.querySelectorAll('[role="status"]')) {
        if (/Loading/.test(status.textContent ?? '')) return false;
      }
      return true;
    };
    const t0 = performance.now();
    window.location.hash = target;
    await new Promise((resolve) => setTimeout(resolve, 0));
    let firstMs = Number.NaN;
    for (let i = 0; i < 60_000 && !isReady(); i += 1) {
      if (Number.isNaN(firstMs) && hasContent()) firstMs = performance.now() - t0;
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    const ms = performance.now() - t0;
    if (Number.isNaN(firstMs)) firstMs = ms;
    // Tasks that end the navigation's work come just after the first paint of the content.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const longestTaskMs = Math.max(
      0,
      ...w.__longTasks
        .filter((task) => task.start + task.duration >= t0)
        .map((task) => task.duration),
    );
    return { firstMs, ms, longestTaskMs, domNodes: document.getElementsByTagName('*').length };
  }, hash);
}

async function startProfile(session: CDPSession): Promise<void> {
  await session.send('Profiler.enable');
  await session.send('Profiler.start');
}

async function saveProfile(session: CDPSession, file: string): Promise<void> {
  const { profile } = await session.send('Profiler.stop');
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(`${file}.cpuprofile`, JSON.stringify(profile));
}

/** Seeds the app's database (the bench page's `seed`), then opens every page of the app. */
export async function benchPages(
  page: Page,
  appUrl: string,
  organisations: number,
): Promise<PagesRun> {
  const seedStarted = Date.now();
  const records = await page.evaluate((n) => window.mcsBench.seed(n), organisations);
  const seedMs = Date.now() - seedStarted;
  const app = await page.context().newPage();
  await app.addInitScript({
    content: `window.__name = (f) => f;
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });`,
  });
  await app.goto(`${appUrl}#/settings`);
  await app.getByRole('heading', { name: 'Settings', level: 1 }).waitFor({ timeout: 180_000 });
  const ids = await targets(app);
  const openings = new Map<string, Omit<PageFigure, 'page'>[]>();
  const session = await page.context().newCDPSession(app);
  const heapMb = async (): Promise<number> => {
    await session.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
    return usedSize / 1024 ** 2;
  };
  let peakHeap = { mb: 0, page: '' };
  for (let round = 0; round < rounds; round++) {
    for (const { name, hash } of pageList(ids)) {
      if (onlyPages.length > 0 && !onlyPages.some((only) => name.startsWith(only))) continue;
      if (profileDir) await startProfile(session);
      const figure = await openPage(app, hash);
      openings.set(name, [...(openings.get(name) ?? []), figure]);
      if (profileDir) {
        const file = `${organisations}-${name.replace(/\W+/g, '-')}${round > 0 ? `-${round + 1}` : ''}`;
        await saveProfile(session, join(profileDir, file));
      }
      const mb = await heapMb();
      if (mb > peakHeap.mb) peakHeap = { mb, page: name };
    }
  }
  const figures = [...openings].map(([name, seen]) => ({
    page: name,
    firstMs: median(seen.map((figure) => figure.firstMs)),
    ms: median(seen.map((figure) => figure.ms)),
    longestTaskMs: median(seen.map((figure) => figure.longestTaskMs)),
    domNodes: median(seen.map((figure) => figure.domNodes)),
  }));
  const after = await heapMb();
  await app.close();
  return { organisations, records, seedMs, pages: figures, heapMb: after, peakHeap };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** The two runs side by side, as the README table shows them. */
export function printPages(small: PagesRun, large: PagesRun): void {
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  // "0.41 s" when everything shows at once; "0.38 → 7.90 s" when worker-computed parts come later.
  const time = (figure: PageFigure) =>
    figure.ms - figure.firstMs < 50
      ? seconds(figure.ms)
      : `${(figure.firstMs / 1000).toFixed(2)} → ${seconds(figure.ms)}`;
  const cell = (figure: PageFigure | undefined) =>
    figure ? `${time(figure)}, task ${Math.round(figure.longestTaskMs)} ms` : '—';
  console.log(
    `\npages: sample (${small.organisations.toLocaleString('en')} organisations, ${small.records.toLocaleString('en')} records) vs ${large.organisations.toLocaleString('en')} organisations (${large.records.toLocaleString('en')} records)`,
  );
  for (const figure of large.pages) {
    const before = small.pages.find((other) => other.page === figure.page);
    const verdict =
      figure.ms <= PAGE_TARGET_MS && figure.longestTaskMs <= TASK_TARGET_MS ? 'meets' : 'MISSES';
    console.log(
      `  ${figure.page.padEnd(34)} ${cell(before).padEnd(28)} ${cell(figure).padEnd(32)} ${figure.domNodes} nodes  ${verdict}`,
    );
  }
  console.log(
    `  JS heap after every page: ${small.heapMb.toFixed(0)} MB vs ${large.heapMb.toFixed(0)} MB (target ≤ ${HEAP_TARGET_MB} MB: ${large.heapMb <= HEAP_TARGET_MB ? 'meets' : 'MISSES'})`,
  );
  console.log(
    `  largest heap with one page open: ${small.peakHeap.mb.toFixed(0)} MB vs ${large.peakHeap.mb.toFixed(0)} MB (${large.peakHeap.page})`,
  );
  if (rounds > 1) console.log(`  medians of ${rounds} openings of every page`);
  console.log(
    `  targets: every page within ${PAGE_TARGET_MS} ms, no task over ${TASK_TARGET_MS} ms (RAIL)`,
  );
  console.log('  a → b: the page shows its own parts at a, its worker-computed parts at b');
  if (cold) console.log('  the app reloaded before each page (BENCH_COLD=1)');
}
