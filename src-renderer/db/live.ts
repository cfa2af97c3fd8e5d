/**
 * Live queries re-read what a background worker wrote. Dexie tells other contexts about a commit
 * over a BroadcastChannel, but that message can arrive after the worker's own "done" (and the
 * worker ends right then), so a page could show rows from before the work for a moment — or keep
 * them. After a writing task the page announces the change itself: every live query re-reads.
 */
import { Dexie, RangeSet, type ObservabilitySet } from 'dexie';
import { useEffect, useState } from 'react';
import type { StudioDb } from './schema';

export function refreshLiveQueries(): void {
  Dexie.on('storagemutated').fire({ all: new RangeSet(-Infinity, [[]]) });
}

/** Counts commits (this page's, a worker's, another window's) touching `tables` of `db`. */
export function useTablesVersion(db: StudioDb, tables: readonly string[]): number {
  const [version, setVersion] = useState(0);
  const key = tables.join('\n');
  useEffect(() => {
    const watched = new Set(key.split('\n'));
    const prefix = `idb://${db.name}/`;
    const onCommit = (parts: ObservabilitySet) => {
      for (const part of Object.keys(parts)) {
        const table = part.startsWith(prefix) ? part.slice(prefix.length).split('/')[0] : null;
        // `all`: "read everything again" (db/live.ts), after a bulk task.
        if (part === 'all' || (table && watched.has(table))) {
          setVersion((previous) => previous + 1);
          return;
        }
      }
    };
    Dexie.on('storagemutated', onCommit);
    return () => Dexie.on('storagemutated').unsubscribe(onCommit);
  }, [db, key]);
  return version;
}
