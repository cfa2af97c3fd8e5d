/**
 * Closing a window while its page is still writing. The page refuses to unload while a write is
 * pending (src-renderer/db/pending-writes.ts); a browser then asks the user, but Electron just
 * cancels the close without a word. So a window being closed whose page refused is asked again
 * a moment later, until the write has landed and the page lets it go — or, after `maxWaitMs`
 * (a write stuck that long will not land), it closes anyway. A reload refused this way stays
 * refused (the page is still writing; the user may reload again). Windows are structural here so
 * the rule is tested in plain Node.
 */

export interface ClosableWindow {
  on(event: 'close', listener: () => void): unknown;
  close(): void;
  isDestroyed(): boolean;
  readonly webContents: {
    on(
      event: 'will-prevent-unload',
      listener: (event: { preventDefault(): void }) => void,
    ): unknown;
  };
}

export interface UnloadWait {
  /** How long after a refused close it is tried again. */
  readonly retryMs: number;
  /** From the first attempt: past this, the window closes even though the page refused. */
  readonly maxWaitMs: number;
  readonly now?: () => number;
  readonly later?: (run: () => void, ms: number) => void;
}

export const UNLOAD_WAIT: UnloadWait = { retryMs: 200, maxWaitMs: 10_000 };

export function closeWhenWritesLand(window: ClosableWindow, wait: UnloadWait = UNLOAD_WAIT): void {
  const now = wait.now ?? Date.now;
  const later = wait.later ?? ((run, ms) => void setTimeout(run, ms));
  let closingSince: number | undefined;
  window.on('close', () => {
    closingSince ??= now();
  });
  window.webContents.on('will-prevent-unload', (event) => {
    if (closingSince === undefined) return;
    if (now() - closingSince >= wait.maxWaitMs) {
      // preventDefault on this event means: ignore the page's refusal and unload.
      event.preventDefault();
      return;
    }
    later(() => {
      if (!window.isDestroyed()) window.close();
    }, wait.retryMs);
  });
}
