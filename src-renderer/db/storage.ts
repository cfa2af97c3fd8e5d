/**
 * Asks the browser to keep the workspace's storage (issue 17): without it a browser may clear
 * IndexedDB when the disk runs low, and the workspace is often the only copy of a workshop's
 * results. The desktop app's storage is its own folder and is never cleared, so only the web
 * host asks. Returns whether the storage is kept (false where the browser cannot say).
 */
export async function requestPersistentStorage(isDesktop: boolean): Promise<boolean> {
  if (isDesktop) return true;
  const storage = globalThis.navigator?.storage;
  if (!storage?.persist) return false;
  try {
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    return false;
  }
}

/**
 * Whether IndexedDB (or the browser's storage) refused a write for lack of space. Chromium often
 * finds out when the transaction commits: Dexie then rejects with an AbortError whose `inner`
 * error (and message) is the QuotaExceededError.
 */
export function isStorageFull(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'QuotaExceededError') return true;
  const inner = (error as { inner?: unknown }).inner;
  if (inner instanceof Error && inner.name === 'QuotaExceededError') return true;
  return /\bQuotaExceededError\b/.test(error.message);
}
