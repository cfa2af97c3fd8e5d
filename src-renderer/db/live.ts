/**
 * Live queries re-read what a background worker wrote. Dexie tells other contexts about a commit
 * over a BroadcastChannel, but that message can arrive after the worker's own "done" (and the
 * worker ends right then), so a page could show rows from before the work for a moment — or keep
 * them. After a writing task the page announces the change itself: every live query re-reads.
 */
import { Dexie, RangeSet } from 'dexie';

export function refreshLiveQueries(): void {
  Dexie.on('storagemutated').fire({ all: new RangeSet(-Infinity, [[]]) });
}
