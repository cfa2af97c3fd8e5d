/**
 * The analyses of a meta-cluster page (db/metacluster-analysis.ts), computed in the bulk worker:
 * asked at once, again once commits touching what they read have settled, and ended when the page
 * is left. The last answer stays shown while a newer one is computed.
 */
import { useEffect, useEffectEvent, useState } from 'react';
import { useTablesVersion } from '../../../db/live';
import { ANALYSIS_TABLES, type MetaClusterAnalysis } from '../../../db/metacluster-analysis';
import { useWorkspace } from '../../../db/provider';
import { todayIso } from '../../../ui/today';
import { useNotifyError } from '../../../ui/useNotifyError';
import { runWorkerTask } from '../../../workers/client';

/** Commits this close together are one reason to ask again (a bulk tag, a quick series of edits). */
const SETTLE_MS = 250;

/**
 * The analyses of a meta-cluster, computed in the bulk worker; undefined until the first answer,
 * then the latest answer (kept while a newer one is computed).
 */
export function useMetaClusterAnalysis(id: string): MetaClusterAnalysis | null | undefined {
  const { db } = useWorkspace();
  const notifyError = useNotifyError();
  // Said when it happens, without asking again whenever the page renders.
  const onFailure = useEffectEvent((error: unknown) => notifyError(error));
  const version = useTablesVersion(db, ANALYSIS_TABLES);
  const [answer, setAnswer] = useState<{ id: string; value: MetaClusterAnalysis | null }>();

  useEffect(() => {
    let current = true;
    // Leaving the page (or a newer change) ends the computation: it would only take CPU away.
    const stop = new AbortController();
    const ask = () =>
      runWorkerTask(
        { kind: 'metacluster-analysis', dbName: db.name, metaClusterId: id, today: todayIso() },
        undefined,
        [],
        undefined,
        stop.signal,
      ).then(
        (value) => {
          if (current) setAnswer({ id, value });
        },
        (error: unknown) => {
          if (current) onFailure(error);
        },
      );
    // The first answer at once; later ones once a burst of commits has settled.
    const timer = setTimeout(() => void ask(), version === 0 ? 0 : SETTLE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
      stop.abort();
    };
  }, [db, id, version]);

  return answer?.id === id ? answer.value : undefined;
}
