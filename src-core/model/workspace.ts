/** Local, never-synced workspace data: node identity, preferences and the conflict log. */
import { z } from 'zod';
import { hlcSchema } from './sync-meta';
import { NODE_ID_PATTERN } from '../sync/hlc';
import { syncedTableNames, type SyncedTableName } from './entities';

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

/**
 * The languages the app speaks (UI and method content): the working languages of Med-MCI's
 * facilitators and participants. Croatian (Latin script) also serves Bosnian and Montenegrin users.
 */
export const uiLanguages = ['en', 'fr', 'ar', 'es', 'it', 'el', 'tr', 'pt', 'hr'] as const;
export const uiLanguageSchema = z.enum(uiLanguages);
export type UiLanguage = z.infer<typeof uiLanguageSchema>;

/** Languages written right to left. */
export const rtlLanguages: readonly UiLanguage[] = ['ar'];

/**
 * How dates, times and numbers are written, beside the UI language: a region (English as in the
 * United States, French as in Switzerland …; none = the language's default below) and, for
 * Arabic, the digits (Latin by default, as Med-MCI's documents write them, or Arabic-Indic).
 * A per-computer preference kept in the settings.
 */
export const formatDigits = ['latn', 'arab'] as const;
export const formatPreferencesSchema = z.object({
  region: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullable(),
  digits: z.enum(formatDigits),
});
export type FormatPreferences = z.infer<typeof formatPreferencesSchema>;
export const DEFAULT_FORMATS: FormatPreferences = { region: null, digits: 'latn' };

/** Regions offered for formats: the programme's countries and the usual English variants. */
// prettier-ignore
export const formatRegions = [
  'GB', 'IE', 'US', 'FR', 'BE', 'CH', 'ES', 'IT', 'MT', 'GR', 'CY', 'TR', 'PT', 'HR', 'BA', 'ME',
  'SI', 'AL', 'MA', 'DZ', 'TN', 'LY', 'EG', 'LB', 'JO', 'PS',
] as const;

let formats: FormatPreferences = DEFAULT_FORMATS;

/** Applies the format preferences to every later `formatLocale` (the UI re-renders on change). */
export function setFormatPreferences(preferences: FormatPreferences): void {
  formats = formatPreferencesSchema.parse(preferences);
}

export function formatPreferences(): FormatPreferences {
  return formats;
}

/**
 * The locale dates, times and numbers are written in for a UI language: English as in Europe
 * (day/month order, 24-hour clock: "15 Sept 2026, 19:45", not "Sep 15, 2026, 7:45 PM"), Arabic
 * with Latin digits, Portuguese as in Portugal — unless the format preferences name a region or
 * Arabic-Indic digits. Every Intl formatter of the UI uses it (and caches by its result).
 */
export function formatLocale(language: string, preferences: FormatPreferences = formats): string {
  const base = language.includes('-')
    ? language // a full tag asked for ("en-US") is kept as it is
    : preferences.region !== null
      ? `${language}-${preferences.region}`
      : language === 'en'
        ? 'en-GB'
        : // European Portuguese (pt alone formats numbers and dates as in Brazil).
          language === 'pt'
          ? 'pt-PT'
          : language;
  return language === 'ar' ? `${base}-u-nu-${preferences.digits}` : base;
}

export function textDirection(language: string): 'ltr' | 'rtl' {
  return (rtlLanguages as readonly string[]).includes(language) ? 'rtl' : 'ltr';
}

export const sampleInfoSchema = z.object({ seed: z.number().int(), loadedAt: z.iso.datetime() });
export type SampleInfo = z.infer<typeof sampleInfoSchema>;

const knowledgeMapSchema = z.record(z.string().regex(NODE_ID_PATTERN), hlcSchema);

/** This workspace's Ed25519 package-signing key (created on the first export). */
export const signingKeySettingSchema = z.object({
  privateKeyPkcs8Base64: z.string().min(1).max(200),
  publicKeyBase64: z.string().regex(/^[A-Za-z0-9+/]{43}=$/),
});

