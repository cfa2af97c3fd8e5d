/**
 * Packages as a newer version of the app writes them (docs/exchange-format.md, "Versions"), built
 * here for the compatibility tests: records with fields this version does not know, a newer
 * `formatMinor`, and on request a table, a manifest key and an attachment of an unknown kind.
 */
import { strToU8 } from 'fflate';
import { expect } from 'vitest';
import {
  PACKAGE_FORMAT_MINOR,
  writePackage,
  type Knowledge,
  type PackageRecord,
} from '../../../src-core/exchange';
import { newRecordId } from '../../../src-core/model/ids';
import { formatHlc } from '../../../src-core/sync/hlc';
import {
  manifestOf,
  rehash,
  setManifest,
  sha256,
  unzip,
  zip,
  type Files,
} from '../exchange/helpers';
import { clusterFields, organisationFields } from './helpers';

export const T0 = Date.parse('2026-03-14T14:32:00Z');
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

/** Two partners on a newer version (their packages are built here, as that version writes). */
export const NEWER = 'a1a1a1a1a1a1a1a1';
export const NEWER_TOO = 'b2b2b2b2b2b2b2b2';
export const TENDER_PORTAL = 'https://tenders.example.tn/sfax';
export const FUNDING_CALLS = 'data/fundingCalls/0000.ndjson';
export const REVIEWS = 'extra/reviews.ndjson';

export const clock = (millis: number, node: string): string =>
  formatHlc({ millis, counter: 0, node });

export type Row = PackageRecord & { clocks: Record<string, string> };

/** A record as a newer partner stores it: every field stamped at `at`, plus `extra`. */
export function stamped(fields: object, at: string, extra: Record<string, unknown> = {}): Row {
  return { id: newRecordId(), deleted: false, clocks: { '*': at }, ...fields, ...extra };
}

/** The newer partner's roster: a cluster and an organisation, both with `tenderPortal`. */
export function newerRoster() {
  const at = clock(T0, NEWER);
  return {
    cluster: stamped(clusterFields(), at, { tenderPortal: TENDER_PORTAL }),
    organisation: stamped(organisationFields(), at, { tenderPortal: `${TENDER_PORTAL}/ben-salah` }),
    knowledge: { [NEWER]: at } as Knowledge,
  };
}

export interface NewerOptions {
  readonly node?: string;
  readonly knowledge: Knowledge;
  readonly tables: Record<string, readonly PackageRecord[]>;
  /** `formatMinor` to declare (`null`: none, as 1.0); one ahead of this app's unless told. */
  readonly minor?: number | null;
  readonly formatVersion?: number;
  /** Add what else a newer version writes: a table, a manifest key, an attachment. */
  readonly extras?: boolean;
  readonly edit?: (files: Files) => void;
}

/**
 * A package as a newer version writes it: records with fields this version does not know (listed
 * nowhere: that version knows them), a newer `formatMinor`, and, with `extras`, a table `fundingCalls`,
 * an unknown manifest key and an attachment of an unknown kind.
 */
export async function newerPackage({
  node = NEWER,
  knowledge,
  tables,
  minor = PACKAGE_FORMAT_MINOR + 1,
  formatVersion = 1,
  extras = false,
  edit,
}: NewerOptions): Promise<Uint8Array> {
  const written = await writePackage({
    source: { nodeId: node, partnerOrganisation: 'Pôle Oléicole de Sfax', facilitator: 'Karim' },
    scope: { kind: 'workspace' },
    knowledge,
    tables,
    appVersion: '0.3.0',
    createdAt: new Date(T0).toISOString(),
    packageId: newRecordId(),
  });
  const files = unzip(written);
  const manifest = manifestOf(files);
  delete manifest.carriedFields;
  delete manifest.formatMinor;
  if (minor !== null) manifest.formatMinor = minor;
  manifest.formatVersion = formatVersion;
  if (extras) {
    manifest.fundingProgramme = { name: 'Interreg NEXT MED', call: 3 };
    const calls = ['Olive oil by-products', 'Agri-food logistics']
      .map((title) => JSON.stringify(stamped({ title }, clock(T0, node))) + '\n')
      .join('');
    files[FUNDING_CALLS] = strToU8(calls);
    manifest.entries.push({
      path: FUNDING_CALLS,
      table: 'fundingCalls',
      records: 2,
      bytes: 0,
      sha256: '',
    });
    const reviews = strToU8('{"reviewer":"Karim","verdict":"ok"}\n');
    files[REVIEWS] = reviews;
    manifest.attachments = [
      {
        path: REVIEWS,
        kind: 'reviews',
        records: 1,
        bytes: reviews.length,
        sha256: sha256(reviews),
      },
    ];
  }
  setManifest(files, manifest);
  rehash(files);
  edit?.(files);
  return zip(files);
}

export const isPackageError = (code: string, values: Record<string, unknown> = {}) =>
  expect.objectContaining({ name: 'PackageError', code, values: expect.objectContaining(values) });
