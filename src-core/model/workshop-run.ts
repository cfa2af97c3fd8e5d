/**
 * What running a workshop records (schema v6): where the run stands (current stage, its timer,
 * gate overrides with their reasons, revealed vote results), who took part, and each stage's
 * outputs as typed entries.
 *
 * Entries are one record each (a card, a vote, an action…) rather than one document per stage, so
 * two facilitators capturing at the same workshop on two laptops merge card by card under the
 * exchange rules instead of overwriting each other's stage. The entry's payload is a discriminated
 * union on the method's output kinds, checked exhaustively wherever entries are shown.
 */
import { z } from 'zod';
import type { OutputKind } from '../method/schema';
import { actionStatusSchema, agreementTypeSchema, metaClusterRoleSchema } from './enums';
import { recordIdSchema } from './ids';

const isoDate = z.iso.date({ message: 'validation.date' });
const isoDateTime = z.iso.datetime();
const cardText = z.string().trim().min(1, { message: 'validation.text' }).max(500);
const shortText = z.string().trim().max(300);
const stageIdSchema = z.string().regex(/^[a-z0-9-]{1,40}$/);
export const clockTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'validation.time' });

/** A gate the facilitator passed although it failed, and why (kept for the report). */
export const gateOverrideSchema = z.object({
  stageId: stageIdSchema,
  gateId: z.string().regex(/^[a-z0-9-]{1,40}$/),
  reason: z.string().trim().min(1, { message: 'validation.reason' }).max(500),
  at: isoDateTime,
  by: z.string().trim().max(120),
});
export type GateOverride = z.infer<typeof gateOverrideSchema>;

/** Where a run stands. The timer counts the current stage: time before the last start + since. */
export const workshopRunSchema = z.object({
  status: z.enum(['planned', 'running', 'completed']),
  currentStageId: stageIdSchema.nullable(),
  timer: z.object({
    stageId: stageIdSchema.nullable(),
    /** When the timer was last started; null while paused. */
    runningSince: isoDateTime.nullable(),
    /** Time counted before `runningSince`. */
    elapsedMs: z.number().int().min(0),
  }),
  /** Time spent per stage, for the report (planned vs actual). */
  spentMs: z.record(stageIdSchema, z.number().int().min(0)),
  overrides: z.array(gateOverrideSchema).max(200),
  /** Stages whose vote results the facilitator revealed. */
  revealed: z.array(stageIdSchema).max(40),
  startedAt: isoDateTime.nullable(),
  completedAt: isoDateTime.nullable(),
});
export type WorkshopRun = z.infer<typeof workshopRunSchema>;

export function defaultRun(): WorkshopRun {
  return {
    status: 'planned',
    currentStageId: null,
    timer: { stageId: null, runningSince: null, elapsedMs: 0 },
    spentMs: {},
    overrides: [],
    revealed: [],
    startedAt: null,
    completedAt: null,
  };
}

/** Someone at a workshop: invited from the rosters or added as a walk-in. */
export const workshopParticipantFieldsSchema = z.object({
  workshopId: recordIdSchema,
  organisationId: recordIdSchema,
  /** The person, when known (their personal data stays on the contact, under its share scope). */
  contactId: recordIdSchema.nullable(),
  walkIn: z.boolean(),
  checkedInAt: isoDateTime.nullable(),
  /** The table they sit at (1-based), for table tallies and the B2B schedule. */
  table: z.number().int().min(1).max(100).nullable(),
});

export const readinessSnapshotClusterSchema = z.object({
  clusterId: recordIdSchema,
  name: z.string().max(200),
  country: z.string().regex(/^[A-Z]{2}$/),
  members: z.number().int().min(0),
  knowledgeEntities: z.number().int().min(0),
  knowledgeShare: z.number().min(0).max(1),
  checksPassed: z.number().int().min(0),
  checksTotal: z.number().int().min(0),
});

export const signatoryStatuses = ['pending', 'signed', 'declined'] as const;
export const valueChainMarks = ['strength', 'present', 'gap'] as const;
export const voteSources = ['participant', 'proxy', 'table'] as const;

