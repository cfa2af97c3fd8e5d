/**
 * `mcs`: the coordinator's command-line tool for result packages (run `npm run mcs -- <command>`).
 * Commands: `inspect`, `validate` (in `mcs-inspect.ts`, `mcs-validate.ts`), `sample`, `merge`
 * (`mcs-merge.ts`), `diff` (`mcs-diff.ts`) and `key` (`mcs-key.ts`); see `USAGE`. Inputs may be
 * folders: every `*.mcpkg` file directly in them. All logic is in `runMcs`, which tests call
 * in-process; problems are one English line each, never a stack trace.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { v7 as uuidv7 } from 'uuid';
import { fingerprintOf } from '../../src-core/exchange/keys';
import type { SigningKey } from '../../src-core/exchange/keys';
import type { ReadPackageResult } from '../../src-core/exchange/read';
import { writePackage } from '../../src-core/exchange/write';
import type { PackageRecord } from '../../src-core/exchange/write';
import { maxHlc } from '../../src-core/sync/hlc';
import { SAMPLE_BASE_MILLIS, SAMPLE_NODE_ID, generateSampleWorkspace } from '../../src-core/sample';
import { expandInputs, parseArgs, reasonOf } from './mcs-common';
import { zlibCodec } from './node-zip';
import type { McsIo } from './mcs-common';
import { diffLines, diffPackages } from './mcs-diff';
import { inspect } from './mcs-inspect';
import { readKeyFile, writeKeyFile } from './mcs-key';
import {
  LoadError,
  MERGE_NODE_ID,
  isMergeNodeId,
  loadInputs,
  loadPackages,
  mergePackages,
  mergeSummary,
  writeMerged,
} from './mcs-merge';
import type { LoadedPackage } from './mcs-merge';
import { validate } from './mcs-validate';

export type { McsIo } from './mcs-common';
export { reasonOf } from './mcs-common';

export const MCS_APP_VERSION = '0.1.0';

const USAGE = [
  'Usage: mcs <command>    (a folder stands for every *.mcpkg file directly in it)',
  '  inspect <package|folder>...                    summary, records per table, signature',
  '  validate <package|folder>... [--allow-dangling]',
  '                                                 exit 0 if every package is valid and no',
  '                                                 reference dangles (several packages are',
  '                                                 checked together; --allow-dangling: warn)',
  '  sample --out <package> [--organisations N]     write the sample workspace as a package',
  '  merge <package|folder>... --out <package>      merge packages (last writer wins per field),',
  '        [--partner NAME] [--facilitator NAME]    keeping the conflicts in the package',
  '        [--node HEX16] [--key KEYFILE]           --key: sign with a key from "mcs key"',
  "                                                 (node: the key's fingerprint unless --node)",
  '        [--skip-bad]                             --skip-bad: skip unreadable packages',
  '  diff <a> <b>                                   exit 0 if both hold the same records',
  '  key --out <keyfile>                            write a new signing key (never overwrites)',
];

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
    codec: zlibCodec,
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

const MERGE_OPTIONS = new Set(['--out', '--partner', '--facilitator', '--node', '--key']);
const MERGE_FLAGS = new Set(['--skip-bad']);

/** The key of `--key`, or undefined after printing why it cannot be used. */
async function mergeKey(path: string, io: McsIo): Promise<SigningKey | undefined> {
  try {
    return await readKeyFile(path);
  } catch (error) {
    io.err(`${path}: ${reasonOf(error)}`);
    return undefined;
  }
}

