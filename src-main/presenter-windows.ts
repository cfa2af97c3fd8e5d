/**
 * The presenter windows (the participant view of a running workshop, on the projector). At most
 * MAX_PRESENTER_WINDOWS are open at once, so a page asking again and again cannot fill the screen
 * with windows: asked for a workshop already shown, its window comes to the front; asked for
 * another one with every place taken, the window used longest ago shows that workshop instead.
 * No Electron here: windows are whatever main.ts keeps, so the rule is tested in plain Node.
 */

/** One projector, plus one for a second room or a rehearsal on the laptop's own screen. */
export const MAX_PRESENTER_WINDOWS = 2;

export type PresenterPlan<W> =
  | { readonly kind: 'focus'; readonly window: W }
  | { readonly kind: 'open' }
  | { readonly kind: 'reuse'; readonly window: W; readonly previousWorkshopId: string };

/** The app's route of a workshop's presenter view (only a validated record id goes in). */
export function presenterRoute(workshopId: string): string {
  return `#/workshops/${encodeURIComponent(workshopId)}?view=present`;
}

export class PresenterWindows<W> {
  /** Workshop id → window, in the order they were last given a workshop (oldest first). */
  private readonly windows = new Map<string, W>();

  constructor(
    private readonly isGone: (window: W) => boolean,
    private readonly max: number = MAX_PRESENTER_WINDOWS,
  ) {
    if (!Number.isInteger(max) || max < 1) throw new RangeError('At least one presenter window.');
  }

  /** The windows still open, forgetting any that closed without telling. */
  private live(): [string, W][] {
    for (const [workshopId, window] of this.windows) {
      if (this.isGone(window)) this.windows.delete(workshopId);
    }
    return [...this.windows];
  }

  get size(): number {
    return this.live().length;
  }

  /** What to do when the presenter view of `workshopId` is asked for. */
  plan(workshopId: string): PresenterPlan<W> {
    const open = this.live();
    const shown = this.windows.get(workshopId);
    if (shown !== undefined) return { kind: 'focus', window: shown };
    const oldest = open[0];
    if (open.length < this.max || oldest === undefined) return { kind: 'open' };
    return { kind: 'reuse', window: oldest[1], previousWorkshopId: oldest[0] };
  }

  /** Records that `window` now shows `workshopId` (a new window, or one reused). */
  show(workshopId: string, window: W): void {
    this.forget(window);
    this.windows.delete(workshopId);
    this.windows.set(workshopId, window);
  }

  /** Forgets a window (it closed). */
  forget(window: W): void {
    for (const [workshopId, kept] of this.windows) {
      if (kept === window) this.windows.delete(workshopId);
    }
  }
}
