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
export const PACKAGE_FORMAT_VERSION = 1;

/** Caps: checked against the zip's central directory before anything is inflated. */
export const MAX_ENTRIES = 1_000;
export const MAX_TOTAL_UNCOMPRESSED_BYTES = 512 * 1024 * 1024;
export const MAX_ENTRY_BYTES = 64 * 1024 * 1024;
/** Uncompressed : compressed. Checked only on entries over `RATIO_MIN_BYTES` uncompressed. */
export const MAX_COMPRESSION_RATIO = 100;
export const RATIO_MIN_BYTES = 1024 * 1024;
export const CHUNK_RECORDS = 10_000;

export const MANIFEST_PATH = 'manifest.json';
export const SIGNATURE_PATH = 'signature.json';
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

export const redactionSchema = z
  .object({
    personalData: z.enum(['as-shared', 'none']),
    omittedContacts: z.number().int().min(0),
    reason: z.string().max(500),
  })
  .strict();
export type Redaction = z.infer<typeof redactionSchema>;

export const manifestSchema = z
  .object({
    format: z.literal(PACKAGE_FORMAT),
    formatVersion: z.literal(PACKAGE_FORMAT_VERSION),
    packageId: z.uuid(),
    createdAt: z.iso.datetime(),
    appVersion: z.string().min(1).max(40),
    source: packageSourceSchema,
    scope: packageScopeSchema,
    knowledge: knowledgeSchema,
    methods: z.array(methodRefSchema).max(100),
    entries: z.array(manifestEntrySchema).max(MAX_ENTRIES),
    redaction: redactionSchema,
  })
  .strict();
export type Manifest = z.infer<typeof manifestSchema>;

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