async function merge(args: readonly string[], io: McsIo): Promise<number> {
  const parsed = parseArgs(args, MERGE_OPTIONS, MERGE_FLAGS);
  const out = parsed?.options.get('--out');
  const givenNode = parsed?.options.get('--node');
  if (!parsed || !out || parsed.files.length === 0) return usage(io);
  if (givenNode !== undefined && !isMergeNodeId(givenNode)) return usage(io);
  const keyFile = parsed.options.get('--key');
  const signingKey = keyFile === undefined ? undefined : await mergeKey(keyFile, io);
  if (keyFile !== undefined && signingKey === undefined) return 1;
  // A coordinator who signs is one node for every merge: by default the key's fingerprint, so
  // importers keep trusting the same key for the same node (and two coordinators never share one).
  const nodeId =
    givenNode ??
    (signingKey === undefined
      ? undefined
      : (await fingerprintOf(signingKey.publicKeyBase64)).replace(/ /g, ''));
  const skipBad = parsed.flags.has('--skip-bad');
  // A folder never feeds the output back in (a merge re-run into the same folder).
  const inputs = await expandInputs(parsed.files, new Set([resolve(out)]));
  let packages: LoadedPackage[];
  try {
    const { loaded, skipped } = await loadInputs(inputs, skipBad);
    for (const bad of skipped) io.err(`${bad.file}: skipped: ${reasonOf(bad.error)}`);
    packages = loaded;
  } catch (error) {
    if (!(error instanceof LoadError)) throw error;
    io.err(`${error.file}: ${reasonOf(error.error)}`);
    return 1;
  }
  if (packages.length === 0) {
    io.err(`${out}: not written: no package could be read.`);
    return 1;
  }
  const partner = parsed.options.get('--partner');
  const facilitator = parsed.options.get('--facilitator');
  const outcome = await mergePackages(packages, {
    appVersion: MCS_APP_VERSION,
    ...(nodeId === undefined ? {} : { nodeId }),
    ...(partner === undefined ? {} : { partnerOrganisation: partner }),
    ...(facilitator === undefined ? {} : { facilitator }),
    ...(signingKey === undefined ? {} : { signingKey }),
  });
  try {
    await writeMerged(out, outcome.bytes);
  } catch (error) {
    io.err(`${out}: ${reasonOf(error)}`);
    return 1;
  }
  io.out(mergeSummary(out, packages.length, outcome));
  if (signingKey !== undefined) {
    const fingerprint = await fingerprintOf(signingKey.publicKeyBase64);
    io.out(`${out}: signed by node ${nodeId ?? MERGE_NODE_ID}, key fingerprint ${fingerprint}.`);
  }
  return 0;
}

async function diff(args: readonly string[], io: McsIo): Promise<number> {
  if (args.length !== 2 || args.some((arg) => arg.startsWith('--'))) return usage(io);
  let packages: LoadedPackage[];
  try {
    packages = await loadPackages(args);
  } catch (error) {
    if (!(error instanceof LoadError)) throw error;
    io.err(`${error.file}: ${reasonOf(error.error)}`);
    return 1;
  }
  const [a, b] = packages.map((pkg) => pkg.result) as [ReadPackageResult, ReadPackageResult];
  const diffs = diffPackages(a, b);
  if (diffs.length === 0) {
    io.out('The packages hold the same records.');
    return 0;
  }
  for (const line of diffLines(a, b, diffs)) io.out(line);
  return 1;
}

const NO_OPTIONS: ReadonlySet<string> = new Set();

async function inspectCommand(args: readonly string[], io: McsIo): Promise<number> {
  const parsed = parseArgs(args, NO_OPTIONS);
  if (!parsed || parsed.files.length === 0) return usage(io);
  return inspect(parsed.files, io);
}

async function validateCommand(args: readonly string[], io: McsIo): Promise<number> {
  const parsed = parseArgs(args, NO_OPTIONS, new Set(['--allow-dangling']));
  if (!parsed || parsed.files.length === 0) return usage(io);
  return validate(parsed.files, parsed.flags.has('--allow-dangling'), io);
}

async function key(args: readonly string[], io: McsIo): Promise<number> {
  const parsed = parseArgs(args, new Set(['--out']));
  const out = parsed?.options.get('--out');
  if (!parsed || !out || parsed.files.length > 0) return usage(io);
  return writeKeyFile(out, io);
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
        return await inspectCommand(args, io);
      case 'validate':
        return await validateCommand(args, io);
      case 'sample':
        return await sample(args, io);
      case 'merge':
        return await merge(args, io);
      case 'diff':
        return await diff(args, io);
      case 'key':
        return await key(args, io);
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
  // `mcs inspect … | head`: once the reader has gone, the rest of the output has nowhere to go.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  void runMcs(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  });
}
