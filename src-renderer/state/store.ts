/** The one zustand store, built from typed slices. UI state only: never copies of database rows. */
import { create } from 'zustand';
import { createNoticesSlice, type NoticesSlice } from './slices/notices';
import { createPackagesSlice, type PackagesSlice } from './slices/packages';
import { createTablesSlice, type TablesSlice } from './slices/tables';

export type StudioState = NoticesSlice & TablesSlice & PackagesSlice;

export const useStudioStore = create<StudioState>()((...args) => ({
  ...createNoticesSlice(...args),
  ...createTablesSlice(...args),
  ...createPackagesSlice(...args),
}));

const initialState = useStudioStore.getState();

/** Back to a fresh store (tests, and after switching workspaces). */
export function resetStudioStore(): void {
  useStudioStore.setState(initialState, true);
}
