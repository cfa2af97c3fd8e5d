/** Step 2 of the method (meta-clusters): templates, value-chain matrix, composer, matchmaking. */
export type {
  ChainCluster,
  ChainClusterEntry,
  ChainIndex,
  ChainInput,
  ChainMembership,
  ChainOrganisation,
  ChainParticipation,
  ChainSegment,
  ChainValueChain,
} from './chain-index';
export { buildChainIndex, chainSegments } from './chain-index';
export type {
  LocalisedNames,
  TemplateLanguage,
  ValueChainTemplate,
  ValueChainTemplateSegment,
} from './templates';
export {
  templateLanguages,
  templateNames,
  valueChainFromTemplate,
  valueChainTemplateById,
  valueChainTemplates,
} from './templates';
export type { MatrixCell, MatrixCluster, MatrixInput, MatrixRow, ValueChainMatrix } from './matrix';
export { valueChainMatrix } from './matrix';
export type {
  ClusterCandidate,
  ComposerCluster,
  ComposerInput,
  CompositionCoverage,
  CompositionFactor,
  CompositionFactorKind,
  CompositionReason,
  CompositionSuggestion,
  CompositionSuggestions,
  SuggestCompositionsInput,
} from './composer';
export {
  MIN_META_CLUSTER_COUNTRIES,
  compositionWeights,
  coverageOf,
  rankClustersForChain,
  suggestCompositions,
} from './composer';
export type {
  MatchOrganisation,
  OrganisationPair,
  PairOrganisation,
  PairReason,
  SuggestPairsInput,
} from './matching';
export {
  DEFAULT_PAIR_LIMIT,
  contentWords,
  matchOfferToNeed,
  matchingStopWords,
  suggestPairs,
} from './matching';
