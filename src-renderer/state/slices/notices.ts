/** Short notices ("Backup saved", "Sample data removed — Undo") shown at the bottom of the window. */
import type { StateCreator } from 'zustand';

export interface Notice {
  readonly id: number;
  readonly tone: 'info' | 'success' | 'error';
  readonly message: string;
  readonly action?: { readonly label: string; readonly run: () => void };
}

export interface NoticesSlice {
  notices: Notice[];
  notify: (notice: Omit<Notice, 'id'>) => number;
  dismissNotice: (id: number) => void;
  /** Removes every offer to undo: the state they would undo was replaced (a backup restored). */
  dropUndoOffers: () => void;
}

let nextId = 1;

export const createNoticesSlice: StateCreator<NoticesSlice> = (set) => ({
  notices: [],
  notify: (notice) => {
    const id = nextId++;
    // The same notice again (a field saved after another: "Saved.") replaces the earlier one.
    set((state) => {
      const others = state.notices.filter(
        (shown) => shown.message !== notice.message || shown.tone !== notice.tone || shown.action,
      );
      return { notices: [...others.slice(-3), { ...notice, id }] };
    });
    return id;
  },
  dismissNotice: (id) => set((state) => ({ notices: state.notices.filter((n) => n.id !== id) })),
  dropUndoOffers: () => set((state) => ({ notices: state.notices.filter((n) => !n.action) })),
});
