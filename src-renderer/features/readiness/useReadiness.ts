/** Every cluster's readiness (db/readiness-queries.ts), computed in the bulk worker. */
import { useWorkspace } from '../../db/provider';
import { READINESS_TABLES, type ReadinessView } from '../../db/readiness-queries';
import { useWorkerAnswer, type WorkerAnswer } from '../../ui/useWorkerAnswer';

/** Undefined until the first answer, then the latest (kept while a newer one is computed). */
export function useReadiness(today: string): WorkerAnswer<ReadinessView> {
  const { db } = useWorkspace();
  return useWorkerAnswer({ kind: 'readiness', dbName: db.name, today }, READINESS_TABLES, db.name);
}
