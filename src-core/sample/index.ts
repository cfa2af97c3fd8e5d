/** The sample workspace generator (deterministic, seeded) and its summary helpers. */
export type { SampleOptions, SampleWorkspace } from './generate';
export {
  SAMPLE_DEFAULT_CONTACTS_PER_ORGANISATION,
  SAMPLE_DEFAULT_ORGANISATIONS,
  SAMPLE_DEFAULT_SEED,
  generateSampleWorkspace,
} from './generate';
export type { KnowledgeShare, SampleCounts } from './stats';
export { knowledgeShareByCluster, sampleCounts } from './stats';
export { SAMPLE_BASE_MILLIS, SAMPLE_NODE_ID } from './helpers';
export type { Prng } from './prng';
export { createPrng } from './prng';
