/** The analyses of a meta-cluster page (db/metacluster-analysis.ts), computed in the bulk worker. */
import { ANALYSIS_TABLES, type MetaClusterAnalysis } from '../../../db/metacluster-analysis';
import { useWorkspace } from '../../../db/provider';
import { todayIso } from '../../../ui/today';
import { useWorkerAnswer, type WorkerAnswer } from '../../../ui/useWorkerAnswer';

/** Undefined until the first answer, then the latest (kept while a newer one is computed). */
export function useMetaClusterAnalysis(id: string): WorkerAnswer<MetaClusterAnalysis | null> {
  const { db } = useWorkspace();
  return useWorkerAnswer(
    { kind: 'metacluster-analysis', dbName: db.name, metaClusterId: id, today: todayIso() },
    ANALYSIS_TABLES,
    id,
  );
}