/** A partner node, as its packages introduced it (trust on first use for its key). */
export const partnerSchema = z.object({
  partnerOrganisation: z.string(),
  facilitator: z.string(),
  lastReceivedAt: z.iso.datetime(),
  /** Raw Ed25519 public key (base64) trusted for this node; absent until a signed package. */
  publicKey: z.string().optional(),
  /** Keys this node signed with before, and when the user accepted the new one. */
  previousKeys: z
    .array(z.object({ publicKey: z.string(), replacedAt: z.iso.datetime() }))
    .optional(),
  /** What the partner has seen: its packages' knowledge and what was sent to it since. */
  knowledge: knowledgeMapSchema.optional(),
  /** The last package addressed to this partner ("changes since"), when saved. */
  lastSentAt: z.iso.datetime().optional(),
});
export const partnersSchema = z.record(z.string().regex(NODE_ID_PATTERN), partnerSchema);
export type Partner = z.infer<typeof partnerSchema>;
export type Partners = z.infer<typeof partnersSchema>;

/** The last package this workspace exported and saved (file or exchange folder). */
export const lastSentSchema = z.object({
  packageId: z.string(),
  at: z.iso.datetime(),
  scope: z.string(),
  records: z.number().int().min(0),
  location: z.string(),
});

/** The exchange folder as this workspace last saw it (see src-renderer/db/exchange-folder.ts). */
export const exchangeFolderStateSchema = z.object({
  /** Knowledge covered by the packages in the folder: the next package starts from it. */
  folderKnowledge: knowledgeMapSchema,
  /** Files done with (imported, already had, or this workspace's own): not read again. */
  handled: z.array(z.string()),
  lastSync: z
    .object({
      at: z.iso.datetime(),
      written: z.string().nullable(),
      imported: z.number().int().min(0),
      skipped: z.number().int().min(0),
      refused: z.number().int().min(0),
      review: z.number().int().min(0),
    })
    .nullable(),
});
export type ExchangeFolderState = z.infer<typeof exchangeFolderStateSchema>;

const storedRecordSchema = z.looseObject({
  id: z.string(),
  deleted: z.boolean(),
  clocks: z.record(z.string(), z.string()),
});

const tableNameSchema = z.enum(syncedTableNames as [SyncedTableName, ...SyncedTableName[]]);

/** What "Undo last import" needs: pre- and post-images and the bookkeeping as it was. */
export const lastImportSchema = z.object({
  packageId: z.string(),
  appliedAt: z.iso.datetime(),
  /** False when the import erased a person: keeping their data for an undo would defeat it. */
  undoable: z.boolean(),
  /**
   * The workspace clock right after the import. Every later write carries a later clock, so a
   * record whose clocks are all at or below it has not changed since (and can be put back).
   */
  clockAfter: hlcSchema.nullable(),
  /** Records the import created, by table (undo removes them). */
  created: z.partialRecord(tableNameSchema, z.array(z.string())),
  /** Records the import changed, as they were before (undo puts them back). */
  updated: z.array(z.object({ table: tableNameSchema, before: storedRecordSchema })),
  /** Conflict-log rows as they were before the import (null: the import added that id). */
  conflicts: z.array(z.object({ id: z.string(), before: z.lazy(() => conflictSchema).nullable() })),
  knowledgeBefore: knowledgeMapSchema.nullable(),
  importedBefore: z.array(z.string()).nullable(),
  partnersBefore: partnersSchema.nullable(),
});
export type LastImport = z.infer<typeof lastImportSchema>;

/** The settings table is a typed key-value store; each key has its own schema. */
export const settingSchemas = {
  identity: nodeIdentitySchema,
  language: uiLanguageSchema,
  /** Region and digits for dates and numbers (see `formatLocale`). */
  formats: formatPreferencesSchema,
  clock: hlcSchema,
  sample: sampleInfoSchema,
  /** Readiness target for the knowledge-entity share of committed members (0–1). */
  knowledgeShareTarget: z.number().min(0).max(1),
  /** Exchange bookkeeping (kept in backups; see src-renderer/db/exchange.ts). */
  'exchange:knowledge': knowledgeMapSchema,
  'exchange:importedPackages': z.array(z.string()),
  'exchange:lastImport': lastImportSchema,
  'exchange:partners': partnersSchema,
  'exchange:signingKey': signingKeySettingSchema,
  'exchange:lastSent': lastSentSchema,
  'exchange:folder': exchangeFolderStateSchema,
  /** The last scheduled snapshot: when, and the clock then (unchanged clock: nothing to keep). */
  'snapshots:lastScheduled': z.object({
    at: z.iso.datetime(),
    clock: z.string().max(64).nullable(),
  }),
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
