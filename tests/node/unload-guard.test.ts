// Closing a window whose page is still writing (src-main/unload-guard.ts): the close is tried
// again until the page lets go, and forced only after the longest wait. Plain objects stand for
// the window, as in presenter-windows.test.ts.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { closeWhenWritesLand } from '../../src-main/unload-guard';

/** A window whose page refuses to unload while `writing` is true. */
class PageWindow extends EventEmitter {
  writing = false;
  destroyed = false;
  readonly webContents = new EventEmitter();
  close(): void {
    this.emit('close');
    let forced = false;
    if (this.writing)
      this.webContents.emit('will-prevent-unload', { preventDefault: () => (forced = true) });
    if (!this.writing || forced) this.destroyed = true;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

function clockAndTimers() {
  let time = 0;
  const queue: { at: number; run: () => void }[] = [];
  return {
    now: () => time,
    later: (run: () => void, ms: number) => void queue.push({ at: time + ms, run }),
    advance(ms: number) {
      time += ms;
      for (const task of queue.splice(0).sort((a, b) => a.at - b.at)) {
        if (task.at <= time) task.run();
        else queue.push(task);
      }
    },
  };
}

describe('closing a window while its page writes', () => {
  it('closes at once when nothing is being written', () => {
    const window = new PageWindow();
    closeWhenWritesLand(window, { retryMs: 200, maxWaitMs: 10_000, ...clockAndTimers() });
    window.close();
    expect(window.isDestroyed()).toBe(true);
  });

  it('waits for the write, then closes by itself', () => {
    const window = new PageWindow();
    const timers = clockAndTimers();
    closeWhenWritesLand(window, { retryMs: 200, maxWaitMs: 10_000, ...timers });
    window.writing = true;
    window.close();
    expect(window.isDestroyed()).toBe(false);
    timers.advance(200);
    expect(window.isDestroyed()).toBe(false);
    window.writing = false;
    timers.advance(200);
    expect(window.isDestroyed()).toBe(true);
  });

  it('closes anyway once the longest wait has passed', () => {
    const window = new PageWindow();
    const timers = clockAndTimers();
    closeWhenWritesLand(window, { retryMs: 200, maxWaitMs: 1_000, ...timers });
    window.writing = true;
    window.close();
    for (let i = 0; i < 4; i += 1) timers.advance(200);
    expect(window.isDestroyed()).toBe(false);
    timers.advance(200);
    expect(window.isDestroyed()).toBe(true);
  });

  it('a refused reload is not turned into a close', () => {
    const window = new PageWindow();
    const timers = clockAndTimers();
    closeWhenWritesLand(window, { retryMs: 200, maxWaitMs: 1_000, ...timers });
    window.writing = true;
    let forced = false;
    window.webContents.emit('will-prevent-unload', { preventDefault: () => (forced = true) });
    timers.advance(5_000);
    expect(forced).toBe(false);
    expect(window.isDestroyed()).toBe(false);
  });
});
