/** Loads the sample workspace in the bulk worker and exposes its progress to a component. */
import { useCallback, useState } from 'react';
import type { BulkProgress } from '../../db/progress';
import { useWorkspace } from '../../db/provider';
import { runWorkerTask } from '../../workers/client';

export const SAMPLE_SEED = 2026;

export interface SampleLoader {
  readonly progress: BulkProgress | null;
  readonly isLoading: boolean;
  readonly load: () => Promise<number>;
}

export function useSampleLoader(): SampleLoader {
  const { db } = useWorkspace();
  const [progress, setProgress] = useState<BulkProgress | null>(null);
  const [isLoading, setLoading] = useState(false);
  const load = useCallback(async () => {
    setLoading(true);
    setProgress(null);
    try {
      return await runWorkerTask(
        { kind: 'load-sample', dbName: db.name, seed: SAMPLE_SEED },
        setProgress,
      );
    } finally {
      setLoading(false);
    }
  }, [db]);
  return { progress, isLoading, load };
}
