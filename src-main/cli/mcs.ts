/**
 * `mcs`: the coordinator's command-line tool for result packages (run `npm run mcs -- <command>`).
 * Commands: `inspect <pkg>`, `validate <pkg>…`, `sample --out <pkg> [--organisations N]`,
 * `merge <pkg>… --out <pkg> [--partner N] [--facilitator N] [--node HEX16]`, `diff <a> <b>`
 * (the last two in `mcs-merge.ts`). All logic is in `runMcs`, which tests call in-process;
 * problems are one English line each, never a stack trace.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { v7 as uuidv7 } from 'uuid';
import { isPackageError, packageErrorMessage } from '../../src-core/exchange/errors';
import { readPackage } from '../../src-core/exchange/read';
import type { ReadPackageResult } from '../../src-core/exchange/read';
import { writePackage } from '../../src-core/exchange/write';
import type { PackageRecord } from '../../src-core/exchange/write';
import { syncedTableNames } from '../../src-core/model/entities';
import { maxHlc } from '../../src-core/sync/hlc';
import { SAMPLE_BASE_MILLIS, SAMPLE_NODE_ID, generateSampleWorkspace } from '../../src-core/sample';
import {
  LoadError,
  diffLines,
  diffPackages,
  isMergeNodeId,
  loadPackages,
  mergePackages,
  mergeSummary,
  writeMerged,
} from './mcs-merge';
import type { LoadedPackage } from './mcs-merge';

export interface McsIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

export const MCS_APP_VERSION = '0.1.0';

const USAGE = [
  'Usage: mcs <command>',
  '  inspect <package>                              summary, records per table, signature',
  '  validate <package>...                          exit 0 if every package is valid',
  '  sample --out <package> [--organisations N]     write the sample workspace as a package',
  '  merge <package>... --out <package>             merge packages (last writer wins per field)',
  '        [--partner NAME] [--facilitator NAME] [--node HEX16]',
  '  diff <a> <b>                                   exit 0 if both hold the same records',
];

/** The reason a file could not be read or was refused, as one English line. */
export function reasonOf(error: unknown): string {
  if (isPackageError(error)) return packageErrorMessage(error);
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'file not found';
  if (code === 'EISDIR') return 'is a folder, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return 'cannot be read';
}

async function load(path: string): Promise<ReadPackageResult> {
  return readPackage(new Uint8Array(await readFile(path)));
}

async function inspect(args: readonly string[], io: McsIo): Promise<number> {
  const [file] = args;
  if (!file || args.length !== 1) return usage(io);
  let result: ReadPackageResult;
  try {
    result = await load(file);
  } catch (error) {
    io.err(`${file}: ${reasonOf(error)}`);
    return 1;
  }
  const { manifest } = result;
  const scope = manifest.scope;
  io.out(`Package ${manifest.packageId}`);
  io.out(
    `  format:     ${manifest.format} v${manifest.formatVersion} (app ${manifest.appVersion})`,
  );
  io.out(`  created:    ${manifest.createdAt}`);
  io.out(
    `  source:     ${manifest.source.partnerOrganisation} / ${manifest.source.facilitator} (node ${manifest.source.nodeId})`,
  );
  io.out(`  scope:      ${scope.kind}`);
  io.out(`  signature:  ${result.signature}`);
  io.out(
    `  redaction:  personal data ${manifest.redaction.personalData}, ${manifest.redaction.omittedContacts} contacts omitted`,
  );
  io.out('  records:');
  for (const table of syncedTableNames) {
    const count = result.tables[table]?.length ?? 0;
    if (count > 0) io.out(`    ${table.padEnd(14)} ${count}`);
  }
  return 0;
}

async function validate(files: readonly string[], io: McsIo): Promise<number> {
  if (files.length === 0) return usage(io);
  let bad = 0;
  for (const file of files) {
    try {
      await load(file);
    } catch (error) {
      bad++;
      io.out(`${file}: ${reasonOf(error)}`);
    }
  }
  if (bad === 0) io.out(`${files.length} package${files.length === 1 ? '' : 's'} valid.`);
  return bad === 0 ? 0 : 1;
}

