// How many presenter windows may be open, and which comes back when the view is asked for again
// (src-main/presenter-windows.ts), with plain objects standing for windows.
import { describe, expect, it } from 'vitest';
import {
  MAX_PRESENTER_WINDOWS,
  PresenterWindows,
  presenterRoute,
} from '../../src-main/presenter-windows';

type FakeWindow = { id: number; isDestroyed: boolean };

const A = '0192f0c4-7b1e-7c3a-9d2e-00000000000a';
const B = '0192f0c4-7b1e-7c3a-9d2e-00000000000b';
const C = '0192f0c4-7b1e-7c3a-9d2e-00000000000c';

/** Plays main.ts: follows each plan and returns the window that ends up showing the workshop. */
function ask(registry: PresenterWindows<FakeWindow>, workshopId: string, created: FakeWindow[]) {
  const plan = registry.plan(workshopId);
  if (plan.kind === 'open') {
    const window = { id: created.length + 1, isDestroyed: false };
    created.push(window);
    registry.show(workshopId, window);
    return { plan, window };
  }
  if (plan.kind === 'reuse') registry.show(workshopId, plan.window);
  return { plan, window: plan.window };
}

describe('PresenterWindows', () => {
  it('allows two presenter windows at most', () => {
    expect(MAX_PRESENTER_WINDOWS).toBe(2);
  });

  it('brings the open window of a workshop to the front instead of opening another', () => {
    const registry = new PresenterWindows<FakeWindow>((w) => w.isDestroyed);
    const created: FakeWindow[] = [];
    const first = ask(registry, A, created);
    expect(first.plan.kind).toBe('open');
    for (let i = 0; i < 10; i += 1) {
      expect(ask(registry, A, created).plan).toEqual({ kind: 'focus', window: first.window });
    }
    expect(created).toHaveLength(1);
  });

  it('never opens more than the cap, however many workshops ask', () => {
    const registry = new PresenterWindows<FakeWindow>((w) => w.isDestroyed);
    const created: FakeWindow[] = [];
    for (let i = 0; i < 50; i += 1) {
      ask(registry, `0192f0c4-7b1e-7c3a-9d2e-${String(i).padStart(12, '0')}`, created);
      expect(registry.size).toBeLessThanOrEqual(MAX_PRESENTER_WINDOWS);
    }
    expect(created).toHaveLength(MAX_PRESENTER_WINDOWS);
  });

  it('shows a further workshop in the window given a workshop longest ago', () => {
    const registry = new PresenterWindows<FakeWindow>((w) => w.isDestroyed);
    const created: FakeWindow[] = [];
    const a = ask(registry, A, created).window;
    const b = ask(registry, B, created).window;
    expect(registry.plan(C)).toEqual({ kind: 'reuse', window: a, previousWorkshopId: A });
    ask(registry, C, created);
    // A's window now shows C: asking for C focuses it, asking for A again reuses B's.
    expect(registry.plan(C)).toEqual({ kind: 'focus', window: a });
    expect(registry.plan(A)).toEqual({ kind: 'reuse', window: b, previousWorkshopId: B });
    expect(created).toHaveLength(2);
  });

  it('opens a new window once one is closed', () => {
    const registry = new PresenterWindows<FakeWindow>((w) => w.isDestroyed);
    const created: FakeWindow[] = [];
    const a = ask(registry, A, created).window;
    ask(registry, B, created);
    registry.forget(a);
    expect(registry.size).toBe(1);
    expect(registry.plan(C)).toEqual({ kind: 'open' });
  });

  it('forgets windows destroyed without a closed event', () => {
    const registry = new PresenterWindows<FakeWindow>((w) => w.isDestroyed);
    const created: FakeWindow[] = [];
    const a = ask(registry, A, created).window;
    a.isDestroyed = true;
    expect(registry.plan(A)).toEqual({ kind: 'open' });
    expect(registry.size).toBe(0);
  });

  it('can be capped at one window', () => {
    const registry = new PresenterWindows<FakeWindow>((w) => w.isDestroyed, 1);
    const created: FakeWindow[] = [];
    const a = ask(registry, A, created).window;
    expect(registry.plan(B)).toEqual({ kind: 'reuse', window: a, previousWorkshopId: A });
    expect(() => new PresenterWindows<FakeWindow>(() => false, 0)).toThrow(RangeError);
  });
});

describe('presenterRoute', () => {
  it("is the app's presenter route of the workshop", () => {
    expect(presenterRoute(A)).toBe(`#/workshops/${A}?view=present`);
    expect(presenterRoute('a/b?c#d')).toBe('#/workshops/a%2Fb%3Fc%23d?view=present');
  });
});
