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
