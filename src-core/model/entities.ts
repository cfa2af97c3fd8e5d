/**
 * The entities of a workspace, as zod schemas: the single source of validation for forms,
 * spreadsheet import and packages. `*FieldsSchema` is what a user edits; `*RecordSchema` adds the
 * sync metadata that travels in packages. Messages are i18n keys (`validation.*`), so the core
 * stays free of UI text and every surface shows them in the user's language.
 */
import { z } from 'zod';
import {
  actionStatusSchema,
  activityKindSchema,
  agreementStatusSchema,
  agreementTypeSchema,
  pilotKpiSchema,
  clusterLabelLevelSchema,
  industrialEcosystemSchema,
  legalBasisSchema,
  membershipStatusSchema,
  metaClusterRoleSchema,
  metaClusterStatusSchema,
  organisationTypeSchema,
  recruitmentStageSchema,
  shareScopeSchema,
  workshopKindSchema,
} from './enums';
import { agendaItemSchema } from '../method/agenda';
import { recordIdSchema } from './ids';
import { originSchema, syncMetaShape } from './sync-meta';
import {
  defaultRun,
  workshopEntryFieldsSchema,
  workshopParticipantFieldsSchema,
  workshopRunSchema,
} from './workshop-run';

/** ISO 3166-1 alpha-2 (Greece is GR here even though NUTS calls it EL). */
export const countryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, { message: 'validation.countryCode' });
/** A NUTS code (EU) or an ISO 3166-2 subdivision code (elsewhere). */
export const regionCodeSchema = z
  .string()
  .regex(/^([A-Z]{2}[0-9A-Z]{1,3}|[A-Z]{2}-[0-9A-Z]{1,3})$/, { message: 'validation.regionCode' });
/** A NACE Rev. 2.1 code at section, division, group or class level ("C", "26", "26.1", "26.11"). */
export const naceCodeSchema = z
  .string()
  .regex(/^([A-V]|\d{2}(\.\d{1,2})?)$/, { message: 'validation.naceCode' });
export const isoDateSchema = z.iso.date({ message: 'validation.date' });
export const websiteSchema = z.url({ protocol: /^https?$/, message: 'validation.website' });
const nameSchema = z.string().trim().min(1, { message: 'validation.name' }).max(200);
const noteSchema = z.string().max(2000);

export const clusterFieldsSchema = z.object({
  name: nameSchema,
  country: countryCodeSchema,
  region: regionCodeSchema.nullable(),
  valueChainIds: z.array(recordIdSchema),
  ecosystems: z.array(industrialEcosystemSchema),
  naceCodes: z.array(naceCodeSchema),
  managementFte: z.number().min(0).max(1000).nullable(),
  website: websiteSchema.nullable(),
  hasEnglishWebsite: z.boolean(),
  label: z.object({ level: clusterLabelLevelSchema, expires: isoDateSchema }).nullable(),
});

export const organisationFieldsSchema = z.object({
  name: nameSchema,
  type: organisationTypeSchema,
  country: countryCodeSchema,
  region: regionCodeSchema.nullable(),
  naceCodes: z.array(naceCodeSchema),
  /** Value-chain segment ids ("<valueChainId>/<segmentKey>"). */
  segments: z.array(z.string().min(1).max(120)),
  website: websiteSchema.nullable(),
  offers: z.array(z.string().trim().min(1).max(200)),
  needs: z.array(z.string().trim().min(1).max(200)),
});

export const membershipFieldsSchema = z.object({
  organisationId: recordIdSchema,
  clusterId: recordIdSchema,
  status: membershipStatusSchema,
  since: isoDateSchema.nullable(),
  until: isoDateSchema.nullable(),
});

