/** Step 1 of the method (scientific reinforcement): knowledge gaps and ranked candidates. */
export type {
  ClusterGaps,
  ClusterGapsInput,
  GapOrganisation,
  NaceDivisionGap,
  ReinforcementMembership,
  SegmentGap,
} from './gaps';
export { clusterGaps, naceDivision, naceDivisionsOf } from './gaps';
export type {
  Candidate,
  CandidateCluster,
  CandidateContact,
  CandidateFactor,
  CandidateFactorKind,
  CandidateOrganisation,
  RankCandidatesInput,
  RankCandidatesOptions,
} from './candidates';
export { candidateWeights, primaryLanguage, rankCandidates } from './candidates';
export { compositionAsOf, knowledgeShareOf } from './assessment';
