/**
 * Package format v1 (docs/exchange-format.md, shared/design/EXCHANGE.md): the zod schema of
 * `manifest.json` and `signature.json`, the entry layout and the caps that keep a hostile package
 * from exhausting memory.
 */
import { z } from 'zod';
import { syncedTableNames } from '../model/entities';
import type { SyncedTableName } from '../model/entities';
import { hlcSchema } from '../model/sync-meta';
import { NODE_ID_PATTERN } from '../sync/hlc';

export const PACKAGE_FORMAT = 'meta-cluster-studio/package';
/**
 * The format's major version: a reader refuses a higher one ("made by a newer Meta-Cluster
 * Studio: update"). Within a major version, changes are additions only (docs/exchange-format.md,
 * "Versions"), and a reader imports what it understands of a newer minor version.
 */
export const PACKAGE_FORMAT_VERSION = 1;
/**
 * The newest minor version this app reads and writes. A writer declares the lowest minor its
 * package needs (`formatMinor`, absent for 1.0), so older apps read it whenever they can.
 */
export const PACKAGE_FORMAT_MINOR = 2;

/** Caps: checked against the zip's central directory before anything is inflated. */
export const MAX_ENTRIES = 1_000;
export const MAX_TOTAL_UNCOMPRESSED_BYTES = 512 * 1024 * 1024;
export const MAX_ENTRY_BYTES = 64 * 1024 * 1024;
/** Uncompressed : compressed. Checked only on entries over `RATIO_MIN_BYTES` uncompressed. */
export const MAX_COMPRESSION_RATIO = 100;
export const RATIO_MIN_BYTES = 1024 * 1024;
export const CHUNK_RECORDS = 10_000;
/** At most this many lines in one attachment (e.g. conflicts kept by a coordinator's merge). */
export const MAX_ATTACHMENT_RECORDS = 100_000;

export const MANIFEST_PATH = 'manifest.json';
export const SIGNATURE_PATH = 'signature.json';
/** `extra/<name>.ndjson`: attachments (1.1), e.g. the conflicts a coordinator's merge found. */
export const ATTACHMENT_PATH_PATTERN = /^extra\/([a-z][a-z0-9-]{0,39})\.ndjson$/;
/** Attachment kinds this version understands; others (from a newer minor) are checked, then ignored. */
export const attachmentKinds = ['conflicts'] as const;
export type AttachmentKind = (typeof attachmentKinds)[number];
/** A field name a newer version may add to a record (checked before such a field is kept). */
export const FIELD_NAME_PATTERN = /^[a-z][A-Za-z0-9]{0,63}$/;
/** At most this many fields unknown to this version per record. */
export const MAX_UNKNOWN_FIELDS = 32;
/** `data/<table>/<nnnn>.ndjson` */
export const DATA_PATH_PATTERN = /^data\/([A-Za-z0-9]+)\/(\d{4})\.ndjson$/;

export function dataPath(table: string, chunk: number): string {
  return `data/${table}/${chunk.toString().padStart(4, '0')}.ndjson`;
}

export function isSyncedTableName(name: string): name is SyncedTableName {
  return (syncedTableNames as string[]).includes(name);
}

const nodeIdSchema = z.string().regex(NODE_ID_PATTERN);
const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);

export const knowledgeSchema = z.record(nodeIdSchema, hlcSchema);
export type Knowledge = z.infer<typeof knowledgeSchema>;

export const packageSourceSchema = z
  .object({
    nodeId: nodeIdSchema,
    partnerOrganisation: z.string().max(200),
    facilitator: z.string().max(120),
  })
  .strict();
export type PackageSource = z.infer<typeof packageSourceSchema>;

export const packageScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('workspace') }).strict(),
  z.object({ kind: z.literal('cluster'), clusterId: z.uuid() }).strict(),
  z.object({ kind: z.literal('metaCluster'), metaClusterId: z.uuid() }).strict(),
  z.object({ kind: z.literal('workshop'), workshopId: z.uuid() }).strict(),
  z
    .object({
      kind: z.literal('changesSince'),
      partnerNodeId: nodeIdSchema,
      knowledge: knowledgeSchema,
    })
    .strict(),
]);
export type PackageScope = z.infer<typeof packageScopeSchema>;

export const methodRefSchema = z
  .object({ id: z.string().min(1).max(80), version: z.string().min(1).max(20) })
  .strict();
export type MethodRef = z.infer<typeof methodRefSchema>;

