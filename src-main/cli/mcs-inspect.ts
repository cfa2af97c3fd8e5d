/**
 * `mcs inspect <package|folder>…`: the manifest summary of each package (a blank line between),
 * with what format 1.1 added when present (what the export left out, the conflicts a merge kept,
 * what a newer version carried), records per table, and the signature with the signer's
 * fingerprint. A package that cannot be read is one line on stderr, and the exit code is 1.
 */
import { readFile } from 'node:fs/promises';
import type { Omission } from '../../src-core/exchange/format';
import { fingerprintOf } from '../../src-core/exchange/keys';
import { readPackage } from '../../src-core/exchange/read';
import type { ReadPackageResult } from '../../src-core/exchange/read';
import { syncedTableNames } from '../../src-core/model/entities';
import { expandInputs, plural, reasonOf } from './mcs-common';
import type { McsIo } from './mcs-common';
import { nodeZipReader } from './node-zip';

const REASONS: Readonly<Record<Omission['reason'], string>> = {
  pointsToSample: 'left out: they need sample data',
  mentionsSample: 'sent: they mention sample data',
  targetMissing: 'sent: they point to records the sender does not hold',
};

const column = (name: string): string => `    ${name.padEnd(14)} `;

async function signatureLine(result: ReadPackageResult): Promise<string> {
  if (result.signerKey === undefined) return result.signature;
  return `${result.signature}, signer fingerprint ${await fingerprintOf(result.signerKey)}`;
}

/** The lines of format 1.1 and later: omissions, kept conflicts, what a newer version carried. */
function laterFormatLines(result: ReadPackageResult): string[] {
  const { manifest, newer } = result;
  const lines: string[] = [];
  const omitted = manifest.omitted ?? [];
  if (omitted.length > 0) {
    lines.push('  omitted:');
    for (const omission of omitted) {
      const field = omission.field === undefined ? '' : ` (field ${omission.field})`;
      const records = plural(omission.records, 'record');
      lines.push(`${column(omission.table)}${records} ${REASONS[omission.reason]}${field}`);
    }
  }
  if (result.conflicts.length > 0) {
    lines.push(`  conflicts:  ${result.conflicts.length} kept in the package`);
  }
  const fields = syncedTableNames.filter((table) => (newer.fields[table]?.length ?? 0) > 0);
  if (fields.length + newer.tables.length + newer.attachments.length > 0) {
    lines.push('  from a newer version:');
    for (const table of fields) {
      const names = (newer.fields[table] ?? []).join(', ');
      lines.push(`${column(table)}fields this version does not know, kept: ${names}`);
    }
    for (const { table, records } of newer.tables) {
      lines.push(
        `${column(table)}table this version does not know, skipped: ${plural(records, 'record')}`,
      );
    }
    for (const kind of newer.attachments) {
      lines.push(`${column('attachment')}${kind}: a kind this version does not know, ignored`);
    }
  }
  return lines;
}

async function describe(file: string, result: ReadPackageResult): Promise<string[]> {
  const { manifest } = result;
  const minor = manifest.formatMinor === undefined ? '' : `.${manifest.formatMinor}`;
  const { source, redaction } = manifest;
  const lines = [
    `Package ${manifest.packageId}`,
    `  file:       ${file}`,
    `  format:     ${manifest.format} v${manifest.formatVersion}${minor} (app ${manifest.appVersion})`,
    `  created:    ${manifest.createdAt}`,
    `  source:     ${source.partnerOrganisation} / ${source.facilitator} (node ${source.nodeId})`,
    `  scope:      ${manifest.scope.kind}`,
    `  signature:  ${await signatureLine(result)}`,
    `  redaction:  personal data ${redaction.personalData}, ${redaction.omittedContacts} contacts omitted`,
    ...laterFormatLines(result),
    '  records:',
  ];
  for (const table of syncedTableNames) {
    const count = result.tables[table]?.length ?? 0;
    if (count > 0) lines.push(`    ${table.padEnd(14)} ${count}`);
  }
  return lines;
}

export async function inspect(inputs: readonly string[], io: McsIo): Promise<number> {
  let bad = 0;
  let shown = 0;
  for (const input of await expandInputs(inputs)) {
    let lines: string[];
    try {
      if (input.error !== undefined) throw input.error;
      const result = await readPackage(new Uint8Array(await readFile(input.file)), {
        zipReader: nodeZipReader,
      });
      lines = await describe(input.file, result);
    } catch (error) {
      bad++;
      io.err(`${input.file}: ${reasonOf(error)}`);
      continue;
    }
    if (shown++ > 0) io.out('');
    for (const line of lines) io.out(line);
  }
  return bad === 0 ? 0 : 1;
}
