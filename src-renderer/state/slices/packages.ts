/**
 * A package handed to the app outside the Exchange page — dropped on the window, or opened from
 * the file manager on the desktop — waiting for the Exchange page to preview it.
 */
import type { StateCreator } from 'zustand';

export interface OfferedPackage {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface PackagesSlice {
  offeredPackage: OfferedPackage | null;
  offerPackage: (offered: OfferedPackage) => void;
  takeOfferedPackage: () => OfferedPackage | null;
}

export const createPackagesSlice: StateCreator<PackagesSlice> = (set, get) => ({
  offeredPackage: null,
  offerPackage: (offered) => set({ offeredPackage: offered }),
  takeOfferedPackage: () => {
    const offered = get().offeredPackage;
    if (offered) set({ offeredPackage: null });
    return offered;
  },
});
