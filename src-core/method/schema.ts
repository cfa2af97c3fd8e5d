/**
 * The method definition format (PRODUCT.md, "The Meta-Cluster method"): a versioned description of
 * the workshops the app runs — stages with a kind, title, purpose, time box, facilitator guidance,
 * typed outputs and gate checks. Methods are data (assets/methods/*.json), validated with these
 * schemas when loaded, so partners can adapt a method and results stay comparable: a workshop
 * records the method id and version it ran.
 *
 * Stage kinds are a discriminated union: each kind names the outputs it captures and may carry
 * settings of its own, and every surface handles each kind (exhaustive switches), so a new kind
 * cannot be half-supported.
 */
import { z } from 'zod';
import type { UiLanguage } from '../model/workspace';

const methodString = z.string().min(1).max(2000);

/**
 * Text in every language the app ships (the UI languages, `uiLanguages`): a method missing one
 * does not load. Other languages (a workshop's own) fall back to `en`.
 */
export const localisedTextSchema = z
  .object({
    en: methodString,
    fr: methodString,
    ar: methodString,
    es: methodString,
    it: methodString,
    el: methodString,
    tr: methodString,
    pt: methodString,
    hr: methodString,
  } satisfies Record<UiLanguage, typeof methodString>)
  .strict();
export type LocalisedText = z.infer<typeof localisedTextSchema>;

/** What a stage captures (each a typed record of the workshop runner). */
export const outputKinds = [
  'scoping-note',
  'readiness-snapshot',
  'gap-list',
  'candidate-list',
  'engagement-offer',
  'recruitment-plan',
  'reinforcement-commitment',
  'value-chain-map',
  'offers-needs',
  'organisation-pairs',
  'b2b-schedule',
  'idea-cards',
  'dot-votes',
  'impact-feasibility',
  'governance',
  'agreement',
  'action-plan',
  'workshop-report',
] as const;
export const outputKindSchema = z.enum(outputKinds);
export type OutputKind = z.infer<typeof outputKindSchema>;

/** A gate check the facilitator sees before moving on (an override needs a recorded reason). */
export const gateCheckSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('min-countries'), min: z.number().int().min(1).max(30) }).strict(),
  z.object({ kind: z.literal('min-clusters'), min: z.number().int().min(1).max(50) }).strict(),
  z.object({ kind: z.literal('knowledge-entity-per-cluster') }).strict(),
  z
    .object({
      kind: z.literal('min-outputs'),
      output: outputKindSchema,
      min: z.number().int().min(1).max(1000),
    })
    .strict(),
  z.object({ kind: z.literal('lead-cluster-chosen') }).strict(),
  z.object({ kind: z.literal('every-action-has-owner') }).strict(),
]);
export type GateCheck = z.infer<typeof gateCheckSchema>;

export const gateSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{1,40}$/),
    check: gateCheckSchema,
    label: localisedTextSchema,
  })
  .strict();
export type Gate = z.infer<typeof gateSchema>;

const stageBase = {
  id: z.string().regex(/^[a-z0-9-]{1,40}$/),
  /** Short code shown on the agenda ("R1", "4"). */
  code: z.string().min(1).max(6),
  title: localisedTextSchema,
  purpose: localisedTextSchema,
  guidance: localisedTextSchema,
  /** Time box in minutes. */
  minutes: z.number().int().min(5).max(480),
  outputs: z.array(outputKindSchema).min(1).max(6),
  gates: z.array(gateSchema).max(6),
};

/** Stage kinds; a kind's own settings sit next to the common fields. */
export const stageSchema = z.discriminatedUnion('kind', [
  z.object({ ...stageBase, kind: z.literal('scoping') }).strict(),
  z.object({ ...stageBase, kind: z.literal('readiness-review') }).strict(),
  z.object({ ...stageBase, kind: z.literal('gap-analysis') }).strict(),
  z
    .object({
      ...stageBase,
      kind: z.literal('candidates'),
      shortlist: z.number().int().min(1).max(50),
    })
    .strict(),
  z.object({ ...stageBase, kind: z.literal('engagement-offer') }).strict(),
  z.object({ ...stageBase, kind: z.literal('recruitment-plan') }).strict(),
  z.object({ ...stageBase, kind: z.literal('commitments') }).strict(),
  z.object({ ...stageBase, kind: z.literal('value-chain-mapping') }).strict(),
  z
    .object({
      ...stageBase,
      kind: z.literal('matchmaking'),
      tables: z.number().int().min(1).max(100),
      slotMinutes: z.number().int().min(5).max(60),
    })
    .strict(),
  z
    .object({
      ...stageBase,
      kind: z.literal('prioritisation'),
      dotsPerParticipant: z.number().int().min(1).max(20),
    })
    .strict(),
  z.object({ ...stageBase, kind: z.literal('governance') }).strict(),
  z.object({ ...stageBase, kind: z.literal('roadmap') }).strict(),
  z.object({ ...stageBase, kind: z.literal('close') }).strict(),
]);
export type Stage = z.infer<typeof stageSchema>;
export type StageKind = Stage['kind'];

export const workshopTypeSchema = z.enum(['reinforcement', 'meta-cluster']);

export const methodSchema = z
  .object({
    format: z.literal('meta-cluster-studio/method'),
    id: z.string().regex(/^[a-z0-9-]{1,60}$/),
    /** Semantic version; a workshop records the one it ran. */
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    title: localisedTextSchema,
    workshops: z
      .array(
        z
          .object({
            type: workshopTypeSchema,
            title: localisedTextSchema,
            stages: z.array(stageSchema).min(1).max(30),
          })
          .strict(),
      )
      .min(1)
      .max(10),
  })
  .strict()
  .superRefine((method, ctx) => {
    for (const [w, workshop] of method.workshops.entries()) {
      const seen = new Set<string>();
      for (const [s, stage] of workshop.stages.entries()) {
        if (seen.has(stage.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['workshops', w, 'stages', s, 'id'],
            message: `stage id ${stage.id} appears twice`,
          });
        }
        seen.add(stage.id);
      }
    }
  });
export type MethodDefinition = z.infer<typeof methodSchema>;
export type WorkshopType = z.infer<typeof workshopTypeSchema>;
