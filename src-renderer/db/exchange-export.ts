/**
 * Exporting a result package (docs/exchange-format.md): a scope of the workspace, closed over what
 * its records point at, with the personal data the contacts' share scopes allow, signed by the
 * host with the workspace's Ed25519 key. Sample rows never leave the computer; the package says what it left
 * out and why (manifest `omitted`), and the result says when there was nothing but sample data.
 */
import type { Signer } from '../../src-core/exchange/keys';
import {
  selectForExport,
  writePackage,
  type Omission,
  type PackageRecord,
  type PackageScope,
  type PersonalDataChoice,
  type Redaction,
  type ScopeTables,
} from '../../src-core/exchange';
import { newRecordId } from '../../src-core/model/ids';
import type { Knowledge } from '../../src-core/sync/knowledge';
import { NoIdentityError } from './clock';
import { ALL_TABLES, localKnowledge, readAllRows } from './exchange-rows';
import { readPartners } from './partners';
import type { BulkProgress } from './progress';
import type { StudioDb } from './schema';
import { readSetting } from './settings';

/**
 * What to export. "Changes since" names a partner, whose knowledge this workspace keeps; the
 * exchange folder passes the knowledge of its own previous package in the folder instead.
 */
export type ExportScope =
  | { readonly kind: 'workspace' }
  | { readonly kind: 'cluster'; readonly clusterId: string }
  | { readonly kind: 'metaCluster'; readonly metaClusterId: string }
  | { readonly kind: 'workshop'; readonly workshopId: string }
  | {
      readonly kind: 'changesSince';
      readonly partnerNodeId: string;
      readonly knowledge?: Knowledge;
    };

export interface ExportOptions {
  readonly scope: ExportScope;
  /** `as-shared` (default): each contact's share scope decides; `none`: no personal data. */
  readonly personalData?: PersonalDataChoice;
  readonly appVersion: string;
  /** Wall-clock ms of the export (the manifest's `createdAt`). */
  readonly now: number;
  /** UUID; a new UUIDv7 when omitted. */
  readonly packageId?: string;
  /**
   * Signs the manifest: in the app, the host, which holds the workspace key where the page
   * cannot read it (the worker asks the page, the page asks the host). Unsigned without one.
   */
  readonly signer?: Signer;
  readonly onProgress?: (progress: BulkProgress) => void;
}

export interface ExportedPackage {
  readonly bytes: Uint8Array;
  readonly packageId: string;
  readonly createdAt: string;
  readonly scope: PackageScope;
  readonly knowledge: Knowledge;
  readonly records: number;
  readonly redaction: Redaction;
  /** What the package left out or could not bring, and why (also in its manifest). */
  readonly omitted: readonly Omission[];
  /** Sample records in the workspace (they never leave it). */
  readonly sampleRecords: number;
}

/** Thrown for "changes since" a partner this workspace has never received a package from. */
export class UnknownPartnerError extends Error {
  constructor(readonly nodeId: string) {
    super(`No package from ${nodeId} was ever imported here`);
    this.name = 'UnknownPartnerError';
  }
}

/** Records an export left out because they need sample data (the user should hear about them). */
export const leftOutRecords = (omitted: readonly Omission[]): number =>
  omitted.filter((o) => o.reason === 'pointsToSample').reduce((sum, o) => sum + o.records, 0);

/**
 * A package of `scope` (sample rows never leave the computer; deleted records travel), signed
 * with the workspace's key. Reads in one transaction, so the package is one consistent state.
 */
export async function exportPackage(
  db: StudioDb,
  {
    scope,
    personalData = 'as-shared',
    appVersion,
    now,
    packageId = newRecordId(),
    signer,
    onProgress = () => undefined,
  }: ExportOptions,
): Promise<ExportedPackage> {
  onProgress({ phase: 'validating', done: 0, total: 1 });
  const { rows, knowledge, identity, partners } = await db.transaction(
    'r',
    ALL_TABLES,
    async () => {
      const identity = await readSetting(db, 'identity');
      if (!identity) throw new NoIdentityError();
      const rows = await readAllRows(db);
      const knowledge = await localKnowledge(db, rows);
      return { rows, knowledge, identity, partners: await readPartners(db) };
    },
  );
  let packageScope: PackageScope;
  if (scope.kind === 'changesSince') {
    const partner = partners[scope.partnerNodeId];
    if (!scope.knowledge && !partner) throw new UnknownPartnerError(scope.partnerNodeId);
    packageScope = {
      kind: 'changesSince',
      partnerNodeId: scope.partnerNodeId,
      knowledge: scope.knowledge ?? partner?.knowledge ?? {},
    };
  } else {
    packageScope = scope;
  }
  const selection = selectForExport(rows as unknown as ScopeTables, packageScope, personalData);
  const createdAt = new Date(now).toISOString();
  const bytes = await writePackage({
    source: {
      nodeId: identity.nodeId,
      partnerOrganisation: identity.partnerOrganisation,
      facilitator: identity.facilitatorName,
    },
    scope: packageScope,
    knowledge,
    tables: selection.tables as Record<string, PackageRecord[]>,
    appVersion,
    createdAt,
    packageId,
    redaction: selection.redaction,
    omitted: selection.omitted,
    ...(signer ? { signer } : {}),
    onChunk: (done, total) => onProgress({ phase: 'writing', done, total }),
  });
  return {
    bytes,
    packageId,
    createdAt,
    scope: packageScope,
    knowledge,
    records: selection.records,
    redaction: selection.redaction,
    omitted: selection.omitted,
    sampleRecords: selection.sampleRecords,
  };
}

/** The whole workspace, unsigned unless asked (tests, benchmarks and `mcs` compare bytes). */
export async function exportWorkspacePackage(
  db: StudioDb,
  options: Pick<ExportOptions, 'appVersion' | 'now' | 'packageId' | 'signer'>,
): Promise<Uint8Array> {
  return (await exportPackage(db, { ...options, scope: { kind: 'workspace' } })).bytes;
}