export const contactFieldsSchema = z.object({
  organisationId: recordIdSchema,
  givenName: z.string().trim().max(100),
  familyName: z.string().trim().max(100),
  email: z.email({ message: 'validation.email' }).nullable(),
  phone: z.string().trim().max(40).nullable(),
  role: z.string().trim().max(120),
  /** BCP 47 language tags ("en", "fr", "ar"). */
  languages: z.array(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)),
  legalBasis: legalBasisSchema,
  consentDate: isoDateSchema.nullable(),
  shareScope: shareScopeSchema,
  doNotContact: z.boolean(),
  /** Set when the person was erased (GDPR): personal fields are blank from then on. */
  erasedAt: z.iso.datetime().nullable(),
  /**
   * Set on erasure: one-way fingerprints of the e-mail and of name + organisation, so a later
   * import of the same person is recognised and the user asked, without keeping the data.
   */
  erasureFingerprints: z.array(z.string().max(40)).max(4),
});

export const valueChainSegmentSchema = z.object({
  key: z.string().regex(/^[a-z0-9-]{1,40}$/),
  name: nameSchema,
  order: z.number().int().min(0),
});

export const valueChainFieldsSchema = z.object({
  name: nameSchema,
  description: noteSchema,
  segments: z.array(valueChainSegmentSchema),
});

/** How a meta-cluster decides: its lead cluster and decision rule (schema v3). */
export const governanceSchema = z.object({
  leadClusterId: recordIdSchema.nullable(),
  decisionRule: z.string().trim().max(300),
});
export const DEFAULT_GOVERNANCE = { leadClusterId: null, decisionRule: '' } as const;

/** The Letter of Interest or MoU that binds the member clusters (schema v3). */
export const agreementSchema = z.object({
  type: agreementTypeSchema,
  status: agreementStatusSchema,
  /** The date it was signed (status "signed"). */
  signedOn: isoDateSchema.nullable(),
  signatories: z
    .array(
      z.object({
        name: z.string().trim().min(1, { message: 'validation.name' }).max(120),
        organisation: z.string().trim().max(200),
        signedOn: isoDateSchema.nullable(),
      }),
    )
    .max(50),
});
export const DEFAULT_AGREEMENT = {
  type: 'letter-of-interest',
  status: 'none',
  signedOn: null,
  signatories: [],
} as const;

export const metaClusterFieldsSchema = z.object({
  name: nameSchema,
  valueChainId: recordIdSchema.nullable(),
  /** Lifecycle: exploring → forming → pilot → active. */
  status: metaClusterStatusSchema,
  members: z.array(z.object({ clusterId: recordIdSchema, role: metaClusterRoleSchema })),
  notes: noteSchema,
  // Defaults: records written before schema v3 (or by an older partner) carry neither field.
  governance: governanceSchema.default({ ...DEFAULT_GOVERNANCE }),
  agreement: agreementSchema.default({ ...DEFAULT_AGREEMENT, signatories: [] }),
  /** The pilot's action lines (schema v5): what, which organisation owns it, when, KPI, status. */
  actions: z
    .array(
      z.object({
        id: z.string().min(1).max(40),
        text: z.string().trim().min(1, { message: 'validation.name' }).max(300),
        owner: z.string().trim().max(200),
        due: isoDateSchema.nullable(),
        kpi: z.string().trim().max(200),
        status: actionStatusSchema,
      }),
    )
    .max(200)
    .default([]),
});

/** One reading of a pilot KPI of a meta-cluster (the dashboard plots them over time). */
export const pilotKpiFieldsSchema = z.object({
  metaClusterId: recordIdSchema,
  kpi: pilotKpiSchema,
  date: isoDateSchema,
  value: z.number().min(0).max(1_000_000),
  note: z.string().trim().max(300),
});

export const DEFAULT_START_TIME = '09:00';

export const workshopFieldsSchema = z.object({
  name: nameSchema,
  kind: workshopKindSchema,
  date: isoDateSchema,
  venue: z.string().trim().max(200),
  clusterId: recordIdSchema.nullable(),
  metaClusterId: recordIdSchema.nullable(),
  methodId: z.string().min(1).max(80),
  methodVersion: z.string().min(1).max(20),
  // Schema v4 (the plan); defaults for records written before it or by an older partner.
  facilitators: z.array(z.string().trim().min(1).max(120)).max(20).default([]),
  /** BCP 47 languages of the room. */
  languages: z
    .array(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/))
    .max(10)
    .default([]),
  /** Planned start, "HH:MM". */
  startTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'validation.time' })
    .default(DEFAULT_START_TIME),
  /** The method's stages as planned: order, time boxes, skips (with reasons). */
  agenda: z.array(agendaItemSchema).max(40).default([]),
  /** Where the run stands (schema v6); planned until the facilitator starts it. */
  run: workshopRunSchema.default(defaultRun),
});

