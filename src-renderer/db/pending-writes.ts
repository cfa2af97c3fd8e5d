/**
 * Writes still on their way to the disk. A command runs a few milliseconds between the click and
 * the commit of its transaction; a reload or a closed window in that gap aborts the transaction
 * and the edit is gone without a word. So every command and every read-write transaction of the
 * page's database is counted here, and leaving the page while one is open asks first (the
 * desktop host waits for them and closes by itself: src-main/unload-guard.ts).
 */
import type { DBCore, Middleware } from 'dexie';

let pending = 0;
const idleWaiters = new Set<() => void>();

function settle(): void {
  pending -= 1;
  if (pending > 0) return;
  for (const wake of idleWaiters) wake();
  idleWaiters.clear();
}

/** Counts `work` as a pending write until it settles (either way); returns it unchanged. */
export function trackWrite<T>(work: Promise<T>): Promise<T> {
  pending += 1;
  work.then(settle, settle);
  return work;
}

export function pendingWrites(): number {
  return pending;
}

/** Resolves once no write is pending (at once when none is). */
export function whenWritesSettled(): Promise<void> {
  if (pending === 0) return Promise.resolve();
  return new Promise((resolve) => idleWaiters.add(resolve));
}

interface EventTargetLike {
  addEventListener(type: string, listener: () => void, options?: { once: boolean }): void;
}

function isEventTarget(value: unknown): value is EventTargetLike {
  return typeof (value as EventTargetLike | null)?.addEventListener === 'function';
}

/**
 * Dexie middleware counting every read-write transaction of the database from its start to its
 * commit or abort. Dexie's IndexedDB core hands out the IDBTransaction itself; anything else
 * (another core) is let through uncounted.
 */
export const pendingWritesMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'pending-writes',
  create(down) {
    return {
      ...down,
      transaction(tables, mode, options) {
        const transaction = down.transaction(tables, mode, options);
        if (mode === 'readwrite' && isEventTarget(transaction)) {
          trackWrite(
            new Promise<void>((resolve) => {
              for (const end of ['complete', 'abort', 'error'])
                transaction.addEventListener(end, () => resolve(), { once: true });
            }),
          );
        }
        return transaction;
      },
    };
  },
};

/** Asks before the page is left while a write is pending (the browser says the words). */
export function guardUnload(target: Window): () => void {
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (pending === 0) return;
    // Chromium 119+ (and so Electron) prompts on preventDefault alone.
    event.preventDefault();
  };
  target.addEventListener('beforeunload', onBeforeUnload);
  return () => target.removeEventListener('beforeunload', onBeforeUnload);
}