export const manifestEntrySchema = z
  .object({
    path: z.string().regex(DATA_PATH_PATTERN),
    table: z.string().min(1).max(40),
    records: z.number().int().min(0).max(CHUNK_RECORDS),
    bytes: z.number().int().min(0).max(MAX_ENTRY_BYTES),
    sha256: sha256Schema,
  })
  .strict();
export type ManifestEntry = z.infer<typeof manifestEntrySchema>;

/**
 * What an export left out or could not bring, and why (1.1): records that need sample data
 * (`pointsToSample`, left out), records that mention sample data (`mentionsSample`, sent) and
 * references whose target the sender does not hold (`targetMissing`, sent).
 */
export const omissionSchema = z
  .object({
    table: z.string().min(1).max(40),
    reason: z.enum(['pointsToSample', 'mentionsSample', 'targetMissing']),
    field: z.string().min(1).max(60).optional(),
    records: z.number().int().min(1),
  })
  .strict();
export type Omission = z.infer<typeof omissionSchema>;

/** A file beside the data (1.1), listed and hashed like one. */
export const attachmentEntrySchema = z
  .object({
    path: z.string().regex(ATTACHMENT_PATH_PATTERN),
    kind: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/),
    records: z
      .number()
      .int()
      .min(0)
      .max(CHUNK_RECORDS * 10),
    bytes: z.number().int().min(0).max(MAX_ENTRY_BYTES),
    sha256: sha256Schema,
  })
  .strict();
export type AttachmentEntry = z.infer<typeof attachmentEntrySchema>;

/**
 * Record fields this package carries that its writer's version does not know itself (1.1): kept
 * from a newer partner's package and passed on unchanged. A reader accepts them like the fields
 * of a newer minor version.
 */
export const carriedFieldsSchema = z.record(
  z.string().min(1).max(40),
  z.array(z.string().regex(FIELD_NAME_PATTERN)).max(MAX_UNKNOWN_FIELDS),
);

export const redactionSchema = z
  .object({
    personalData: z.enum(['as-shared', 'none']),
    omittedContacts: z.number().int().min(0),
    reason: z.string().max(500),
  })
  .strict();
export type Redaction = z.infer<typeof redactionSchema>;

const manifestShape = {
  format: z.literal(PACKAGE_FORMAT),
  formatVersion: z.literal(PACKAGE_FORMAT_VERSION),
  /** Absent for 1.0. */
  formatMinor: z.number().int().min(1).max(999).optional(),
  packageId: z.uuid(),
  createdAt: z.iso.datetime(),
  appVersion: z.string().min(1).max(40),
  source: packageSourceSchema,
  scope: packageScopeSchema,
  knowledge: knowledgeSchema,
  methods: z.array(methodRefSchema).max(100),
  entries: z.array(manifestEntrySchema).max(MAX_ENTRIES),
  redaction: redactionSchema,
  omitted: z.array(omissionSchema).max(200).optional(),
  attachments: z.array(attachmentEntrySchema).max(20).optional(),
  carriedFields: carriedFieldsSchema.optional(),
};

/** A manifest of this version's minor or older: every key known. */
export const manifestSchema = z.object(manifestShape).strict();
/**
 * A manifest of a newer minor version: keys this version does not know are allowed (and
 * ignored); the ones it knows must still be valid.
 */
export const newerMinorManifestSchema = z.object(manifestShape);
export type Manifest = z.infer<typeof manifestSchema>;

/** The manifest as version 1.0 (app 0.1.0) wrote and read it: no 1.1 keys, every key known. */
export const manifestSchemaV1_0 = z
  .object(manifestShape)
  .omit({ formatMinor: true, omitted: true, attachments: true, carriedFields: true })
  .strict();

/** The minor version a manifest declares (0 when `formatMinor` is absent). */
export const minorOf = (manifest: Pick<Manifest, 'formatMinor'>): number =>
  manifest.formatMinor ?? 0;

/** `signature.json`: Ed25519 over the exact bytes of `manifest.json`. */
export const signatureFileSchema = z
  .object({
    algorithm: z.literal('Ed25519'),
    signer: nodeIdSchema,
    publicKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/),
    signature: z.string().regex(/^[A-Za-z0-9+/]{86}==$/),
  })
  .strict();
export type SignatureFile = z.infer<typeof signatureFileSchema>;

export type SignatureStatus = 'unsigned' | 'valid-known' | 'valid-unknown' | 'key-changed';