/** The payload of each output kind. */
export const workshopEntrySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('scoping-note'), text: cardText }),
  z.object({
    kind: z.literal('readiness-snapshot'),
    takenAt: isoDateTime,
    clusters: z.array(readinessSnapshotClusterSchema).max(60),
  }),
  z.object({ kind: z.literal('gap-list'), text: cardText, segment: shortText }),
  z.object({
    kind: z.literal('candidate-list'),
    organisationId: recordIdSchema,
    score: z.number().min(0).max(1000),
    reason: shortText,
  }),
  z.object({ kind: z.literal('engagement-offer'), text: cardText }),
  z.object({
    kind: z.literal('recruitment-plan'),
    organisationId: recordIdSchema,
    owner: shortText,
    due: isoDate.nullable(),
  }),
  z.object({
    kind: z.literal('reinforcement-commitment'),
    clusterId: recordIdSchema,
    text: cardText,
    owner: shortText,
    due: isoDate.nullable(),
  }),
  z.object({
    kind: z.literal('value-chain-map'),
    segmentKey: z.string().regex(/^[a-z0-9-]{1,40}$/),
    clusterId: recordIdSchema,
    mark: z.enum(valueChainMarks),
    organisationIds: z.array(recordIdSchema).max(100),
    note: shortText,
  }),
  z.object({
    kind: z.literal('offers-needs'),
    organisationId: recordIdSchema,
    side: z.enum(['offer', 'need']),
    text: cardText,
  }),
  z.object({
    kind: z.literal('organisation-pairs'),
    a: recordIdSchema,
    b: recordIdSchema,
    score: z.number().min(0).max(1000),
    reason: shortText,
  }),
  z.object({
    kind: z.literal('b2b-schedule'),
    tables: z.number().int().min(1).max(100),
    slots: z.number().int().min(1).max(48),
    slotMinutes: z.number().int().min(5).max(60),
    startTime: clockTimeSchema,
    meetings: z
      .array(
        z.object({
          slot: z.number().int().min(0).max(47),
          table: z.number().int().min(0).max(99),
          a: recordIdSchema,
          b: recordIdSchema,
        }),
      )
      .max(4800),
  }),
  z.object({ kind: z.literal('idea-cards'), text: cardText, theme: shortText }),
  z.object({
    kind: z.literal('dot-votes'),
    ideaId: recordIdSchema,
    dots: z.number().int().min(1).max(1000),
    source: z.enum(voteSources),
    /** The participant (who voted, or was voted for by proxy); null for a table tally. */
    voterId: recordIdSchema.nullable(),
    table: z.number().int().min(1).max(100).nullable(),
  }),
  z.object({
    kind: z.literal('impact-feasibility'),
    ideaId: recordIdSchema,
    impact: z.number().int().min(1).max(5),
    feasibility: z.number().int().min(1).max(5),
  }),
  z.object({
    kind: z.literal('governance'),
    leadClusterId: recordIdSchema.nullable(),
    decisionRule: shortText,
    roles: z.array(z.object({ clusterId: recordIdSchema, role: metaClusterRoleSchema })).max(60),
  }),
  z.object({
    kind: z.literal('agreement'),
    type: agreementTypeSchema,
    signatories: z
      .array(
        z.object({
          name: z.string().trim().min(1, { message: 'validation.name' }).max(120),
          organisation: shortText,
          status: z.enum(signatoryStatuses),
        }),
      )
      .max(60),
  }),
  z.object({
    kind: z.literal('action-plan'),
    text: cardText,
    owner: shortText,
    due: isoDate.nullable(),
    kpi: shortText,
    status: actionStatusSchema,
  }),
  z.object({ kind: z.literal('workshop-report'), generatedAt: isoDateTime }),
]);
export type WorkshopEntry = z.infer<typeof workshopEntrySchema>;
export type EntryOf<K extends OutputKind> = Extract<WorkshopEntry, { kind: K }>;

// Every output kind of the method format has a payload, and nothing else does.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const entryKindsMatchOutputs: Same<WorkshopEntry['kind'], OutputKind> = true;
void entryKindsMatchOutputs;

export const workshopEntryFieldsSchema = z.object({
  workshopId: recordIdSchema,
  /** The stage it was captured at. */
  stageId: stageIdSchema,
  entry: workshopEntrySchema,
  /**
   * (Format 1.2) The participant whose own entry this is, when each person in the room has one: an
   * impact × feasibility score given from a phone. Absent for everything the facilitator captures
   * for the room (the facilitator's score speaks for the room and decides when set).
   */
  participantId: recordIdSchema.optional(),
});

/** The records among `entries` whose payload is of `kind`, typed as such. */
export function entriesOfKind<K extends OutputKind, R extends { entry: WorkshopEntry }>(
  entries: readonly R[],
  kind: K,
): (R & { entry: EntryOf<K> })[] {
  return entries.filter(
    (record): record is R & { entry: EntryOf<K> } => record.entry.kind === kind,
  );
}
