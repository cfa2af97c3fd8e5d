/**
 * The wire-format snapshot (src-core/exchange/wire-schema.snapshot.json, docs/exchange-format.md,
 * "Versions"):
 *
 *   npm run wire-schema                  check the wire format against the snapshot history
 *   npm run wire-schema -- --add 1.2     add the snapshot of a new minor version, after
 *                                        PACKAGE_FORMAT_MINOR was bumped to 2
 *
 * A snapshot is never rewritten: a version's wire format is what partners on it read.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { PACKAGE_FORMAT_MINOR, PACKAGE_FORMAT_VERSION } from '../src-core/exchange/format';
import { checkWireFormat } from '../src-core/exchange/wire-schema-check';
import {
  describeWireFormat,
  parseWireHistory,
  sortedHistory,
  versionKey,
} from '../src-core/exchange/wire-schema';
import type { WireHistory } from '../src-core/exchange/wire-schema';

const SNAPSHOT = resolve(import.meta.dirname, '../src-core/exchange/wire-schema.snapshot.json');
const current = { major: PACKAGE_FORMAT_VERSION, minor: PACKAGE_FORMAT_MINOR };
const currentKey = versionKey(current);

function fail(lines: readonly string[]): never {
  for (const line of lines) console.error(`✗ ${line}`);
  process.exit(1);
}

async function write(history: WireHistory): Promise<void> {
  const options = (await resolveConfig(SNAPSHOT)) ?? {};
  const text = await format(JSON.stringify(sortedHistory(history), null, 2), {
    ...options,
    filepath: SNAPSHOT,
  });
  writeFileSync(SNAPSHOT, text);
}

const history = parseWireHistory(JSON.parse(readFileSync(SNAPSHOT, 'utf8')));
const description = describeWireFormat();
const args = process.argv.slice(2);
const addAt = args.indexOf('--add');

if (addAt >= 0) {
  const version = args[addAt + 1];
  if (version === undefined) fail(['--add needs a version, e.g. --add 1.2']);
  if (version !== currentKey) {
    fail([
      `this app's format is ${currentKey} (PACKAGE_FORMAT_VERSION.PACKAGE_FORMAT_MINOR in ` +
        `src-core/exchange/format.ts): bump PACKAGE_FORMAT_MINOR first, then add its snapshot`,
    ]);
  }
  if (history[version] !== undefined) {
    fail([`version ${version} has a snapshot already; a version's snapshot is never rewritten`]);
  }
  const next: WireHistory = { ...history, [version]: description };
  const problems = checkWireFormat(description, next, current);
  if (problems.length > 0) fail([`not written: ${problems.length} problem(s)`, ...problems]);
  await write(next);
  console.log(`✓ added the snapshot of ${version} to ${SNAPSHOT}`);
} else if (args.length > 0 && !(args.length === 1 && args[0] === '--check')) {
  fail(['usage: npm run wire-schema [-- --check | -- --add <major>.<minor>]']);
} else {
  const problems = checkWireFormat(description, history, current);
  if (problems.length > 0) fail(problems);
  console.log(`✓ the wire format is the snapshot of ${currentKey}`);
}