/** A knowledge entity on a cluster's recruitment pipeline (method step 1). */
export const recruitmentFieldsSchema = z.object({
  clusterId: recordIdSchema,
  organisationId: recordIdSchema,
  stage: recruitmentStageSchema,
  /** Every move along the pipeline, dated, oldest first. */
  moves: z.array(z.object({ stage: recruitmentStageSchema, date: isoDateSchema })).max(200),
  /** Why the entity declined (required when the stage is "declined"). */
  declineReason: z.string().trim().max(500),
  nextStep: z.string().trim().max(300),
  nextStepDue: isoDateSchema.nullable(),
  owner: z.string().trim().max(120),
});

/** A call, visit, e-mail or event with a pipeline entry. */
export const recruitmentActivityFieldsSchema = z.object({
  recruitmentId: recordIdSchema,
  kind: activityKindSchema,
  date: isoDateSchema,
  notes: noteSchema,
});

/** A cluster's reinforcement plan: a target of knowledge entities by a date, and actions. */
export const reinforcementPlanFieldsSchema = z.object({
  clusterId: recordIdSchema,
  /** Knowledge entities to add (e.g. 3 for "+3 by the target date"). */
  targetKnowledgeEntities: z.number().int().min(0).max(100),
  targetDate: isoDateSchema.nullable(),
  actions: z
    .array(
      z.object({
        id: z.string().min(1).max(40),
        text: z.string().trim().min(1, { message: 'validation.name' }).max(300),
        owner: z.string().trim().max(120),
        due: isoDateSchema.nullable(),
        done: z.boolean(),
      }),
    )
    .max(100),
});

function recordSchema<Shape extends z.ZodRawShape>(fields: z.ZodObject<Shape>) {
  return fields.extend({ ...syncMetaShape, origin: originSchema }).strict();
}

export const clusterRecordSchema = recordSchema(clusterFieldsSchema);
export const organisationRecordSchema = recordSchema(organisationFieldsSchema);
export const membershipRecordSchema = recordSchema(membershipFieldsSchema);
export const contactRecordSchema = recordSchema(contactFieldsSchema);
export const valueChainRecordSchema = recordSchema(valueChainFieldsSchema);
export const metaClusterRecordSchema = recordSchema(metaClusterFieldsSchema);
export const workshopRecordSchema = recordSchema(workshopFieldsSchema);
export const recruitmentRecordSchema = recordSchema(recruitmentFieldsSchema);
export const recruitmentActivityRecordSchema = recordSchema(recruitmentActivityFieldsSchema);
export const reinforcementPlanRecordSchema = recordSchema(reinforcementPlanFieldsSchema);
export const pilotKpiRecordSchema = recordSchema(pilotKpiFieldsSchema);
export const workshopParticipantRecordSchema = recordSchema(workshopParticipantFieldsSchema);
export const workshopEntryRecordSchema = recordSchema(workshopEntryFieldsSchema);

export type ClusterFields = z.infer<typeof clusterFieldsSchema>;
export type OrganisationFields = z.infer<typeof organisationFieldsSchema>;
export type MembershipFields = z.infer<typeof membershipFieldsSchema>;
export type ContactFields = z.infer<typeof contactFieldsSchema>;
export type ValueChainFields = z.infer<typeof valueChainFieldsSchema>;
export type MetaClusterFields = z.infer<typeof metaClusterFieldsSchema>;
export type WorkshopFields = z.infer<typeof workshopFieldsSchema>;
export type RecruitmentFields = z.infer<typeof recruitmentFieldsSchema>;
export type RecruitmentActivityFields = z.infer<typeof recruitmentActivityFieldsSchema>;
export type ReinforcementPlanFields = z.infer<typeof reinforcementPlanFieldsSchema>;
export type PilotKpiFields = z.infer<typeof pilotKpiFieldsSchema>;
export type WorkshopParticipantFields = z.infer<typeof workshopParticipantFieldsSchema>;
export type WorkshopEntryFields = z.infer<typeof workshopEntryFieldsSchema>;

