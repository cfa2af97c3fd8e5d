/** UI state of the clusters table: sorting and the search text. Never database rows. */
import type { StateCreator } from 'zustand';

export interface SortState {
  readonly id: string;
  readonly desc: boolean;
}

export interface ClustersViewSlice {
  clustersSort: SortState[];
  clustersSearch: string;
  setClustersSort: (sort: SortState[]) => void;
  setClustersSearch: (search: string) => void;
}

export const clustersViewInitial = {
  clustersSort: [{ id: 'name', desc: false }] as SortState[],
  clustersSearch: '',
};

export const createClustersViewSlice: StateCreator<ClustersViewSlice> = (set) => ({
  ...clustersViewInitial,
  setClustersSort: (clustersSort) => set({ clustersSort }),
  setClustersSearch: (clustersSearch) => set({ clustersSearch }),
});