function option(args: readonly string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

async function sample(args: readonly string[], io: McsIo): Promise<number> {
  const out = option(args, '--out');
  const countText = option(args, '--organisations');
  const organisations = countText === undefined ? undefined : Number(countText);
  if (
    !out ||
    (organisations !== undefined && !(Number.isInteger(organisations) && organisations >= 0))
  ) {
    return usage(io);
  }
  const workspace = generateSampleWorkspace(organisations === undefined ? {} : { organisations });
  const tables: Record<string, readonly PackageRecord[]> = { ...workspace };
  let highest: string | undefined;
  for (const records of Object.values(tables)) {
    for (const record of records) {
      const clocks = record.clocks as Record<string, string>;
      for (const clock of Object.values(clocks)) highest = maxHlc(highest, clock);
    }
  }
  const random = new Uint8Array(16).fill(organisations ?? 0);
  const bytes = await writePackage({
    source: { nodeId: SAMPLE_NODE_ID, partnerOrganisation: 'Sample data', facilitator: 'Sample' },
    scope: { kind: 'workspace' },
    knowledge: highest === undefined ? {} : { [SAMPLE_NODE_ID]: highest },
    tables,
    appVersion: MCS_APP_VERSION,
    createdAt: new Date(SAMPLE_BASE_MILLIS).toISOString(),
    packageId: uuidv7({ msecs: SAMPLE_BASE_MILLIS, random }),
    redaction: {
      personalData: 'as-shared',
      omittedContacts: 0,
      reason: 'Fictional sample people.',
    },
  });
  try {
    await writeFile(out, bytes);
  } catch (error) {
    io.err(`${out}: ${reasonOf(error)}`);
    return 1;
  }
  io.out(`${out}: ${bytes.length} bytes, ${workspace.organisations.length} organisations.`);
  return 0;
}

const MERGE_OPTIONS = new Set(['--out', '--partner', '--facilitator', '--node']);

interface ParsedArgs {
  readonly files: string[];
  readonly options: Map<string, string>;
}

/** Positional files and `--name value` options; undefined on an unknown or valueless option. */
function parseArgs(args: readonly string[], known: ReadonlySet<string>): ParsedArgs | undefined {
  const files: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (!arg.startsWith('--')) {
      files.push(arg);
      continue;
    }
    const value = args[i + 1];
    if (!known.has(arg) || value === undefined || options.has(arg)) return undefined;
    options.set(arg, value);
    i++;
  }
  return { files, options };
}

/** Reads every file, or prints `<file>: <reason>` for the first refused one. */
async function loadAll(files: readonly string[], io: McsIo): Promise<LoadedPackage[] | undefined> {
  try {
    return await loadPackages(files);
  } catch (error) {
    if (!(error instanceof LoadError)) throw error;
    io.err(`${error.file}: ${reasonOf(error.error)}`);
    return undefined;
  }
}

async function merge(args: readonly string[], io: McsIo): Promise<number> {
  const parsed = parseArgs(args, MERGE_OPTIONS);
  const out = parsed?.options.get('--out');
  const nodeId = parsed?.options.get('--node');
  if (!parsed || !out || parsed.files.length === 0) return usage(io);
  if (nodeId !== undefined && !isMergeNodeId(nodeId)) return usage(io);
  const packages = await loadAll(parsed.files, io);
  if (packages === undefined) return 1;
  const partner = parsed.options.get('--partner');
  const facilitator = parsed.options.get('--facilitator');
  const outcome = await mergePackages(packages, {
    appVersion: MCS_APP_VERSION,
    ...(nodeId === undefined ? {} : { nodeId }),
    ...(partner === undefined ? {} : { partnerOrganisation: partner }),
    ...(facilitator === undefined ? {} : { facilitator }),
  });
  try {
    await writeMerged(out, outcome.bytes);
  } catch (error) {
    io.err(`${out}: ${reasonOf(error)}`);
    return 1;
  }
  io.out(mergeSummary(out, packages.length, outcome));
  return 0;
}

async function diff(args: readonly string[], io: McsIo): Promise<number> {
  if (args.length !== 2 || args.some((arg) => arg.startsWith('--'))) return usage(io);
  const packages = await loadAll(args, io);
  if (packages === undefined) return 1;
  const [a, b] = packages as [LoadedPackage, LoadedPackage];
  const lines = diffLines(diffPackages(a.result, b.result));
  if (lines.length === 0) {
    io.out('The packages hold the same records.');
    return 0;
  }
  for (const line of lines) io.out(line);
  return 1;
}

function usage(io: McsIo): number {
  for (const line of USAGE) io.err(line);
  return 2;
}

/** Runs one `mcs` command; returns the exit code (0 ok, 1 refused or failed, 2 usage). */
export async function runMcs(argv: readonly string[], io: McsIo): Promise<number> {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case 'inspect':
        return await inspect(args, io);
      case 'validate':
        return await validate(args, io);
      case 'sample':
        return await sample(args, io);
      case 'merge':
        return await merge(args, io);
      case 'diff':
        return await diff(args, io);
      default:
        return usage(io);
    }
  } catch (error) {
    io.err(`mcs: ${reasonOf(error)}`);
    return 1;
  }
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) {
  const io: McsIo = {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  };
  void runMcs(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  });
}