export type ClusterRecord = z.infer<typeof clusterRecordSchema>;
export type OrganisationRecord = z.infer<typeof organisationRecordSchema>;
export type MembershipRecord = z.infer<typeof membershipRecordSchema>;
export type ContactRecord = z.infer<typeof contactRecordSchema>;
export type ValueChainRecord = z.infer<typeof valueChainRecordSchema>;
export type MetaClusterRecord = z.infer<typeof metaClusterRecordSchema>;
export type WorkshopRecord = z.infer<typeof workshopRecordSchema>;
export type RecruitmentRecord = z.infer<typeof recruitmentRecordSchema>;
export type RecruitmentActivityRecord = z.infer<typeof recruitmentActivityRecordSchema>;
export type ReinforcementPlanRecord = z.infer<typeof reinforcementPlanRecordSchema>;
export type PilotKpiRecord = z.infer<typeof pilotKpiRecordSchema>;
export type WorkshopParticipantRecord = z.infer<typeof workshopParticipantRecordSchema>;
export type WorkshopEntryRecord = z.infer<typeof workshopEntryRecordSchema>;

/** The synced tables, in the order a package lists them (parents before children). */
export const syncedTables = {
  valueChains: { fields: valueChainFieldsSchema, record: valueChainRecordSchema },
  clusters: { fields: clusterFieldsSchema, record: clusterRecordSchema },
  organisations: { fields: organisationFieldsSchema, record: organisationRecordSchema },
  memberships: { fields: membershipFieldsSchema, record: membershipRecordSchema },
  contacts: { fields: contactFieldsSchema, record: contactRecordSchema },
  metaClusters: { fields: metaClusterFieldsSchema, record: metaClusterRecordSchema },
  workshops: { fields: workshopFieldsSchema, record: workshopRecordSchema },
  recruitments: { fields: recruitmentFieldsSchema, record: recruitmentRecordSchema },
  recruitmentActivities: {
    fields: recruitmentActivityFieldsSchema,
    record: recruitmentActivityRecordSchema,
  },
  reinforcementPlans: {
    fields: reinforcementPlanFieldsSchema,
    record: reinforcementPlanRecordSchema,
  },
  pilotKpis: { fields: pilotKpiFieldsSchema, record: pilotKpiRecordSchema },
  workshopParticipants: {
    fields: workshopParticipantFieldsSchema,
    record: workshopParticipantRecordSchema,
  },
  workshopEntries: { fields: workshopEntryFieldsSchema, record: workshopEntryRecordSchema },
} as const;

export type SyncedTableName = keyof typeof syncedTables;
export const syncedTableNames = Object.keys(syncedTables) as SyncedTableName[];

export interface SyncedRecordOf {
  valueChains: ValueChainRecord;
  clusters: ClusterRecord;
  organisations: OrganisationRecord;
  memberships: MembershipRecord;
  contacts: ContactRecord;
  metaClusters: MetaClusterRecord;
  workshops: WorkshopRecord;
  recruitments: RecruitmentRecord;
  recruitmentActivities: RecruitmentActivityRecord;
  reinforcementPlans: ReinforcementPlanRecord;
  pilotKpis: PilotKpiRecord;
  workshopParticipants: WorkshopParticipantRecord;
  workshopEntries: WorkshopEntryRecord;
}
export type FieldsOf<T extends SyncedTableName> = z.infer<(typeof syncedTables)[T]['fields']>;

/** Personal fields of a contact: wiped on erasure, and never shared beyond the share scope. */
export const contactPersonalFields = [
  'givenName',
  'familyName',
  'email',
  'phone',
  'role',
  'languages',
] as const;
