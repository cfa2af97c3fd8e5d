/**
 * What the report's entry views need to turn ids into names: organisations, clusters,
 * participants, value-chain segments and ideas, plus the ranked ideas of the whole workshop.
 */
import type { IdeaTally } from '../../../../src-core/workshop/votes';

export interface ReportLookup {
  readonly language: string;
  readonly organisationName: (id: string) => string;
  readonly clusterName: (id: string) => string;
  readonly participantName: (id: string) => string;
  readonly segmentName: (key: string) => string;
  readonly ideaText: (id: string) => string;
  /** Every idea card of the workshop, ranked by its votes. */
  readonly tallies: readonly IdeaTally[];
  /** Whether the vote results of a stage were shown in the room. */
  readonly isRevealed: (stageId: string) => boolean;
}
