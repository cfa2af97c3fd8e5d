/** Local, never-synced workspace data: node identity, preferences and the conflict log. */
import { z } from 'zod';
import { hlcSchema } from './sync-meta';
import { NODE_ID_PATTERN } from '../sync/hlc';

export const identityFieldsSchema = z.object({
  facilitatorName: z.string().trim().min(1, { message: 'validation.facilitatorName' }).max(120),
  partnerOrganisation: z
    .string()
    .trim()
    .min(1, { message: 'validation.partnerOrganisation' })
    .max(200),
});
export type IdentityFields = z.infer<typeof identityFieldsSchema>;

export const nodeIdentitySchema = identityFieldsSchema.extend({
  nodeId: z.string().regex(NODE_ID_PATTERN),
  createdAt: z.iso.datetime(),
});
export type NodeIdentity = z.infer<typeof nodeIdentitySchema>;

export const uiLanguages = ['en', 'es'] as const;
export const uiLanguageSchema = z.enum(uiLanguages);
export type UiLanguage = z.infer<typeof uiLanguageSchema>;

export const sampleInfoSchema = z.object({ seed: z.number().int(), loadedAt: z.iso.datetime() });
export type SampleInfo = z.infer<typeof sampleInfoSchema>;

/** The settings table is a typed key-value store; each key has its own schema. */
export const settingSchemas = {
  identity: nodeIdentitySchema,
  language: uiLanguageSchema,
  clock: hlcSchema,
  sample: sampleInfoSchema,
  /** Readiness target for the knowledge-entity share of committed members (0–1). */
  knowledgeShareTarget: z.number().min(0).max(1),
} as const;
export type SettingKey = keyof typeof settingSchemas;
export type SettingValue<K extends SettingKey> = z.infer<(typeof settingSchemas)[K]>;

/** A concurrent edit that lost, kept so a user can review it and take it back. */
export const conflictSchema = z.object({
  id: z.string(),
  table: z.string(),
  recordId: z.string(),
  field: z.string(),
  keptValue: z.unknown(),
  keptClock: hlcSchema,
  lostValue: z.unknown(),
  lostClock: hlcSchema,
  detectedAt: z.iso.datetime(),
  packageId: z.string().nullable(),
  resolvedAt: z.iso.datetime().nullable(),
});
export type Conflict = z.infer<typeof conflictSchema>;
