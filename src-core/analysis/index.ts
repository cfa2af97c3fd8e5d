/** Analyses of rosters: readiness checks and helix composition. */
export type { ClusterMember, Helix, HelixComposition, HelixCompositionOptions } from './helix';
export { helices, helixComposition, isCommittedMember } from './helix';
export type {
  ClusterReadiness,
  ReadinessCheck,
  ReadinessCheckId,
  ReadinessCluster,
  ReadinessInput,
  ReadinessResult,
  ReadinessSettings,
  ReadinessStatus,
} from './readiness';
export {
  defaultReadinessSettings,
  evaluateReadiness,
  readinessCheckIds,
  readinessOverview,
  readinessThresholds,
} from './readiness';
